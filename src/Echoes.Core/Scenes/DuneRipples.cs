using Echoes.Strokes;

namespace Echoes.Scenes;

/// <summary>
/// The wind's ripples on a dune's lit windward flank: fine low arcs a shade darker than the sand, across the wind, so
/// along the crest, row under row at spacings of their own, each row broken into arcs of their own lengths, bows and
/// slants; finer, fainter and closer together toward the distance, none on the far rows (the loose ripple fields of
/// <see cref="RippleStrokes"/>, scattered over the ground in slants of their own, never showed the flank's slope).
/// </summary>
internal static class DuneRipples
{
    /// <summary>The ripples on the windward flank of <paramref name="brink"/> on <paramref name="fold"/>,
    /// <paramref name="near"/> (0 far, 1 at the viewer's feet), where <paramref name="open"/> says the sand is in sight and
    /// free.</summary>
    public static void Paint(List<Stroke> strokes, Composition c, SceneColours colours, GroundFold fold, DuneBrink brink, float near,
        Func<float, float, bool> open, Marks marks, Random rng)
    {
        var crest = fold.Crest;
        var (top, back) = (crest[brink.Top], crest[brink.Back]);
        float drop = fold.Foot - top.Y, reach = MathF.Abs(back.X - top.X) * 0.75f;
        int h = c.Target.Height;
        float spacing = h * (0.004f + 0.012f * near), thick = MathF.Max(0.5f, h * (0.0008f + 0.0022f * near));
        if (near < 0.35f || reach < spacing * 4f) return;
        float opacity = (0.25f + 0.35f * near) * colours.Mood.Opacity;
        for (float depth = spacing * (0.8f + 0.4f * rng.NextSingle()); depth < drop * 0.85f; depth += spacing * (0.75f + 0.5f * rng.NextSingle()))
        {
            float start = brink.PartingAt(crest, depth).X - fold.Lee * spacing * (0.5f + rng.NextSingle());
            // Each line a few low arcs of their own lengths, bows and slants, with gaps between, so no two run side by side
            // as tracks.
            float along = 0f;
            while (along < reach)
            {
                float len = reach * (0.12f + 0.25f * rng.NextSingle()), bow = spacing * 0.6f * (rng.NextSingle() - 0.5f);
                float slant = spacing * 0.6f * (rng.NextSingle() - 0.5f);
                var line = new List<(float X, float Y)>();
                for (int k = 0; k <= 2; k++)
                {
                    float x = start - fold.Lee * (along + len * k / 2f);
                    line.Add((x, LandLayers.CrestAt(crest, x) + depth + slant * (k - 1) - (k == 1 ? bow : 0f)));
                }
                along += len * (1.15f + 0.5f * rng.NextSingle());
                foreach (var run in ForegroundStrokes.Runs(line, q => open(q.X, q.Y)))
                {
                    var mid = run[run.Length / 2];
                    var color = ForegroundStrokes.Broken(colours.At(mid.X, mid.Y), 0.1f, 0.8f);
                    strokes.Add(marks.Make(BrushKind.Round, thick * (0.8f + 0.4f * rng.NextSingle()), color, opacity, (0.3f, 0.3f), run));
                }
            }
        }
    }
}
