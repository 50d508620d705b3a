using Echoes.Imaging;

namespace Echoes.Targets;

/// <summary>
/// The smoothed structure tensor of the target's lightness: its dominant eigenvector is the gradient direction, so
/// strokes follow the perpendicular; coherence tells how much to trust it. Also fills edge strength and importance.
/// </summary>
internal static class OrientationField
{
    public static void Compute(Target t)
    {
        int w = t.Width, h = t.Height, n = w * h;
        var lum = t.EncodedLuma();
        var tensor = new float[n * 3];
        var grad = new float[n];
        Parallel.For(0, h, y =>
        {
            int ym = Math.Max(0, y - 1), yp = Math.Min(h - 1, y + 1);
            for (int x = 0; x < w; x++)
            {
                int xm = Math.Max(0, x - 1), xp = Math.Min(w - 1, x + 1);
                // Sobel.
                float gx = (lum[ym * w + xp] + 2 * lum[y * w + xp] + lum[yp * w + xp]) - (lum[ym * w + xm] + 2 * lum[y * w + xm] + lum[yp * w + xm]);
                float gy = (lum[yp * w + xm] + 2 * lum[yp * w + x] + lum[yp * w + xp]) - (lum[ym * w + xm] + 2 * lum[ym * w + x] + lum[ym * w + xp]);
                gx *= 0.125f; gy *= 0.125f;
                int i = y * w + x;
                tensor[i * 3] = gx * gx; tensor[i * 3 + 1] = gx * gy; tensor[i * 3 + 2] = gy * gy;
                grad[i] = MathF.Sqrt(gx * gx + gy * gy);
            }
        });
        float sigma = MathF.Max(1.5f, Math.Max(w, h) / 160f);
        Blur.Gaussian(tensor, w, h, 3, sigma);
        var edge = (float[])grad.Clone();
        Blur.Gaussian(edge, w, h, 1, 1f);
        float maxEdge = 1e-6f;
        for (int i = 0; i < n; i++) maxEdge = MathF.Max(maxEdge, edge[i]);
        // Normalise by a high percentile rather than the maximum, so one hard edge does not flatten the rest.
        float scale = 1f / MathF.Max(Percentile(edge, 0.98f), maxEdge * 0.05f);
        // Each pixel on its own (an arc tangent, a sine and a cosine each): rows in bands on every core.
        Parallel.For(0, h, y =>
        {
            for (int i = y * w; i < (y + 1) * w; i++)
            {
                float a = tensor[i * 3], b = tensor[i * 3 + 1], c = tensor[i * 3 + 2];
                float phi = 0.5f * MathF.Atan2(2 * b, a - c); // dominant gradient direction
                t.DirX[i] = -MathF.Sin(phi);
                t.DirY[i] = MathF.Cos(phi);
                t.Coherence[i] = MathF.Sqrt((a - c) * (a - c) + 4 * b * b) / (a + c + 1e-7f);
                t.Edge[i] = MathF.Min(1f, edge[i] * scale);
            }
        });
        var imp = (float[])t.Edge.Clone();
        Blur.Gaussian(imp, w, h, 1, sigma * 2);
        for (int i = 0; i < n; i++) t.Importance[i] = MathF.Min(1f, 0.6f * imp[i] + 0.4f * t.Edge[i]);
    }

    /// <summary>Histogram percentile <paramref name="q"/> (0–1) of non-negative values: linear time, exact to 1/1024 of
    /// the range.</summary>
    internal static float Percentile(float[] v, float q)
    {
        float max = 1e-9f;
        foreach (var x in v) max = MathF.Max(max, x);
        var hist = new int[1024];
        foreach (var x in v) hist[Math.Min(1023, (int)(x / max * 1023))]++;
        long want = (long)(v.Length * q), acc = 0;
        for (int i = 0; i < 1024; i++) { acc += hist[i]; if (acc >= want) return (i + 1) / 1024f * max; }
        return max;
    }
}
