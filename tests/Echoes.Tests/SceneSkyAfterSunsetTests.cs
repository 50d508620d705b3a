using Echoes.Color;
using Echoes.Painting;
using Echoes.Pipeline;
using Echoes.Scenes;
using Echoes.Strokes;

namespace Echoes.Tests;

/// <summary>The sky at dusk and by night painted like the day's, in short loaded strokes, with clouds in the hour's own
/// light: rose and violet at dusk, never olive; dim and cool by night, the stars only in the open sky between them.</summary>
public class SceneSkyAfterSunsetTests
{
    private const int Working = 400;

    public static TheoryData<LandscapeKind, TimeOfDay> Skies() => new()
    {
        { LandscapeKind.Mountains, TimeOfDay.Dusk },
        { LandscapeKind.Coast, TimeOfDay.Night },
        { LandscapeKind.Plains, TimeOfDay.Dusk },
        { LandscapeKind.Valley, TimeOfDay.Night },
    };

    [Theory]
    [MemberData(nameof(Skies))]
    public void The_sky_is_laid_in_strokes_of_varied_length(LandscapeKind kind, TimeOfDay time)
    {
        var c = SceneComposer.Compose(SceneRenders.Land(kind, time, "", 5, (2000, 1200)), Working);
        var sky = SceneMarks.Paint(c, 1024f / c.Target.Width, SceneSource.Colours(c.Target, Styles.Expressive)).Where(s => s.Part == "sky").ToList();
        var widths = sky.Select(s => SceneSkyBrushworkTests.Length(s) / s.Width).Where(l => l > 0.5f && l < 20f).ToList();
        float mean = widths.Average(), spread = Spread(widths);
        // Before, 118 to 163 strokes, nearly all long level rows of wash; after, the washes and 1000 or more short strokes.
        Assert.True(sky.Count > 600, $"only {sky.Count} sky strokes ({kind}, {time})");
        Assert.True(mean is > 2f and < 9f, $"the sky's strokes are {mean:F1} widths long on average ({kind}, {time})");
        // Strokes all of one length tiled the sky like fish scales.
        Assert.True(spread > 0.35f, $"the sky's stroke lengths vary by only {spread:P0} of their mean ({kind}, {time})");
    }

    [Theory]
    [InlineData(LandscapeKind.Mountains, "")]
    [InlineData(LandscapeKind.Plains, "sorrow")]
    [InlineData(LandscapeKind.Coast, "loss")]
    [InlineData(LandscapeKind.Valley, "love")]
    public void Dusk_clouds_are_never_olive(LandscapeKind kind, string mood)
    {
        var scene = SceneRenders.Land(kind, TimeOfDay.Dusk, mood, 3, (2000, 1200));
        var (painting, c) = SceneRenders.OwnStrokes(scene, Working, 800, impasto: false);
        using var _ = painting;
        var field = SceneSkyBrushworkTests.Field(c, scene.Mood);
        float k = painting.Width / (float)c.Target.Width;
        int cloud = 0, olive = 0;
        for (int py = 0; py < painting.Height; py++)
            for (int px = 0; px < painting.Width; px++)
            {
                if (field.CloudAt(px / k, py / k).Density < 0.4f) continue;
                int i = (py * painting.Width + px) * 4;
                var lch = Oklab.FromLinear(Rgb.FromSrgb8(painting.Pixels[i], painting.Pixels[i + 1], painting.Pixels[i + 2])).ToOklch();
                cloud++;
                // Yellow-green to green: the muddy olive a warm light greyed into violet makes.
                if (lch.C > 0.015f && lch.H is > 95f and < 165f) olive++;
            }
        Assert.True(cloud > 200, $"the dusk sky shows only {cloud} cloud pixels ({kind}, {mood})");
        Assert.True(olive < cloud * 0.01f, $"{olive} of {cloud} cloud pixels are olive ({kind}, {mood})");
    }

    [Theory]
    [InlineData(LandscapeKind.Coast, 1)]
    [InlineData(LandscapeKind.Plains, 2)]
    [InlineData(LandscapeKind.Valley, 4)]
    [InlineData(LandscapeKind.Dunes, 6)]
    public void No_star_shines_through_a_cloud(LandscapeKind kind, int seed)
    {
        var (c, field, stars) = Stars(kind, seed);
        Assert.NotEmpty(field.Clouds);
        Assert.NotEmpty(stars);
        foreach (var (x, y) in stars)
            Assert.True(field.CloudAt(x, y).Density == 0f, $"a star at ({x:F0}, {y:F0}) lies on a cloud ({kind}, seed {seed})");
    }

