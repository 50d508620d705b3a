using Echoes.Scenes;

namespace Echoes.Tests;

/// <summary>Land against a sun low ahead (dawn, dusk): a near range facing the viewer is in its own shade, a darker
/// silhouette on the bright sky just above it, lit only along its rim; not a pale slope near the sky's value, stuck on.</summary>
public class SceneBacklightTests
{
    [Theory]
    [InlineData(LandscapeKind.Coast, TimeOfDay.Dusk, "love:0.7", 3, 0.22f)]
    [InlineData(LandscapeKind.Coast, TimeOfDay.Dawn, "love:0.7", 3, 0.22f)]
    [InlineData(LandscapeKind.Coast, TimeOfDay.Dusk, "", 5, 0.25f)]
    [InlineData(LandscapeKind.Coast, TimeOfDay.Dawn, "", 5, 0.25f)]
    [InlineData(LandscapeKind.Mountains, TimeOfDay.Dusk, "", 4, 0.14f)]
    [InlineData(LandscapeKind.Valley, TimeOfDay.Dawn, "joy", 2, 0.3f)]
    [InlineData(LandscapeKind.Plains, TimeOfDay.Dusk, "", 9, 0.085f)]
    public void A_near_range_against_a_low_sun_is_a_darker_silhouette_than_the_sky_above_it(LandscapeKind kind, TimeOfDay time,
        string mood, int seed, float least)
    {
        var scene = SceneRenders.Land(kind, time, mood, seed, (2400, 1500));
        var (painting, c) = SceneRenders.OwnStrokes(scene, 600, 1200, impasto: false);
        using var _ = painting;
        float f = (float)painting.Width / c.Target.Width, h = c.Target.Height;
        var gaps = new List<float>();
        // The nearer half of the ranges (a coast's two headlands both), where the sky stands directly over the crest.
        for (int r = c.Ridges.Count / 2; r < c.Ridges.Count; r++)
        {
            byte layer = LandLayers.RidgeLayer(r);
            foreach (var (x, y) in c.Ridges[r].Crest.Where((_, i) => i % 2 == 0))
            {
                if (c.Layers.At(x, y - 0.035f * h) != LandLayers.Sky || c.Layers.At(x, y + 0.035f * h) != layer) continue;
                float? sky = SceneRidgeMassTests.Band(painting, c, LandLayers.Sky, x, y - 0.035f * h, y - 0.01f * h, f);
                // The whole body seen under the crest, down to its foot (where a nearer range or the ground hides it).
                float depth = 0.035f * h;
                while (depth < 0.12f * h && c.Layers.At(x, y + depth + 1) == layer) depth++;
                float? body = SceneRidgeMassTests.Band(painting, c, layer, x, y + 0.01f * h, y + depth, f);
                if (sky is { } s && body is { } b) gaps.Add(s - b);
            }
        }
        Assert.True(gaps.Count >= 8, $"only {gaps.Count} crest points under open sky");
        gaps.Sort();
        float gap = gaps[gaps.Count / 2];
        // Measured (median Oklab lightness of the sky just over the crest less the body seen under it): before, lit on the
        // flank toward the sun and softened into the sky above, coast 0.125 to 0.189 (love's lifted key the palest: a pale
        // slope near the sky's value, the dawn headland a pink cloud), mountains 0.097, plains 0.050, a joyful valley 0.256;
        // after, in their own shade and lit only on the rim, coast 0.245 to 0.436, mountains 0.173, plains 0.112, valley 0.359.
        Assert.True(gap > least, $"{kind} at {time}, mood '{mood}': the range stands only {gap:F3} darker than the sky over it");
    }
}
