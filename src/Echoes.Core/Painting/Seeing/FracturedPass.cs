using Echoes.Brushes;
using Echoes.Color;
using Echoes.Rendering;
using Echoes.Strokes;
using Echoes.Targets;

namespace Echoes.Painting;

/// <summary>
/// The fractured seeing (cubist): the picture is cut into convex planes along its main edges (<see cref="FacetCutter"/>)
/// and each plane is laid with straight square-ended slabs: parallel to its longest side inside, then one slab along each
/// side, so every plane ends in straight edges whatever the brush. Each plane is seen from its own viewpoint (its colours
/// sampled a little displaced), has its own light (a ramp across it from a side of its own, its lit sides lighter and its
/// shadowed sides darker), and some carry their colour over a border into the next plane (Cézanne's passage) or lie
/// half transparent over it. The colour of each slab mixes the plane's mean with what lies under it in the source, so
/// the subject stays legible through the planes.
/// </summary>
internal sealed class FracturedPass(Target target, CanvasPyramid pyramid, PaintOptions o, Brushwork brushwork)
{
    private readonly int _long = Math.Max(target.Width, target.Height);
    private readonly StrokeGeometry _geo = new();

    // One plane's way of being seen: its viewpoint shift, its light, its slab width and how far it keeps the source.
    private sealed record View(Point2 Centre, Point2 Shift, Point2 Light, float Reach, float Width, float Keep, float Opacity,
        float Focus, bool Spills);

    /// <summary>Cuts the planes and lays them, large ones first; at most <paramref name="cap"/> strokes when given.
    /// Returns how many it placed.</summary>
    public int Run(int? cap, Action<Stroke> placed, CancellationToken ct)
    {
        var rng = new Random(SeedMix.Of(o.Seed, 0xFAC7));
        int count = o.Detail switch { Detail.Low => 80, Detail.High => 260, _ => 160 };
        var planes = FacetCutter.Cut(target, count, o.FocusDetail, rng);
        int n = 0;
        // Large planes first: the smaller ones (the subject's) lie over them.
        foreach (var outline in planes.OrderByDescending(p => Area(p)))
        {
            ct.ThrowIfCancellationRequested();
            foreach (var (stroke, r, g, b) in Lay(outline, rng))
            {
                if (cap is int c && n >= c) return n;
                _geo.Build(stroke, 1f / brushwork.LogicalPerPixel);
                pyramid.Full.Commit(_geo, r, g, b);
                placed(stroke);
                n++;
            }
        }
        return n;
    }

    private View See(Point2[] outline, Random rng)
    {
        float area = Area(outline), perimeter = 0;
        for (int i = 0; i < outline.Length; i++) perimeter += (outline[(i + 1) % outline.Length] - outline[i]).Length;
        var centre = Centroid(outline);
        int q = Math.Clamp((int)centre.Y, 0, target.Height - 1) * target.Width + Math.Clamp((int)centre.X, 0, target.Width - 1);
        float focus = target.FocusAt(q);
        float unit = o.LayerRadii[0] * _long * 2f;
        float width = Math.Clamp(MathF.Sqrt(area) / 5f, 0.6f * unit, 2.5f * unit) * (1f - 0.5f * o.FocusDetail * focus);
        width = MathF.Max(2f, MathF.Min(width, 1.5f * area / MathF.Max(1f, perimeter)));
        // Another viewpoint: the plane shows what lies a little aside; the subject's planes stray less.
        float stray = 0.014f * _long * (1f - 0.6f * focus);
        var shift = new Point2(Gesture.Gaussian(rng) * stray, Gesture.Gaussian(rng) * stray);
        float a = rng.NextSingle() * MathF.Tau, strength = 0.04f + 0.06f * rng.NextSingle();
        var light = new Point2(MathF.Cos(a), MathF.Sin(a)) * (strength / MathF.Max(1f, MathF.Sqrt(area / MathF.PI)));
        float keep = 0.7f + 0.3f * o.FocusTruth * focus;
        bool transparent = rng.NextSingle() < 0.15f * (1f - focus);
        float opacity = transparent ? 0.55f : brushwork.PickOpacity(rng, focus);
        return new View(centre, shift, light, MathF.Sqrt(area), width, keep, opacity, focus, rng.NextSingle() < 0.3f);
    }