    // The stars kept off the scene's own clouds only shone on the composed sky's moonlit banks, which the washes paint:
    // in front of a cloud.
    [Theory]
    [InlineData(LandscapeKind.Coast)]
    [InlineData(LandscapeKind.Dunes)]
    [InlineData(LandscapeKind.Mountains)]
    public void No_star_shines_on_a_moonlit_bank(LandscapeKind kind)
    {
        for (int seed = 1; seed <= 4; seed++)
        {
            var (c, field, stars) = Stars(kind, seed);
            foreach (var (x, y) in stars)
            {
                float open = Open(c, field, y);
                float here = field.At(x, y).Luminance;
                Assert.True(here <= open * 1.3f,
                    $"a star at ({x:F0}, {y:F0}) on sky {here / open:F2} times as light as the open sky ({kind}, seed {seed})");
            }
        }
    }

    // Love gathers its light about the people, lifting the middle of the night sky over its sides: read off that lift,
    // the whole middle of the starfield was a moonlit bank and kept no star. Kept off the banks (read off the same sky
    // with no mood and no cloud), the stars still fill the middle third of the width.
    [Theory]
    [InlineData(LandscapeKind.Plains)]
    [InlineData(LandscapeKind.Coast)]
    [InlineData(LandscapeKind.Mountains)]
    public void Under_gathered_light_the_stars_keep_the_middle_of_the_sky_and_stay_off_its_banks(LandscapeKind kind)
    {
        var found = new List<string>();
        for (int seed = 1; seed <= 4; seed++)
        {
            var (c, _, stars) = Stars(kind, seed, "love:0.6");
            var colours = SceneSource.Colours(c.Target, Styles.Expressive);
            var plain = new SkyField(c, colours, [], SkyWeather.Of(colours.Mood));
            int middle = stars.Count(s => s.X > c.Target.Width / 3f && s.X < c.Target.Width * 2f / 3f);
            int banked = stars.Count(s => plain.At(s.X, s.Y).Luminance > Open(c, plain, s.Y) * 1.3f);
            found.Add($"seed {seed}: {middle} of {stars.Count} in the middle, {banked} on a bank");
            // With no mood, 12 to 21 of these skies' stars lie there (the moon's glow keeps the right third nearly empty);
            // read off the lifted sky, none did.
            if (middle < 5 || banked > 0) found.Add("(failed)");
        }
        Assert.True(!found.Contains("(failed)"), $"{kind}: " + string.Join("; ", found));
    }

    // The open sky at height y: the darkest of the sky across the picture there.
    private static float Open(Composition c, SkyField field, float y) => Enumerable.Range(0, 40).Select(i => (i + 0.5f) * c.Target.Width / 40f)
        .Where(q => c.Layers.At(q, y) == LandLayers.Sky).Min(q => field.At(q, y).Luminance);

    // A night landscape of `kind` with no one in it, in `mood`, its sky field, and the middles of the stars its sky strokes
    // lay, in working pixels.
    private static (Composition C, SkyField Field, List<(float X, float Y)> Stars) Stars(LandscapeKind kind, int seed, string mood = "")
    {
        var scene = SceneRenders.Land(kind, TimeOfDay.Night, mood, seed, (2000, 1200));
        var (c, colours, marks) = SceneRenders.Parts(scene, Working);
        var strokes = new List<Stroke>();
        SkyStrokes.Paint(strokes, c, colours, marks, new Random(seed));
        var star = Rgb.FromSrgb8(0xee, 0xee, 0xf6);
        float scale = 1024f / c.Target.Width;
        return (c, SceneSkyBrushworkTests.Field(c, scene.Mood), [.. strokes.Where(s => s.Color == star && s.Width < c.Target.Height * 0.006f * scale)
            .Select(s => ((s.Points[0].X + s.Points[^1].X) / 2 / scale, (s.Points[0].Y + s.Points[^1].Y) / 2 / scale))]);
    }

    /// <summary>The spread of values about their mean, as a share of it.</summary>
    internal static float Spread(List<float> values)
    {
        float mean = values.Average();
        return MathF.Sqrt(values.Average(v => (v - mean) * (v - mean))) / mean;
    }
}
