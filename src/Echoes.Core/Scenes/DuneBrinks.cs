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
                    for (int j = 0; j <= 6; j++)
                    {
                        var q = brink.Parting(crest, t0 + (t1 - t0) * j / 6f);
                        q = (q.X + off, q.Y);
                        // Only under its own crest, on this row's sand in sight, clear of the people.
                        if (q.Y < LandLayers.CrestAt(crest, q.X) + width * 0.4f) { if (line.Count == 0) continue; break; }
                        if (!Open(c, colours, fold, q.X, q.Y)) break;
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

    // Whether (x, y) is this row's sand in sight, painted, and clear of the people.
    private static bool Open(Composition c, SceneColours colours, GroundFold fold, float x, float y) =>
        c.Layers.At(x, y) == LandLayers.Ground && fold.Visible(x, y) && !colours.Bare(x, y) && !GroundStrokes.Behind(c, x, y, 2f);
}
