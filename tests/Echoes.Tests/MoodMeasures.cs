using Echoes.Color;
using Echoes.Imaging;
using Echoes.Rendering;
using Echoes.Strokes;

namespace Echoes.Tests;

/// <summary>What a painting's mood can be measured by: its hand (stroke direction, length, fragments, soft edges), where
/// its light sits, what it leaves bare, how much its top empties and whether strong local colours keep their hue.</summary>
internal static class MoodMeasures
{
    /// <summary>The hand: mean downward component of strokes (positive runs down), mean arc length as a share of the
    /// plan's long side, the share of strokes broken off (shorter than twice their width), the share that run dry before
    /// they end (loaded under 0.4) and the mean taper (soft edges).</summary>
    public sealed record Hand(double Down, double Length, double Broken, double Dry, double Taper)
    {
        public override string ToString() => $"down {Down:F2} length {Length * 100:F2}% broken {Broken:P0} dry {Dry:P0} taper {Taper:F2}";
    }

    public static Hand HandOf(StrokePlan plan)
    {
        var strokes = plan.Strokes.Where(s => s.Points.Length > 1).ToList();
        float longSide = Math.Max(plan.Width, plan.Height);
        double down = 0, length = 0, broken = 0, dry = 0, taper = 0;
        foreach (var s in strokes)
        {
            var d = s.Points[^1] - s.Points[0];
            down += d.Length > 1e-3f ? d.Y / d.Length : 0f;
            float arc = 0;
            for (int i = 1; i < s.Points.Length; i++) arc += (s.Points[i] - s.Points[i - 1]).Length;
            length += arc / longSide;
            if (arc < 2 * s.Width) broken++;
            if (s.Load < 0.4f) dry++;
            taper += s.TaperStart + s.TaperEnd;
        }
        int n = Math.Max(1, strokes.Count);
        return new Hand(down / n, length / n, broken / n, dry / n, taper / n);
    }

    /// <summary>Where the light sits: the lightness-weighted mean height, 0 at the top and 1 at the bottom.</summary>
    public static double LightCentroid(Canvas c)
    {
        double sum = 0, sy = 0;
        var l = Lightness(c);
        for (int y = 0; y < c.Height; y++)
            for (int x = 0; x < c.Width; x++) { double v = l[y * c.Width + x]; sum += v; sy += v * (y + 0.5) / c.Height; }
        return sy / sum;
    }

    /// <summary>Light gathered in the middle: mean lightness of the central half (by area) less that of the outer border.</summary>
    public static double Gathered(Canvas c)
    {
        var l = Lightness(c);
        double inner = 0, outer = 0; int ni = 0, no = 0;
        for (int y = 0; y < c.Height; y++)
            for (int x = 0; x < c.Width; x++)
            {
                float u = Math.Abs((x + 0.5f) / c.Width - 0.5f), v = Math.Abs((y + 0.5f) / c.Height - 0.5f);
                if (u < 0.35f && v < 0.35f) { inner += l[y * c.Width + x]; ni++; }
                else if (u > 0.42f || v > 0.42f) { outer += l[y * c.Width + x]; no++; }
            }
        return inner / ni - outer / no;
    }

    /// <summary>Detail in the top fifth: mean luma gradient (Oklab L per pixel), low where the top empties and dims.</summary>
    public static double TopDetail(Canvas c) => EdgeEnergy(c, [.. Enumerable.Range(0, c.Width * c.Height).Select(i => i / c.Width < c.Height / 5)]);

    /// <summary>Mean luma gradient (Oklab L per pixel, right and down) over the pixels <paramref name="where"/> marks: low
    /// where edges are soft, merged or lost.</summary>
    public static double EdgeEnergy(Canvas c, bool[] where)
    {
        var l = Lightness(c);
        double sum = 0; int n = 0;
        for (int y = 0; y < c.Height - 1; y++)
            for (int x = 0; x < c.Width - 1; x++)
            {
                int q = y * c.Width + x;
                if (!where[q]) continue;
                sum += Math.Abs(l[q + 1] - l[q]) + Math.Abs(l[q + c.Width] - l[q]);
                n++;
            }
        return n == 0 ? 0 : sum / n;
    }

    /// <summary>Mean Oklab lightness over the pixels <paramref name="where"/> marks.</summary>
    public static double MeanLightness(Canvas c, bool[] where)
    {
        var l = Lightness(c);
        double sum = 0; int n = 0;
        for (int i = 0; i < l.Length; i++)
            if (where[i]) { sum += l[i]; n++; }
        return n == 0 ? 0 : sum / n;
    }

