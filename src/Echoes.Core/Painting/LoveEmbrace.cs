using Echoes.Color;
using Echoes.Moods;
using Echoes.Strokes;

namespace Echoes.Painting;

/// <summary>
/// Love holding its subject: soft, broad arcs of warm, rosy light laid along the subject's edge (where its focus fades),
/// in broken runs (never a closed ring), as arms or a warm light wrap round what is loved; they hold the subject
/// without covering it.
/// </summary>
internal static class LoveEmbrace
{
    public static void Lay(MoodMarks site, MoodParameters m, Random rng, List<Stroke> into)
    {
        int n = (int)(16 * m.Embrace);
        for (int i = 0; i < n; i++)
        {
            // Each arc follows the subject's edge at a level of its own, so they lie a little apart, as layered light does.
            float level = 0.1f + 0.25f * rng.NextSingle();
            float from = rng.NextSingle() * 2 * MathF.PI, span = 0.3f + 0.4f * rng.NextSingle();
            var arc = new List<(float X, float Y)>(7);
            for (int k = 0; k <= 6; k++)
            {
                // A break in the edge (a jump of more than a tenth of the picture) ends the arc there.
                var p = site.OnContour(from + span * k / 6f, level);
                if (p is null || arc.Count > 0 && MathF.Abs(p.Value.X - arc[^1].X) + MathF.Abs(p.Value.Y - arc[^1].Y) > 0.1f * site.Long)
                {
                    Add(site, m, arc, rng, into);
                    arc = new List<(float X, float Y)>(7);
                }
                if (p is { } q) arc.Add(q);
            }
            Add(site, m, arc, rng, into);
        }
    }

    private static void Add(MoodMarks site, MoodParameters m, List<(float X, float Y)> arc, Random rng, List<Stroke> into)
    {
        if (arc.Count < 3) return;
        // An arc is much longer than it is broad: where the edge is tight (a thin subject) it narrows, and one too short to
        // read as an arc is left out rather than laid as a round dab of light beside the subject.
        float width = MathF.Min(site.Long * (0.02f + 0.025f * rng.NextSingle()), MoodMarks.PathLength(arc) / 4f);
        if (width < site.Long * 0.008f) return;
        var (mx, my) = arc[arc.Count / 2];
        var under = site.Colour(mx, my);
        var warm = MoodMarks.Toward(under, new Oklch(0.92f, 0.08f, m.LightHue), 0.45f + 0.2f * rng.NextSingle());
        var s = site.Stroke(arc, width, warm, BrushKind.Round, 0.18f + 0.1f * rng.NextSingle(),
            0.7f + 0.3f * rng.NextSingle(), 0.45f, 0.45f, rng);
        if (s is not null) into.Add(s);
    }
}
