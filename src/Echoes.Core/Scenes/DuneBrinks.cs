using Echoes.Brushes;
using Echoes.Color;
using Echoes.Strokes;

namespace Echoes.Scenes;

/// <summary>
/// The brinks of a row of dunes in brushwork (<see cref="DuneField"/> draws them in the reference): each slip face in long
/// strokes across it that follow its curve, the first with its top edge on the falling crest, the lower ones bowing with
/// its toe and fainter toward it, and the lit flank's first strokes along the line parting it from the face, so the brink
/// is drawn by long edges meeting (crisp) while the face turns away into the sand. Many near the viewer, fewer far off;
/// none through a person or a tie. Strokes down the parting line, offset toward the hollow, stood as a block's walls.
/// </summary>
internal static class DuneBrinks
{
    /// <summary>The brinks of <paramref name="fold"/> (a row of dunes), <paramref name="near"/> (0 far, 1 at the viewer's
    /// feet), in painting order.</summary>
    public static void Paint(List<Stroke> strokes, Composition c, SceneColours colours, GroundFold fold, float near, Marks marks, Random rng)
    {
        var crest = fold.Crest;
        float opacity = (0.6f + 0.35f * near) * colours.Mood.Opacity;
        foreach (var brink in DuneBrink.On(crest, fold.Foot, fold.Lee))
        {
            var (i, v) = (brink.Top, brink.Hollow);
            var (tx, ty) = crest[i];
            float drop = fold.Foot - ty, face = MathF.Abs(crest[v].X - tx);
            if (!fold.Visible(tx, ty) || rng.NextSingle() > 0.6f + 0.4f * near) continue;
            float width = MathF.Max(1.5f, MathF.Min(MathF.Max(face, drop * 0.4f) * 0.28f, drop * 0.3f));
            // Down the face to its toe, and a little way over the lit flank.
            int onFace = Math.Clamp((int)MathF.Ceiling(drop / (width * 1.4f)), 1, 3 + (int)(4 * near));
            int onFlank = 1 + (int)(2 * near);
            for (int k = -onFlank; k < 0; k++) Flank(strokes, c, colours, fold, brink, width, k, opacity, marks, rng);
            for (int k = 0; k < onFace; k++)
                Face(strokes, c, colours, fold, brink, width, 0.85f * k / onFace, opacity * (1f - 0.35f * k / onFace), marks, rng);
        }
    }

    // A lit stroke along the parting line on the windward side, <paramref name="k"/> widths over (−1 the nearest), its long
    // edge drawing the brink against the face's first stroke.
    private static void Flank(List<Stroke> strokes, Composition c, SceneColours colours, GroundFold fold, DuneBrink brink, float width, int k,
        float opacity, Marks marks, Random rng)
    {
        float off = fold.Lee * width * (-0.5f + 0.6f * (k + 1));
        foreach (var (t0, t1) in new[] { (0f, 0.55f), (0.45f, 0.95f) })
        {
            var line = new List<(float X, float Y)>();
            (float X, float Y)? above = null;
            for (int j = 0; j <= 6; j++)
            {
                var q = brink.Parting(fold.Crest, t0 + (t1 - t0) * j / 6f);
                q = (q.X + off, q.Y);
                // Only under its own crest, on this row's sand in sight, clear of the people and the ties.
                if (q.Y < LandLayers.CrestAt(fold.Crest, q.X) + width * 0.5f)
                {
                    if (line.Count == 0) { above = q; continue; }
                    break;
                }
                if (!Open(c, colours, fold, q.X, q.Y, width * 0.5f)) break;
                // The first stroke's top on the crest itself: started wherever its first point fell under it, the
                // strokes' round tips stacked into a dome over the face, a haystack.
                if (line.Count == 0 && above is { } a) line.Add(OnCrest(fold.Crest, a, q, width * 0.5f));
                line.Add(q);
            }
            Lay(strokes, c, colours, line, width, 1f, opacity * 0.8f, marks, rng);
        }
    }

    // A stroke across the slip face at <paramref name="t"/> of the way down from its crest to its toe, from the parting line
    // along the falling crest toward the hollow: the face's strokes follow its curve, each lower one bowing with the toe,
    // so the face reads as a slope turning away and not as a block (strokes down the parting line stood as its walls).
    private static void Face(List<Stroke> strokes, Composition c, SceneColours colours, GroundFold fold, DuneBrink brink, float width, float t,
        float opacity, Marks marks, Random rng)
    {
        var line = new List<(float X, float Y)>();
        for (int j = 0; j <= 8; j++)
        {
            var q = brink.Face(fold.Crest, 0.03f + 0.82f * j / 8f, t);
            // Its top edge no higher than the crest, so the brink stays one crisp line.
            q = (q.X, MathF.Max(q.Y, LandLayers.CrestAt(fold.Crest, q.X) + width * 0.5f));
            if (Open(c, colours, fold, q.X, q.Y, width * 0.5f)) line.Add(q);
            else if (line.Count > 0) break;
        }
        Lay(strokes, c, colours, line, width, t < 0.3f ? 0.93f : 1f, opacity, marks, rng);
    }

    // One stroke of a brink along <paramref name="line"/> (three points at least) in the colour under its middle.
    private static void Lay(List<Stroke> strokes, Composition c, SceneColours colours, List<(float X, float Y)> line, float width, float deeper,
        float opacity, Marks marks, Random rng)
    {
        if (line.Count < 3) return;
        var at = line[line.Count / 2];
        var color = colours.At(at.X, at.Y).Scaled(deeper);
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
    // one a broad light, thin paint (a thin light line along it read as a wire or a track drawn over the sand).
    private static void Line(List<Stroke> strokes, Composition c, SceneColours colours, List<(float X, float Y)> run, bool face, float width,
        float opacity, Marks marks, Random rng)
    {
        if (run.Count < 3) return;
        float wide = width * (face ? 1.5f : 2.5f) * (0.85f + 0.3f * rng.NextSingle());
        var pts = run.Select(q => (q.X, q.Y + wide * 0.5f)).ToArray();
        var at = pts[pts.Length / 2];
        var under = colours.At(at.X, at.Item2);
        var color = face ? under.Scaled(0.72f) : ForegroundStrokes.Lit(under, c.Light.Color, 0.4f);
        strokes.Add(marks.Make(BrushKind.Round, wide, color, face ? opacity : opacity * 0.55f, (0.2f, 0.3f), pts));
    }

    // Where the line from a point above the crest to one under it crosses <paramref name="below"/> under the crest.
    private static (float X, float Y) OnCrest((float X, float Y)[] crest, (float X, float Y) above, (float X, float Y) under, float below)
    {
        for (int k = 0; k < 8; k++)
        {
            var mid = ((above.X + under.X) / 2, (above.Y + under.Y) / 2);
            if (mid.Item2 < LandLayers.CrestAt(crest, mid.Item1) + below) above = mid; else under = mid;
        }
        return under;
    }

    // Whether (x, y) is this row's sand in sight, painted, and clear of the people and (by reach) of the ties.
    private static bool Open(Composition c, SceneColours colours, GroundFold fold, float x, float y, float reach) =>
        c.Layers.At(x, y) == LandLayers.Ground && fold.Visible(x, y) && !colours.Bare(x, y) && !GroundStrokes.Behind(c, x, y, 2f)
        && TieLanes.Of(c).Clear(x, y, reach);
}
