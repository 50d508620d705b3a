using Echoes.Color;
using Echoes.Painting;
using Echoes.Pipeline;
using Echoes.Scenes;
using Echoes.Strokes;

namespace Echoes.Tests;

/// <summary>The sky a scene paints as a painter lays one: short loaded strokes, clear of the land, and a few clouds painted
/// as forms, lit on the side toward the light and shaded away from it, in the hour's light and the mood's weather.</summary>
public class SceneSkyBrushworkTests
{
    private const int Working = 400;

    public static TheoryData<LandscapeKind, TimeOfDay> Skies() => new()
    {
        { LandscapeKind.Plains, TimeOfDay.Day },
        { LandscapeKind.Coast, TimeOfDay.Dawn },
        { LandscapeKind.Valley, TimeOfDay.Dawn },
        { LandscapeKind.Mountains, TimeOfDay.Day },
        { LandscapeKind.Dunes, TimeOfDay.Day },
    };

    [Theory]
    [MemberData(nameof(Skies))]
    public void The_sky_is_laid_in_many_short_strokes(LandscapeKind kind, TimeOfDay time)
    {
        var c = SceneComposer.Compose(SceneRenders.Land(kind, time, "", 5, (2000, 1200)), Working);
        float scale = 1024f / c.Target.Width, glow = CloudLayout.Glow(c) * scale;
        // The sun's or moon's disc and glow aside: a round form, its rim one stroke carried round it.
        var sky = SceneMarks.Paint(c, scale, SceneSource.Colours(c.Target, Styles.Expressive)).Where(s => s.Part == "sky")
            .Where(s => s.Points.Min(p => MathF.Sqrt((p.X - c.Light.X * scale) * (p.X - c.Light.X * scale)
                + (p.Y - c.Light.Y * scale) * (p.Y - c.Light.Y * scale))) > glow).ToList();
        var widths = sky.Select(s => Length(s) / s.Width).ToList();
        float share = widths.Count(l => l <= 8f) / (float)widths.Count;
        // Before, the sky was 118 to 163 strokes here, nearly all long level rows; after, 900 to 2900, the graded rows under
        // the short strokes the only long ones.
        Assert.True(sky.Count > 600, $"only {sky.Count} sky strokes ({kind}, {time})");
        Assert.True(share >= 0.9f, $"only {share:P0} of the sky strokes are 8 widths long or less (mean {widths.Average():F1}; {kind}, {time})");
    }

    public static TheoryData<LandscapeKind, TimeOfDay> AllHours() => new()
    {
        { LandscapeKind.Plains, TimeOfDay.Day },
        { LandscapeKind.Coast, TimeOfDay.Dawn },
        { LandscapeKind.Mountains, TimeOfDay.Dusk },
        { LandscapeKind.Valley, TimeOfDay.Dusk },
        { LandscapeKind.Coast, TimeOfDay.Night },
        { LandscapeKind.Dunes, TimeOfDay.Night },
    };

    [Theory]
    [MemberData(nameof(AllHours))]
    public void No_sky_stroke_lies_over_the_land(LandscapeKind kind, TimeOfDay time)
    {
        var (c, field, strokes) = Brushwork(kind, time, "", 3);
        float scale = 1024f / c.Target.Width;
        foreach (var s in strokes)
            foreach (var p in s.Points)
                foreach (var (dx, dy) in new[] { (0f, 0f), (0f, 0.5f), (0f, -0.5f), (0.5f, 0f), (-0.5f, 0f) })
                {
                    float x = (p.X + dx * s.Width) / scale, y = (p.Y + dy * s.Width) / scale;
                    Assert.True(c.Layers.At(x, y) == LandLayers.Sky,
                        $"a sky stroke reaches layer {c.Layers.At(x, y)} at ({x:F0}, {y:F0}); {kind}, {time}");
                }
        Assert.NotEmpty(field.Clouds);
    }

