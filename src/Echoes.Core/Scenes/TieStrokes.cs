using Echoes.Color;
using Echoes.Strokes;

namespace Echoes.Scenes;

/// <summary>
/// Paints a tie along its <see cref="TieArc"/> as a painter's line of light or thread, not a drawn or glowing one: a
/// bond is the colour of the ground it crosses lifted off it in value (lighter over dark ground, darker over light),
/// warmer and more lifted the stronger it is, laid as a faint whisper the whole way and a few unequal presses of the
/// brush over it, heavier from its giver (the tie's first person), some dry, a little lost in the haze where the tie
/// lies far off; the stretch nearest the scene's light catches it. It is never narrower than a line that still reads
/// when the painting is shown small. An estrangement is cold, dark and cut: each half reaches out from its person in one
/// short stiff stroke that snaps into a jagged end before it stops, leaving a wide gap in the middle of the same kind
/// of arc the bonds follow: two ends reaching, not meeting, no heavier than a bond and with no light of its own.
/// </summary>
internal static class TieStrokes
{
    /// <summary>Where an estranged tie's halves stop at most: the gap is at least the middle 1 − 2·<see cref="HalfReach"/>
    /// of the arc, and at least <see cref="MinGap"/> figures' height.</summary>
    public const float HalfReach = 0.36f;

    /// <summary>The least gap in an estranged tie, in figures' heights: wide enough to read as cut at thumbnail size.</summary>
    public const float MinGap = 1.6f;

    /// <summary>The strokes of a tie of <paramref name="strength"/> along <paramref name="arc"/>.</summary>
    /// <param name="arc">From one figure's chest to the other's, working pixels.</param>
    /// <param name="strength">The tie's strength in [−1, 1].</param>
    /// <param name="unit">The two figures' mean height, pixels.</param>
    /// <param name="least">The least width of the tie's line, pixels: what still reads at a thumbnail of the painting.</param>
    /// <param name="colours">The painting's colours: the ground a tie crosses sets its value, the air tints it.</param>
    /// <param name="air">The scene's light (a tie takes its tint, and catches it on the stretch nearest it), where across the
    /// painting that light stands (working pixels), and how far off the tie lies, 0 near to 1 at the horizon.</param>
    /// <param name="marks">The mark maker.</param>
    public static List<Stroke> Paint(TieArc arc, float strength, float unit, float least, SceneColours colours, (Rgb Light, float X, float Far) air,
        Marks marks)
    {
        var strokes = new List<Stroke>();
        var rng = new Random(Targets.SeedMix.Of((int)arc.A.X, (int)arc.B.X, (int)(arc.Bend * 1000)));
        if (strength > 0)
        {
            Bond(strokes, arc, strength, unit, least, colours, air, marks, rng);
            return strokes;
        }
        float k = -strength;
        // The gap is never less than MinGap figures' height, so even a short estrangement reads as cut, and no more than
        // the middle 28 % of a long one, so its halves stay long enough to be seen reaching for each other.
        float reach = MathF.Max(0.08f, MathF.Min(HalfReach, 0.5f - MinGap / 2 * unit / MathF.Max(1f, arc.Length)));
        // No heavier than a bond: a broken tie is quieter than a kept one, read by its shape, not its weight.
        float weight = MathF.Max(least * 1.5f, unit * (0.04f + 0.02f * k)), opacity = 0.95f * (1f - 0.1f * air.Far);
        var half = new Line(arc, Rgb.Black, weight, opacity, unit, colours, 0.04f + 0.08f * air.Far);
        Rgb Over(float t0, float t1) => Cold([.. arc.Points(t0, t1, 7).Select(q => colours.At(q.X, q.Y))], air.Light);
        Half(strokes, half with { Color = Over(0f, reach) }, 0f, reach, marks, rng);
        Half(strokes, half with { Color = Over(1f, 1f - reach) }, 1f, 1f - reach, marks, rng);
        return strokes;
    }

