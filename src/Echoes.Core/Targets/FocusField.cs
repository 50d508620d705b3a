using Echoes.Brushes;
using Echoes.Color;
using Echoes.Imaging;

namespace Echoes.Targets;

/// <summary>
/// Where the subject of a photo is, 0–1 per working pixel, smooth: what is in focus (fine-scale sharpness), what stands
/// out (frequency-tuned saliency: Oklab colour contrast of the lightly blurred picture against its broad surroundings
/// and against the picture's mean, after Achanta et al. 2009), weighted by a composition prior (the centre and the
/// thirds), and every face found (<see cref="Faces"/>) is fully in it.
/// The field is ranked, not thresholded: about the top tenth of the picture is fully in focus and about the top two
/// fifths partly, so a photo with a clear subject gets it and a landscape gets its sharpest, most central places.
/// </summary>
internal static class FocusField
{
    /// <summary>The field the focus asks for, or null for <see cref="FocusKind.None"/>.</summary>
    public static float[]? Compute(Target t, Focus focus) => focus.Kind switch
    {
        FocusKind.None => null,
        FocusKind.Spot => Spot(t.Width, t.Height, focus),
        _ => Auto(t),
    };

    private static float[] Spot(int w, int h, Focus f)
    {
        var field = new float[w * h];
        float longSide = Math.Max(w, h);
        for (int y = 0; y < h; y++)
            for (int x = 0; x < w; x++)
            {
                float dx = (x + 0.5f - f.X * w) / longSide, dy = (y + 0.5f - f.Y * h) / longSide;
                field[y * w + x] = 1f - Noise.Smoothstep(0.7f * f.Radius, 1.3f * f.Radius, MathF.Sqrt(dx * dx + dy * dy));
            }
        return field;
    }

    // Long side the automatic field is found at: the field is smooth, so a small copy of the picture is enough and the
    // cost stays a few milliseconds at any working size.
    private const int FieldSide = 192;

    private static float[] Auto(Target t)
    {
        var pic = Math.Max(t.Width, t.Height) > FieldSide ? t.Reference.FitWithin(FieldSide) : t.Reference;
        int w = pic.Width, h = pic.Height, n = w * h;
        float longSide = Math.Max(w, h);
        var sharp = Sharpness(pic);
        var salient = Saliency(pic);
        var raw = new float[n];
        for (int y = 0; y < h; y++)
            for (int x = 0; x < w; x++)
            {
                int q = y * w + x;
                raw[q] = (0.7f * sharp[q] + 0.3f * salient[q]) * Composition((x + 0.5f) / w, (y + 0.5f) / h);
            }
        // Regions, not pixels: a subject is a place, and the painter's strokes are several pixels wide.
        Blur.Gaussian(raw, w, h, 1, longSide / 40f);
        float lo = OrientationField.Percentile(raw, 0.55f), hi = MathF.Max(OrientationField.Percentile(raw, 0.88f), lo + 1e-6f);
        for (int q = 0; q < n; q++) raw[q] = Noise.Smoothstep(lo, hi, raw[q]);
        Blur.Gaussian(raw, w, h, 1, longSide / 100f);
        for (int q = 0; q < n; q++) raw[q] = Math.Clamp(raw[q], 0f, 1f); // running-sum blurs leave rounding just outside
        foreach (var face in Faces.Find(pic)) WithFace(raw, w, h, face);
        return Enlarged(raw, w, h, t.Width, t.Height);
    }

    // A face is fully in focus, whatever is sharper around it, fading out at its own outline (a head, hair and all).
    private static void WithFace(float[] field, int w, int h, Faces.Face f)
    {
        for (int y = 0; y < h; y++)
            for (int x = 0; x < w; x++)
            {
                float u = ((x + 0.5f) / w - f.X) / f.RadiusX, v = ((y + 0.5f) / h - f.Y) / f.RadiusY;
                float d = MathF.Sqrt(u * u + v * v);
                int q = y * w + x;
                field[q] = MathF.Max(field[q], 1f - Noise.Smoothstep(0.8f, 1.05f, d));
            }
    }

    // Bilinear enlargement of a smooth field to the working size.
    private static float[] Enlarged(float[] f, int w, int h, int tw, int th)
    {
        if (w == tw && h == th) return f;
        var big = new float[tw * th];
        float kx = w / (float)tw, ky = h / (float)th;
        for (int y = 0; y < th; y++)
        {
            float fy = Math.Clamp((y + 0.5f) * ky - 0.5f, 0, h - 1);
            int y0 = (int)fy, y1 = Math.Min(h - 1, y0 + 1);
            float v = fy - y0;
            for (int x = 0; x < tw; x++)
            {
                float fx = Math.Clamp((x + 0.5f) * kx - 0.5f, 0, w - 1);
                int x0 = (int)fx, x1 = Math.Min(w - 1, x0 + 1);
                float u = fx - x0;
                float top = f[y0 * w + x0] + (f[y0 * w + x1] - f[y0 * w + x0]) * u;
                float bottom = f[y1 * w + x0] + (f[y1 * w + x1] - f[y1 * w + x0]) * u;
                big[y * tw + x] = top + (bottom - top) * v;
            }
        }
        return big;
    }