    [Theory]
    [InlineData(LandscapeKind.Plains, TimeOfDay.Day, 0.04f)]
    [InlineData(LandscapeKind.Coast, TimeOfDay.Dawn, 0.03f)]
    [InlineData(LandscapeKind.Valley, TimeOfDay.Dawn, 0.03f)]
    public void Clouds_are_forms_with_a_lit_and_a_shadow_side(LandscapeKind kind, TimeOfDay time, float least)
    {
        var scene = SceneRenders.Land(kind, time, "", 3, (2000, 1200));
        var (painting, c) = SceneRenders.OwnStrokes(scene, Working, 800, impasto: false);
        using var _ = painting;
        var field = Field(c, scene.Mood);
        float k = painting.Width / (float)c.Target.Width;
        var (lit, shade) = (new List<float>(), new List<float>());
        for (int py = 0; py < painting.Height; py++)
            for (int px = 0; px < painting.Width; px++)
            {
                var (d, cloud) = field.CloudAt(px / k, py / k);
                if (cloud is null || d < 0.6f) continue;
                float side = field.Lit(cloud, px / k, py / k);
                if (side > 0.7f) lit.Add(SceneRenders.Lightness(painting, py * painting.Width + px));
                else if (side < 0.3f) shade.Add(SceneRenders.Lightness(painting, py * painting.Width + px));
            }
        Assert.True(lit.Count > 100 && shade.Count > 100, $"the clouds show {lit.Count} lit pixels and {shade.Count} shaded ({kind}, {time})");
        // Measured where the clouds now are: before (no clouds) -0.016 by day, 0.010 at dawn, 0.022 at dusk.
        float turn = lit.Average() - shade.Average();
        Assert.True(turn > least, $"the clouds' lit side stands only {turn:F3} lighter than their shadow side ({kind}, {time})");
    }

    [Fact]
    public void The_mood_sets_the_weather()
    {
        (float Height, float Count, float Body) Clouds(string mood)
        {
            var all = Enumerable.Range(1, 8).Select(seed => Brushwork(LandscapeKind.Plains, TimeOfDay.Day, mood, seed).Field).ToList();
            var clouds = all.SelectMany(f => f.Clouds).ToList();
            float body = clouds.Average(k =>
                Enumerable.Range(0, 9).Max(i => k.Density(k.Box.L + (k.Box.R - k.Box.L) * i / 8f, (k.Box.T + k.Box.B) / 2)));
            return (clouds.Average(k => k.Middle.Y), clouds.Count / 8f, body);
        }
        var (joy, sorrow, loss) = (Clouds("joy"), Clouds("sorrow"), Clouds("loss"));
        Assert.True(sorrow.Height > joy.Height * 1.15f, $"sorrow's clouds (middle at {sorrow.Height:F0}) hang no lower than joy's ({joy.Height:F0})");
        Assert.True(joy.Count > loss.Count * 1.5f, $"joy brings {joy.Count:F1} clouds, loss {loss.Count:F1}");
        Assert.True(loss.Body < joy.Body * 0.8f, $"loss's clouds ({loss.Body:F2}) are no thinner than joy's ({joy.Body:F2})");
    }

    // The open sky's and the clouds' strokes of a scene, and the field they were painted from.
    private static (Composition C, SkyField Field, List<Stroke> Strokes) Brushwork(LandscapeKind kind, TimeOfDay time, string mood, int seed)
    {
        var scene = SceneRenders.Land(kind, time, mood, seed, (2000, 1200));
        var c = SceneComposer.Compose(scene, Working);
        var field = Field(c, scene.Mood);
        var weather = SkyWeather.Of(field.Mood);
        var (marks, strokes, rng) = (new Marks(Scale(c), seed), new List<Stroke>(), new Random(seed));
        OpenSkyStrokes.Paint(strokes, c, field, weather, marks, rng);
        CloudStrokes.Paint(strokes, c, field, weather, marks, rng);
        return (c, field, strokes);
    }

    /// <summary>The sky field a scene's strokes are painted from, in <paramref name="mood"/>.</summary>
    internal static SkyField Field(Composition c, Moods.Mood mood)
    {
        var colours = SceneSource.Colours(c.Target, Styles.Expressive with { Mood = mood });
        var weather = SkyWeather.Of(colours.Mood);
        return new SkyField(c, colours, CloudLayout.Of(c, weather), weather);
    }

    private static float Scale(Composition c) => 1024f / c.Target.Width;

    /// <summary>How long a stroke's spine is.</summary>
    internal static float Length(Stroke s) =>
        Enumerable.Range(1, s.Points.Length - 1).Sum(i => MathF.Sqrt((s.Points[i].X - s.Points[i - 1].X) * (s.Points[i].X - s.Points[i - 1].X)
            + (s.Points[i].Y - s.Points[i - 1].Y) * (s.Points[i].Y - s.Points[i - 1].Y)));
}