    /// <summary>Sizes of the 4-connected regions of <paramref name="mask"/> (w × h), largest first.</summary>
    public static List<int> Regions(bool[] mask, int w, int h)
    {
        var seen = new bool[mask.Length];
        var sizes = new List<int>();
        var stack = new Stack<int>();
        for (int i = 0; i < mask.Length; i++)
        {
            if (!mask[i] || seen[i]) continue;
            int size = 0;
            seen[i] = true; stack.Push(i);
            while (stack.TryPop(out int q))
            {
                size++;
                int x = q % w, y = q / w;
                foreach (int r in (int[])[x > 0 ? q - 1 : -1, x < w - 1 ? q + 1 : -1, y > 0 ? q - w : -1, y < h - 1 ? q + w : -1])
                    if (r >= 0 && mask[r] && !seen[r]) { seen[r] = true; stack.Push(r); }
            }
            sizes.Add(size);
        }
        return [.. sizes.OrderDescending()];
    }

    /// <summary>Share of the marked pixels in regions (4-connected) that touch the picture's border: canvas left bare from
    /// the edges inward, not holes inside the painting.</summary>
    public static double FromEdges(bool[] mask, int w, int h)
    {
        var reached = new bool[mask.Length];
        var stack = new Stack<int>();
        for (int i = 0; i < mask.Length; i++)
        {
            int x = i % w, y = i / w;
            if (mask[i] && (x == 0 || y == 0 || x == w - 1 || y == h - 1)) { reached[i] = true; stack.Push(i); }
        }
        while (stack.TryPop(out int q))
        {
            int x = q % w, y = q / w;
            foreach (int r in (int[])[x > 0 ? q - 1 : -1, x < w - 1 ? q + 1 : -1, y > 0 ? q - w : -1, y < h - 1 ? q + w : -1])
                if (r >= 0 && mask[r] && !reached[r]) { reached[r] = true; stack.Push(r); }
        }
        int all = mask.Count(b => b);
        return all == 0 ? 0 : reached.Count(b => b) / (double)all;
    }

    /// <summary>Share of the marked pixels that lie in the outer band: within a fifth of the width or height of an edge
    /// (64 % of the picture's area).</summary>
    public static double Peripheral(bool[] mask, int w, int h)
    {
        int all = 0, outer = 0;
        for (int y = 0; y < h; y++)
            for (int x = 0; x < w; x++)
            {
                if (!mask[y * w + x]) continue;
                all++;
                float u = Math.Abs((x + 0.5f) / w - 0.5f), v = Math.Abs((y + 0.5f) / h - 0.5f);
                if (u > 0.3f || v > 0.3f) outer++;
            }
        return all == 0 ? 0 : outer / (double)all;
    }

    /// <summary>Mean absolute hue difference (degrees) between two paintings over the pixels where the photo is strongly
    /// chromatic (Oklch chroma above 0.12) and both paintings still carry colour.</summary>
    public static double HueDrift(Canvas photo, Canvas a, Canvas b)
    {
        double sum = 0; int n = 0;
        for (int i = 0; i < photo.Pixels.Length; i += 4)
        {
            var p = At(photo, i);
            if (p.C < 0.12f) continue;
            var x = At(a, i); var y = At(b, i);
            if (x.C < 0.04f || y.C < 0.04f) continue;
            sum += Math.Abs(Oklch.HueDelta(x.H, y.H)); n++;
        }
        return n == 0 ? 0 : sum / n;
    }

    /// <summary>Pixels no stroke covers by half or more: bare or dissolved canvas.</summary>
    public static bool[] Bare(StrokePlan plan, int width)
    {
        var (w, h) = plan.PixelSize(width);
        var sink = new Coverage { Sum = new float[w * h], W = w };
        var g = new StrokeGeometry();
        foreach (var s in plan.Strokes)
        {
            g.Build(s, width / plan.Width, textured: false);
            Rasterizer.Rasterize(g, 0, 0, w, h, ref sink);
        }
        return [.. sink.Sum.Select(v => v < 0.5f)];
    }

    private static Oklch At(Canvas c, int i) => Oklch.FromLinear(Rgb.FromSrgb8(c.Pixels[i], c.Pixels[i + 1], c.Pixels[i + 2]));

    public static float[] Lightness(Canvas c)
    {
        var l = new float[c.Width * c.Height];
        for (int i = 0; i < l.Length; i++) l[i] = At(c, i * 4).L;
        return l;
    }

    private struct Coverage : ISpanSink
    {
        public float[] Sum; public int W;
        public readonly bool WantsHeight => false;
        public readonly bool WantsAlong => false;
        public readonly void Span(int y, int x0, in ShadedRun run)
        {
            var c = run.Coverage;
            for (int i = 0; i < c.Length; i++) Sum[y * W + x0 + i] += c[i];
        }
    }
}
