using Echoes.Brushes;
using Echoes.Color;
using Echoes.Strokes;

namespace Echoes.Scenes;

/// <summary>
/// The brinks of a row of dunes in brushwork (<see cref="DuneField"/> draws them in the reference): each slip face in
/// overlapping strokes across it that follow its curve, the first with its top edge on the falling crest, the lower ones
/// bowing with its toe, all in the shade under the brink (deeper under a low sun), lightening toward the toe; the lit
/// flank's strokes along the crest from the line parting it from the face, and on it the wind's ripples
/// (<see cref="DuneRipples"/>), so the brink is drawn by light meeting shade (crisp) while the face turns away into the
/// sand. Many near the viewer, fewer far off; none through a person or a tie. Strokes down the parting line, offset
/// toward the hollow, stood as a block's walls.
/// </summary>
internal static class DuneBrinks
{
    /// <summary>The brinks of <paramref name="fold"/> (a row of dunes), <paramref name="near"/> (0 far, 1 at the viewer's
    /// feet), in painting order.</summary>
    public static void Paint(List<Stroke> strokes, Composition c, SceneColours colours, GroundFold fold, float near, Marks marks, Random rng)
    {
        var crest = fold.Crest;
        float opacity = (0.6f + 0.35f * near) * colours.Mood.Opacity;
        // Under a low sun the slip faces lie in deep shade and the windward flanks take the light full on: the strongest
        // step of value in the picture, and what shows the dune's form (faces in the sand's own middle value read as none).
        var time = c.Scene.Landscape.Time;
        bool low = time is TimeOfDay.Dawn or TimeOfDay.Dusk;
        // The moon lights the flanks a quiet step above the sand (lit as by the sun they were pale blotches, not moonlight);
        // at dusk the faces are lit back more by the warm sky and sand (as deep as dawn's they lay heavy and flat).
        float light = low ? 0.3f : time == TimeOfDay.Night ? 0.05f : 0.15f, flankOpacity = time == TimeOfDay.Night ? 0.45f : 0.85f;
        var (deep, toe) = time switch { TimeOfDay.Dawn => (0.8f, 0.5f), TimeOfDay.Dusk => (0.86f, 0.8f), _ => (0.9f, 0.5f) };
        foreach (var brink in DuneBrink.On(crest, fold.Foot, fold.Lee))
        {
            var (i, v) = (brink.Top, brink.Hollow);
            var (tx, ty) = crest[i];
            float drop = fold.Foot - ty, face = MathF.Abs(crest[v].X - tx);
            if (!fold.Visible(tx, ty) || rng.NextSingle() > 0.6f + 0.4f * near) continue;
            float width = MathF.Max(1.5f, MathF.Min(MathF.Max(face, drop * 0.4f) * 0.28f, drop * 0.3f));
            // Overlapping strokes down the face to its toe (gaps between them let the sand's light through: a pale face),
            // and a few over the lit flank.
            int onFace = Math.Clamp((int)MathF.Ceiling(drop / width), 2, 3 + (int)(5 * near));
            int onFlank = 1 + (int)(2 * near);
            // Overlapping into one band of light (apart, they ran beside each other as tracks). Under a low sun the band in
            // one light; under a high or faint one each stroke the sand's own colour under it lit (one light along the
            // whole band read as flat pale tape).
            var parting = brink.Parting(crest, 0.3f);
            Rgb? lit = low ? ForegroundStrokes.Lit(colours.At(parting.X - fold.Lee * width, parting.Y), c.Light.Color, light) : null;
            for (int k = 0; k < onFlank; k++)
                Flank(strokes, c, colours, fold, brink, width, width * (0.6f + 0.55f * k), (lit, light), opacity * flankOpacity, marks, rng);
            DuneRipples.Paint(strokes, c, colours, fold, brink, near, (x, y) => Open(c, colours, fold, x, y, 1f), marks, rng);
            // The face's shade is the one under its brink, deepest there and lighter toward the toe, where the sand below
            // lights it back: each stroke in the colour under its middle paled the face to the sand's value near its toe.
            var top = brink.Face(crest, 0.3f, 0.1f);
            var shade = colours.At(top.X, top.Y).Scaled(deep);
            for (int k = 0; k < onFace; k++)
            {
                float t = 0.8f * k / onFace;
                var mid = brink.Face(crest, 0.4f, t);
                Face(strokes, c, colours, fold, brink, width, t, Rgb.Lerp(shade, colours.At(mid.X, mid.Y), toe * t),
                    opacity * (1f - 0.3f * k / onFace), marks, rng);
            }
        }
    }