    // A bond: a thread of the ground's own colour lifted off it (light over dark ground, dark over light), warmer and
    // more lifted the stronger the bond, laid as a painter lays a line of light: a whisper of it the whole way, then a
    // few presses of the brush along it, each pressed and released, the giver's heavier, with a dry drag between,
    // lost a little where it crosses the haze of the distance.
    private static void Bond(List<Stroke> strokes, TieArc arc, float s, float unit, float least, SceneColours colours,
        (Rgb Light, float X, float Far) air, Marks marks, Random rng)
    {
        float fade = 1f - 0.35f * air.Far;
        float width = MathF.Max(least * (1.4f + 0.2f * s), unit * (0.03f + 0.04f * s));
        var line = new Line(arc, Rgb.Black, width, (0.7f + 0.3f * s) * fade, unit, colours, 0.05f + 0.15f * air.Far);
        Rgb Tone(float t0, float t1, float lift) =>
            GroundTone.Lift(colours.Mean(arc.Points(t0, t1, 5)), lift, 0.5f, 0.25f + 0.75f * s, air.Light);
        float lift = 0.36f + 0.1f * s;
        // The whisper: thin and faint, so the bond is one line from person to person between the presses.
        strokes.Add(marks.Make(BrushKind.Round, width * 0.5f, Tone(0.1f, 0.9f, lift * 0.9f), line.Opacity * 0.7f, (0.04f, 0.04f),
            line.Points(0f, 1f, 18)) with
        { Load = 0.85f });
        Presses(strokes, line, s, Tone, lift, marks, rng);
        CatchLight(strokes, line, air, s, Tone(0.3f, 0.7f, lift + 0.12f), marks);
        // Where it touches its people the paint is fullest: a small knot on each body.
        float knot = MathF.Min(width * 1.5f, unit * 0.09f);
        strokes.Add(marks.Make(BrushKind.Round, knot, Tone(0f, 0.1f, lift), 0.9f, (0f, 0f), arc.A));
        strokes.Add(marks.Make(BrushKind.Round, knot * 0.8f, Tone(0.9f, 1f, lift), 0.9f, (0f, 0f), arc.B));
    }

    // The presses along a bond: three to six, of unequal length, each pressed at its start and lifted at its end, the
    // hand tiring from the giver toward the other; some dragged over dry, and the ones in the haze fainter and nearer the
    // air's colour.
    private static void Presses(List<Stroke> strokes, Line line, float s, Func<float, float, float, Rgb> tone, float lift, Marks marks,
        Random rng)
    {
        int n = Math.Clamp((int)(line.Arc.Length / (line.Unit * 1.2f)), 3, 6);
        float t = 0f;
        for (int k = 0; k < n; k++)
        {
            float end = k == n - 1 ? 1f : MathF.Min(1f, (k + 0.75f + 0.5f * rng.NextSingle()) / n);
            // A short lost stretch before each press but the first: the whisper alone carries the line there.
            float start = k == 0 ? 0f : t + (0.01f + 0.05f * rng.NextSingle()) * (1f - 0.5f * s);
            t = end;
            if (end - start < 0.05f) continue;
            float mid = (start + end) / 2, pressure = 1.35f - 0.75f * mid + 0.3f * (rng.NextSingle() - 0.5f);
            float haze = 1f - line.Air * (1f - Line.Near(mid));
            var (x, y) = line.Arc.At(mid);
            var color = Rgb.Lerp(tone(start, end, lift * (0.85f + 0.3f * rng.NextSingle())), line.Colours.At(x, y), 1f - haze);
            strokes.Add(marks.Make(BrushKind.Round, line.Width * pressure, color, line.Opacity * (0.75f + 0.25f * rng.NextSingle()) * haze,
                (0.08f + 0.1f * rng.NextSingle(), 0.3f + 0.15f * rng.NextSingle()), line.Points(start, end, 4 + (int)(12 * (end - start))))
                with
            { Load = 0.6f + 0.3f * rng.NextSingle() });
            // Over some presses, a dry drag a little off the line, where the paint breaks.
            if (rng.NextSingle() < 0.5f)
                strokes.Add(marks.Make(BrushKind.DryBrush, line.Width * pressure * 0.8f, color, line.Opacity * 0.8f * haze, (0.3f, 0.3f),
                    Line.Offset(line.Points(start, end, 6), 0f, line.Width * 0.3f * (rng.NextSingle() - 0.5f))) with
                { Load = 0.45f });
        }
    }

    // The stretch of a bond nearest the scene's light catches it: a thin lighter stroke along its upper edge, brighter
    // the stronger the bond, so the line is lit as the figures and the land are, not printed over them.
    private static void CatchLight(List<Stroke> strokes, Line line, (Rgb Light, float X, float Far) air, float s, Rgb lit, Marks marks)
    {
        var arc = line.Arc;
        var pts = arc.Points(0f, 1f, 21);
        int nearest = Enumerable.Range(0, pts.Length).MinBy(i => MathF.Abs(pts[i].X - air.X));
        float mid = Math.Clamp(nearest / 20f, 0.3f, 0.7f), half = 0.08f + 0.1f * s;
        var spine = line.Points(mid - half, mid + half, 7).Select(q => (q.X, q.Y - line.Width * 0.3f)).ToArray();
        strokes.Add(marks.Make(BrushKind.DryBrush, line.Width * 0.45f, lit, (0.3f + 0.4f * s) * (1f - 0.5f * air.Far), (0.4f, 0.4f), spine)
            with
        { Load = 0.6f });
    }

