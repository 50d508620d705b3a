using Echoes.Rendering;

namespace Echoes.Painting;

/// <summary>
/// What a stroke's footprint holds, without drawing it: how far the canvas under it is, on the whole, from the target
/// (the bias a correction would remove) and how much the target varies there (the texture one flat colour would wipe
/// out), both coverage-weighted in the encoded working space.
/// </summary>
internal struct FootprintSink : ISpanSink
{
    public float[] T, C;
    public int W;
    public double Sa, Stt, Tr, Tg, Tb, Dr, Dg, Db; // Σa, Σa|t|², Σa·t and Σa·(t − c) per channel

    public readonly bool WantsHeight => false;

    public readonly bool WantsAlong => false;

    public void Span(int y, int x0, in ShadedRun run)
    {
        var coverage = run.Coverage;
        int o = (y * W + x0) * 3;
        var t = T.AsSpan(o, coverage.Length * 3);
        var c = C.AsSpan(o, coverage.Length * 3);
        for (int i = 0, j = 0; i < coverage.Length; i++, j += 3)
        {
            float a = coverage[i], t0 = t[j], t1 = t[j + 1], t2 = t[j + 2];
            Sa += a;
            Stt += a * (t0 * t0 + t1 * t1 + t2 * t2);
            Tr += a * t0; Tg += a * t1; Tb += a * t2;
            Dr += a * (t0 - c[j]); Dg += a * (t1 - c[j + 1]); Db += a * (t2 - c[j + 2]);
        }
    }

    /// <summary>How far the canvas's mean under the footprint is from the target's (0 where nothing is covered).</summary>
    public readonly double Bias => Sa > 1e-9 ? Math.Sqrt(Dr * Dr + Dg * Dg + Db * Db) / Sa : 0;

    /// <summary>The target's spread about its own mean under the footprint (root mean square, 0 where nothing is covered).</summary>
    public readonly double Texture => Sa > 1e-9
        ? Math.Sqrt(Math.Max(0, Stt / Sa - (Tr * Tr + Tg * Tg + Tb * Tb) / (Sa * Sa))) : 0;
}
