using Echoes.Color;
using Echoes.Imaging;
using Echoes.Rendering;
using Echoes.Strokes;

namespace Echoes.Tests;

/// <summary>Measures of rendered paintings the avant-garde styles are checked by.</summary>
internal static class SeeingMeasures
{
    /// <summary>The plan rendered flat (no relief light) at <paramref name="width"/> as linear pixels.</summary>
    public static Picture Flat(StrokePlan plan, int width)
    {
        using var c = Renderer.Render(plan, width: width, options: new RenderOptions { Impasto = false });
        return c.ToPicture();
    }

    /// <summary>Oklab lightness per pixel.</summary>
    public static float[] Lightness(Picture p)
    {
        var l = new float[p.Width * p.Height];
        for (int i = 0; i < l.Length; i++) l[i] = Oklab.FromLinear(p[i % p.Width, i / p.Width]).L;
        return l;
    }

    /// <summary>Sobel gradient magnitude of the lightness.</summary>
    public static (float[] Gx, float[] Gy) Gradient(Picture p)
    {
        var l = Lightness(p);
        int w = p.Width, h = p.Height;
        var (gx, gy) = (new float[w * h], new float[w * h]);
        float L(int x, int y) => l[Math.Clamp(y, 0, h - 1) * w + Math.Clamp(x, 0, w - 1)];
        for (int y = 0; y < h; y++)
            for (int x = 0; x < w; x++)
            {
                gx[y * w + x] = L(x + 1, y - 1) + 2 * L(x + 1, y) + L(x + 1, y + 1) - L(x - 1, y - 1) - 2 * L(x - 1, y) - L(x - 1, y + 1);
                gy[y * w + x] = L(x - 1, y + 1) + 2 * L(x, y + 1) + L(x + 1, y + 1) - L(x - 1, y - 1) - 2 * L(x, y - 1) - L(x + 1, y - 1);
            }
        return (gx, gy);
    }

    /// <summary>The <paramref name="q"/> quantile of the gradient magnitude: how sharp the sharpest edges are.</summary>
    public static float EdgeSharpness(Picture p, double q)
    {
        var (gx, gy) = Gradient(p);
        var m = gx.Select((x, i) => MathF.Sqrt(x * x + gy[i] * gy[i])).Order().ToArray();
        return m[(int)(q * (m.Length - 1))];
    }

    /// <summary>
    /// How straight the strong edges are: at the strongest tenth of the edge pixels, the coherence of the gradient
    /// directions over a window of radius <paramref name="r"/> (1 where all run one way, as along a straight edge).
    /// </summary>
    public static double Straightness(Picture p, int r)
    {
        var (gx, gy) = Gradient(p);
        int w = p.Width, h = p.Height;
        var mag = gx.Select((x, i) => x * x + gy[i] * gy[i]).ToArray();
        float cut = mag.Order().ElementAt((int)(mag.Length * 0.9));
        double sum = 0; int n = 0;
        for (int y = r; y < h - r; y++)
            for (int x = r; x < w - r; x++)
            {
                if (mag[y * w + x] < cut) continue;
                double xx = 0, yy = 0, xy = 0;
                for (int dy = -r; dy <= r; dy++)
                    for (int dx = -r; dx <= r; dx++)
                    {
                        int i = (y + dy) * w + x + dx;
                        xx += gx[i] * gx[i]; yy += gy[i] * gy[i]; xy += gx[i] * gy[i];
                    }
                double tr = xx + yy;
                if (tr <= 1e-9) continue;
                sum += Math.Sqrt((xx - yy) * (xx - yy) + 4 * xy * xy) / tr;
                n++;
            }
        return sum / Math.Max(1, n);
    }

    /// <summary>RMS difference (linear RGB) of the two pictures reduced to <paramref name="side"/> px on the long side:
    /// whether the main masses are where they are.</summary>
    public static double LowResError(Picture a, Picture b, int side = 12)
    {
        var (sa, sb) = (a.FitWithin(side), b.Resize(a.FitWithin(side).Width, a.FitWithin(side).Height));
        double sum = 0;
        for (int i = 0; i < sa.Pixels.Length; i++) { double d = sa.Pixels[i] - sb.Pixels[i]; sum += d * d; }
        return Math.Sqrt(sum / sa.Pixels.Length);
    }

    /// <summary>Correlation of the two pictures' lightness reduced to <paramref name="side"/> px on the long side: whether
    /// the light and dark masses are where they are, whatever colours the style gives them.</summary>
    public static double MassCorrelation(Picture a, Picture b, int side = 12)
    {
        var sa = a.FitWithin(side);
        var (la, lb) = (Lightness(sa), Lightness(b.Resize(sa.Width, sa.Height)));
        double ma = la.Average(), mb = lb.Average(), ab = 0, aa = 0, bb = 0;
        for (int i = 0; i < la.Length; i++) { ab += (la[i] - ma) * (lb[i] - mb); aa += (la[i] - ma) * (la[i] - ma); bb += (lb[i] - mb) * (lb[i] - mb); }
        return ab / Math.Sqrt(Math.Max(1e-12, aa * bb));
    }

    /// <summary>Distinct colours covering at least <paramref name="share"/> of the picture, after quantising Oklab to
    /// cells of 0.08 lightness and 0.05 chroma axes: the number of colour areas a viewer sees.</summary>
    public static int DominantColours(Picture p, double share)
    {
        var counts = new Dictionary<(int, int, int), int>();
        for (int y = 0; y < p.Height; y++)
            for (int x = 0; x < p.Width; x++)
            {
                var c = Oklab.FromLinear(p[x, y]);
                var key = ((int)MathF.Floor(c.L / 0.08f), (int)MathF.Floor(c.A / 0.05f), (int)MathF.Floor(c.B / 0.05f));
                counts[key] = counts.GetValueOrDefault(key) + 1;
            }
        return counts.Values.Count(v => v >= share * p.Width * p.Height);
    }
}
