using Echoes.Brushes;
using Echoes.Strokes;
using Echoes.Targets;

namespace Echoes.Painting;

/// <summary>
/// Abstract-expressionist action painting: the source's masses and colours are laid in as a few huge swinging sweeps,
/// then energetic gestures, knife drags across the main edges, dark calligraphic lines along the strongest of them,
/// poured skeins, and finally drips and splatters thrown from the wet paint. Every gesture takes its colour from where
/// it starts and breaks off where the source's colour departs from it, so the masses stay where they are in the
/// source while the subject is felt more than seen.
/// </summary>
internal sealed class GesturePass(Target target, CanvasPyramid pyramid, PaintOptions o, Brushwork brushwork)
{
    private readonly float _long = Math.Max(target.Width, target.Height);

    /// <summary>Paints every layer; at most <paramref name="cap"/> strokes when given. Returns how many were placed.</summary>
    public int Run(int? cap, Action<Stroke> placed, CancellationToken ct)
    {
        var layer = new StrokeLayer(target, pyramid, brushwork, placed, cap, ct);
        // An exact budget thins every layer alike, so a small one still has every kind of mark.
        float share = cap is int c ? Math.Min(1f, c / (float)Estimate()) : 1f;
        var ends = new List<(Point2 At, (float R, float G, float B) Colour, float Width)>();
        // Room is kept in an exact budget for the drips and splatters thrown last.
        layer.Held = cap is int held ? held / 8 : 0;
        var coarse = layer.Blurred(_long / 22f);
        Gestures(layer, coarse, 0, _long / 9f, 1.15f, (5, 9), 0.5f, share, ends);
        var mid = layer.Blurred(_long / 70f);
        Gestures(layer, mid, 1, _long / 30f, 2.4f, (4, 11), 0.28f, share, ends);
        Drags(layer, mid, share);
        Gestures(layer, layer.Blurred(_long / 160f), 2, _long / 60f, 1.7f, (3, 7), 0.2f, share, ends, onSubject: true);
        Calligraphy(layer, mid, share);
        Pours(layer, mid, share);
        layer.Held = 0;
        Drips(layer, ends, share);
        Splatters(layer, mid, ends, share);
        return layer.Count;
    }

    // About how many strokes the layers lay at full strength.
    private int Estimate()
    {
        float cells = target.Width * (float)target.Height;
        static float Grid(float r, float spacing) => r * spacing * r * spacing;
        float gestures = cells / Grid(_long / 9f, 1.15f) + cells / Grid(_long / 30f, 2.4f) * 0.8f + cells / Grid(_long / 60f, 1.7f) * 0.3f;
        return (int)(gestures * 1.35f) + 1;
    }

    // One layer of swinging gestures of this radius, seeded on a jittered grid where the canvas still differs from
    // img; each keeps to colours within tolerance of its own. Where the layer is on the subject only, it paints only there.
    private void Gestures(StrokeLayer layer, float[] img, int salt, float radius, float spacing, (int Min, int Max) steps, float tolerance,
        float share, List<(Point2, (float, float, float), float)> ends, bool onSubject = false)
    {
        var rng = new Random(SeedMix.Of(o.Seed, 0x6E57, salt));
        var seeds = new List<Point2>();
        float cell = radius * spacing;
        for (float y = 0; y < layer.H; y += cell)
            for (float x = 0; x < layer.W; x += cell)
                seeds.Add(new Point2(x + rng.NextSingle() * cell, y + rng.NextSingle() * cell));
        var order = rng.Shuffle(seeds.Count);
        int keep = (int)MathF.Ceiling(seeds.Count * share);
        foreach (int i in order.Take(keep))
        {
            var p = seeds[i];
            if (!layer.Inside(p)) continue;
            int q = layer.Index(p.X, p.Y);
            float focus = target.FocusAt(q);
            if (onSubject && focus < 0.3f) continue;
            var want = layer.At(img, p.X, p.Y);
            // Finer layers repaint only where the canvas is still off; the first sweeps everything.
            if (salt > 0 && Distance(want, layer.At(layer.Canvas, p.X, p.Y)) < (onSubject ? 0.06f : 0.13f)) continue;
            var c = brushwork.Styled(want.R, want.G, want.B, rng, focus);
            float r = radius * (0.75f + 0.5f * rng.NextSingle()) * (1f - 0.3f * focus);
            int n = rng.Next(steps.Min, steps.Max + 1);
            var path = Swing(p, r * 0.9f, n, 0.09f, rng, pt => Distance(layer.At(img, pt.X, pt.Y), want) < tolerance);
            var brush = Broad(rng, salt, focus);
            // A gesture cut short by the colour is no longer than it is wide: laid with a square-ended tool it would
            // read as a stamped tile, so it is a narrower round touch instead.
            float breadth = 2 * r * BrushWidth(brush);
            if (path.Count < 4) (brush, breadth) = (BrushKind.Round, r * 1.1f);
            layer.Lay(path, breadth, c, brush, brushwork.PickOpacity(rng, focus), brushwork.PickLoad(rng, focus),
                (uint)rng.Next(), (0.05f + 0.1f * rng.NextSingle(), 0.15f + 0.25f * rng.NextSingle()));
            if (path.Count > 1) ends.Add((path[^1], c, r));
        }
    }