    /// <summary>What is in focus, 0–1 per pixel of <paramref name="pic"/>: fine-scale detail (the lightness Laplacian's
    /// magnitude), averaged locally, against the picture's own high percentile (so an evenly soft photo still has its
    /// sharpest places).</summary>
    internal static float[] Sharpness(Picture pic)
    {
        int w = pic.Width, h = pic.Height, n = w * h;
        var p = pic.Pixels;
        var lum = new float[n];
        for (int q = 0; q < n; q++)
            lum[q] = Srgb.FromLinear(Math.Clamp(0.2126f * p[q * 3] + 0.7152f * p[q * 3 + 1] + 0.0722f * p[q * 3 + 2], 0f, 1f));
        var lap = new float[n];
        for (int y = 0; y < h; y++)
        {
            int ym = Math.Max(0, y - 1), yp = Math.Min(h - 1, y + 1);
            for (int x = 0; x < w; x++)
            {
                int xm = Math.Max(0, x - 1), xp = Math.Min(w - 1, x + 1);
                lap[y * w + x] = MathF.Abs(lum[ym * w + x] + lum[yp * w + x] + lum[y * w + xm] + lum[y * w + xp] - 4 * lum[y * w + x]);
            }
        }
        Blur.Gaussian(lap, w, h, 1, Math.Max(w, h) / 80f);
        return Normalised(lap, 0.95f);
    }

    // Colour that stands out: Oklab distance of the lightly blurred picture from its broad surroundings and from the mean.
    private static float[] Saliency(Picture pic)
    {
        int w = pic.Width, h = pic.Height, n = w * h;
        float longSide = Math.Max(w, h);
        var lab = new float[n * 3];
        var p = pic.Pixels;
        for (int q = 0; q < n; q++)
        {
            var c = Oklab.FromLinear(new Rgb(p[q * 3], p[q * 3 + 1], p[q * 3 + 2]));
            (lab[q * 3], lab[q * 3 + 1], lab[q * 3 + 2]) = (c.L, c.A, c.B);
        }
        Blur.Gaussian(lab, w, h, 3, longSide / 200f);
        var broad = (float[])lab.Clone();
        Blur.Gaussian(broad, w, h, 3, longSide / 8f);
        double ml = 0, ma = 0, mb = 0;
        for (int q = 0; q < n; q++) { ml += lab[q * 3]; ma += lab[q * 3 + 1]; mb += lab[q * 3 + 2]; }
        float mL = (float)(ml / n), mA = (float)(ma / n), mB = (float)(mb / n);
        var s = new float[n];
        for (int q = 0; q < n; q++)
        {
            int j = q * 3;
            float l = lab[j], a = lab[j + 1], b = lab[j + 2];
            float local = Dist(l - broad[j], a - broad[j + 1], b - broad[j + 2]);
            s[q] = local + 0.5f * Dist(l - mL, a - mA, b - mB);
        }
        return Normalised(s, 0.95f);
    }

    // Painters and photographers put the subject near the centre or on a third; the edges rarely hold it.
    private static float Composition(float u, float v)
    {
        float dx = u - 0.5f, dy = v - 0.5f;
        float centre = MathF.Exp(-(dx * dx + dy * dy) / (2 * 0.28f * 0.28f));
        float thirds = 0;
        foreach (float tu in (ReadOnlySpan<float>)[1 / 3f, 2 / 3f])
            foreach (float tv in (ReadOnlySpan<float>)[1 / 3f, 2 / 3f])
                thirds = MathF.Max(thirds, MathF.Exp(-((u - tu) * (u - tu) + (v - tv) * (v - tv)) / (2 * 0.15f * 0.15f)));
        return 0.3f + 0.7f * MathF.Max(centre, 0.8f * thirds);
    }

    private static float Dist(float a, float b, float c) => MathF.Sqrt(a * a + b * b + c * c);

    private static float[] Normalised(float[] v, float q)
    {
        float top = MathF.Max(OrientationField.Percentile(v, q), 1e-6f);
        for (int i = 0; i < v.Length; i++) v[i] = MathF.Min(1f, v[i] / top);
        return v;
    }
}