    /// <summary>The colour of an estrangement over the <paramref name="grounds"/> it crosses: a cold, dull slate a fixed
    /// step of lightness off all of them (darker than the darkest, or lighter than the lightest but never pale: a
    /// dark-cold line, not a white one), whichever stands further off the ground where it stands nearest, taking a little
    /// of the ground's hue so it is painted into the land, not printed on it.</summary>
    public static Rgb Cold(IReadOnlyList<Rgb> grounds, Rgb light)
    {
        var ls = grounds.Select(g => Oklab.FromLinear(g).L).ToList();
        float dark = MathF.Max(0f, ls.Min() - Step), pale = MathF.Min(ls.Max() + Step, Palest);
        float l = ls.Min() - dark >= pale - ls.Max() ? dark : pale;
        var g = Oklab.FromLinear(Rgb.Lerp(grounds[0], grounds[^1], 0.5f));
        return Rgb.Lerp(new Oklab(l, -0.012f + 0.3f * g.A, -0.045f + 0.3f * g.B).ToLinear().Clamped(), light, 0.04f);
    }

    // How far an estrangement stands from its ground in Oklab lightness (enough to be seen at a thumbnail), and the
    // palest it may be: a mid slate, never the ice-white of a glow.
    private const float Step = 0.26f, Palest = 0.62f;

    // A tie's brush line: where it runs, its colour, its widest and its strongest, and how much of the air's colour it
    // takes between its people.
    private readonly record struct Line(TieArc Arc, Rgb Color, float Width, float Opacity, float Unit, SceneColours Colours, float Air)
    {
        // How near the point at t is to one of the people (1 at a person, 0 from a third of the way out).
        public static float Near(float t) => MathF.Max(0f, 1f - MathF.Min(t, 1f - t) / 0.3f);

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

        // The tie's colour at t: toward the air's where it crosses the distance, so the line sits in the atmosphere.
        public Rgb ColorAt(float t)
        {
            var (x, y) = Arc.At(t);
            return Rgb.Lerp(Color, Colours.At(x, y), Air * (1f - Near(t)));
        }
    }

    // One half of a broken tie, from its person (t0) toward the break (t1): one stiff stroke along the arc (no wander of
    // the hand: it is held, not offered) that leaves its person at full weight, then snaps into a jagged end (its first
    // tooth to its own left: the two halves run opposite ways, so their ends break to opposite sides of the arc).
    private static void Half(List<Stroke> strokes, Line line, float t0, float t1, Marks marks, Random rng)
    {
        float At(float u) => t0 + (t1 - t0) * u;
        var reach = line.Arc.Points(t0, At(0.86f), 10);
        strokes.Add(marks.Make(BrushKind.Round, line.Width * (1.05f + 0.1f * rng.NextSingle()), line.ColorAt(At(0.3f)), line.Opacity,
            (0.02f, 0.12f), reach) with
        { Load = 0.85f });
        var (ex, ey) = reach[^1];
        var (dx, dy) = Direction(line.Arc, At(0.86f), At(1f));
        float len = MathF.Min(line.Width * 3.5f, line.Arc.Length * MathF.Abs(t1 - t0) * 0.14f), amp = line.Width * (0.8f + 0.3f * rng.NextSingle());
        // The snapped end: a short zigzag across the line's course, dying out, as a stick breaks, not a hook.
        (float Along, float Across)[] teeth = [(0f, 0f), (0.35f, 1f), (0.7f, -1f), (1f, 0.4f)];
        var snap = teeth.Select(q => (ex + dx * len * q.Along - dy * amp * q.Across, ey + dy * len * q.Along + dx * amp * q.Across)).ToArray();
        strokes.Add(marks.Make(BrushKind.Round, line.Width * 0.8f, line.ColorAt(At(0.9f)), line.Opacity, (0f, 0.35f), snap) with
        { Load = 0.85f });
    }

    // The unit direction along the arc from t0 to t1.
    private static (float X, float Y) Direction(TieArc arc, float t0, float t1)
    {
        var (a, b) = (arc.At(t0), arc.At(t1));
        float dx = b.X - a.X, dy = b.Y - a.Y, d = MathF.Max(1e-3f, MathF.Sqrt(dx * dx + dy * dy));
        return (dx / d, dy / d);
    }

    private static Rgb Srgb(byte r, byte g, byte b) => Rgb.FromSrgb8(r, g, b);
}
