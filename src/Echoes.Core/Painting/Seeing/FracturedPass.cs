using Echoes.Brushes;
using Echoes.Color;
using Echoes.Rendering;
using Echoes.Strokes;
using Echoes.Targets;

namespace Echoes.Painting;

/// <summary>
/// The fractured seeing (cubist): the picture is cut into convex planes along its main edges, never into slivers
/// (<see cref="FacetCutter"/>), and each plane, a little enlarged so that it overlaps its neighbours, is painted in rows of
/// short straight slabs (Cézanne's constructive strokes) running along its hard side. Each plane is seen from its own
/// viewpoint (its colours sampled a little displaced) as one turned surface: the ramp of colour that best fits the source
/// under it (<see cref="ColourRamp"/>), with its own light across it, darkening toward its hard sides (those turned from
/// the light), where a slab in its shadow ends it sharply and now and then a broken, swelling brush line of its own dark
/// is drawn (never a hairline). Its other sides stay open: the rows' ends take on the colour beyond them and some run on
/// over the border (passage), so the plane dissolves into its neighbour there. The colour of each slab mixes the plane's
/// ramp with what lies under it in the source, most on the subject, so the subject stays legible through the planes.
/// </summary>
internal sealed class FracturedPass(Target target, CanvasPyramid pyramid, PaintOptions o, Brushwork brushwork)
{
    private readonly int _long = Math.Max(target.Width, target.Height);
    private readonly StrokeGeometry _geo = new();

    /// <summary>The narrowest painted line, as a fraction of the picture's long side (about 3.6 px at 1024).</summary>
    public const float MinLine = 0.0035f;