    // The brush of a gesture: wide flats, knives and dry drags for the sweeps, loaded rounds and flats after.
    private static BrushKind Broad(Random rng, int salt, float focus)
    {
        float u = rng.NextSingle();
        return salt switch
        {
            0 => u < 0.4f ? BrushKind.Flat : u < 0.65f ? BrushKind.Knife : u < 0.85f ? BrushKind.DryBrush : BrushKind.Round,
            1 => u < 0.45f ? BrushKind.Round : u < 0.78f ? BrushKind.Flat : u < 0.95f - 0.3f * focus ? BrushKind.DryBrush : BrushKind.Knife,
            _ => u < 0.6f ? BrushKind.Round : u < 0.9f ? BrushKind.Flat : BrushKind.DryBrush,
        };
    }

    // Knives and flats leave a mark about as wide as the tool; a round leaves a little less.
    private static float BrushWidth(BrushKind b) => b is BrushKind.Round ? 0.85f : 1f;

    // A path that swings: it starts along the form, keeps its momentum, and turns steadily one way (an arm's arc),
    // wandering a little; the mood sags or lifts it. Stops at the edge of the picture or where keep says so.
    private List<Point2> Swing(Point2 p, float step, int steps, float turn, Random rng, Func<Point2, bool>? keep, bool loose = false,
        float steer = 0.3f)
    {
        var pts = new List<Point2> { p };
        int q = Clamped(p);
        float a = MathF.Atan2(target.DirY[q], target.DirX[q]) + Gesture.Gaussian(rng) * (0.35f + o.AngleJitter * MathF.PI / 180f);
        if (rng.Next(2) == 0) a += MathF.PI;
        float omega = turn * (rng.Next(2) == 0 ? -1 : 1) * (0.4f + rng.NextSingle()), phase = rng.NextSingle() * MathF.Tau;
        var mood = brushwork.Mood;
        for (int i = 1; i <= steps; i++)
        {
            float dx = MathF.Cos(a), dy = MathF.Sin(a) + mood.Sag * i / steps + 0.4f * o.Lift;
            float l = MathF.Sqrt(dx * dx + dy * dy);
            var next = new Point2(p.X + step * dx / l, p.Y + step * dy / l);
            if (next.X < -step || next.Y < -step || next.X > target.Width + step || next.Y > target.Height + step) break;
            if (i > 2 && keep is not null && !keep(next)) break;
            pts.Add(next);
            p = next;
            // A loose hand (a pour) swings to and fro; an arm sweeping a brush turns on one way; both are drawn back
            // toward the way the form runs where they are, so the gestures follow the subject's masses and edges.
            a += (loose ? omega * MathF.Sin(i * 0.3f + phase) : omega) + steer * Toward(a, p);
            omega += Gesture.Gaussian(rng) * turn * 0.35f;
        }
        return pts;
    }

    private int Clamped(Point2 p) => Math.Clamp((int)p.Y, 0, target.Height - 1) * target.Width + Math.Clamp((int)p.X, 0, target.Width - 1);

    // The turn from heading a to the form's direction at p (whichever way along it is nearer), weighted by how clearly
    // the form is oriented there.
    private float Toward(float a, Point2 p)
    {
        int q = Clamped(p);
        float d = MathF.Atan2(target.DirY[q], target.DirX[q]) - a;
        d -= MathF.Tau * MathF.Round(d / MathF.Tau);
        if (d > MathF.PI / 2) d -= MathF.PI;
        else if (d < -MathF.PI / 2) d += MathF.PI;
        return d * target.Coherence[q];
    }

