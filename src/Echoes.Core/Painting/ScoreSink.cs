using Echoes.Rendering;

namespace Echoes.Painting;

/// <summary>
/// Scores a candidate stroke without drawing it. For coverage a, canvas c and target t, the stroke leaves
/// c + a(x − c); the squared error is quadratic in the colour x, so the sums gathered here give the best colour in
/// closed form (per channel, clamped to [0, 1]) and the error it would remove.
/// </summary>
internal struct ScoreSink : ISpanSink
{
    public float[] T, C;
    public int W;
    public double Saa, Sr, Sg, Sb, Sbb, Sold; // Σa², Σa(t − c(1−a)) per channel, Σ(t − c(1−a))², Σ(t − c)²

    public readonly bool WantsHeight => false;

    public readonly bool WantsAlong => false;

    public void Span(int y, int x0, in ShadedRun run)
    {
        var coverage = run.Coverage;
        int o = (y * W + x0) * 3;
        var t = T.AsSpan(o, coverage.Length * 3);
        var c = C.AsSpan(o, coverage.Length * 3);
        float saa = 0, sr = 0, sg = 0, sb = 0, sbb = 0, sold = 0;
        for (int i = 0, j = 0; i < coverage.Length; i++, j += 3)
        {
            float a = coverage[i], na = 1f - a;
            float t0 = t[j], t1 = t[j + 1], t2 = t[j + 2];
            float c0 = c[j], c1 = c[j + 1], c2 = c[j + 2];
            float b0 = t0 - c0 * na, b1 = t1 - c1 * na, b2 = t2 - c2 * na;
            float d0 = t0 - c0, d1 = t1 - c1, d2 = t2 - c2;
            saa += a * a;
            sr += a * b0; sg += a * b1; sb += a * b2;
            sbb += b0 * b0 + b1 * b1 + b2 * b2;
            sold += d0 * d0 + d1 * d1 + d2 * d2;
        }
        Saa += saa; Sr += sr; Sg += sg; Sb += sb; Sbb += sbb; Sold += sold;
    }

    /// <summary>The best colour and the error it removes (positive is better).</summary>
    public readonly (float R, float G, float B, double Gain) Solve()
    {
        if (Saa <= 1e-9) return (0, 0, 0, double.NegativeInfinity);
        float r = (float)Math.Clamp(Sr / Saa, 0, 1), g = (float)Math.Clamp(Sg / Saa, 0, 1), b = (float)Math.Clamp(Sb / Saa, 0, 1);
        return (r, g, b, Gain(r, g, b));
    }

    /// <summary>The error removed if the stroke had colour (r, g, b).</summary>
    public readonly double Gain(float r, float g, float b)
    {
        double after = Sbb - 2 * (r * Sr + g * Sg + b * Sb) + (r * (double)r + g * (double)g + b * (double)b) * Saa;
        return Sold - after;
    }
}