    // One plane's way of being seen: its viewpoint shift, its light, its slab width, how far it keeps the source under
    // each slab over its ramp, and the ramp of colour it is seen as.
    private sealed record View(Point2 Centre, Point2 Shift, Point2 Light, float Width, float Keep, float Opacity, float Focus,
        bool Spills, ColourRamp Ramp);

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
        float width = Math.Clamp(MathF.Sqrt(area) / 4f, 0.6f * unit, 2.5f * unit) * (1f - 0.5f * o.FocusDetail * focus);
        width = MathF.Max(2f, MathF.Min(width, 1.5f * area / MathF.Max(1f, perimeter)));
        // Another viewpoint: the plane shows what lies a little aside; the subject's planes stray less.
        float stray = 0.012f * _long * (1f - 0.7f * focus);
        var shift = new Point2(Gesture.Gaussian(rng) * stray, Gesture.Gaussian(rng) * stray);
        float a = rng.NextSingle() * MathF.Tau, strength = 0.05f + 0.07f * rng.NextSingle();
        var light = new Point2(MathF.Cos(a), MathF.Sin(a)) * (strength / MathF.Max(1f, MathF.Sqrt(area / MathF.PI)));
        float keep = 0.12f + 0.7f * o.FocusTruth * focus;
        bool transparent = rng.NextSingle() < 0.15f * (1f - focus);
        float opacity = transparent ? 0.55f : brushwork.PickOpacity(rng, focus);
        return new View(centre, shift, light, width, keep, opacity, focus, rng.NextSingle() < 0.4f, Fit(outline, centre, shift));
    }

    // The ramp of the source's colour over the plane, seen from its viewpoint: a grid of about 80 samples inside it.
    private ColourRamp Fit(Point2[] outline, Point2 centre, Point2 shift)
    {
        var ramp = new ColourRamp(centre.X, centre.Y);
        float x0 = outline.Min(p => p.X), x1 = outline.Max(p => p.X), y0 = outline.Min(p => p.Y), y1 = outline.Max(p => p.Y);
        float step = MathF.Max(1f, MathF.Sqrt(MathF.Max(1f, Area(outline)) / 80f));
        for (float y = y0 + step * 0.5f; y < y1; y += step)
            for (float x = x0 + step * 0.5f; x < x1; x += step)
                if (Contains(outline, centre, new Point2(x, y))) Sample(ramp, new Point2(x, y), shift);
        if (ramp.Count < 3) Sample(ramp, centre, shift);
        return ramp;
    }

    private void Sample(ColourRamp ramp, Point2 p, Point2 shift)
    {
        int x = Math.Clamp((int)(p.X + shift.X), 0, target.Width - 1), y = Math.Clamp((int)(p.Y + shift.Y), 0, target.Height - 1);
        int j = (y * target.Width + x) * 3;
        ramp.Add(p.X, p.Y, target.Encoded[j], target.Encoded[j + 1], target.Encoded[j + 2], 1f);
    }

    private static bool Contains(Point2[] outline, Point2 centre, Point2 p)
    {
        for (int i = 0; i < outline.Length; i++)
        {
            Point2 a = outline[i], e = outline[(i + 1) % outline.Length] - a;
            if (Dot(p - a, Inward(e, centre - a)) < 0) return false;
        }
        return true;
    }

    // The plane's slabs with their working colours: the inside in rows along its hard side, darkening toward it (the
    // modelling of a facet, turned from its light), the rows' ends ragged and thinning where the plane is open so that it
    // dissolves into its neighbour; then a slab along each hard side, where the plane ends sharply; then its clues and its
    // drawn lines.
    internal IEnumerable<(Stroke, float, float, float)> Lay(Point2[] outline, Random rng)
    {
        if (outline.Length < 3 || Area(outline) < 4f) yield break;
        var view = See(outline, rng);
        // Enlarged, the planes overlap: no ground shows between them, and the later lie over the earlier.
        var grown = Offset(outline, view.Centre, -MathF.Max(1.5f, view.Width * 0.35f));
        var hard = HardSides(grown, view);
        var u = Along(grown, hard);
        var v = new Point2(-u.Y, u.X);
        float reach = 0.6f * MathF.Sqrt(Area(outline));
        foreach (var (a, b) in Inside(grown, view.Centre, u, v, view.Width))
        {
            // A row is laid in short slabs end to end (Cézanne's constructive strokes), each of what lies under it, their
            // joints staggered from row to row.
            // On the subject the slabs are shorter, so each carries the source's colour over less of its form.
            float len = (b - a).Length, piece = view.Width * (3f + 1.5f * rng.NextSingle()) * (1f - 0.5f * view.Focus);
            int pieces = Math.Max(1, (int)MathF.Round(len / piece));
            var dir = (b - a) * (1f / MathF.Max(1e-3f, len));
            float phase = pieces > 1 ? (rng.NextSingle() - 0.5f) * len / pieces : 0f;
            for (int i = 0; i < pieces; i++)
            {
                float s0 = i == 0 ? 0f : len * i / pieces + phase, s1 = i == pieces - 1 ? len : len * (i + 1f) / pieces + phase;
                Point2 p = a + dir * s0, q = a + dir * s1;
                // The planes that take part in passage are open on their soft sides; the others end cleanly all round.
                bool openStart = view.Spills && i == 0 && !hard[NearestSide(grown, p)];
                bool openEnd = view.Spills && i == pieces - 1 && !hard[NearestSide(grown, q)];
                var mid = (p + q) * 0.5f;
                var colour = Colour(p, q, view);
                // Passage: toward an open side the plane takes on the colour beyond it, so its edge dissolves there.
                if (openStart) colour = Mix(colour, Source(p - dir * view.Width), 0.3f);
                if (openEnd) colour = Mix(colour, Source(q + dir * view.Width), 0.3f);
                colour = Lit(colour, mid, view, 1f, Shade(grown, hard, mid, reach));
                yield return Slab(p, q, view.Width, colour, brushwork.PickBrush(rng, view.Focus), view.Opacity, rng, (0f, 0f));
            }
        }
        foreach (var side in Sides(grown, hard, view, rng)) yield return side;
        foreach (var clue in Clues(outline, view, rng)) yield return clue;
        foreach (var line in Lines(grown, hard, view, rng)) yield return line;
    }

    // The sides where the plane ends sharply: those turned from its light (at most two, the most shadowed first; at
    // least one, so that every plane is anchored somewhere), long enough to carry a slab.
    private static bool[] HardSides(Point2[] outline, View view)
    {
        var hard = new bool[outline.Length];
        float light = MathF.Max(1e-6f, view.Light.Length);
        var facing = Enumerable.Range(0, outline.Length).Select(i =>
        {
            Point2 a = outline[i], b = outline[(i + 1) % outline.Length];
            float f = (b - a).Length < view.Width ? 9f : Dot(Inward(b - a, view.Centre - a) * -1f, view.Light) / light;
            return (Index: i, Facing: f);
        }).OrderBy(s => s.Facing).ToList();
        for (int k = 0; k < facing.Count && k < 2; k++)
            if (facing[k].Facing < 1f && (k == 0 || facing[k].Facing < -0.2f)) hard[facing[k].Index] = true;
        return hard;
    }

    // The direction the plane's rows run: along its longest hard side (so each row keeps one distance from it and the
    // shading falls off smoothly), else its longest side.
    private static Point2 Along(Point2[] outline, bool[] hard)
    {
        Point2 best = LongestSide(outline);
        float longest = 0;
        for (int i = 0; i < outline.Length; i++)
        {
            var e = outline[(i + 1) % outline.Length] - outline[i];
            if (hard[i] && e.Length > longest) { longest = e.Length; best = e * (1f / e.Length); }
        }
        return best;
    }

    // How much darker the plane is at p: most against its hard sides, fading over reach into its middle.
    private static float Shade(Point2[] outline, bool[] hard, Point2 p, float reach)
    {
        float near = float.MaxValue;
        for (int i = 0; i < outline.Length; i++) if (hard[i]) near = MathF.Min(near, DistanceToSide(outline, i, p));
        float t = MathF.Max(0f, 1f - near / MathF.Max(1f, reach));
        return -0.2f * t * t;
    }

    private static float DistanceToSide(Point2[] outline, int i, Point2 p)
    {
        Point2 a = outline[i], e = outline[(i + 1) % outline.Length] - a;
        float t = Math.Clamp(Dot(p - a, e) / MathF.Max(1e-6f, Dot(e, e)), 0f, 1f);
        return (p - (a + e * t)).Length;
    }

    private static int NearestSide(Point2[] outline, Point2 p)
    {
        int best = 0;
        float d = float.MaxValue;
        for (int i = 0; i < outline.Length; i++)
        {
            float di = DistanceToSide(outline, i, p);
            if (di < d) { d = di; best = i; }
        }
        return best;
    }

    // A slab along every side, its outer edge on the side, covering the square ends of the rows there: each plane is cut
    // by straight lines, never a staircase of slab ends. Along a hard side it lies in the plane's shadow, so the plane
    // ends sharply; on a plane that spills, along an open side it takes on some of the colour beyond (passage) and now
    // and then a thin veil of the plane's colour runs on over the border into its neighbour, its edges as straight as
    // the cut.
    private IEnumerable<(Stroke, float, float, float)> Sides(Point2[] outline, bool[] hard, View view, Random rng)
    {
        for (int i = 0; i < outline.Length; i++)
        {
            Point2 a = outline[i], b = outline[(i + 1) % outline.Length];
            if ((b - a).Length < view.Width * 0.5f || Trim(outline, view, a, b) is not var (p, q, width)) continue;
            var inward = Inward(b - a, view.Centre - a);
            var colour = Colour(p, q, view);
            if (!hard[i] && view.Spills) colour = Mix(colour, Source((a + b) * 0.5f - inward * view.Width), 0.3f);
            yield return Slab(p, q, width, Lit(colour, (p + q) * 0.5f, view, 1f, hard[i] ? -0.18f : 0f), BrushKind.Flat,
                view.Opacity, rng, (0f, 0f));
            if (hard[i] || !view.Spills || rng.Next(3) > 0) continue;
            var veil = inward * (-0.5f * width);
            var veilColour = Lit(Colour(p, q, view), (p + q) * 0.5f, view, 1f, 0f);
            yield return Slab(p + veil, q + veil, MathF.Max(width * 0.6f, MinLine * _long), veilColour, BrushKind.Flat, 0.4f, rng, (0f, 0f));
        }
    }

    // The slab along side a → b whose outer edge lies on it and whose whole width stays inside the outline (its square
    // ends cut back at a sharp corner), a slab's width wide or, on a narrow plane, half that (never a hairline); null
    // when none fits.
    private (Point2, Point2, float)? Trim(Point2[] outline, View view, Point2 a, Point2 b)
    {
        var u = (b - a) * (1f / (b - a).Length);
        var n = Inward(b - a, view.Centre - a);
        foreach (float width in (ReadOnlySpan<float>)[view.Width, MathF.Max(view.Width * 0.5f, MinLine * _long)])
        {
            if (Chord(outline, view.Centre, a + n * (0.02f * width), u) is not var (s0, s1)
                || Chord(outline, view.Centre, a + n * (0.98f * width), u) is not var (e0, e1)) continue;
            (s0, s1) = (MathF.Max(s0, e0), MathF.Min(s1, e1));
            if (s1 - s0 < width * 0.5f) continue;
            var mid = a + n * (0.5f * width);
            return (mid + u * s0, mid + u * s1, width);
        }
        return null;
    }

    // On the subject, the clues that let it be read among the planes (an eye, a mouth, a whisker's root): where the
    // source differs clearly from the plane's ramp, a small true-coloured slab along the source's own edge.
    private IEnumerable<(Stroke, float, float, float)> Clues(Point2[] outline, View view, Random rng)
    {
        if (view.Focus < 0.2f) yield break;
        float width = MathF.Max(0.002f * _long, view.Width * 0.3f), step = width * 1.5f;
        float x0 = outline.Min(p => p.X), x1 = outline.Max(p => p.X), y0 = outline.Min(p => p.Y), y1 = outline.Max(p => p.Y);
        for (float y = y0 + step * rng.NextSingle(); y < y1; y += step)
            for (float x = x0 + step * rng.NextSingle(); x < x1; x += step)
            {
                var p = new Point2(x, y);
                if (!Contains(outline, view.Centre, p)) continue;
                int q = Math.Clamp((int)y, 0, target.Height - 1) * target.Width + Math.Clamp((int)x, 0, target.Width - 1);
                float focus = target.FocusAt(q);
                var (r, g, b) = (target.Encoded[q * 3], target.Encoded[q * 3 + 1], target.Encoded[q * 3 + 2]);
                var (mr, mg, mb) = view.Ramp.At(x, y);
                float off = MathF.Sqrt((r - mr) * (r - mr) + (g - mg) * (g - mg) + (b - mb) * (b - mb));
                if (off < 0.1f || rng.NextSingle() > focus * MathF.Min(1f, off * 5f)) continue;
                var along = new Point2(target.DirX[q], target.DirY[q]) * (width * 1.4f);
                var colour = brushwork.Styled(r, g, b, rng, focus);
                yield return Slab(p - along, p + along, width, colour, BrushKind.Flat, 1f, rng, (0f, 0.2f));
            }
    }

    // Some hard sides drawn as painted lines, as a painter draws into wet planes: a loaded brush of the plane's own dark,
    // a few pixels wide at the least, swelling and thinning, broken in two or three pieces and running on a little past
    // the corners; never a hairline.
    private IEnumerable<(Stroke, float, float, float)> Lines(Point2[] outline, bool[] hard, View view, Random rng)
    {
        float width = Math.Clamp(view.Width * 0.3f, MinLine * _long, 2.2f * MinLine * _long);
        for (int i = 0; i < outline.Length; i++)
        {
            if (!hard[i] || rng.NextSingle() < 0.35f + 0.4f * view.Focus) continue;
            Point2 a = outline[i], b = outline[(i + 1) % outline.Length];
            float len = (b - a).Length;
            if (len < 4f * view.Width) continue;
            var along = (b - a) * (1f / len);
            var inward = Inward(b - a, view.Centre - a);
            var colour = Lit(Colour(a, b, view), (a + b) * 0.5f, view, 0f, -0.24f);
            int pieces = 1 + rng.Next(3);
            float from = -0.08f * len * rng.NextSingle(), total = len * (1.08f + 0.08f * rng.NextSingle()) - from;
            for (int k = 0; k < pieces; k++)
            {
                // Each piece its own length and weight; a gap of a few widths between them.
                float s0 = from + total * k / pieces, s1 = from + total * (k + 1) / pieces - (k < pieces - 1 ? 2.5f * width : 0f);
                if (s1 - s0 < 2f * width) continue;
                float w = MathF.Max(MinLine * _long, width * (0.75f + 0.5f * rng.NextSingle()));
                // Its outer edge on the side, however heavy the piece: the line swells inward, never past the cut.
                yield return Slab(a + along * s0 + inward * (w * 0.5f), a + along * s1 + inward * (w * 0.5f), w, colour, BrushKind.Flat, 0.85f, rng,
                    (0.1f + 0.2f * rng.NextSingle(), 0.15f + 0.25f * rng.NextSingle()));
            }
        }
    }

    // Parallel chords of the outline along u, about one slab width apart, from side to side.
    private static List<(Point2, Point2)> Inside(Point2[] outline, Point2 centre, Point2 u, Point2 v, float width)
    {
        float lo = float.MaxValue, hi = float.MinValue;
        foreach (var p in outline) { float t = Dot(p - centre, v); lo = MathF.Min(lo, t); hi = MathF.Max(hi, t); }
        var chords = new List<(Point2, Point2)>();
        // The outermost rows lie inside the outline across their whole width: a side the rows run along is cut as
        // straight as the others.
        (lo, hi) = hi - lo > width ? (lo + width * 0.5f, hi - width * 0.5f) : ((lo + hi) * 0.5f, (lo + hi) * 0.5f);
        float step = width * 0.8f, span = hi - lo;
        int rows = Math.Max(1, (int)MathF.Ceiling(span / step) + 1);
        for (int r = 0; r < rows; r++)
        {
            float t = rows == 1 ? (lo + hi) * 0.5f : lo + span * r / (rows - 1);
            var o0 = centre + v * t;
            if (Chord(outline, centre, o0, u) is not var (s0, s1)) continue;
            // The slab's square ends stay inside the outline across its whole width (no saw-teeth along a slanting side).
            foreach (float side in (ReadOnlySpan<float>)[-0.5f, 0.5f])
                if (Chord(outline, centre, o0 + v * (side * width), u) is var (e0, e1)) { s0 = MathF.Max(s0, e0); s1 = MathF.Min(s1, e1); }
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

    // The outline moved in by d on every side (out for negative d; a sharp corner's point is cut back to three times d
    // from where it was, so a thin plane does not grow a spike).
    private static Point2[] Offset(Point2[] outline, Point2 centre, float d)
    {
        int n = outline.Length;
        var lines = new (Point2 A, Point2 E)[n];
        for (int i = 0; i < n; i++)
        {
            Point2 a = outline[i], e = outline[(i + 1) % n] - a;
            lines[i] = (a + Inward(e, centre - a) * d, e);
        }
        var moved = new Point2[n];
        for (int i = 0; i < n; i++)
        {
            var (a, e) = lines[(i + n - 1) % n];
            var (b, f) = lines[i];
            float den = e.X * f.Y - e.Y * f.X;
            moved[i] = MathF.Abs(den) < 1e-6f ? b : a + e * (((b.X - a.X) * f.Y - (b.Y - a.Y) * f.X) / den);
            var shift = moved[i] - outline[i];
            float far = 3f * MathF.Abs(d);
            if (shift.Length > far) moved[i] = outline[i] + shift * (far / shift.Length);
        }
        return moved;
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

    // The source's colour at a working point (clamped into the picture).
    private (float, float, float) Source(Point2 p)
    {
        int j = (Math.Clamp((int)p.Y, 0, target.Height - 1) * target.Width + Math.Clamp((int)p.X, 0, target.Width - 1)) * 3;
        return (target.Encoded[j], target.Encoded[j + 1], target.Encoded[j + 2]);
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

    // A slab's colour: the plane's ramp along it, mixed with what the source shows under it by the plane's keep.
    private (float, float, float) Colour(Point2 a, Point2 b, View view)
    {
        var m = (a + b) * 0.5f;
        return Mix(view.Ramp.At(m.X, m.Y), Local(a, b, view), view.Keep);
    }

    private static (float, float, float) Mix((float R, float G, float B) a, (float R, float G, float B) b, float t) =>
        (a.R + (b.R - a.R) * t, a.G + (b.G - a.G) * t, a.B + (b.B - a.B) * t);

    // The plane's own light at p, lighter toward its light, darker away, and <paramref name="tone"/> more; the style's
    // hand then takes the colour.
    private (float, float, float) Lit((float R, float G, float B) c, Point2 p, View view, float gain, float tone)
    {
        float dl = Math.Clamp(Dot(p - view.Centre, view.Light) * gain, -0.14f, 0.14f) + tone;
        var lab = Oklab.FromLinear(new Rgb(Srgb.ToLinear(c.R), Srgb.ToLinear(c.G), Srgb.ToLinear(c.B)));
        var lit = new Oklab(Math.Clamp(lab.L + dl, 0f, 1f), lab.A, lab.B).ToOklch().ToLinearInGamut();
        var rng = new Random(SeedMix.Of(o.Seed, (int)p.X, (int)p.Y, 0x11));
        return brushwork.Styled(Srgb.FromLinear(lit.R), Srgb.FromLinear(lit.G), Srgb.FromLinear(lit.B), rng, view.Focus);
    }

    private (Stroke, float, float, float) Slab(Point2 a, Point2 b, float width, (float R, float G, float B) c, BrushKind kind,
        float opacity, Random rng, (float Start, float End) taper)
    {
        float k = brushwork.LogicalPerPixel;
        var stroke = new Stroke
        {
            Points = [a * k, b * k], Width = width * k,
            Color = new Rgb(Srgb.ToLinear(c.R), Srgb.ToLinear(c.G), Srgb.ToLinear(c.B)),
            Opacity = opacity, Brush = kind, Load = brushwork.PickLoad(rng), Seed = (uint)rng.Next(),
            TaperStart = taper.Start, TaperEnd = taper.End,
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
