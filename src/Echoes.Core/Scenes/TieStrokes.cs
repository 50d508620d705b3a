using Echoes.Color;
using Echoes.Strokes;

namespace Echoes.Scenes;

/// <summary>
/// Paints a tie along its <see cref="TieArc"/> in the one language every tie speaks (<see cref="ThreadTone"/>): a
/// thread from chest to chest laid in the paint (no shadow under it), a light off a dark ground and a deeper colour on a
/// light one, so it parts from any ground at any time of day; its strength in its weight and value, its warmth in its hue.
/// A bond is warm, laid as a thin veil of paint the whole way and one loaded brush pulled over it from its giver (the
/// tie's first person) to the other, pressed full at the giver and thinning as its paint runs out, a little lost in the
/// haze where the tie lies far off; one that crosses under the scene's light catches it. An estrangement is the
/// same thread, cold, thinner and dimmer than any bond, cut by a clear gap in the middle: each half a short end reaching
/// out from its person and thinning to a point aimed along the arc at the other's, a dotted line across the gap between
/// them. Never narrower than a line that still reads when the painting is shown small.
/// </summary>
internal static class TieStrokes
{
    /// <summary>Where an estranged tie's halves stop at most: the gap is at least the middle 1 − 2·<see cref="HalfReach"/>
    /// of the arc, and at least <see cref="MinGap"/> figures' height.</summary>
    public const float HalfReach = 0.4f;

    /// <summary>The least gap in an estranged tie, in figures' heights: wide enough to read as cut at thumbnail size.</summary>
    public const float MinGap = 1.6f;

    /// <summary>The longest an estranged tie's half reaches from its person, in figures' heights: longer, the two ends stood
    /// out from a figure like wings or antlers.</summary>
    public const float HalfLength = 0.85f;

    /// <summary>Where an estranged tie's halves stop, as a share of its arc from each end: at most <see cref="HalfReach"/>
    /// and <see cref="HalfLength"/> figures' heights, leaving a gap of at least <see cref="MinGap"/>.</summary>
    /// <param name="length">The arc's length, pixels.</param>
    /// <param name="unit">The two figures' mean height, pixels.</param>
    public static float Reach(float length, float unit)
    {
        float arc = MathF.Max(1f, length);
        return MathF.Max(0.08f, MathF.Min(MathF.Min(HalfReach, HalfLength * unit / arc), 0.5f - MinGap / 2 * unit / arc));
    }

    /// <summary>The strokes of a tie of <paramref name="strength"/> along <paramref name="arc"/>: the thread, and where each
    /// of a bond's people holds it, a fuller press at the edge of their body.</summary>
    /// <param name="arc">From one figure's chest to the other's, working pixels.</param>
    /// <param name="strength">The tie's strength in [−1, 1].</param>
    /// <param name="unit">The two figures' mean height, pixels.</param>
    /// <param name="least">The least width of the tie's line, pixels: what still reads at a thumbnail of the painting.</param>
    /// <param name="colours">The painting's colours: the ground a tie crosses sets its value, the air tints it.</param>
    /// <param name="air">The scene's light (a tie takes its tint, and catches it where it crosses under it), where across the
    /// painting that light stands (working pixels), and how far off the tie lies, 0 near to 1 at the horizon.</param>
    /// <param name="marks">The mark maker.</param>
    public static List<Stroke> Paint(TieArc arc, float strength, float unit, float least, SceneColours colours,
        (Rgb Light, float X, float Far) air, Marks marks)
    {
        var strokes = new List<Stroke>();
        var rng = new Random(Targets.SeedMix.Of((int)arc.A.X, (int)arc.B.X, (int)(arc.Bend * 1000)));
        if (strength > 0)
        {
            Bond(strokes, arc, strength, unit, least, colours, air, marks, rng);
            return strokes;
        }
        float k = -strength;
        // The gap is never less than MinGap figures' height, so even a short estrangement reads as cut; each half short,
        // so it reads as an end reaching for the other, not a limb standing out from its person.
        float reach = Reach(arc.Length, unit);
        // Thinner than any bond and dimmer: a broken tie is read by its cold and its cut, never louder than the warm ties;
        // its value still stands off its ground the whole way, so both halves are seen leaving their people.
        float width = MathF.Max(least * 1.15f, unit * 0.016f), opacity = 0.9f * (1f - 0.1f * air.Far);
        var line = new Line(arc, width, opacity, unit, colours, 0.04f + 0.08f * air.Far);
        // The deeper the estrangement, the colder and dimmer (but never so dim it sinks into its ground).
        float bright = 0.45f - 0.1f * k;
        var tone = new Tone(bright, -(0.7f + 0.3f * k), air.Light, line.Sunk(bright, (0f, reach), (1f - reach, 1f)));
        Half(strokes, line, tone, 0f, reach, marks, rng);
        Half(strokes, line, tone, 1f, 1f - reach, marks, rng);
        Trace(strokes, line, tone, (reach, 1f - reach), marks.Scale, rng);
        // Nobody holds a broken thread: each half runs into its person under the body, a loose end, not a grip (a cold
        // press over a lit body also read as a dark mark on it).
        return strokes;
    }