    // The plane's slabs with their working colours: the inside along its longest side, then its sides.
    private IEnumerable<(Stroke, float, float, float)> Lay(Point2[] outline, Random rng)
    {
        if (outline.Length < 3 || Area(outline) < 4f) yield break;
        var view = See(outline, rng);
        var u = LongestSide(outline);
        var v = new Point2(-u.Y, u.X);
        var inside = Inside(outline, view.Centre, u, v, view.Width);
        var mean = Mean(inside, view);
        foreach (var (a, b) in inside)
        {
            // Long chords are laid in several slabs end to end (Cézanne's constructive strokes), each of what lies under it.
            int pieces = Math.Max(1, (int)MathF.Round((b - a).Length / (5f * view.Width)));
            for (int i = 0; i < pieces; i++)
            {
                Point2 p = a + (b - a) * (i / (float)pieces), q = a + (b - a) * ((i + 1f) / pieces);
                // Passage: now and then a slab runs on over the border, carrying the plane's colour into its neighbour.
                if (i == pieces - 1 && view.Spills && rng.Next(2) == 0) q += (b - a) * (0.2f + 0.3f * rng.NextSingle() / pieces);
                var colour = Lit(Mix(mean, Local(p, q, view), view.Keep), (p + q) * 0.5f, view, 1f);
                yield return Slab(p, q, view.Width, colour, brushwork.PickBrush(rng, view.Focus), view.Opacity, rng);
            }
        }
        var rim = Inset(outline, view.Centre, view.Width * 0.5f);
        if (rim is null) yield break;
        for (int i = 0; i < rim.Length; i++)
        {
            Point2 a = rim[i], b = rim[(i + 1) % rim.Length];
            if ((b - a).Length < view.Width * 0.5f) continue;
            // The sides facing the plane's light catch it; the others fall into shadow: the plane turns.
            var colour = Lit(Mix(mean, Local(a, b, view), view.Keep), (a + b) * 0.5f, view, 1.3f);
            yield return Slab(a, b, view.Width, colour, BrushKind.Flat, view.Opacity, rng);
        }
    }

    // Parallel chords of the plane along u, one slab width apart, shortened by half a width at each end (the side
    // slabs cover the border).
    private static List<(Point2, Point2)> Inside(Point2[] outline, Point2 centre, Point2 u, Point2 v, float width)
    {
        float lo = float.MaxValue, hi = float.MinValue;
        foreach (var p in outline) { float t = Dot(p - centre, v); lo = MathF.Min(lo, t); hi = MathF.Max(hi, t); }
        var chords = new List<(Point2, Point2)>();
        float step = width * 0.8f, span = hi - lo - width;
        int rows = Math.Max(1, (int)MathF.Ceiling(span / step) + 1);
        for (int r = 0; r < rows; r++)
        {
            float t = rows == 1 ? (lo + hi) * 0.5f : lo + width * 0.5f + span * r / (rows - 1);
            var o0 = centre + v * t;
            if (Chord(outline, centre, o0, u) is not var (s0, s1)) continue;
            s0 += width * 0.5f; s1 -= width * 0.5f;
            if (s1 - s0 < width * 0.3f) { float m = (s0 + s1) * 0.5f; s0 = m - width * 0.15f; s1 = m + width * 0.15f; }
            chords.Add((o0 + u * s0, o0 + u * s1));
        }
        return chords;
    }

    // Where the line o + s·u runs inside the convex outline (whose inside holds centre), as a range of s.
    private static (float, float)? Chord(Point2[] outline, Point2 centre, Point2 o, Point2 u)
    {
        float s0 = float.MinValue, s1 = float.MaxValue;
        for (int i = 0; i < outline.Length; i++)
        {
            Point2 a = outline[i], e = outline[(i + 1) % outline.Length] - a;
            var n = Inward(e, centre - a);
            float at = Dot(o - a, n), rate = Dot(u, n);
            // Inside where at + s·rate ≥ 0.
            if (MathF.Abs(rate) < 1e-6f) { if (at < 0) return null; continue; }
            float s = -at / rate;
            if (rate > 0) s0 = MathF.Max(s0, s); else s1 = MathF.Min(s1, s);
        }
        return s1 > s0 ? (s0, s1) : null;
    }

    // The outline moved in by d on every side; null where the plane is too thin for it.
    private static Point2[]? Inset(Point2[] outline, Point2 centre, float d)
    {
        int n = outline.Length;
        var lines = new (Point2 A, Point2 E)[n];
        for (int i = 0; i < n; i++)
        {
            Point2 a = outline[i], e = outline[(i + 1) % n] - a;
            lines[i] = (a + Inward(e, centre - a) * d, e);
        }
        var rim = new Point2[n];
        for (int i = 0; i < n; i++)
        {
            var (a, e) = lines[(i + n - 1) % n];
            var (b, f) = lines[i];
            float den = e.X * f.Y - e.Y * f.X;
            rim[i] = MathF.Abs(den) < 1e-6f ? b : a + e * (((b.X - a.X) * f.Y - (b.Y - a.Y) * f.X) / den);
            if (Chord(outline, centre, rim[i], new Point2(1, 0)) is null) return null;
        }
        return Area(rim) < Area(outline) ? rim : null;
    }

