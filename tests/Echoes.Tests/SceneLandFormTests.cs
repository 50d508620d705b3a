using Echoes.Color;
using Echoes.Imaging;
using Echoes.Scenes;

namespace Echoes.Tests;

/// <summary>The forms of the land a scene paints, measured on its forms and on renders of its own strokes: peaks
/// of different forms, a ground free of stray lines, a round sun, and detail falling away with distance.</summary>
public class SceneLandFormTests
{
    // No one on the land: what is measured is the land's own brushwork (ties and echoes are lines of light by design).
    private const string Empty = """
        title: Land
        size: [2000, 1200]
        seed: 3
        """;

    private static Scene In(LandscapeKind kind, TimeOfDay time, int seed = 3) =>
        SceneReader.Parse(Empty) with { Landscape = new Landscape(kind, time), Seed = seed };

    [Fact]
    public void Peaks_differ_in_form_pointed_domed_shouldered_or_cliffed_not_one_dome()
    {
        // Each form measured on a peak alone, standing at the middle, a fifth of the width broad at its foot.
        float Height(PeakForm form, float x, float side = 1f) => new RidgePeak(0.5f, 1f, 0.2f, 0f, form, side).At01(x, 0f);
        // How far the top falls within a twentieth of the half-breadth: a dome barely (its top is round), a pointed top at once.
        float Fall(PeakForm form) => 1f - Height(form, 0.51f);
        Assert.True(Fall(PeakForm.Pointed) > 4 * Fall(PeakForm.Dome), $"pointed {Fall(PeakForm.Pointed):F3}, dome {Fall(PeakForm.Dome):F3}");
        Assert.True(Fall(PeakForm.Swell) > 2 * Fall(PeakForm.Dome), $"swell {Fall(PeakForm.Swell):F3}, dome {Fall(PeakForm.Dome):F3}");
        // A cliff's face falls to its foot in a third of the breadth the other flank takes.
        Assert.Equal(0f, Height(PeakForm.Cliff, 0.5f + 0.2f / 2.9f), 3);
        Assert.True(Height(PeakForm.Cliff, 0.5f - 0.2f / 2.9f) > 0.3f);
        // A shoulder: part-way down its side the flank levels into a bench (the slope there under a third of the other
        // flank's at the same distance).
        float Slope(float x0, float x1, float side) => MathF.Abs(Height(PeakForm.Shoulder, x1, side) - Height(PeakForm.Shoulder, x0, side)) / (x1 - x0);
        Assert.True(Slope(0.612f, 0.622f, 1f) < Slope(0.378f, 0.388f, 1f) / 3,
            $"bench {Slope(0.612f, 0.622f, 1f):F2}, flank {Slope(0.378f, 0.388f, 1f):F2}");
    }

    [Theory]
    [InlineData(LandscapeKind.Mountains, TimeOfDay.Night)]
    [InlineData(LandscapeKind.Valley, TimeOfDay.Night)]
    [InlineData(LandscapeKind.Plains, TimeOfDay.Night)]
    [InlineData(LandscapeKind.Valley, TimeOfDay.Dusk)]
    public void No_long_thin_light_line_runs_across_the_ground(LandscapeKind kind, TimeOfDay time)
    {
        // On the ground's own mean colour, as the painter's strokes under them would be: a gap left between the scene's
        // strokes is no line.
        var (painting, c) = SceneRenders.OwnStrokes(In(kind, time), 400, 800, impasto: false, GroundColour(In(kind, time)));
        using var _ = painting;
        float k = c.Target.Width / (float)painting.Width;
        const int Gap = 5, Band = 2;
        int w = painting.Width, worst = 0, at = 0;
        // Below the haze where the ground meets the ranges (a band of light by design).
        int top = (int)((c.LandTop + 0.06f * (c.Target.Height - c.LandTop)) / k);
        for (int y = top; y < painting.Height - Gap - Band; y += 2)
        {
            // Columns where a thin line lighter than the ground a few pixels above and below it lies within a band of rows.
            int lit = 0;
            for (int x = 0; x < w; x++)
            {
                bool line = false;
                for (int dy = -Band; dy <= Band && !line; dy++)
                    line = Ground(c, x * k, (y + dy) * k, Gap * k) && Thin(painting, x, y + dy, Gap);
                if (line) lit++;
            }
            if (lit > worst) (worst, at) = (lit, y);
        }
        // The night folds' lit backs, thin lines along their whole crests, measured 41 % of the width here.
        Assert.True(worst < w * 0.2, $"a thin light line runs across {worst * 100 / w} % of the width at {at} ({kind}, {time})");
    }

    // The mean colour of the composed ground.
    internal static Rgb GroundColour(Scene scene)
    {
        var c = SceneComposer.Compose(scene, 400);
        var under = new List<Rgb>();
        for (int y = 0; y < c.Target.Height; y += 3)
            for (int x = 0; x < c.Target.Width; x += 3)
                if (c.Layers.At(x, y) == LandLayers.Ground) under.Add(c.Target.Reference[x, y]);
        return new Rgb(under.Average(q => q.R), under.Average(q => q.G), under.Average(q => q.B));
    }