    // A bond: a warm thread laid by hand in the paint, not a beam over it: a thin veil of it the whole way, then the
    // brush pulled along it from the giver to the other (Pull); last, held where each person holds it.
    private static void Bond(List<Stroke> strokes, TieArc arc, float s, float unit, float least, SceneColours colours,
        (Rgb Light, float X, float Far) air, Marks marks, Random rng)
    {
        float fade = 1f - 0.2f * air.Far;
        float width = MathF.Max(least * (0.95f + 0.3f * s), unit * (0.02f + 0.03f * s));
        var line = new Line(arc, width, (0.8f + 0.15f * s) * fade, unit, colours, 0.05f + 0.15f * air.Far);
        // Never as dim as an estrangement: the weakest bond still outshines any break.
        var tone = new Tone(0.4f + 0.6f * s, 0.4f + 0.6f * s, air.Light, line.Sunk(0.4f + 0.6f * s, (0f, 1f)));
        // The veil: thin paint the whole way, a little wider than the pull where it has thinned, the ground showing
        // through it at the bond's edges.
        strokes.Add(marks.Make(BrushKind.Round, width * 0.55f, tone.Core(line.Ground(0f, 1f)), 0.45f, (0.04f, 0.04f), line.Points(0f, 1f, 18))
            with
        { Load = 0.9f });
        // A bond that crosses under the scene's light catches it, the whole of it (a stretch of it lit read as a bead).
        bool under = air.X >= MathF.Min(arc.A.X, arc.B.X) && air.X <= MathF.Max(arc.A.X, arc.B.X);
        var (paint, carry) = Pull(strokes, line, tone with { Bright = MathF.Min(1f, tone.Bright * (under ? 1.08f : 1f)) }, s, marks, rng);
        strokes.AddRange(Held(line, paint, (1.1f, carry * 1.15f), marks));
    }

    // Where each person holds the thread: a short press along the way the tie leaves, from past the body's edge into the
    // chest (drawn the other way, out of the body, it dragged the body's dark onto the ground), in the pull's own paint:
    // full where the giver sets the brush down, as wide as the thinned stroke where it reaches the other (a full press
    // there swelled past the thinned stroke and pinched a waist before it). `widths` are the giver's and the other's, in
    // the line's widths.
    private static List<Stroke> Held(Line line, Tone tone, (float Giver, float Other) widths, Marks marks)
    {
        var arc = line.Arc;
        float reach = Math.Clamp(0.14f * line.Unit / MathF.Max(1f, arc.Length), 0.01f, 0.2f), back = 0.06f * line.Unit;
        var held = new List<Stroke>();
        foreach (var (end, t, width) in new[] { (arc.A, reach, widths.Giver), (arc.B, 1f - reach, widths.Other) })
        {
            var q = arc.At(t);
            float dx = q.X - end.X, dy = q.Y - end.Y, d = MathF.Max(1e-3f, MathF.Sqrt(dx * dx + dy * dy));
            (float X, float Y) inside = (end.X - dx / d * back, end.Y - dy / d * back);
            held.Add(marks.Make(BrushKind.Round, line.Width * width, tone.Core(line.Ground(t - reach, t + reach)), 0.9f, (0.35f, 0.3f),
                q, end, inside));
        }
        return held;
    }

