using Echoes.Color;
using Echoes.Rendering;
using Echoes.Scenes;
using Echoes.Strokes;

namespace Echoes.Tests;

/// <summary>An estranged tie reads as one line cut, not as wings or sticks: each half is a short end reaching from its
/// person toward the other, and the gap between them holds evenly spaced dashes along the arc, as a dotted line.</summary>
public class SceneTieBreakTests
{
    [Theory]
    [InlineData(LandscapeKind.Valley, TimeOfDay.Dusk)]
    [InlineData(LandscapeKind.Dunes, TimeOfDay.Day)]
    [InlineData(LandscapeKind.Plains, TimeOfDay.Night)]
    public void An_estranged_tie_is_two_short_ends_and_a_dotted_line(LandscapeKind kind, TimeOfDay time)
    {
        var (c, strokes, byName) = SceneRenders.Estranged(kind, time);
        var found = new List<string>();
        bool ok = true;
        foreach (var (tie, arc) in TieRoutes.Arcs(c, byName).Where(r => r.Tie.Strength < 0))
        {
            var part = $"tie:{tie.From}+{tie.To}";
            var plan = new StrokePlan(1024, 1024f * c.Target.Height / c.Target.Width, Rgb.Black);
            plan.Strokes.AddRange(strokes.Where(s => s.Part == part));
            using var alone = Renderer.Render(plan, width: 1600, options: new RenderOptions { Impasto = false });
            float k = 1600f / c.Target.Width, unit = (byName[tie.From].Height + byName[tie.To].Height) / 2;
            var light = Enumerable.Range(0, Samples).Select(i => SceneTieTraceTests.Light(alone, arc, i / (Samples - 1f), k, unit * k)).ToArray();
            float full = light.Skip(Samples / 50).Take(Samples / 25).Average();
            var on = light.Select(l => l > 0.05f * full).ToArray();
            // Each half: the unbroken paint from its person's end; the dashes: the runs of paint between the two.
            int first = Array.IndexOf(on, false, Samples / 50), last = Array.LastIndexOf(on, false, Samples - 1 - Samples / 50);
            float perSample = arc.Length / (Samples - 1f) / unit;
            float halves = MathF.Max(first, Samples - 1 - last) * perSample;
            var dashes = Runs(on, first, last);
            var skips = dashes.Zip(dashes.Skip(1), (a, b) => (b - a) * perSample).ToList();
            float mean = skips.DefaultIfEmpty(0f).Average();
            float spread = skips.Count < 2 ? 1f : MathF.Sqrt(skips.Average(s => (s - mean) * (s - mean))) / mean;
            found.Add($"{part} longest half {halves:F2} heights, {dashes.Count} dashes, spacing {mean:F2} ± {spread:P0}");
            // Measured on these scenes: halves 0.74 to 0.87 of their people's height (base: up to 3.6, long enough to
            // stand out like wings), 4 to 9 dashes spaced within 2 % of each other (base: 3 or 4, placed at random, their
            // spacing spread 7 to 24 %).
            ok &= halves < 1f && dashes.Count >= 4 && spread < 0.06f;
        }
        Assert.True(ok && found.Count > 0, $"{kind} at {time}: " + string.Join("; ", found));
    }

    private const int Samples = 400;

    // The middle of each run of `on` samples strictly between `from` and `to`.
    private static List<float> Runs(bool[] on, int from, int to)
    {
        var middles = new List<float>();
        for (int i = from; i < to; i++)
        {
            if (!on[i]) continue;
            int start = i;
            while (i < to && on[i]) i++;
            middles.Add((start + i - 1) / 2f);
        }
        return middles;
    }
}
