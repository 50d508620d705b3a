using Echoes.Color;
using Echoes.Strokes;

namespace Echoes.Scenes;

/// <summary>
/// Paints a tie along its <see cref="TieArc"/> as a brush line, not a drawn one: a bond is laid in overlapping strokes
/// from one chest to the other, each of its own pressure and with the wander of a hand, full and bright where it leaves
/// and reaches its people (in a soft glow of its light) and thinner, fainter and closer to the colour of the air where
/// it crosses the distance between them; its strength is in its weight, warmth and brightness (or darkness, over light
/// ground). An estrangement is cold and thin, and cut: each half reaches out from its person and frays into ever shorter
/// dashes before it stops, leaving a plain gap in the middle of the same kind of arc the bonds follow.
/// </summary>
internal static class TieStrokes
{
    /// <summary>Where an estranged tie's halves stop at most: the gap is at least the middle 1 − 2·<see cref="HalfReach"/>
    /// of the arc, and at least 1.2 figures' height.</summary>
    public const float HalfReach = 0.4f;

    /// <summary>The strokes of a tie of <paramref name="strength"/> along <paramref name="arc"/>.</summary>
    /// <param name="arc">From one figure's chest to the other's, working pixels.</param>
    /// <param name="strength">The tie's strength in [−1, 1].</param>
    /// <param name="unit">The two figures' mean height, pixels.</param>
    /// <param name="onLight">Whether the ground behind the arc is light (the tie is then painted dark).</param>
    /// <param name="colours">The painting's colours: the air a tie crosses tints it.</param>
    /// <param name="marks">The mark maker.</param>
    public static List<Stroke> Paint(TieArc arc, float strength, float unit, bool onLight, SceneColours colours, Marks marks)
    {
        var strokes = new List<Stroke>();
        var rng = new Random(Targets.SeedMix.Of((int)arc.A.X, (int)arc.B.X, (int)(arc.Bend * 1000)));
        float length = ArcLength(arc);
        if (strength > 0)
        {
            float s = strength;
            var pale = onLight ? Srgb(0x6e, 0x5e, 0x58) : Srgb(0xe6, 0xe0, 0xd4);
            var warm = onLight ? Srgb(0x9a, 0x2a, 0x12) : Srgb(0xff, 0xcf, 0x7a);
            var color = Rgb.Lerp(pale, warm, MathF.Sqrt(s));
            Glow(strokes, arc, color, unit * (0.16f + 0.2f * s), 0.05f + 0.12f * s, 0f, 1f, marks);
            // Never under a working pixel, so even a weak bond between far people stays one unbroken line.
            float core = MathF.Max(1f, unit * (0.024f + 0.045f * s));
            var line = new Line(arc, color, core, 0.5f + 0.45f * s, unit, colours);
            Lay(strokes, line, 0f, 1f, Math.Clamp((int)(length / unit), 3, 7), marks, rng);
            // Where it touches its people the paint is fullest: a small knot on each body.
            float knot = MathF.Min(core * 1.7f, unit * 0.075f);
            strokes.Add(marks.Make(BrushKind.Round, knot, color, 0.9f, (0f, 0f), arc.A));
            strokes.Add(marks.Make(BrushKind.Round, knot, color, 0.9f, (0f, 0f), arc.B));
            return strokes;
        }
        float k = -strength;
        var cold = onLight ? Srgb(0x2c, 0x3c, 0x5c) : Srgb(0x9c, 0xba, 0xe0);
        // The gap is never less than 1.2 figures' height, so even a short estrangement reads as cut, and no more than
        // the middle fifth of a long one, so its halves stay long enough to be seen reaching for each other.
        float reach = MathF.Max(0.1f, MathF.Min(HalfReach, 0.5f - 0.6f * unit / MathF.Max(1f, length)));
        var half = new Line(arc, cold, unit * (0.025f + 0.025f * k), 0.85f, unit, colours);
        Half(strokes, half, 0f, reach, marks, rng);
        Half(strokes, half, 1f, 1f - reach, marks, rng);
        return strokes;
    }

    // A tie's brush line: where it runs, its colour, its widest and its strongest.
    private readonly record struct Line(TieArc Arc, Rgb Color, float Width, float Opacity, float Unit, SceneColours Colours)
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

