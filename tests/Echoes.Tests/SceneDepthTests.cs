using Echoes.Scenes;

namespace Echoes.Tests;

/// <summary>The people of a scene are spread in depth, near ones low and large, far ones high and small, not bunched in
/// one horizontal band across the middle of the ground.</summary>
public class SceneDepthTests
{
    // Random scenes (six to ten people, tied at random) and a crowd, at every kind of landscape.
    private static IEnumerable<Scene> Scenes() =>
        Enumerable.Range(1, 12).Select(SceneTieRouteTests.RandomScene)
            .Concat(Enum.GetValues<LandscapeKind>().Select(k => SceneMarkTests.CrowdIn(k, TimeOfDay.Dusk)));

    // Where a figure's feet stand in the depth of the ground people may stand on: 0 at its far edge (the first row that
    // is mostly land, not water), 1 at the painting's foot.
    private static float Depth(Composition c, PlacedFigure f)
    {
        int w = c.Target.Width, h = c.Target.Height;
        int top = Enumerable.Range((int)c.HorizonY, h - (int)c.HorizonY)
            .First(y => Enumerable.Range(0, w).Count(x => c.Regions.Land[y * w + x] > 0.5f && c.Regions.Water[y * w + x] < 0.5f) * 2 >= w);
        return (f.Y - top) / (h - top);
    }

    [Fact]
    public void People_are_spread_in_depth_not_bunched_in_one_band_in_many_random_scenes()
    {
        var crowded = new List<string>();
        var bands = new List<float>();
        var spans = new List<float>();
        foreach (var scene in Scenes())
        {
            var c = SceneComposer.Compose(scene, 400);
            var depths = c.Figures.Select(f => Depth(c, f)).Order().ToList();
            // The most people in any band a fifth of the ground's depth deep, as a share of them all.
            float band = depths.Max(d => depths.Count(e => e >= d && e < d + 0.2f)) / (float)depths.Count;
            float span = depths[^1] - depths[0];
            bands.Add(band);
            spans.Add(span);
            if (band > MostInABand || span < LeastSpan) crowded.Add($"seed {scene.Seed} {scene.Landscape.Kind} band {band:F2} span {span:F2}");
        }
        bands.Sort();
        spans.Sort();
        Assert.True(crowded.Count == 0, $"median band {bands[bands.Count / 2]:F2}, median span {spans[spans.Count / 2]:F2}; "
            + string.Join(", ", crowded));
    }

    // Measured on these scenes: laid out with tied people drawn to the same depth, 0.44 of a scene's people (median, up to
    // 0.6) stood in one band a fifth of the ground deep, and one scene's people spanned under half its depth; each given
    // a band of depth of their own, a third (at most 0.43), spanning at least two thirds of it.
    private const float MostInABand = 0.45f, LeastSpan = 0.6f;
}