    // A lit stroke along the windward flank <paramref name="depth"/> under the crest, from the parting line back along the
    // crest: the flank's light ends on the parting line, the face's shade begins there, so the brink is an edge between
    // two values (strokes along the parting line itself curled over the face as flags). In <paramref name="lit"/>'s colour,
    // or with none the sand's under the stroke lit by its strength.
    private static void Flank(List<Stroke> strokes, Composition c, SceneColours colours, GroundFold fold, DuneBrink brink, float width,
        float depth, (Rgb? Color, float Strength) lit, float opacity, Marks marks, Random rng)
    {
        var crest = fold.Crest;
        var start = brink.PartingAt(crest, depth);
        float reach = MathF.Abs(crest[brink.Back].X - crest[brink.Top].X) * 0.7f;
        if (depth > fold.Foot - crest[brink.Top].Y || reach < width * 2f) return;
        var line = new List<(float X, float Y)>();
        for (int j = 0; j <= 6; j++)
        {
            float x = start.X - fold.Lee * (width * 0.4f + reach * j / 6f);
            line.Add((x, LandLayers.CrestAt(crest, x) + depth));
        }
        foreach (var run in ForegroundStrokes.Runs(line, q => Open(c, colours, fold, q.X, q.Y, width * 0.5f)))
        {
            var mid = run[run.Length / 2];
            var color = lit.Color ?? ForegroundStrokes.Lit(colours.At(mid.X, mid.Y), c.Light.Color, lit.Strength);
            Lay(strokes, [.. run], width, color, opacity, marks, rng);
        }
    }

    // A stroke across the slip face at <paramref name="t"/> of the way down from its crest to its toe, from the parting line
    // along the falling crest toward the hollow: the face's strokes follow its curve, each lower one bowing with the toe,
    // so the face reads as a slope turning away and not as a block (strokes down the parting line stood as its walls).
    // Broken where a person or a tie stands, and taken up again past them.
    private static void Face(List<Stroke> strokes, Composition c, SceneColours colours, GroundFold fold, DuneBrink brink, float width, float t,
        Rgb color, float opacity, Marks marks, Random rng)
    {
        var line = new List<(float X, float Y)>();
        for (int j = 0; j <= 8; j++)
        {
            var q = brink.Face(fold.Crest, 0.03f + 0.82f * j / 8f, t);
            // Its top edge no higher than the crest, so the brink stays one crisp line.
            line.Add((q.X, MathF.Max(q.Y, LandLayers.CrestAt(fold.Crest, q.X) + width * 0.5f)));
        }
        foreach (var run in ForegroundStrokes.Runs(line, q => Open(c, colours, fold, q.X, q.Y, width * 0.5f)))
            Lay(strokes, [.. run], width, color, opacity, marks, rng);
    }

    // One stroke of a brink along <paramref name="line"/> (three points at least) in <paramref name="color"/>.
    private static void Lay(List<Stroke> strokes, List<(float X, float Y)> line, float width, Rgb color, float opacity, Marks marks, Random rng)
    {
        if (line.Count < 3) return;
        var brush = rng.NextSingle() < 0.25f ? BrushKind.DryBrush : BrushKind.Round;
        strokes.Add(marks.Make(brush, width * (0.95f + 0.15f * rng.NextSingle()), color, opacity, (0.15f, 0.5f), [.. line]) with
        { Load = 0.5f + 0.3f * rng.NextSingle() });
    }

