using Echoes.Scenes;

namespace Echoes.Tests;

/// <summary>Mist lies soft-edged in the hollows and along the ranges' feet, following the land: never a level band or
/// patch with a straight, hard edge laid across a range.</summary>
public class SceneMistTests
{
    [Theory]
    [InlineData(LandscapeKind.Mountains, TimeOfDay.Dusk, "sorrow:0.5,loss:0.2", 5)]
    [InlineData(LandscapeKind.Mountains, TimeOfDay.Day, "sorrow", 4)]
    [InlineData(LandscapeKind.Plains, TimeOfDay.Day, "", 9)]
    [InlineData(LandscapeKind.Valley, TimeOfDay.Night, "", 2)]
    public void No_mist_lies_across_a_range_with_a_long_straight_edge(LandscapeKind kind, TimeOfDay time, string mood, int seed)
    {
        var scene = SceneRenders.Land(kind, time, mood, seed, (2000, 1200));
        var (painting, c) = SceneRenders.OwnStrokes(scene, 500, 1000, impasto: false);
        using var _ = painting;
        float k = (float)c.Target.Width / painting.Width;
        int w = painting.Width, longest = 0;
        const int Reach = 3;
        for (int y = Reach; y < painting.Height - Reach; y++)
        {
            int run = 0;
            for (int x = 0; x < w; x++)
            {
                // A level edge inside one range (well away from its own silhouette and what hides it): a step in value
                // between just above and just below, at this very row.
                byte layer = c.Layers.At(x * k, y * k);
                bool inside = layer is > LandLayers.Sky and < LandLayers.Ground
                    && c.Layers.At(x * k, (y - 4 * Reach) * k) == layer && c.Layers.At(x * k, (y + 4 * Reach) * k) == layer;
                float step = MathF.Abs(L(painting, x, y + Reach) - L(painting, x, y - Reach));
                run = inside && step > 0.05f ? run + 1 : 0;
                longest = Math.Max(longest, run);
            }
        }
        float share = longest / (float)w;
        // Measured (the longest run of a level step of 0.05 in lightness over 6 pixels, inside one range, as a share of the
        // width): before, mist laid in level bands at one height across the ranges, 14.5 % to 16.5 % (a plain's low ranges
        // 2.2 %); after, drifts following the foot of each range, thickest against it, 0.5 % to 4.4 %.
        Assert.True(share < 0.08f, $"{kind} at {time}: a level edge {share:P1} of the width long inside a range");
    }

    private static float L(Echoes.Imaging.Canvas p, int x, int y) => SceneRenders.Lightness(p, y * p.Width + x);
}
