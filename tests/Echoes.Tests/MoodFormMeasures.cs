using Echoes.Color;
using Echoes.Imaging;
using Echoes.Rendering;
using Echoes.Strokes;
using Echoes.Targets;

namespace Echoes.Tests;

/// <summary>What a mood does to the forms, measured: how its strokes lie against the subject's contour and against the
/// vertical, and how its light and colour sit on the subject compared with off it.</summary>
internal static class MoodFormMeasures
{
    /// <summary>Mean |cos| between each stroke's chord and the tangent of the focus's contour, over strokes whose middle
    /// lies where a contour clearly runs (the focus, softened by a 60th of the long side, turns by 1 over a fifth of the
    /// picture or faster): 1 is all along the contour, 0.64 random, 0 all across it. Also how many strokes were counted.</summary>
    public static (double Along, int Count) AlongContour(StrokePlan plan, Target focused)
    {
        int w = focused.Width, h = focused.Height;
        float longSide = Math.Max(w, h), k = w / plan.Width;
        var soft = (float[])focused.FocusMap!.Clone();
        Blur.Gaussian(soft, w, h, 1, longSide / 60f);
        double sum = 0; int n = 0;
        foreach (var s in plan.Strokes.Where(s => s.Points.Length > 1))
        {
            var d = s.Points[^1] - s.Points[0];
            var mid = s.Points[s.Points.Length / 2] * k;
            int x = (int)mid.X, y = (int)mid.Y;
            if (d.Length < 1e-3f || x < 1 || y < 1 || x >= w - 1 || y >= h - 1) continue;
            int q = y * w + x;
            float gx = 0.5f * (soft[q + 1] - soft[q - 1]), gy = 0.5f * (soft[q + w] - soft[q - w]), g = MathF.Sqrt(gx * gx + gy * gy);
            if (g * longSide < 5f) continue;
            sum += Math.Abs((d.X * -gy + d.Y * gx) / (d.Length * g));
            n++;
        }
        return (n == 0 ? 0 : sum / n, n);
    }

    /// <summary>The strokes laid in the room round the subject: those whose middle lies where the focus is under 0.3.</summary>
    public static List<Stroke> Room(StrokePlan plan, Target focused)
    {
        float k = focused.Width / plan.Width;
        return [.. plan.Strokes.Where(s =>
        {
            var mid = s.Points[s.Points.Length / 2] * k;
            int x = Math.Clamp((int)mid.X, 0, focused.Width - 1), y = Math.Clamp((int)mid.Y, 0, focused.Height - 1);
            return focused.FocusAt(y * focused.Width + x) < 0.3f;
        })];
    }

    /// <summary>The width of the mark under a typical point of the strokes' area (each weighted by its area, width times
    /// chord plus width), in the plan's units: a few broad strokes count for the area they cover, not their number.</summary>
    public static double CoveringWidth(List<Stroke> strokes)
    {
        double area = 0, sum = 0;
        foreach (var s in strokes)
        {
            double a = s.Width * ((s.Points[^1] - s.Points[0]).Length + s.Width);
            area += a; sum += a * s.Width;
        }
        return area == 0 ? 0 : sum / area;
    }

    /// <summary>Share of the strokes with a chord that stands within 30° of the vertical.</summary>
    public static double Upright(List<Stroke> strokes)
    {
        var drawn = strokes.Where(s => s.Points.Length > 1 && (s.Points[^1] - s.Points[0]).Length > 1e-3f).ToList();
        return drawn.Count(s => { var d = s.Points[^1] - s.Points[0]; return Math.Abs(d.X) < 0.5f * d.Length; })
            / (double)Math.Max(1, drawn.Count);
    }

    /// <summary>Share of strokes whose chord rises by more than 10° (start to end, y growing down).</summary>
    public static double Rising(StrokePlan plan)
    {
        var strokes = plan.Strokes.Where(s => s.Points.Length > 1).ToList();
        int up = strokes.Count(s => { var d = s.Points[^1] - s.Points[0]; return d.Y < -0.17f * d.Length; });
        return up / (double)Math.Max(1, strokes.Count);
    }

    /// <summary>The render's pixels as Oklab, with the focus at each (read from the working target, nearest pixel).</summary>
    public static (Oklab[] Lab, float[] Focus) Sample(Canvas c, Target focused)
    {
        int w = c.Width, h = c.Height;
        var lab = new Oklab[w * h];
        var focus = new float[w * h];
        for (int y = 0; y < h; y++)
            for (int x = 0; x < w; x++)
            {
                int i = y * w + x;
                lab[i] = Oklab.FromLinear(Rgb.FromSrgb8(c.Pixels[i * 4], c.Pixels[i * 4 + 1], c.Pixels[i * 4 + 2]));
                focus[i] = focused.FocusAt(Math.Min(focused.Height - 1, y * focused.Height / h) * focused.Width
                    + Math.Min(focused.Width - 1, x * focused.Width / w));
            }
        return (lab, focus);
    }

    /// <summary>Mean of <paramref name="f"/> over the pixels <paramref name="where"/> marks.</summary>
    public static double Mean(Oklab[] lab, Func<int, bool> where, Func<Oklab, double> f)
    {
        double sum = 0; int n = 0;
        for (int i = 0; i < lab.Length; i++) if (where(i)) { sum += f(lab[i]); n++; }
        return n == 0 ? 0 : sum / n;
    }

    /// <summary>Colour noise: mean Oklab a–b distance between each marked pixel and its right and lower neighbours.</summary>
    public static double ColourNoise(Oklab[] lab, int w, Func<int, bool> where)
    {
        double sum = 0; int n = 0;
        for (int i = 0; i + w + 1 < lab.Length; i++)
        {
            if (!where(i) || i % w == w - 1) continue;
            sum += Chroma(lab[i], lab[i + 1]) + Chroma(lab[i], lab[i + w]);
            n++;
        }
        return n == 0 ? 0 : sum / n;
    }

    /// <summary>Mean luma gradient (Oklab L, right and down) over the marked pixels: how sharp the place is drawn.</summary>
    public static double Sharpness(Oklab[] lab, int w, Func<int, bool> where)
    {
        double sum = 0; int n = 0;
        for (int i = 0; i + w + 1 < lab.Length; i++)
        {
            if (!where(i) || i % w == w - 1) continue;
            sum += Math.Abs(lab[i + 1].L - lab[i].L) + Math.Abs(lab[i + w].L - lab[i].L);
            n++;
        }
        return n == 0 ? 0 : sum / n;
    }

    private static double Chroma(Oklab a, Oklab b) => Math.Sqrt((a.A - b.A) * (a.A - b.A) + (a.B - b.B) * (a.B - b.B));
}