    /// <summary>The crest of <paramref name="fold"/> as long lines, <paramref name="near"/> (0 far, 1 at the viewer's feet).</summary>
    public static void Crest(List<Stroke> strokes, Composition c, SceneColours colours, GroundFold fold, float near, Marks marks, Random rng) =>
        Crest(strokes, c, colours, fold.Crest, fold.Lee, near, (x, y) => Open(c, colours, fold, x, y, 0f), marks, rng);

    /// <summary>A crest of dunes (<paramref name="crest"/>, its slip faces toward <paramref name="lee"/>) as long lines where
    /// <paramref name="open"/>: the shade's edge along each lee flank falling from its brink, a broad soft light under each
    /// windward flank rising to it, each run in one stroke from brink to hollow, so the row reads as one long ridge turning
    /// in the light (broken accents of one dark along it, and level rows over a range's faces, left the slip faces as lone
    /// humps, haystacks).</summary>
    public static void Crest(List<Stroke> strokes, Composition c, SceneColours colours, (float X, float Y)[] crest, float lee, float near,
        Func<float, float, bool> open, Marks marks, Random rng)
    {
        float width = c.Target.Height * (0.003f + 0.006f * near), opacity = (0.5f + 0.4f * near) * colours.Mood.Opacity;
        var run = new List<(float X, float Y)>();
        bool face = false;
        for (int i = 0; i < crest.Length; i++)
        {
            // The flank's side by the slope over a few points, so the sand's small waves do not part a run.
            var (a, b) = (crest[Math.Max(0, i - 3)], crest[Math.Min(crest.Length - 1, i + 3)]);
            bool falling = (b.Y - a.Y) * lee > 0f;
            bool seen = open(crest[i].X, crest[i].Y + width * 2f) && TieLanes.Of(c).Clear(crest[i].X, crest[i].Y + width * 1.5f, width * 2f);
            if ((!seen || falling != face) && run.Count > 0)
            {
                Line(strokes, c, colours, run, face, width, opacity, marks, rng);
                run.Clear();
            }
            face = falling;
            if (seen) run.Add(crest[i]);
        }
        Line(strokes, c, colours, run, face, width, opacity, marks, rng);
    }

    // One run of the crest, its top edge on it: on a lee flank the slip face's top, deeper than the face; on a windward
    // one a broad light (a thin light line along it read as a wire or a track drawn over the sand).
    private static void Line(List<Stroke> strokes, Composition c, SceneColours colours, List<(float X, float Y)> run, bool face, float width,
        float opacity, Marks marks, Random rng)
    {
        if (run.Count < 3) return;
        float wide = width * (face ? 1.5f : 2.5f) * (0.85f + 0.3f * rng.NextSingle());
        var pts = run.Select(q => (q.X, q.Y + wide * 0.5f)).ToArray();
        var at = pts[pts.Length / 2];
        var under = colours.At(at.X, at.Item2);
        var color = face ? under.Scaled(0.72f) : ForegroundStrokes.Lit(under, c.Light.Color, 0.4f);
        // Under a low sun the light as strong as the face's shade (at half its strength the windward crest sank into the
        // sand behind, and each face hung from its dark edge alone, a flag on a pole); by day and night, with the light
        // high or faint, so strong a light drew white tape across the sand (at night, with no sweeps over it, even at 0.55).
        float light = c.Scene.Landscape.Time switch { TimeOfDay.Dawn or TimeOfDay.Dusk => 0.85f, TimeOfDay.Night => 0.35f, _ => 0.55f };
        strokes.Add(marks.Make(BrushKind.Round, wide, color, face ? opacity : opacity * light, (0.2f, 0.3f), pts));
    }

    // Whether (x, y) is this row's sand in sight, painted, and clear of the people and (by reach) of the ties.
    private static bool Open(Composition c, SceneColours colours, GroundFold fold, float x, float y, float reach) =>
        c.Layers.At(x, y) == LandLayers.Ground && fold.Visible(x, y) && !colours.Bare(x, y) && !GroundStrokes.Behind(c, x, y, 2f)
        && TieLanes.Of(c).Clear(x, y, reach);
}