    private static Point2 Inward(Point2 e, Point2 toCentre)
    {
        float len = MathF.Max(1e-6f, e.Length);
        var n = new Point2(-e.Y / len, e.X / len);
        return Dot(n, toCentre) >= 0 ? n : n * -1f;
    }

    private static Point2 LongestSide(Point2[] outline)
    {
        Point2 best = new(1, 0);
        float longest = 0;
        for (int i = 0; i < outline.Length; i++)
        {
            var e = outline[(i + 1) % outline.Length] - outline[i];
            if (e.Length > longest) { longest = e.Length; best = e * (1f / e.Length); }
        }
        return best;
    }

    // The source's colour along a slab, seen from the plane's viewpoint.
    private (float, float, float) Local(Point2 a, Point2 b, View view)
    {
        float r = 0, g = 0, bl = 0;
        const int N = 5;
        for (int i = 0; i < N; i++)
        {
            var p = a + (b - a) * (i / (N - 1f)) + view.Shift;
            int x = Math.Clamp((int)p.X, 0, target.Width - 1), y = Math.Clamp((int)p.Y, 0, target.Height - 1), j = (y * target.Width + x) * 3;
            r += target.Encoded[j]; g += target.Encoded[j + 1]; bl += target.Encoded[j + 2];
        }
        return (r / N, g / N, bl / N);
    }

    private (float, float, float) Mean(List<(Point2, Point2)> chords, View view)
    {
        float r = 0, g = 0, b = 0;
        foreach (var (p, q) in chords) { var (cr, cg, cb) = Local(p, q, view); r += cr; g += cg; b += cb; }
        int n = Math.Max(1, chords.Count);
        return (r / n, g / n, b / n);
    }

    private static (float, float, float) Mix((float R, float G, float B) a, (float R, float G, float B) b, float t) =>
        (a.R + (b.R - a.R) * t, a.G + (b.G - a.G) * t, a.B + (b.B - a.B) * t);

    // The plane's own light at p: lighter toward its light, darker away; the style's hand then takes the colour.
    private (float, float, float) Lit((float R, float G, float B) c, Point2 p, View view, float gain)
    {
        float dl = Math.Clamp(Dot(p - view.Centre, view.Light) * gain, -0.14f, 0.14f);
        var lab = Oklab.FromLinear(new Rgb(Srgb.ToLinear(c.R), Srgb.ToLinear(c.G), Srgb.ToLinear(c.B)));
        var lit = new Oklab(Math.Clamp(lab.L + dl, 0f, 1f), lab.A, lab.B).ToOklch().ToLinearInGamut();
        var rng = new Random(SeedMix.Of(o.Seed, (int)p.X, (int)p.Y, 0x11));
        return brushwork.Styled(Srgb.FromLinear(lit.R), Srgb.FromLinear(lit.G), Srgb.FromLinear(lit.B), rng, view.Focus);
    }

    private (Stroke, float, float, float) Slab(Point2 a, Point2 b, float width, (float R, float G, float B) c, BrushKind kind,
        float opacity, Random rng)
    {
        float k = brushwork.LogicalPerPixel;
        var stroke = new Stroke
        {
            Points = [a * k, b * k], Width = width * k,
            Color = new Rgb(Srgb.ToLinear(c.R), Srgb.ToLinear(c.G), Srgb.ToLinear(c.B)),
            Opacity = opacity, Brush = kind, Load = brushwork.PickLoad(rng), Seed = (uint)rng.Next(),
            TaperStart = 0f, TaperEnd = 0f,
        };
        return (stroke, c.R, c.G, c.B);
    }

    private static float Dot(Point2 a, Point2 b) => a.X * b.X + a.Y * b.Y;

    private static float Area(Point2[] p)
    {
        float s = 0;
        for (int i = 0; i < p.Length; i++) { Point2 a = p[i], b = p[(i + 1) % p.Length]; s += a.X * b.Y - b.X * a.Y; }
        return MathF.Abs(s) * 0.5f;
    }

    private static Point2 Centroid(Point2[] p)
    {
        float x = 0, y = 0;
        foreach (var q in p) { x += q.X; y += q.Y; }
        return new Point2(x / p.Length, y / p.Length);
    }
}
