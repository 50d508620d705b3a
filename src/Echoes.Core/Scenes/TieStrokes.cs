using Echoes.Color;
using Echoes.Strokes;

namespace Echoes.Scenes;

/// <summary>
/// Paints a tie along its <see cref="TieArc"/> as a brush line, not a drawn one: a bond is laid in overlapping strokes
/// from one chest to the other, each of its own pressure and with the wander of a hand, full and bright where it leaves
/// and reaches its people (in a soft glow of its light) and thinner, fainter and closer to the colour of the air where
/// it crosses the distance between them; its strength is in its weight, warmth and brightness (or darkness, over light
/// ground). Every tie takes the tint of the scene's light and fades into the air with distance, as the land does. An
/// estrangement is cold, dark over light ground and pale over dark, jagged, and cut: each half reaches out from its
/// person in a zigzag and frays into ever shorter dashes before it stops, leaving a wide gap in the middle of the same
/// kind of arc the bonds follow.
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
    /// <param name="onLight">Whether the ground behind a bond is light (it is then painted dark); an estrangement takes
    /// its value from the ground under each of its halves (<see cref="Cold"/>).</param>
    /// <param name="colours">The painting's colours: the air a tie crosses tints it.</param>
    /// <param name="air">The scene's light (a tie takes its tint) and how far off the tie lies, 0 near to 1 at the horizon.</param>
    /// <param name="marks">The mark maker.</param>
    public static List<Stroke> Paint(TieArc arc, float strength, float unit, bool onLight, SceneColours colours, (Rgb Light, float Far) air,
        Marks marks)
    {
        var strokes = new List<Stroke>();
        var rng = new Random(Targets.SeedMix.Of((int)arc.A.X, (int)arc.B.X, (int)(arc.Bend * 1000)));
        float length = arc.Length;
        if (strength > 0)
        {
            float s = strength;
            var pale = onLight ? Srgb(0x6e, 0x5e, 0x58) : Srgb(0xe6, 0xe0, 0xd4);
            var warm = onLight ? Srgb(0x9a, 0x2a, 0x12) : Srgb(0xff, 0xcf, 0x7a);
            var color = Lit(Rgb.Lerp(pale, warm, MathF.Sqrt(s)), air.Light, onLight);
            float fade = 1f - 0.15f * air.Far;
            Glow(strokes, arc, color, unit * (0.16f + 0.2f * s), (0.05f + 0.12f * s) * fade, 0f, 1f, marks);
            // Never under a working pixel, so even a weak bond between far people stays one unbroken line.
            float core = MathF.Max(1f, unit * (0.024f + 0.045f * s));
            var line = new Line(arc, color, core, (0.5f + 0.45f * s) * fade, unit, colours, 0.22f + 0.12f * air.Far, 0f);
            Lay(strokes, line, 0f, 1f, Math.Clamp((int)(length / unit), 3, 7), marks, rng);
            // Where it touches its people the paint is fullest: a small knot on each body.
            float knot = MathF.Min(core * 1.7f, unit * 0.075f);
            strokes.Add(marks.Make(BrushKind.Round, knot, color, 0.9f, (0f, 0f), arc.A));
            strokes.Add(marks.Make(BrushKind.Round, knot, color, 0.9f, (0f, 0f), arc.B));
            return strokes;
        }
        float k = -strength;
        // The gap is never less than MinGap figures' height, so even a short estrangement reads as cut, and no more than
        // the middle 28 % of a long one, so its halves stay long enough to be seen reaching for each other.
        float reach = MathF.Max(0.08f, MathF.Min(HalfReach, 0.5f - MinGap / 2 * unit / MathF.Max(1f, length)));
        float weight = MathF.Max(1.2f, unit * (0.04f + 0.03f * k)), opacity = 0.95f * (1f - 0.1f * air.Far);
        var half = new Line(arc, Rgb.Black, weight, opacity, unit, colours, 0.04f + 0.08f * air.Far, unit * (0.03f + 0.02f * k));
        Half(strokes, half with { Color = Cold(colours.Mean(arc.Points(0f, reach, 7)), air.Light) }, 0f, reach, marks, rng);
        Half(strokes, half with { Color = Cold(colours.Mean(arc.Points(1f, 1f - reach, 7)), air.Light) }, 1f, 1f - reach, marks, rng);
        return strokes;
    }

    /// <summary>The colour of an estrangement over <paramref name="ground"/>: cold, and whichever of a deep slate and a
    /// pale ice stands further from the ground in lightness, so the broken line shows on mid-dark grass as on pale sand
    /// (where the ground is dark it is a cold light, dimmer and bluer than the warm light of the bonds).</summary>
    public static Rgb Cold(Rgb ground, Rgb light)
    {
        var (slate, ice) = (Srgb(0x10, 0x18, 0x38), Srgb(0xc4, 0xd6, 0xf2));
        // Oklab lightness: how light a value looks, so the two contrasts compare as the eye sees them.
        static float L(Rgb c) => Oklab.FromLinear(c).L;
        var cold = L(slate) + L(ice) < 2 * L(ground) ? slate : ice;
        return Rgb.Lerp(cold, light, 0.06f);
    }

    // A bond's colour in the scene's light: tinted by it, more over dark ground (where the tie is itself a light).
    private static Rgb Lit(Rgb color, Rgb light, bool onLight) => Rgb.Lerp(color, light, onLight ? 0.12f : 0.3f);

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

        // The tie's colour at t: toward the air's where it crosses the distance, so the line sits in the atmosphere.
        public Rgb ColorAt(float t)
        {
            var (x, y) = Arc.At(t);
            return Rgb.Lerp(Color, Colours.At(x, y), Air * (1f - Near(t)));
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

    // One half of a broken tie, from its person (t0) to the break (t1): one jagged reach that leaves its person at full
    // weight and thins toward the break, then two short dry dashes ever further apart where it frays (no loose strands:
    // hanging ones read as drips, and short blobs alone as footprints), over a faint cold glow that keeps it one line.
    private static void Half(List<Stroke> strokes, Line line, float t0, float t1, Marks marks, Random rng)
    {
        var arc = line.Arc;
        strokes.Add(marks.Make(BrushKind.Round, line.Unit * 0.14f, line.Color, 0.12f, (0.1f, 0.45f), arc.Points(t0, t1, 6))
            with
        { Load = 0.3f });
        float At(float u) => t0 + (t1 - t0) * u;
        // The reach in straight strokes from corner to corner of its zigzag: one curved stroke would smooth it into a wave.
        var pts = line.Points(t0, At(0.72f), 9);
        for (int i = 0; i < pts.Length - 1; i++)
        {
            float thin = 1f - 0.45f * i / (pts.Length - 1);
            strokes.Add(marks.Make(BrushKind.Round, line.Width * thin * (0.9f + 0.2f * rng.NextSingle()), line.ColorAt(At(0.08f * i)),
                line.Opacity, (0.02f, 0.02f), pts[i], pts[i + 1]) with
            { Load = 0.7f });
        }
        (float From, float To)[] frays = [(0.78f, 0.86f), (0.92f, 0.97f)];
        for (int i = 0; i < frays.Length; i++)
        {
            var (a, b) = (At(frays[i].From), At(frays[i].To));
            strokes.Add(marks.Make(BrushKind.DryBrush, line.Width * (0.6f - 0.15f * i) * (0.9f + 0.2f * rng.NextSingle()),
                line.ColorAt((a + b) / 2), line.Opacity - 0.15f * (i + 1), (0.25f, 0.35f), line.Points(a, b, 3)) with
            { Load = 0.5f });
        }
    }

    private static Rgb Srgb(byte r, byte g, byte b) => Rgb.FromSrgb8(r, g, b);
}