    // The bond's brush pulled from the giver to the other in one stroke, as a painter lays a tie: set down full and
    // pressed at the giver, its width easing down as the paint runs out and the hand carries the rest of the way more
    // lightly, lifted at the other. Laid as two strokes of one paint: the carry the whole way under the press, so the
    // width only thins from the giver on, never pinched to a waist and never swelling into a bead (a second press on the
    // way, brighter or darker than the rest, read by night as a string of pearls). It takes a little of the hue of the
    // ground it crosses, and nearer the air's colour where it lies in the haze; one bristle streak of lighter paint runs
    // along the press and dries out before its end. Returns the paint and the carry's width, in the line's widths.
    private static (Tone Paint, float Carry) Pull(List<Stroke> strokes, Line line, Tone tone, float s, Marks marks, Random rng)
    {
        float load = 1.15f + 0.25f * rng.NextSingle() + 0.15f * s, carry = load * (0.32f + 0.06f * rng.NextSingle());
        float runs = 0.5f + 0.25f * rng.NextSingle();
        var paint = tone with
        {
            Bright = MathF.Min(1f, tone.Bright * (0.9f + 0.15f * rng.NextSingle())),
            Haze = line.Air,
            Pickup = 0.15f + 0.3f * rng.NextSingle(),
        };
        float opacity = MathF.Max(Line.Covers, line.Opacity * (0.85f + 0.15f * rng.NextSingle()) * (1f - paint.Haze));
        // The carry, the whole way (hidden under the press where it starts, so it needs no swelling in), then the press.
        foreach (var (t1, width, taper, wet) in new[] { (1f, carry, (0.05f, 0.12f), 0.45f), (runs, load, (0.12f, 0.5f), 0.55f) })
            strokes.Add(marks.Make(BrushKind.Round, line.Width * width, paint.Core(line.Ground(0f, t1)), opacity, taper,
                line.Points(0f, t1, 4 + (int)(20 * t1))) with
            { Load = wet });
        // The bristle streak a little off the middle, drying before the press ends: of the paint's own body, lighter.
        float off = line.Width * load * 0.15f * (rng.NextSingle() < 0.5f ? -1f : 1f), dry = runs * (0.6f + 0.25f * rng.NextSingle());
        strokes.Add(marks.Make(BrushKind.Round, line.Width * load * 0.3f, paint.Streak(line.Ground(0f, runs), 0.08f), opacity, (0.2f, 0.4f),
            Line.Offset(line.Points(runs * 0.08f, dry, 4 + (int)(14 * dry)), off, off)) with
        { Load = 0.3f });
        return (paint, carry);
    }

    // A thread's tone: how bright it is (0 dim to 1 full), how warm (−1 cold to 1 warm), the scene's light it leans to,
    // and how much it gives back to the ground's colour where it crosses the haze of the distance.
    // `Sunk` is whether it is laid darker than its ground, the whole way, or lighter.
    // `Pickup` is how much of the ground's hue (not its value) a press takes as it crosses it, so the colour shifts a
    // little along the tie and the tie belongs to the place it crosses.
    private readonly record struct Tone(float Bright, float Warmth, Rgb Light, bool Sunk, float Haze = 0f, float Pickup = 0f)
    {
        public Rgb Core(Rgb ground)
        {
            var core = Oklab.FromLinear(ThreadTone.Core(ground, Bright, Warmth, Light, Sunk));
            var g = Oklab.FromLinear(ground);
            var picked = new Oklab(core.L, core.A + (g.A - core.A) * Pickup, core.B + (g.B - core.B) * Pickup).ToLinear().Clamped();
            return Rgb.Lerp(picked, ground, Haze);
        }

        // A bristle streak's colour: the core moved `by` of the way from the ground's lightness (positive: further off
        // the ground; negative: back toward it), its hue kept.
        public Rgb Streak(Rgb ground, float by)
        {
            var (c, g) = (Oklab.FromLinear(Core(ground)), Oklab.FromLinear(ground).L);
            float L = by > 0 ? c.L + MathF.Sign(c.L - g) * by : c.L + (g - c.L) * -by;
            return new Oklab(Math.Clamp(L, 0f, 0.97f), c.A, c.B).ToLinear().Clamped();
        }
    }

