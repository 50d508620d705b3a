using Echoes.Imaging;
using Echoes.Scenes;

namespace Echoes.Tests;

/// <summary>Where the ranges meet the land at the horizon: through the air, the foot of a range its palest part, never
/// a ruled dark line across the picture (a seam); and a range in its own shade against a low sun still modelled, a range
/// of values inside its mass, not a flat dark cut-out.</summary>
public class SceneHorizonTests
{
    [Theory]
    [InlineData(LandscapeKind.Plains, TimeOfDay.Dusk, 5)]
    [InlineData(LandscapeKind.Plains, TimeOfDay.Dawn, 5)]
    [InlineData(LandscapeKind.Valley, TimeOfDay.Dawn, 2)]
    [InlineData(LandscapeKind.Valley, TimeOfDay.Dusk, 2)]
    public void No_dark_seam_runs_along_the_horizon(LandscapeKind kind, TimeOfDay time, int seed)
    {
        var (painting, c) = Render(kind, time, seed);
        using var _ = painting;
        float f = (float)painting.Width / c.Target.Width, h = c.Target.Height * f, land = c.LandTop * f;
        var row = new float[painting.Height];
        for (int y = 0; y < painting.Height; y++)
        {
            float sum = 0;
            for (int x = 0; x < painting.Width; x++) sum += SceneRenders.Lightness(painting, y * painting.Width + x);
            row[y] = sum / painting.Width;
        }
        float Mean(int a, int b) => (float)Enumerable.Range(a, Math.Max(1, b - a)).Average(y => row[Math.Clamp(y, 0, row.Length - 1)]);
        // A band of rows a little over a hundredth of the height, about the land's far edge: how much darker it is, across
        // the whole width, than both the rows a little above it and a little below.
        int t = (int)(0.012f * h), d = (int)(0.025f * h);
        float seam = Enumerable.Range((int)(land - 0.04f * h), (int)(0.07f * h))
            .Max(y => MathF.Min(Mean(y - d, y - d / 3), Mean(y + t + d / 3, y + t + d)) - Mean(y, y + t));
        // Measured (Oklab lightness): before, backlit ranges darkened down to a foot hidden under the ground and the low
        // swells at the ground's far edge darkened as silhouettes, plains 0.061 and 0.086, valley 0.072 and 0.051; after, the
        // foot veiled in the air as the ground's edge is, 0.018, 0.019, 0.037, 0.028.
        Assert.True(seam < 0.045f, $"{kind} at {time}, seed {seed}: a band along the horizon {seam:F3} darker than the rows about it");
    }

    [Theory]
    [InlineData(LandscapeKind.Mountains, TimeOfDay.Dusk, 2)]
    [InlineData(LandscapeKind.Mountains, TimeOfDay.Dusk, 5)]
    [InlineData(LandscapeKind.Mountains, TimeOfDay.Dawn, 5)]
    [InlineData(LandscapeKind.Valley, TimeOfDay.Dusk, 5)]
    public void A_backlit_near_range_is_modelled_not_a_flat_cut_out(LandscapeKind kind, TimeOfDay time, int seed)
    {
        var (painting, c) = Render(kind, time, seed);
        using var _ = painting;
        float k = (float)c.Target.Width / painting.Width;
        byte layer = LandLayers.RidgeLayer(c.Ridges.Count - 1);
        // The nearest range's own pixels, a few away from its edges.
        var values = new List<float>();
        for (int y = 3; y < painting.Height - 3; y++)
            for (int x = 0; x < painting.Width; x++)
                if (c.Layers.At(x * k, y * k) == layer && c.Layers.At(x * k, (y - 3) * k) == layer && c.Layers.At(x * k, (y + 3) * k) == layer)
                    values.Add(SceneRenders.Lightness(painting, y * painting.Width + x));
        Assert.True(values.Count > 2000, $"only {values.Count} pixels of the nearest range");
        values.Sort();
        float spread = values[values.Count * 9 / 10] - values[values.Count / 10];
        // Measured (Oklab lightness, 90th less 10th percentile): before, in one even shade down to the ground, mountains 0.029,
        // 0.023 and 0.033, valley 0.034; after, each flank turned in the light, the folds, and the foot veiled in the air,
        // 0.126, 0.114, 0.119, 0.141.
        Assert.True(spread >= 0.08f, $"{kind} at {time}, seed {seed}: the nearest range spans only {spread:F3} in lightness");
    }

    // The landscape alone, in its own strokes, 1200 pixels wide.
    private static (Canvas Painting, Composition C) Render(LandscapeKind kind, TimeOfDay time, int seed) =>
        SceneRenders.OwnStrokes(SceneRenders.Land(kind, time, "", seed, (2400, 1200)), 600, 1200, impasto: false);
}
