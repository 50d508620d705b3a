using Echoes.Imaging;

namespace Echoes.Targets;

/// <summary>
/// The spikes a camera draws round a point light (diffraction at the aperture's blades, a star filter): directions in
/// which a thin bright line (the luma less its grey opening) runs nearly unbroken from just outside the core to five and
/// a half core radii out, counted as separate clusters of directions that have a spike, or the canvas's edge, facing
/// them across the light. A glint on a surface or a lamp's post gives none to two; the camera's star five or more.
/// </summary>
internal static class LensSpikes
{
    private const float SpikeResidue = 0.03f;

    /// <summary>How many spikes radiate from a light at (<paramref name="cx"/>, <paramref name="cy"/>) with a core of
    /// radius <paramref name="r"/>, in encoded luma <paramref name="lum"/> <paramref name="w"/> wide.</summary>
    public static int Count(float[] lum, int w, int h, float cx, float cy, float r)
    {
        const int n = 64;
        float from = 2.5f * r + 1f, to = 5.5f * r + 2f;
        int k = Math.Max(2, (int)MathF.Round(Math.Max(w, h) / 150f));
        int x0 = Math.Max(0, (int)(cx - to) - k), x1 = Math.Min(w, (int)(cx + to) + k + 1);
        int y0 = Math.Max(0, (int)(cy - to) - k), y1 = Math.Min(h, (int)(cy + to) + k + 1);
        int ww = x1 - x0, wh = y1 - y0;
        var opened = GreyOpening.Of(lum, w, 1, x0, y0, ww, wh, k);
        // Per direction: a spike runs there, or not, or the canvas ends too soon to tell.
        var line = new bool[n];
        var unknown = new bool[n];
        for (int a = 0; a < n; a++)
        {
            float dx = MathF.Cos(a * MathF.Tau / n), dy = MathF.Sin(a * MathF.Tau / n);
            int on = 0, inside = 0, all = 0;
            for (float t = from; t <= to; t += 1f, all++)
            {
                int x = (int)(cx + dx * t) - x0, y = (int)(cy + dy * t) - y0;
                if (x < 0 || y < 0 || x >= ww || y >= wh) continue;
                inside++;
                if (lum[(y0 + y) * w + x0 + x] - opened[y * ww + x] > SpikeResidue) on++;
            }
            // Nearly all the way out: a spike may waver off the sampled ray for a pixel or two.
            unknown[a] = inside < 0.5f * all;
            line[a] = !unknown[a] && on >= 0.8f * inside;
        }
        // A lens draws its spikes in opposed pairs through the light (diffraction at the blades, a star filter's grooves):
        // only a cluster with one facing it across the light counts.
        int clusters = 0;
        for (int a = 0; a < n; a++)
        {
            if (!line[a] || line[(a + n - 1) % n]) continue;
            int end = a;
            while (line[(end + 1) % n] && end - a < n) end++;
            bool facing = false;
            for (int b = a; b <= end && !facing; b++)
                for (int e = -2; e <= 2; e++) facing |= line[(b + n / 2 + e + n) % n] || unknown[(b + n / 2 + e + n) % n];
            if (facing) clusters++;
        }
        return clusters;
    }
}
