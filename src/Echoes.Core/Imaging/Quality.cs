namespace Echoes.Imaging;

/// <summary>Faithfulness measures between two 8-bit sRGB images of the same size (DESIGN §8).</summary>
internal static class Quality
{
    /// <summary>Root mean square error over R, G and B, on the 0–255 scale.</summary>
    public static double Rmse(Canvas a, Canvas b)
    {
        Check(a, b);
        double sum = 0;
        var pa = a.Pixels; var pb = b.Pixels;
        for (int i = 0; i < pa.Length; i += 4)
            for (int k = 0; k < 3; k++) { double d = pa[i + k] - pb[i + k]; sum += d * d; }
        return Math.Sqrt(sum / (a.Width * (double)a.Height * 3));
    }

    /// <summary>Mean structural similarity of the luma (Wang et al. 2004: 11×11 Gaussian window, σ = 1.5).</summary>
    public static double Ssim(Canvas a, Canvas b) => SsimMap(a, b).Average(v => (double)v);

    /// <summary>
    /// How well a painting keeps its photo's subject: the luma SSIM averaged over the photo's sharpest
    /// <paramref name="share"/> of pixels, ranked by <see cref="Sharpness"/> (where the eye reads structure: the subject
    /// in focus, its edges and texture). Both images at the same size. Pixels <paramref name="left"/> marks (a painting's
    /// deliberately dissolved parts) are not counted.
    /// </summary>
    public static double SubjectSsim(Canvas painting, Canvas photo, double share = 0.1, bool[]? left = null)
    {
        var map = SsimMap(painting, photo);
        var sharp = Sharpness(photo);
        var sorted = (float[])sharp.Clone();
        Array.Sort(sorted);
        float cut = sorted[Math.Clamp((int)((1 - share) * sorted.Length), 0, sorted.Length - 1)];
        double sum = 0; int n = 0;
        for (int i = 0; i < map.Length; i++) if (sharp[i] >= cut && (left is null || !left[i])) { sum += map[i]; n++; }
        return sum / Math.Max(1, n);
    }

    /// <summary>Local sharpness of a picture: the luma's Sobel gradient energy averaged over a Gaussian window (σ = 2 px).</summary>
    public static float[] Sharpness(Canvas c)
    {
        int w = c.Width, h = c.Height;
        var l = Luma(c);
        var e = new float[w * h];
        for (int y = 0; y < h; y++)
        {
            int ym = Math.Max(0, y - 1), yp = Math.Min(h - 1, y + 1);
            for (int x = 0; x < w; x++)
            {
                int xm = Math.Max(0, x - 1), xp = Math.Min(w - 1, x + 1);
                float gx = l[ym * w + xp] + 2 * l[y * w + xp] + l[yp * w + xp] - l[ym * w + xm] - 2 * l[y * w + xm] - l[yp * w + xm];
                float gy = l[yp * w + xm] + 2 * l[yp * w + x] + l[yp * w + xp] - l[ym * w + xm] - 2 * l[ym * w + x] - l[ym * w + xp];
                e[y * w + x] = gx * gx + gy * gy;
            }
        }
        Blur.Gaussian(e, w, h, 1, 2f);
        return e;
    }

    // The SSIM of each pixel's window.
    private static float[] SsimMap(Canvas a, Canvas b)
    {
        Check(a, b);
        int w = a.Width, h = a.Height, n = w * h;
        var x = Luma(a); var y = Luma(b);
        var xx = new float[n]; var yy = new float[n]; var xy = new float[n];
        for (int i = 0; i < n; i++) { xx[i] = x[i] * x[i]; yy[i] = y[i] * y[i]; xy[i] = x[i] * y[i]; }
        foreach (var m in new[] { x, y, xx, yy, xy }) Blur.Gaussian(m, w, h, 1, 1.5f);
        const double c1 = 0.01 * 255 * 0.01 * 255, c2 = 0.03 * 255 * 0.03 * 255;
        var map = new float[n];
        for (int i = 0; i < n; i++)
        {
            double mx = x[i], my = y[i];
            double vx = xx[i] - mx * mx, vy = yy[i] - my * my, cov = xy[i] - mx * my;
            map[i] = (float)((2 * mx * my + c1) * (2 * cov + c2) / ((mx * mx + my * my + c1) * (vx + vy + c2)));
        }
        return map;
    }

    private static float[] Luma(Canvas c)
    {
        var l = new float[c.Width * c.Height];
        var p = c.Pixels;
        for (int i = 0, j = 0; j < l.Length; i += 4, j++) l[j] = 0.299f * p[i] + 0.587f * p[i + 1] + 0.114f * p[i + 2];
        return l;
    }

    private static void Check(Canvas a, Canvas b)
    {
        if (a.Width != b.Width || a.Height != b.Height) throw new ArgumentException($"sizes differ: {a.Width}×{a.Height} and {b.Width}×{b.Height}");
    }
}
