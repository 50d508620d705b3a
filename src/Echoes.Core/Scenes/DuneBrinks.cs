using Echoes.Brushes;
using Echoes.Color;
using Echoes.Strokes;

namespace Echoes.Scenes;

/// <summary>
/// The brinks of a row of dunes in brushwork (<see cref="DuneField"/> draws them in the reference): the slip face under
/// each brink in a few strokes down its fall, then the crisp line parting it from the lit windward flank, one stroke
/// pressed at the brink and tapering down the slope. Pressed and many near the viewer, fainter and fewer far off, so
/// the dunes' form carries their depth; the washes alone blurred the brinks into soft blots.
/// </summary>
internal static class DuneBrinks
{
    /// <summary>The brinks of <paramref name="fold"/> (a row of dunes), <paramref name="near"/> (0 far, 1 at the viewer's
    /// feet), in painting order.</summary>
    public static void Paint(List<Stroke> strokes, Composition c, SceneColours colours, GroundFold fold, float near, Marks marks, Random rng)
    {
        var crest = fold.Crest;
        float opacity = (0.55f + 0.4f * near) * colours.Mood.Opacity;
        foreach (var brink in DuneBrink.On(crest, fold.Foot, fold.Lee))
        {
            var (i, v) = (brink.Top, brink.Hollow);
            var (tx, ty) = crest[i];
            float drop = fold.Foot - ty;
            if (!fold.Visible(tx, ty) || rng.NextSingle() > 0.4f + 0.6f * near) continue;
            (float X, float Y) Parting(float t) => brink.Parting(crest, t);
            // Broad strokes down either side of the line, their edges meeting on it: the slip face's shade on its lee side
            // (two near the viewer, the second further over), the lit flank's on the other. A thin dark line drawn down
            // it read as a stick standing in the sand.
            float breadth = Math.Clamp(MathF.Abs(crest[v].X - tx) * 0.45f, drop * 0.12f, drop * 0.45f);
            int sides = 2 + (int)(3 * near);
            for (int k = 0; k < sides; k++)
            {
                // Across the line toward the face (positive) or the lit flank (negative), along its normal: the first of
                // each at the line, the further ones shorter.
                float off = breadth * (k % 2 == 0 ? 0.5f + 0.9f * (k / 2) : -0.45f - 0.9f * (k / 2));
                float length = 0.5f / (1f + 0.4f * (k / 2)) + 0.3f * rng.NextSingle();
                var line = new List<(float X, float Y)>();
                for (int j = 0; j <= 6; j++)
                {
                    float t = length * j / 6f;
                    var (q, ahead) = (Parting(t), Parting(t + 0.02f));
                    float tx0 = ahead.X - q.X, ty0 = ahead.Y - q.Y, len = MathF.Max(1e-3f, MathF.Sqrt(tx0 * tx0 + ty0 * ty0));
                    // From the brink itself, narrowing toward it, so the two sides' edges meet on the line.
                    float o = off * MathF.Min(1f, 0.4f + j / 3f);
                    q = (q.X + fold.Lee * ty0 / len * o, q.Y - fold.Lee * tx0 / len * o + drop * 0.02f);
                    if (!Open(c, colours, fold, q.X, q.Y)) break;
                    line.Add(q);
                }
                if (line.Count < 3) continue;
                var at = line[line.Count / 2];
                var color = colours.At(at.X, at.Y);
                strokes.Add(marks.Make(rng.NextSingle() < 0.3f ? BrushKind.DryBrush : BrushKind.Round, breadth * (0.9f + 0.2f * rng.NextSingle()),
                    k % 2 == 1 ? color : Scale(color, 0.96f), opacity * (k % 2 == 1 ? 0.7f : 1f), (0.08f, 0.7f), [.. line]) with
                { Load = 0.5f + 0.3f * rng.NextSingle() });
            }
        }
    }

    // Whether (x, y) is this row's sand in sight, painted, and clear of the people.
    private static bool Open(Composition c, SceneColours colours, GroundFold fold, float x, float y) =>
        c.Layers.At(x, y) == LandLayers.Ground && fold.Visible(x, y) && !colours.Bare(x, y) && !GroundStrokes.Behind(c, x, y, 2f);

    private static Rgb Scale(Rgb q, float k) => new(q.R * k, q.G * k, q.B * k);
}