    // Knife drags across the main edges: the paint of one side scraped over into the other.
    private void Drags(StrokeLayer layer, float[] img, float share)
    {
        var rng = new Random(SeedMix.Of(o.Seed, 0xD4A6));
        var edges = Strongest(rng, 0.25f, (int)(50 * share));
        float r = _long / 45f;
        foreach (int q in edges)
        {
            int x = q % target.Width, y = q / target.Width;
            // Across the edge (the field runs along it), a long pull rather than a stamp.
            float gx = -target.DirY[q], gy = target.DirX[q], side = rng.Next(2) == 0 ? -1 : 1;
            var from = new Point2(x - side * gx * r * 1.5f, y - side * gy * r * 1.5f);
            float reach = r * (2.5f + 2f * rng.NextSingle()), bend = (rng.NextSingle() - 0.5f) * r;
            var to = new Point2(x + side * gx * reach, y + side * gy * reach);
            var mid = new Point2((from.X + to.X) / 2 - gy * bend, (from.Y + to.Y) / 2 + gx * bend);
            var c = layer.At(img, from.X, from.Y);
            layer.Lay([from, mid, to], r * (1f + 0.6f * rng.NextSingle()), brushwork.Styled(c.R, c.G, c.B, rng), BrushKind.Knife,
                0.9f, 0.5f + 0.4f * rng.NextSingle(), (uint)rng.Next(), (0f, 0.35f));
        }
    }

    // Dark (or, on dark ground, pale) lines drawn along the strongest edges, broken off as a quick hand does: the
    // structure the eye holds on to.
    private void Calligraphy(StrokeLayer layer, float[] img, float share)
    {
        var rng = new Random(SeedMix.Of(o.Seed, 0xCA11));
        foreach (int q in Strongest(rng, 0.35f, (int)(70 * share)))
        {
            var p = new Point2(q % target.Width + 0.5f, q / target.Width + 0.5f);
            var path = Follow(p, _long / 70f, 4 + rng.Next(8), rng);
            var (r, g, b) = layer.At(img, p.X, p.Y);
            float lum = 0.3f * r + 0.59f * g + 0.11f * b, k = lum > 0.35f ? 0.3f : 2.2f;
            var c = brushwork.Styled(Math.Min(1, r * k + (k > 1 ? 0.15f : 0)), Math.Min(1, g * k + (k > 1 ? 0.15f : 0)),
                Math.Min(1, b * k + (k > 1 ? 0.15f : 0)), rng);
            var brush = rng.NextSingle() < 0.35f ? BrushKind.DryBrush : BrushKind.Round;
            layer.Lay(path, _long / (90f + 60f * rng.NextSingle()), c, brush, 0.95f, 0.7f + 0.3f * rng.NextSingle(), (uint)rng.Next(),
                (0.1f, 0.4f));
        }
    }

    // A path along the field (both signs held by momentum), the way an edge runs.
    private List<Point2> Follow(Point2 p, float step, int steps, Random rng)
    {
        var pts = new List<Point2> { p };
        float px = 0, py = 0;
        for (int i = 0; i < steps; i++)
        {
            int q = Clamped(p);
            float dx = target.DirX[q], dy = target.DirY[q];
            if (i == 0 && rng.Next(2) == 0) { dx = -dx; dy = -dy; }
            if (dx * px + dy * py < 0) { dx = -dx; dy = -dy; }
            if (target.Edge[q] < 0.05f && i > 1) break;
            p = new Point2(p.X + dx * step, p.Y + dy * step);
            if (p.X < 0 || p.Y < 0 || p.X >= target.Width || p.Y >= target.Height) break;
            pts.Add(p);
            (px, py) = (dx, dy);
        }
        return pts;
    }

    // Thin poured skeins, in the picture's own colours pushed to dark or light, thrown from its main edges and
    // swinging along them: the hand draws the form with the pour.
    private void Pours(StrokeLayer layer, float[] img, float share)
    {
        var rng = new Random(SeedMix.Of(o.Seed, 0x9008));
        foreach (int q in Strongest(rng, 0.6f, (int)MathF.Ceiling(18 * share)))
        {
            var p = new Point2(q % target.Width + 0.5f, q / target.Width + 0.5f);
            var (r, g, b) = layer.At(img, p.X, p.Y);
            float lum = 0.3f * r + 0.59f * g + 0.11f * b;
            // Mostly dark skeins, pale ones over dark paint, now and then one in the colour's own key.
            float t = rng.NextSingle() < 0.2f ? 0f : lum > 0.3f || rng.NextSingle() < 0.3f ? -0.6f : 0.5f;
            var c = brushwork.Styled(Shift(r, t), Shift(g, t), Shift(b, t), rng);
            // The pour runs on while the form it follows stays clearly oriented, and ends where it dissolves.
            var path = Swing(p, _long / 70f, 20 + rng.Next(25), 0.12f, rng, pt => target.Coherence[Clamped(pt)] > 0.2f, loose: true,
                steer: 0.7f);
            // Paint poured from a can thickens where the hand slows: the skein is laid in a few lengths of its own width.
            float width = _long / (300f - 120f * rng.NextSingle());
            for (int from = 0; from < path.Count - 1;)
            {
                int to = Math.Min(path.Count - 1, from + 6 + rng.Next(10));
                layer.Lay(path.GetRange(from, to - from + 1), width * (0.5f + rng.NextSingle()), c, BrushKind.Round, 0.95f, 1f,
                    (uint)rng.Next(), (0.1f, 0.1f));
                from = to;
            }
        }
    }

