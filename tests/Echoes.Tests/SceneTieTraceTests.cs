using Echoes.Color;
using Echoes.Imaging;
using Echoes.Rendering;
using Echoes.Scenes;
using Echoes.Strokes;

namespace Echoes.Tests;

/// <summary>An estranged tie's gap keeps a faint, broken trace of the thread, so its two halves read as one tie cut (far
/// apart and alone, each half read as a blade or a glint leading to no one), while the gap still reads empty beside them.</summary>
public class SceneTieTraceTests
{
    [Theory]
    [InlineData(LandscapeKind.Valley, TimeOfDay.Dusk)]
    [InlineData(LandscapeKind.Coast, TimeOfDay.Day)]
    [InlineData(LandscapeKind.Plains, TimeOfDay.Night)]
    public void An_estranged_ties_gap_holds_a_faint_broken_trace(LandscapeKind kind, TimeOfDay time)
    {
        var (c, strokes, byName) = SceneRenders.Estranged(kind, time);
        var found = new List<string>();
        foreach (var (tie, arc) in TieRoutes.Arcs(c, byName).Where(r => r.Tie.Strength < 0))
        {
            var part = $"tie:{tie.From}+{tie.To}";
            var plan = new StrokePlan(1024, 1024f * c.Target.Height / c.Target.Width, Rgb.Black);
            plan.Strokes.AddRange(strokes.Where(s => s.Part == part));
            using var alone = Renderer.Render(plan, width: 1600, options: new RenderOptions { Impasto = false });
            float k = 1600f / c.Target.Width, unit = (byName[tie.From].Height + byName[tie.To].Height) / 2 * k;
            float reach = TieStrokes.Reach(arc.Length, unit / k);
            var halves = Samples(reach * 0.15f, reach * 0.6f).Select(t => Light(alone, arc, t, k, unit)).Average();
            var gap = Samples(reach + 0.03f, 1f - reach - 0.03f).Select(t => Light(alone, arc, t, k, unit)).ToList();
            // Runs of paint along the gap, each at least a few samples apart from the next: a broken trace, not a line.
            int runs = 0;
            for (int i = 0, dry = 3; i < gap.Count; i++)
            {
                bool on = gap[i] > 0.08f * halves;
                if (on && dry >= 3) runs++;
                dry = on ? 0 : dry + 1;
            }
            float share = gap.Average() / halves;
            found.Add($"{part} gap/halves {share:F3}, dashes {runs}");
            // Measured on these scenes: an empty gap 0 (no trace); a dry brush dragged once across it, nearly empty,
            // 0.05 to 0.08 of a half's light, in 3 to 4 dashes.
            Assert.True(share is > 0.02f and < 0.3f && runs >= 2, $"{kind} at {time}: " + string.Join(", ", found));
        }
        Assert.NotEmpty(found);
    }

    private static IEnumerable<float> Samples(float t0, float t1) =>
        Enumerable.Range(0, 60).Select(i => t0 + (t1 - t0) * i / 59f);

    // The Oklab lightness the tie lays across the arc at t, summed out to a fifth of its people's height either side.
    internal static float Light(Canvas alone, TieArc arc, float t, float k, float unit)
    {
        var (a, b) = (arc.At(MathF.Max(0f, t - 0.01f)), arc.At(MathF.Min(1f, t + 0.01f)));
        var (x, y) = arc.At(t);
        float dx = b.X - a.X, dy = b.Y - a.Y, d = MathF.Max(1e-3f, MathF.Sqrt(dx * dx + dy * dy)), sum = 0f;
        for (float s = -unit * 0.2f; s <= unit * 0.2f; s += 0.5f)
        {
            int px = (int)(x * k - dy / d * s), py = (int)(y * k + dx / d * s);
            if (px < 0 || py < 0 || px >= alone.Width || py >= alone.Height) continue;
            sum += SceneRenders.Lightness(alone, py * alone.Width + px);
        }
        return sum;
    }
}