    // A tie's brush line: where it runs, its widest and its strongest, and how much of the air's colour it takes between
    // its people.
    private readonly record struct Line(TieArc Arc, float Width, float Opacity, float Unit, SceneColours Colours, float Air)
    {
        // The mean ground under [t0, t1] of the arc and a little either side of it: what the thread is seen against,
        // sampled densely enough that the grain of the painted land (a light stroke here, a dark one there) averages out.
        public Rgb Ground(float t0, float t1) => Colours.Mean(Across(Arc.Points(t0, t1, 4 + (int)(28 * (t1 - t0))), Unit * 0.08f));

        // The ground a thread laid over [t0, t1] is toned against: its lightest stretch, a little above and below it (the
        // painted ground there takes colour from its neighbours), each the mean about a point, where the thread is lighter
        // than its ground; its darkest where it is sunk darker: a thin, dim thread toned to the mean sinks into a stretch
        // it crosses.
        public Rgb Facing(float t0, float t1, bool sunk)
        {
            var (colours, reach, by) = (Colours, Unit * 0.25f, Unit * 0.08f);
            var grounds = Arc.Points(t0, t1, 5).SelectMany(p => new[] { p, (p.X, p.Y - reach), (p.X, p.Y + reach) })
                .Select(p => colours.Mean(Across([p], by)));
            return sunk ? grounds.MinBy(g => Oklab.FromLinear(g).L) : grounds.MaxBy(g => Oklab.FromLinear(g).L);
        }

        // Whether a thread of `bright`ness laid over `spans` of the arc is sunk darker than its ground (ThreadTone.Sunk),
        // read off the mean ground under them and the lightest and darkest of their stretches.
        public bool Sunk(float bright, params (float T0, float T1)[] spans)
        {
            var line = this;
            var under = spans.SelectMany(s => line.Stretches(s.T0, s.T1)).Select(s => Oklab.FromLinear(line.Ground(s.T0, s.T1)).L).ToList();
            return ThreadTone.Sunk(Oklab.FromLinear(Ground(0f, 1f)).L, under.Max(), under.Min(), bright);
        }

        // [t0, t1] cut into stretches about Stretch figures' heights long each (at least one, at most six): each is toned
        // to the ground under it, so the thread keeps its contrast over a ground that changes along it.
        public (float T0, float T1)[] Stretches(float t0, float t1)
        {
            int n = Math.Clamp((int)MathF.Ceiling(MathF.Abs(t1 - t0) * Arc.Length / (Stretch * Unit)), 1, 6);
            return [.. Enumerable.Range(0, n).Select(i => (t0 + (t1 - t0) * i / n, t0 + (t1 - t0) * (i + 1) / n))];
        }

        // How long a stretch of thread toned to one ground is, in figures' heights.
        private const float Stretch = 1.2f;

        // The points and the points `by` above, below, left and right of each.
        private static IEnumerable<(float X, float Y)> Across((float X, float Y)[] pts, float by) =>
            pts.SelectMany(p => new[] { p, (p.X, p.Y - by), (p.X, p.Y + by), (p.X - by, p.Y), (p.X + by, p.Y) });

        // The points of [t0, t1], wandering a little across the arc as a hand does: one smooth wander along the whole
        // tie (its strokes overlapping agree on it), none at the ends, which stay on the people.
        public (float X, float Y)[] Points(float t0, float t1, int count)
        {
            var pts = Arc.Points(t0, t1, count);
            float phase = (Arc.A.X * 0.37f + Arc.B.Y * 0.61f) % 6.283f;
            for (int i = 0; i < pts.Length; i++)
            {
                float t = t0 + (t1 - t0) * i / (count - 1);
                var (a, b) = (Arc.At(MathF.Max(0f, t - 0.01f)), Arc.At(MathF.Min(1f, t + 0.01f)));
                float dx = b.X - a.X, dy = b.Y - a.Y, d = MathF.Max(1e-3f, MathF.Sqrt(dx * dx + dy * dy));
                float off = Unit * 0.015f * MathF.Sin(MathF.PI * t)
                    * (0.6f * MathF.Sin(9.4f * t + phase) + 0.4f * MathF.Sin(23.1f * t + 2.3f * phase));
                pts[i] = (pts[i].X - dy / d * off, pts[i].Y + dx / d * off);
            }
            return pts;
        }

        // One stretch of thread over [span].
        public void Thread(List<Stroke> strokes, Marks marks, Tone tone, BrushKind kind, (float T0, float T1) span, int count, float width,
            float opacity, (float Start, float End) taper, float load) =>
            Thread(strokes, marks, tone, kind, Points(span.T0, span.T1, count), Ground(span.T0, span.T1), width, opacity, taper, load);

        // The same along given points over a given ground: the thread alone, laid in the paint, casting no shadow.
        public static void Thread(List<Stroke> strokes, Marks marks, Tone tone, BrushKind kind, (float X, float Y)[] pts, Rgb ground, float width,
            float opacity, (float Start, float End) taper, float load) =>
            strokes.Add(marks.Make(kind, width, tone.Core(ground), MathF.Max(Covers, opacity), taper, pts) with { Load = load });

        // The least opacity of a thread's core: thinner paint mixes into the ground beneath like pigment (a light
        // mixed into a yellow field is yellow); this much still holds the thread's hue while the ground's grain shows.
        public const float Covers = 0.82f;

        // The points moved across their own course (to the left of it), `from` pixels at the first to `to` at the last.
        public static (float X, float Y)[] Offset((float X, float Y)[] pts, float from, float to)
        {
            var moved = new (float X, float Y)[pts.Length];
            for (int i = 0; i < pts.Length; i++)
            {
                var (a, b) = (pts[Math.Max(0, i - 1)], pts[Math.Min(pts.Length - 1, i + 1)]);
                float dx = b.X - a.X, dy = b.Y - a.Y, d = MathF.Max(1e-3f, MathF.Sqrt(dx * dx + dy * dy));
                float by = from + (to - from) * i / Math.Max(1, pts.Length - 1);
                moved[i] = (pts[i].X - dy / d * by, pts[i].Y + dx / d * by);
            }
            return moved;
        }
    }

