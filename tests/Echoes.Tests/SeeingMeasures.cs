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

    /// <summary>The <paramref name="q"/> quantile of the gradient magnitude: how sharp the sharpest edges are; over the
    /// pixels <paramref name="only"/> marks when given.</summary>
    public static float EdgeSharpness(Picture p, double q, bool[]? only = null)
    {
        var (gx, gy) = Gradient(p);
        var m = gx.Select((x, i) => MathF.Sqrt(x * x + gy[i] * gy[i])).Where((_, i) => only is null || only[i]).Order().ToArray();
        return m[(int)(q * (m.Length - 1))];
    }

    /// <summary>
    /// How much of the picture's drawing is straight lines: the share of the strongest tenth of its edge pixels that lie
    /// on the <paramref name="lines"/> longest straight lines through them (a Hough transform in which each pixel votes
    /// only for lines along its own edge; the lines taken greedily, the longest first, each pixel counted once). Planes cut
    /// by straight borders score high; curved strokes and the curved contours of things score low.
    /// </summary>
    public static double LineShare(Picture p, int lines)
    {
        var (gx, gy) = Gradient(p);
        int w = p.Width, h = p.Height, angles = 180, diag = (int)MathF.Ceiling(MathF.Sqrt(w * w + h * h));
        var mag = gx.Select((x, i) => MathF.Sqrt(x * x + gy[i] * gy[i])).ToArray();
        float cut = mag.Order().ElementAt((int)(mag.Length * 0.9));
        var strong = Enumerable.Range(0, w * h).Where(i => mag[i] >= cut && mag[i] > 1e-6f).ToList();
        var votes = new int[angles * 2 * diag];
        // A pixel votes for the lines through it whose normal is within two degrees of its gradient.
        IEnumerable<(int Cell, int Angle, float Rho)> Cells(int i)
        {
            int a = (int)MathF.Round((MathF.Atan2(gy[i], gx[i]) * 180f / MathF.PI % 180f + 180f) % 180f);
            for (int d = -2; d <= 2; d++)
            {
                int t = ((a + d) % angles + angles) % angles;
                float th = t * MathF.PI / 180f, rho = i % w * MathF.Cos(th) + i / w * MathF.Sin(th);
                yield return (t * 2 * diag + (int)MathF.Round(rho) + diag, t, rho);
            }
        }
        foreach (int i in strong) foreach (var c in Cells(i)) votes[c.Cell]++;
        var used = new bool[w * h];
        int explained = 0;
        for (int l = 0; l < lines; l++)
        {
            int best = 0;
            for (int c = 1; c < votes.Length; c++) if (votes[c] > votes[best]) best = c;
            if (votes[best] < 3) break;
            int angle = best / (2 * diag), rho = best % (2 * diag) - diag;
            foreach (int i in strong)
            {
                if (used[i] || !Cells(i).Any(c => c.Angle == angle && MathF.Abs(c.Rho - rho) <= 1f)) continue;
                used[i] = true;
                explained++;
                foreach (var c in Cells(i)) votes[c.Cell]--;
            }
        }
        return explained / (double)Math.Max(1, strong.Count);
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
        for (int i = 0; i < la.Length; i++)
        {
            ab += (la[i] - ma) * (lb[i] - mb); aa += (la[i] - ma) * (la[i] - ma); bb += (lb[i] - mb) * (lb[i] - mb);
        }
        return ab / Math.Sqrt(Math.Max(1e-12, aa * bb));
    }

    /// <summary>How many colours it takes to account for <paramref name="cover"/> of the picture, each taking the pixels
    /// within <paramref name="radius"/> of it (Oklab), the one taking most chosen first: the number of colour areas a
    /// viewer sees, whatever the light's small play inside each; only over the pixels <paramref name="where"/> marks, if
    /// given.</summary>
    public static int ColourAreas(Picture p, float radius = 0.06f, double cover = 0.85, bool[]? where = null)
    {
        // The pixels binned finely (0.02 a step) so the choice is among a few thousand colours, not every pixel.
        var bins = new Dictionary<(int L, int A, int B), int>();
        long total = 0;
        for (int y = 0; y < p.Height; y++)
            for (int x = 0; x < p.Width; x++)
            {
                if (where is not null && !where[y * p.Width + x]) continue;
                total++;
                var c = Oklab.FromLinear(p[x, y]);
                var key = ((int)MathF.Round(c.L / 0.02f), (int)MathF.Round(c.A / 0.02f), (int)MathF.Round(c.B / 0.02f));
                bins[key] = bins.GetValueOrDefault(key) + 1;
            }
        var keys = bins.Keys.ToArray();
        var weight = keys.Select(k => bins[k]).ToArray();
        float r = radius / 0.02f;
        var near = keys.Select(a => Enumerable.Range(0, keys.Length).Where(j =>
        {
            var b = keys[j];
            return (a.L - b.L) * (a.L - b.L) + (a.A - b.A) * (a.A - b.A) + (a.B - b.B) * (a.B - b.B) <= r * r;
        }).ToArray()).ToArray();
        var taken = new bool[keys.Length];
        long done = 0;
        int areas = 0;
        for (; done < cover * total; areas++)
        {
            int best = Enumerable.Range(0, keys.Length).MaxBy(i => near[i].Sum(j => taken[j] ? 0 : weight[j]));
            foreach (int j in near[best]) if (!taken[j]) { taken[j] = true; done += weight[j]; }
        }
        return areas;
    }

    /// <summary>
    /// How far a painted straight border wanders from a straight line, in pixels (RMS): in each column from
    /// <paramref name="x0"/> to <paramref name="x1"/>, where the picture's lightness crosses halfway between its two sides
    /// nearest the line y = <paramref name="y0"/> + x·<paramref name="slope"/> (within <paramref name="reach"/> px), the
    /// crossings fitted by one straight line. A clean straight cut scores a fraction of a pixel; a border made of the
    /// square ends of strokes (a staircase) about a third of the step.
    /// </summary>
    public static double BorderWobble(Picture p, double y0, double slope, int reach, int x0, int x1)
    {
        var l = Lightness(p);
        int w = p.Width, h = p.Height;
        var crossings = new List<(double X, double Y)>();
        for (int x = x0; x < x1; x++)
            if (Crossing(x) is double y) crossings.Add((x, y));
        if (crossings.Count < (x1 - x0) / 2) return double.PositiveInfinity;
        double mx = crossings.Average(c => c.X), my = crossings.Average(c => c.Y);
        double k = crossings.Sum(c => (c.X - mx) * (c.Y - my)) / crossings.Sum(c => (c.X - mx) * (c.X - mx));
        return Math.Sqrt(crossings.Average(c => Math.Pow(c.Y - my - k * (c.X - mx), 2)));

        double? Crossing(int x)
        {
            double line = y0 + x * slope, mid = (l[Row(line - reach) * w + x] + l[Row(line + reach) * w + x]) / 2;
            double? best = null;
            for (int y = Row(line - reach); y < Row(line + reach); y++)
            {
                double a = l[y * w + x] - mid, b = l[(y + 1) * w + x] - mid;
                if (a * b > 0 || a == b) continue;
                double at = y + a / (a - b);
                if (best is not double d || Math.Abs(at - line) < Math.Abs(d - line)) best = at;
            }
            return best;
        }

        int Row(double y) => Math.Clamp((int)y, 0, h - 2);
    }
}