        // The tie's colour at t: toward the air's where it crosses the distance, so the line sits in the atmosphere.
        public Rgb ColorAt(float t)
        {
            var (x, y) = Arc.At(t);
            return Rgb.Lerp(Color, Colours.At(x, y), 0.22f * (1f - Near(t)));
        }
    }

    // The line from t0 to t1 in `count` overlapping strokes, each of its own pressure: fuller near the people, thinner
    // and fainter in between; the first and last land on their people without a taper, so the line visibly arrives.
    private static void Lay(List<Stroke> strokes, Line line, float t0, float t1, int count, Marks marks, Random rng)
    {
        float span = (t1 - t0) / count, overlap = span * 0.4f;
        for (int i = 0; i < count; i++)
        {
            float a = MathF.Max(t0, t0 + span * i - overlap), b = MathF.Min(t1, t0 + span * (i + 1) + overlap);
            float mid = (a + b) / 2, near = Line.Near(mid);
            float width = line.Width * (0.7f + 0.5f * near) * (0.85f + 0.3f * rng.NextSingle());
            float opacity = line.Opacity * (0.78f + 0.22f * near) * (0.92f + 0.08f * rng.NextSingle());
            var taper = (i == 0 ? 0.03f : 0.3f, i == count - 1 ? 0.03f : 0.3f);
            strokes.Add(marks.Make(BrushKind.Round, width, line.ColorAt(mid), opacity, taper, line.Points(a, b, 6)));
        }
        // A second, finer hair of the brush over the far part of the line, dry, so it reads as paint dragged across air.
        float h0 = t0 + (t1 - t0) * (0.2f + 0.1f * rng.NextSingle()), h1 = t0 + (t1 - t0) * (0.7f + 0.1f * rng.NextSingle());
        strokes.Add(marks.Make(BrushKind.DryBrush, line.Width * 0.45f, Rgb.Lerp(line.ColorAt((h0 + h1) / 2), Rgb.White, 0.15f),
            line.Opacity * 0.6f, (0.35f, 0.35f), line.Points(h0, h1, 8)) with
        { Load = 0.5f });
    }

    // A soft glow round each end of the line from t0 to t1, where it meets its people; none through the air between.
    private static void Glow(List<Stroke> strokes, TieArc arc, Rgb color, float width, float opacity, float t0, float t1, Marks marks)
    {
        strokes.Add(marks.Make(BrushKind.Round, width * 1.2f, color, opacity, (0f, 0.5f), arc.Points(t0, t0 + (t1 - t0) * 0.3f, 5))
            with
        { Load = 0.3f });
        // Laid from the person outward, as the other: thin paint runs dry away from where the brush landed.
        strokes.Add(marks.Make(BrushKind.Round, width * 1.2f, color, opacity, (0f, 0.5f), arc.Points(t1, t1 - (t1 - t0) * 0.3f, 5))
            with
        { Load = 0.3f });
    }

    // One half of a broken tie, from its person (t0) to the break (t1): a line that leaves its person whole and comes
    // apart toward the break, in dashes ever shorter, thinner, fainter and further apart, the last of them dry and frayed
    // (no loose strands: hanging ones read as drips, and a single straight stub as a stick the person holds), over a
    // faint cold glow that keeps it one line.
    private static void Half(List<Stroke> strokes, Line line, float t0, float t1, Marks marks, Random rng)
    {
        var arc = line.Arc;
        strokes.Add(marks.Make(BrushKind.Round, line.Unit * 0.14f, line.Color, 0.12f, (0.1f, 0.45f), arc.Points(t0, t1, 6))
            with
        { Load = 0.3f });
        Span<float> dashes = [0.3f, 0.2f, 0.13f, 0.08f], gaps = [0.06f, 0.09f, 0.14f];
        float total = 0;
        foreach (float d in dashes) total += d;
        foreach (float g in gaps) total += g;
        float u = 0;
        for (int i = 0; i < dashes.Length; i++)
        {
            float a = t0 + (t1 - t0) * u / total, b = t0 + (t1 - t0) * (u + dashes[i]) / total;
            var brush = i >= 2 ? BrushKind.DryBrush : BrushKind.Round;
            // The first dash swells out of its person rather than leaving it at full weight: a stub of even width reads
            // as a stick held or a blade drawn.
            float width = line.Width * (i == 0 ? 0.8f : 1f - 0.18f * i) * (0.9f + 0.2f * rng.NextSingle());
            strokes.Add(marks.Make(brush, width, line.ColorAt((a + b) / 2), line.Opacity - 0.1f * i, (i == 0 ? 0.2f : 0.25f, 0.35f),
                line.Points(a, b, Math.Max(3, (int)(12 * dashes[i])))) with
            { Load = 0.5f + 0.1f * (3 - i) });
            if (i < gaps.Length) u += dashes[i] + gaps[i];
        }
    }

    private static float ArcLength(TieArc arc)
    {
        float len = 0;
        var prev = arc.A;
        for (int i = 1; i <= 16; i++)
        {
            var q = arc.At(i / 16f);
            len += MathF.Sqrt((q.X - prev.X) * (q.X - prev.X) + (q.Y - prev.Y) * (q.Y - prev.Y));
            prev = q;
        }
        return len;
    }

    private static Rgb Srgb(byte r, byte g, byte b) => Rgb.FromSrgb8(r, g, b);
}