    // What is left of the thread across a broken tie's gap: a dotted line on the arc, dashes lying along it, evenly
    // spaced from one half's point to the other's and about as long as the skips between them, thinner and fainter than
    // the halves, so the eye joins the two halves into one line that was cut (scattered dashes of their own lengths and
    // places read as loose marks in the grass, and the halves alone as wings or sticks), and the gap still reads open.
    // Its marks take their textures from a maker of their own, so the scene's other marks keep theirs.
    private static void Trace(List<Stroke> strokes, Line line, Tone tone, (float T0, float T1) gap, float scale, Random rng)
    {
        var marks = new Marks(scale, rng.Next());
        var ground = line.Ground(gap.T0, gap.T1);
        float length = (gap.T1 - gap.T0) * line.Arc.Length;
        int dashes = Math.Clamp((int)MathF.Round(length / (Dash * line.Unit)), 3, 9);
        float span = (gap.T1 - gap.T0) / dashes;
        for (int i = 0; i < dashes; i++)
        {
            // Each dash centred in its span, the skips either side of it as long as half a span, so the first and last
            // stand off the points as far as the dashes stand off each other.
            float a = gap.T0 + span * (i + 0.28f), b = gap.T0 + span * (i + 0.72f);
            strokes.Add(marks.Make(BrushKind.Round, line.Width * 0.55f, tone.Core(ground), line.Opacity * (0.55f + 0.08f * rng.NextSingle()),
                (0.15f, 0.15f), line.Points(a, b, 4)) with
            { Load = 0.35f });
        }
    }

