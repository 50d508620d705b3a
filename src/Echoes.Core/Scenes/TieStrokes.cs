using Echoes.Color;
using Echoes.Strokes;

namespace Echoes.Scenes;

/// <summary>
/// Paints a tie along its <see cref="TieArc"/> as a painter's line of light or thread, not a drawn or glowing one: a
/// bond is the colour of the ground it crosses lifted off it in value (lighter over dark ground, darker over light),
/// warmer and more lifted the stronger it is, laid as a faint whisper the whole way and a few unequal presses of the
/// brush over it, heavier from its giver (the tie's first person), some dry, a little lost in the haze where the tie
/// lies far off; the stretch nearest the scene's light catches it. It is never narrower than a line that still reads
/// when the painting is shown small. An estrangement is cold and cut: each half reaches out from its person in one
/// tapering stroke that splits into frayed hairs before it stops, leaving a wide gap in the middle of the same kind of
/// arc the bonds follow: two ends reaching, not meeting.
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
        float weight = MathF.Max(least * 1.5f, unit * (0.05f + 0.03f * k)), opacity = 0.95f * (1f - 0.1f * air.Far);
        var half = new Line(arc, Rgb.Black, weight, opacity, unit, colours, 0.04f + 0.08f * air.Far, unit * (0.008f + 0.008f * k));
        Half(strokes, half with { Color = Cold(colours.Mean(arc.Points(0f, reach, 7)), air.Light) }, 0f, reach, marks, rng);
        Half(strokes, half with { Color = Cold(colours.Mean(arc.Points(1f, 1f - reach, 7)), air.Light) }, 1f, 1f - reach, marks, rng);
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
        var line = new Line(arc, Rgb.Black, width, (0.7f + 0.3f * s) * fade, unit, colours, 0.05f + 0.15f * air.Far, 0f);
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

    /// <summary>The colour of an estrangement over <paramref name="ground"/>: cold, and whichever of a deep slate and a
    /// pale ice stands further from the ground in lightness, so the broken line shows on mid-dark grass as on pale sand
    /// (where the ground is dark it is a cold light, dimmer and bluer than the warm light of the bonds).</summary>
    public static Rgb Cold(Rgb ground, Rgb light)
    {
        var (slate, ice) = (Srgb(0x10, 0x18, 0x38), Srgb(0xc4, 0xd6, 0xf2));
        var cold = L(slate) + L(ice) < 2 * L(ground) ? slate : ice;
        // A little of the hue of the ground it crosses (its value kept), so it is painted into the land, cold but not printed.
        var (k, g) = (Oklab.FromLinear(cold), Oklab.FromLinear(ground));
        return Rgb.Lerp(new Oklab(k.L, k.A + 0.3f * g.A, k.B + 0.3f * g.B).ToLinear().Clamped(), light, 0.06f);
    }

    // Oklab lightness: how light a value looks, so two contrasts compare as the eye sees them.
    private static float L(Rgb c) => Oklab.FromLinear(c).L;

    // A tie's brush line: where it runs, its colour, its widest and its strongest, how much of the air's colour it takes
    // between its people, and how far its hand zigzags across it (0 for a smooth line).
    private readonly record struct Line(TieArc Arc, Rgb Color, float Width, float Opacity, float Unit, SceneColours Colours, float Air,
        float Jag)
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
                    * (0.6f * MathF.Sin(9.4f * t + phase) + 0.4f * MathF.Sin(23.1f * t + 2.3f * phase))
                    + (i > 0 && i < pts.Length - 1 ? Jag * (i % 2 == 0 ? 1f : -1f) : 0f);
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

    // One half of a broken tie, from its person (t0) to the break (t1): one reach that leaves its person at full weight
    // and tapers as it goes, then splits into three dry hairs that splay a little apart where it frays (short, and along
    // the line: hanging strands read as drips).
    private static void Half(List<Stroke> strokes, Line line, float t0, float t1, Marks marks, Random rng)
    {
        float At(float u) => t0 + (t1 - t0) * u;
        strokes.Add(marks.Make(BrushKind.Round, line.Width * (1.1f + 0.15f * rng.NextSingle()), line.ColorAt(At(0.3f)), line.Opacity,
            (0.02f, 0.3f), line.Points(t0, At(0.8f), 10)) with
        { Load = 0.8f });
        // A second, thinner pass over the reach, so it is laid, not ruled.
        strokes.Add(marks.Make(BrushKind.Round, line.Width * 0.6f, line.ColorAt(At(0.4f)), line.Opacity * 0.85f, (0.1f, 0.35f),
            Line.Offset(line.Points(At(0.05f), At(0.7f), 8), 0f, line.Width * 0.3f)) with
        { Load = 0.9f });
        for (int i = -1; i <= 1; i++)
        {
            float spread = line.Width * (0.9f + 0.3f * rng.NextSingle()) * i;
            var hair = line.Points(At(0.62f + 0.04f * MathF.Abs(i)), At(0.94f + 0.06f * rng.NextSingle() - 0.08f * MathF.Abs(i)), 5);
            strokes.Add(marks.Make(BrushKind.DryBrush, line.Width * 0.45f, line.ColorAt(At(0.8f)), line.Opacity * 0.85f, (0.05f, 0.45f),
                Line.Offset(hair, 0f, spread)) with
            { Load = 0.5f });
        }
    }

    private static Rgb Srgb(byte r, byte g, byte b) => Rgb.FromSrgb8(r, g, b);
}
