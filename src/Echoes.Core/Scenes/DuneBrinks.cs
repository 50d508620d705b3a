using Echoes.Brushes;
using Echoes.Color;
using Echoes.Strokes;

namespace Echoes.Scenes;

/// <summary>
/// The brinks of a row of dunes in brushwork (<see cref="DuneField"/> draws them in the reference): each slip face filled
/// with long strokes that follow the line parting it from the lit windward flank, the first with its edge on that line,
/// the next ones further over toward the hollow, and the lit flank's first strokes the same way on the other side, so the
/// brink is drawn by two strokes' long edges meeting (crisp) while their soft ends lie in the sand. Each stroke in two
/// lengths, the upper one deeper, so the face keeps its gradation. Many near the viewer, fewer far off. The level washes
/// under them blurred the brinks into soft blots; a few short strokes across the line left a blob on each face.
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
            // Across the face to its hollow, and a little way over the lit flank.
            int onFace = Math.Clamp((int)MathF.Ceiling(face / (width * 0.6f)), 1, 3 + (int)(4 * near));
            int onFlank = 1 + (int)(2 * near);
            for (int k = -onFlank; k < onFace; k++)
            {
                // Toward the face (positive) or the lit flank (negative): overlapping, so no ground shows between them.
                float off = fold.Lee * width * (k >= 0 ? 0.5f + 0.6f * k : -0.5f + 0.6f * (k + 1));
                foreach (var (t0, t1, deeper) in new[] { (0f, 0.55f, k >= 0 ? 0.93f : 1f), (0.45f, 0.95f, 1f) })
                {
                    var line = new List<(float X, float Y)>();
                    (float X, float Y)? above = null;
                    for (int j = 0; j <= 6; j++)
                    {
                        var q = brink.Parting(crest, t0 + (t1 - t0) * j / 6f);
                        q = (q.X + off, q.Y);
                        // Only under its own crest, on this row's sand in sight, clear of the people.
                        if (q.Y < LandLayers.CrestAt(crest, q.X) + width * 0.5f)
                        {
                            if (line.Count == 0) { above = q; continue; }
                            break;
                        }
                        if (!Open(c, colours, fold, q.X, q.Y)) break;
                        // The first stroke's top on the crest itself: started wherever its first point fell under it, the
                        // strokes' round tips stacked into a dome over the face, a haystack.
                        if (line.Count == 0 && above is { } a) line.Add(OnCrest(crest, a, q, width * 0.5f));
                        line.Add(q);
                    }
                    if (line.Count < 3) continue;
                    var at = line[line.Count / 2];
                    var color = colours.At(at.X, at.Y).Scaled(deeper);
                    var brush = rng.NextSingle() < 0.25f ? BrushKind.DryBrush : BrushKind.Round;
                    strokes.Add(marks.Make(brush, width * (0.95f + 0.15f * rng.NextSingle()), color, opacity * (k >= 0 ? 1f : 0.8f), (0.15f, 0.5f),
                        [.. line]) with
                    { Load = 0.5f + 0.3f * rng.NextSingle() });
                }
            }
        }
    }

    /// <summary>The crest of <paramref name="fold"/> as long lines, <paramref name="near"/> (0 far, 1 at the viewer's feet).</summary>
    public static void Crest(List<Stroke> strokes, Composition c, SceneColours colours, GroundFold fold, float near, Marks marks, Random rng) =>
        Crest(strokes, c, colours, fold.Crest, fold.Lee, near, (x, y) => Open(c, colours, fold, x, y), marks, rng);

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
            bool seen = open(crest[i].X, crest[i].Y + width * 2f);
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

    // Whether (x, y) is this row's sand in sight, painted, and clear of the people.
    private static bool Open(Composition c, SceneColours colours, GroundFold fold, float x, float y) =>
        c.Layers.At(x, y) == LandLayers.Ground && fold.Visible(x, y) && !colours.Bare(x, y) && !GroundStrokes.Behind(c, x, y, 2f);
}