    // How far apart a broken tie's dashes are, in figures' heights.
    private const float Dash = 0.4f;

    // One half of a broken tie, from its person (t0) toward the break (t1): a thread along the arc, wandering a little as
    // the hand does, laid in stretches each toned to the ground under it (one tone, set by the lightest of the ground
    // along the half, was lost over the lighter stretches of a ground that changes, as sand does to wet sand), thinning
    // the whole way to a point at the break, aimed along the arc at the other half's point. Its last part is laid as a
    // finer thread over the thinning end, so the point stays on the arc: fibres splayed off it read as a feather or a claw.
    private static void Half(List<Stroke> strokes, Line line, Tone tone, float t0, float t1, Marks marks, Random rng)
    {
        float At(float u) => t0 + (t1 - t0) * u;
        Stretched(strokes, line, tone, (t0, At(0.8f)), marks, rng);
        // The brush's own marks in it, short of the point: pressed a little where it leaves its person and lifted toward
        // the break, a streak of thinner paint along it.
        var (p0, p1) = (At(0.04f + 0.04f * rng.NextSingle()), At(0.3f + 0.08f * rng.NextSingle()));
        var pressed = line.Facing(p0, p1, tone.Sunk);
        strokes.Add(marks.Make(BrushKind.Round, line.Width, tone.Core(pressed), 1f, (0.4f, 0.5f), line.Points(p0, p1, 8)) with
        { Load = 0.5f });
        strokes.Add(marks.Make(BrushKind.Round, line.Width * 0.3f, tone.Streak(pressed, -0.4f), Line.Covers, (0.2f, 0.4f),
            Line.Offset(line.Points(At(0.06f), At(0.45f), 8), line.Width * 0.12f, line.Width * 0.08f)) with
        { Load = 0.3f });
        // The point: a finer thread over the thinning end and a finer one still to its tip, both on the arc.
        var point = line.Facing(At(0.55f), t1, tone.Sunk);
        foreach (var (from, width) in new[] { (0.55f, 0.7f), (0.8f, 0.4f) })
            strokes.Add(marks.Make(BrushKind.Round, line.Width * width, tone.Core(point), line.Opacity * (0.8f + 0.1f * rng.NextSingle()),
                (0.05f, 0.5f), line.Points(At(from), t1, 6)) with
            { Load = 0.4f });
    }

    // A thread over [span] of the arc laid in its stretches, each toned to the ground under it and reaching a fifth of its
    // length into the next (the later laid over the earlier), so the line runs on unbroken while its tone follows the
    // ground; it swells in where it leaves its person and thins to a point at its far end as one stroke would. The stretches past
    // the first take their textures from a maker of their own, so the scene's other marks keep theirs.
    private static void Stretched(List<Stroke> strokes, Line line, Tone tone, (float T0, float T1) span, Marks marks, Random rng)
    {
        var stretches = line.Stretches(span.T0, span.T1);
        int n = stretches.Length;
        var more = n > 1 ? new Marks(marks.Scale, rng.Next()) : marks;
        for (int i = 0; i < n; i++)
        {
            var (a, b) = stretches[i];
            float over = 0.2f * (b - a);
            var (from, to) = (i == 0 ? a : a - over, i == n - 1 ? b : b + over);
            var taper = (i == 0 ? 0.02f * n : 0.1f, i == n - 1 ? 0.5f : 0.1f);
            Line.Thread(strokes, i == 0 ? marks : more, tone, BrushKind.Round, line.Points(from, to, Math.Max(4, 2 + 10 / n)),
                line.Facing(a, b, tone.Sunk), line.Width, 1f, taper, 0.5f);
        }
    }
}
