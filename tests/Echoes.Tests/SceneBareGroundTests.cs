using Echoes.Color;
using Echoes.Painting;
using Echoes.Pipeline;
using Echoes.Rendering;
using Echoes.Scenes;

namespace Echoes.Tests;

/// <summary>
/// The canvas a mood of loss leaves bare in a composed scene: in a dark picture a ground toned into its key, so the
/// absence reads as absence, not as the picture's brightest thing (a hole, a cream patch in the water); in a day's the
/// pale linen, still a step above the picture's key, so it reads there too.
/// </summary>
public class SceneBareGroundTests(ITestOutputHelper output)
{
    // Before, the bare ground (the plan's background) lay 0.25 to 0.29 over the lightness of the painting's mean colour by
    // night, 0.16 at dusk (dunes and valley by night, plains at dusk, as the notes' scenes painted; 0.08 by day).
    [Theory]
    [InlineData(LandscapeKind.Dunes, TimeOfDay.Night, -0.1f, 0.04f)]
    [InlineData(LandscapeKind.Valley, TimeOfDay.Night, -0.1f, 0.04f)]
    [InlineData(LandscapeKind.Mountains, TimeOfDay.Dusk, -0.1f, 0.06f)]
    [InlineData(LandscapeKind.Coast, TimeOfDay.Dusk, -0.1f, 0.06f)]
    [InlineData(LandscapeKind.Coast, TimeOfDay.Day, 0.02f, 0.3f)]
    public void The_bare_canvas_sits_in_the_pictures_key(LandscapeKind kind, TimeOfDay time, float least, float most)
    {
        var source = new SceneSource(SceneRenders.Land(kind, time, "loss:0.6", 7, (1200, 600)));
        var plan = PaintPipeline.Paint(source, source.Options(Styles.Expressive));
        var bare = MoodMeasures.Bare(plan, 300);
        using var painting = Renderer.Render(plan, width: 300, options: new RenderOptions { Impasto = false });
        var l = MoodMeasures.Lightness(painting);
        int n = bare.Count(b => b);
        float key = l.Average(), ground = Enumerable.Range(0, l.Length).Where(i => bare[i]).Select(i => l[i]).DefaultIfEmpty(0f).Average();
        output.WriteLine($"{kind} {time}: {n} of {l.Length} pixels bare, lightness {ground:F3} against the painting's {key:F3}");
        Assert.True(n > l.Length / 100, $"only {n} of {l.Length} pixels left bare ({kind}, {time})");
        Assert.InRange(ground - key, least, most);
    }

    // Toned down into a dusk's key, the linen kept its little chroma cut with its light: the bare ground half as colourful
    // as the painted field beside it, a flat grey film over it (plains at dusk, as the notes' scene painted: 0.025 against
    // the field's 0.052).
    [Theory]
    [InlineData(LandscapeKind.Coast)]
    public void The_bare_canvas_at_dusk_is_a_toned_ground_not_a_grey_film(LandscapeKind kind)
    {
        var source = new SceneSource(SceneRenders.Land(kind, TimeOfDay.Dusk, "loss:0.6", 7, (1200, 600)));
        var plan = PaintPipeline.Paint(source, source.Options(Styles.Expressive));
        var bare = MoodMeasures.Bare(plan, 300);
        using var painting = Renderer.Render(plan, width: 300, options: new RenderOptions { Impasto = false });
        var chroma = Enumerable.Range(0, bare.Length).Select(i =>
            Oklch.FromLinear(Rgb.FromSrgb8(painting.Pixels[i * 4], painting.Pixels[i * 4 + 1], painting.Pixels[i * 4 + 2])).C).ToArray();
        // The painted land: the lower half of the picture, where it is not bare.
        var land = Enumerable.Range(bare.Length / 2, bare.Length / 2).Where(i => !bare[i]).Select(i => chroma[i]).Average();
        var ground = Enumerable.Range(0, bare.Length).Where(i => bare[i]).Select(i => chroma[i]).Average();
        output.WriteLine($"{kind} at dusk: bare ground chroma {ground:F3}, the land's {land:F3}");
        Assert.True(ground >= 0.8f * land, $"the bare ground's chroma {ground:F3} against the land's {land:F3} ({kind})");
    }
}
