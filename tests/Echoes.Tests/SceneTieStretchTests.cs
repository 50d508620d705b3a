using Echoes.Scenes;

namespace Echoes.Tests;

/// <summary>A tie stands off the ground under every stretch of it, not only on average: over a ground that changes along
/// it (sand, wet sand, water), a thread toned to the mean sank into its lightest stretch.</summary>
public class SceneTieStretchTests
{
    public static TheoryData<LandscapeKind, TimeOfDay> VariedGrounds() => new()
    {
        { LandscapeKind.Coast, TimeOfDay.Day },
        { LandscapeKind.Coast, TimeOfDay.Dawn },
        { LandscapeKind.Plains, TimeOfDay.Day },
    };

    [Theory]
    [MemberData(nameof(VariedGrounds))]
    public void An_estranged_tie_stands_off_the_ground_along_the_whole_of_each_half(LandscapeKind kind, TimeOfDay time)
    {
        var (c, strokes, byName) = SceneRenders.Estranged(kind, time);
        using var whole = SceneRenders.Flat(strokes, c);
        float k = whole.Width / (float)c.Target.Width;
        var found = new List<string>();
        float least = float.MaxValue;
        foreach (var (tie, arc) in TieRoutes.Arcs(c, byName).Where(t => t.Tie.Strength < 0))
        {
            var part = $"tie:{tie.From}+{tie.To}";
            using var without = SceneRenders.Flat(strokes.Where(s => s.Part != part), c);
            float unit = (byName[tie.From].Height + byName[tie.To].Height) / 2;
            float reach = TieStrokes.Reach(arc.Length, unit);
            // Stretches along each half, from just off its person's body (a half is short, under a figure's height: nearer
            // its start the body covers it) to where it thins to its point; at each, the line's core: the most distinct
            // pixel across the path, where the hand's wander put it.
            var stretches = Enumerable.Range(0, 7).Select(i => (0.25f + 0.5f * i / 6f) * reach).SelectMany(t => new[] { t, 1f - t })
                .Select(t => Core(whole, without, arc, t, k, unit * k * 0.06f)).ToList();
            float weakest = stretches.Min();
            least = MathF.Min(least, weakest);
            found.Add($"{part} [{string.Join(" ", stretches.Select(s => s.ToString("F2")))}]");
        }
        Assert.True(least >= 0.1f, $"{kind} at {time}: " + string.Join("; ", found));
    }

    // How far, in Oklab lightness, the tie's paint stands from the ground it covers at t along the arc: the largest change
    // across the path within `across` pixels of it.
    private static float Core(Echoes.Imaging.Canvas whole, Echoes.Imaging.Canvas without, TieArc arc, float t, float k, float across)
    {
        var (a, b) = (arc.At(t - 0.01f), arc.At(t + 0.01f));
        var (x, y) = arc.At(t);
        float dx = b.X - a.X, dy = b.Y - a.Y, d = MathF.Max(1e-3f, MathF.Sqrt(dx * dx + dy * dy));
        float most = 0f;
        for (float s = -across; s <= across; s += 0.5f)
        {
            int px = (int)(x * k - dy / d * s), py = (int)(y * k + dx / d * s);
            if (px < 0 || py < 0 || px >= whole.Width || py >= whole.Height) continue;
            int i = py * whole.Width + px;
            most = MathF.Max(most, MathF.Abs(SceneRenders.Lightness(whole, i) - SceneRenders.Lightness(without, i)));
        }
        return most;
    }
}
