using Echoes.Brushes;
using Echoes.Imaging;

namespace Echoes.Targets;

/// <summary>
/// Where a seeing that reduces the picture must still keep its subject, 0–1 per working pixel: the focus where it is
/// strong, and the photo's sharpest tenth (where the eye reads structure: the subject's edges and texture, whatever the
/// focus says), both softened into places a few strokes wide.
/// </summary>
internal static class SubjectMap
{
    /// <summary>The map of the target (its working size, row by row).</summary>
    public static float[] Of(Target t)
    {
        int w = t.Width, h = t.Height;
        float longSide = Math.Max(w, h);
        var sharp = Sharpness(t);
        Blur.Gaussian(sharp, w, h, 1, longSide / 250f);
        float lo = OrientationField.Percentile(sharp, 0.86f), hi = MathF.Max(OrientationField.Percentile(sharp, 0.92f), lo + 1e-6f);
        var map = new float[w * h];
        for (int q = 0; q < map.Length; q++)
            map[q] = MathF.Max(Noise.Smoothstep(lo, hi, sharp[q]), Noise.Smoothstep(0.5f, 0.9f, t.FocusAt(q)));
        Blur.Gaussian(map, w, h, 1, longSide / 200f);
        return map;
    }

    // The encoded luma's squared central-difference gradient at each pixel.
    private static float[] Sharpness(Target t)
    {
        int w = t.Width, h = t.Height;
        var e = t.Encoded;
        float L(int x, int y)
        {
            int j = (Math.Clamp(y, 0, h - 1) * w + Math.Clamp(x, 0, w - 1)) * 3;
            return 0.299f * e[j] + 0.587f * e[j + 1] + 0.114f * e[j + 2];
        }
        var s = new float[w * h];
        for (int y = 0; y < h; y++)
            for (int x = 0; x < w; x++)
            {
                float gx = L(x + 1, y) - L(x - 1, y), gy = L(x, y + 1) - L(x, y - 1);
                s[y * w + x] = gx * gx + gy * gy;
            }
        return s;
    }
}