    // Whether the ground is in front at (x, y) and the reach above and below it (working pixels).
    private static bool Ground(Composition c, float x, float y, float reach) =>
        c.Layers.At(x, y - reach) == LandLayers.Ground && c.Layers.At(x, y) == LandLayers.Ground && c.Layers.At(x, y + reach) == LandLayers.Ground;

    // Whether (x, y) is lighter by 8/255 than the paint <paramref name="gap"/> pixels above it and below it.
    private static bool Thin(Canvas p, int x, int y, int gap)
    {
        float here = SceneRenders.Luminance(p, x, x + 1, y, y + 1);
        return here - SceneRenders.Luminance(p, x, x + 1, y - gap, y - gap + 1) > 8 / 255f
            && here - SceneRenders.Luminance(p, x, x + 1, y + gap, y + gap + 1) > 8 / 255f;
    }

    [Theory]
    [InlineData(LandscapeKind.Coast, TimeOfDay.Dawn)]
    [InlineData(LandscapeKind.Plains, TimeOfDay.Day)]
    [InlineData(LandscapeKind.Mountains, TimeOfDay.Day)]
    public void The_sun_is_a_round_disc_not_a_star(LandscapeKind kind, TimeOfDay time)
    {
        // Large, with the paint's relief, as the disc is seen in a painting.
        var (painting, c) = SceneRenders.OwnStrokes(In(kind, time), 400, 1600, impasto: true);
        using var _ = painting;
        float k = painting.Width / (float)c.Target.Width;
        float sx = c.Light.X * k, sy = c.Light.Y * k, r = MathF.Min(c.Target.Width, c.Target.Height) * 0.045f * k;
        // The disc's edge on each of 25 rays round its upper half (a low sun may stand on the horizon): where the value
        // falls most steeply between half and one and a quarter of its radius (beyond, the glow's dabs have edges of their own).
        float L(float x, float y) => SceneRenders.Luminance(painting, (int)x, (int)x + 1, (int)y, (int)y + 1);
        var radii = new List<float>();
        for (int i = 0; i <= 24; i++)
        {
            float a = MathF.PI + i * MathF.PI / 24, dx = MathF.Cos(a), dy = MathF.Sin(a);
            float At(float t) => L(sx + dx * t, sy + dy * t);
            radii.Add(Enumerable.Range(0, (int)(r * 1.5f)).Select(j => r * 0.5f + j * 0.5f).MaxBy(t => At(t - 2f) - At(t + 2f)));
        }
        // Three short strokes crossing at angles made a six-pointed blob: its edge ran from 0.57 to 0.87 of the radius
        // (a disc laid round its edge and filled: 0.96 to 1.03).
        // The two outermost rays each way are left out: a sky stroke's edge may cross one.
        radii.Sort();
        float least = radii[2], most = radii[^3];
        Assert.True(least / most > 0.88, $"the sun's edge runs from {least / r:F2} to {most / r:F2} of its radius ({kind}, {time})");
    }

    [Theory]
    [InlineData(LandscapeKind.Mountains, TimeOfDay.Day)]
    [InlineData(LandscapeKind.Mountains, TimeOfDay.Night)]
    [InlineData(LandscapeKind.Valley, TimeOfDay.Dawn)]
    public void Detail_falls_away_with_distance_the_far_ranges_are_quieter_than_the_near(LandscapeKind kind, TimeOfDay time)
    {
        var (painting, c) = SceneRenders.OwnStrokes(In(kind, time), 400, 800, impasto: false);
        using var _ = painting;
        float far = Busy(painting, c, 0), near = Busy(painting, c, c.Ridges.Count - 1);
        Assert.True(far < near, $"the far range's detail ({far * 255:F2}/255) is not below the near one's ({near * 255:F2}/255) ({kind}, {time})");
    }

    // How busy a ridge's paint is where it is in front: the mean step in value between neighbouring pixels.
    private static float Busy(Canvas p, Composition c, int ridge)
    {
        float k = c.Target.Width / (float)p.Width, sum = 0;
        int n = 0;
        byte layer = LandLayers.RidgeLayer(ridge);
        for (int y = 1; y < p.Height - 1; y++)
            for (int x = 1; x < p.Width - 1; x++)
            {
                if (c.Layers.At(x * k, y * k) != layer || c.Layers.At((x + 3) * k, (y + 3) * k) != layer || c.Layers.At((x - 3) * k, (y - 3) * k) != layer) continue;
                float here = SceneRenders.Luminance(p, x, x + 1, y, y + 1);
                sum += MathF.Abs(here - SceneRenders.Luminance(p, x + 1, x + 2, y, y + 1)) + MathF.Abs(here - SceneRenders.Luminance(p, x, x + 1, y + 1, y + 2));
                n++;
            }
        return sum / Math.Max(1, n);
    }
}