    private static float Shift(float v, float t) => t < 0 ? v * (1 + t) : v + (1 - v) * t;

    // Runs of paint falling from where the heavier gestures ended: each runs straight down, wavering a little, and
    // thins to nothing as its paint gives out (no bead: a thin run dries before it collects one).
    private void Drips(StrokeLayer layer, List<(Point2 At, (float R, float G, float B) Colour, float Width)> ends, float share)
    {
        var rng = new Random(SeedMix.Of(o.Seed, 0xD819));
        int n = (int)(ends.Count * 0.09f * MathF.Min(1f, share * 2f)) + 1;
        float gravity = 1f + 2f * brushwork.Mood.Sag;
        foreach (int i in rng.Shuffle(ends.Count).Take(n))
        {
            var (at, c, width) = ends[i];
            float len = _long * (0.05f + 0.12f * rng.NextSingle() * rng.NextSingle()) * gravity;
            var from = new Point2(at.X + (rng.NextSingle() - 0.5f) * width, at.Y);
            float run = MathF.Max(1f, MathF.Min(width * 0.13f, _long / 150f)) * (0.7f + 0.6f * rng.NextSingle());
            var path = new List<Point2>();
            for (int j = 0; j <= 6; j++) path.Add(new Point2(from.X + (rng.NextSingle() - 0.5f) * run * 0.4f, from.Y + len * j / 6f));
            layer.Lay(path, run, c, BrushKind.Round, 0.95f, 1f, (uint)rng.Next(), (0f, 0.5f));
        }
    }

    // Paint thrown off the ends of gestures: splatters in the local colour, and some in a contrasting one.
    private void Splatters(StrokeLayer layer, float[] img, List<(Point2 At, (float R, float G, float B) Colour, float Width)> ends,
        float share)
    {
        var rng = new Random(SeedMix.Of(o.Seed, 0x5A1A));
        int n = (int)(ends.Count * 0.07f * MathF.Min(1f, share * 2f)) + 1;
        foreach (int i in rng.Shuffle(ends.Count).Take(n))
        {
            var (at, _, width) = ends[i];
            var (r, g, b) = layer.At(img, at.X, at.Y);
            float lum = 0.3f * r + 0.59f * g + 0.11f * b, t = rng.NextSingle() < 0.4f ? (lum > 0.5f ? -0.6f : 0.6f) : 0f;
            var c = brushwork.Styled(Shift(r, t), Shift(g, t), Shift(b, t), rng);
            float a = rng.NextSingle() * MathF.Tau, reach = _long * (0.04f + 0.08f * rng.NextSingle());
            layer.Lay([at, new Point2(at.X + MathF.Cos(a) * reach, at.Y + MathF.Sin(a) * reach)], MathF.Max(3f, width * 0.35f), c,
                BrushKind.Splatter, 1f, 1f, (uint)rng.Next(), (0f, 0f));
        }
    }

    // Up to count pixels among the strongest edges (above the quantile given), in a seeded random order.
    private List<int> Strongest(Random rng, float top, int count)
    {
        var edge = target.Edge;
        var sorted = (float[])edge.Clone();
        Array.Sort(sorted);
        float threshold = MathF.Max(0.08f, sorted[(int)((sorted.Length - 1) * (1f - top * 0.1f))]);
        var found = new List<int>();
        int stride = Math.Max(1, (int)(_long / 150f));
        for (int y = 0; y < target.Height; y += stride)
            for (int x = 0; x < target.Width; x += stride)
                if (edge[y * target.Width + x] >= threshold) found.Add(y * target.Width + x);
        return [.. rng.Shuffle(found.Count).Take(count).Select(i => found[i])];
    }

    private static float Distance((float R, float G, float B) a, (float R, float G, float B) b)
    {
        float dr = a.R - b.R, dg = a.G - b.G, db = a.B - b.B;
        return MathF.Sqrt(dr * dr + dg * dg + db * db);
    }
}
