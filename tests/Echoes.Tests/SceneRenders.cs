using Echoes.Color;
using Echoes.Imaging;
using Echoes.Painting;
using Echoes.Pipeline;
using Echoes.Rendering;
using Echoes.Scenes;
using Echoes.Strokes;

namespace Echoes.Tests;

/// <summary>Renders of a scene's own strokes, and measures on them, for the scene tests.</summary>
internal static class SceneRenders
{
    /// <summary>The scene's own strokes, composed at <paramref name="working"/> pixels, on <paramref name="ground"/> (white
    /// when not given), in the default style and the scene's mood, rendered <paramref name="width"/> wide with the relief a
    /// scene keeps (none when <paramref name="impasto"/> is off).</summary>
    public static (Canvas Painting, Composition C) OwnStrokes(Scene scene, int working, int width, bool impasto, Rgb? ground = null)
    {
        var c = SceneComposer.Compose(scene, working);
        var plan = new StrokePlan(1024, 1024f * c.Target.Height / c.Target.Width, ground ?? Rgb.White)
        {
            Relief = Styles.Expressive.Relief * SceneSource.Relief,
        };
        var colours = SceneSource.Colours(c.Target, Styles.Expressive with { Seed = scene.Seed, Mood = scene.Mood }, plan.Background);
        plan.Strokes.AddRange(SceneMarks.Paint(c, plan.Width / c.Target.Width, colours));
        return (Renderer.Render(plan, width: width, options: new RenderOptions { Impasto = impasto }), c);
    }

    /// <summary>The scene of estranged ties (<see cref="SceneTieContrastTests.Estranged"/>) in <paramref name="kind"/> at
    /// <paramref name="time"/>, composed at 400 pixels, its own strokes in the default style and its mood (on white),
    /// and its figures by name.</summary>
    public static (Composition C, List<Stroke> Strokes, Dictionary<string, PlacedFigure> ByName) Estranged(LandscapeKind kind, TimeOfDay time)
    {
        var scene = SceneReader.Parse(SceneTieContrastTests.Estranged) with { Landscape = new Landscape(kind, time) };
        var c = SceneComposer.Compose(scene, 400);
        var colours = SceneSource.Colours(c.Target, Styles.Expressive with { Seed = scene.Seed, Mood = scene.Mood }, Rgb.White);
        return (c, SceneMarks.Paint(c, 1024f / c.Target.Width, colours), c.Figures.ToDictionary(f => f.Figure.Name));
    }

    /// <summary>What a scene's own strokes are painted from: <paramref name="scene"/> composed at <paramref name="working"/>
    /// pixels, its colours in the default style and its mood (on white), and marks for a plan 1024 units wide.</summary>
    public static (Composition C, SceneColours Colours, Marks Marks) Parts(Scene scene, int working)
    {
        var c = SceneComposer.Compose(scene, working);
        var plan = new StrokePlan(1024, 1024f * c.Target.Height / c.Target.Width, Rgb.White);
        var colours = SceneSource.Colours(c.Target, Styles.Expressive with { Seed = scene.Seed, Mood = scene.Mood }, plan.Background);
        return (c, colours, new Marks(plan.Width / c.Target.Width, scene.Seed));
    }

    /// <summary>A landscape with no one in it, of <paramref name="kind"/> at <paramref name="time"/>, in
    /// <paramref name="mood"/> (a blend as the command line reads it; empty for none).</summary>
    public static Scene Land(LandscapeKind kind, TimeOfDay time, string mood, int seed, (int Width, int Height) size) => new()
    {
        Size = size, Seed = seed, Landscape = new Landscape(kind, time),
        Mood = mood.Length > 0 ? Echoes.Moods.Mood.Parse(mood) : Echoes.Moods.Mood.None,
    };

    /// <summary>The mean luminance (0–1) of the box [x0, x1) × [y0, y1) of <paramref name="painting"/>, clamped to it.</summary>
    public static float Luminance(Canvas painting, int x0, int x1, int y0, int y1)
    {
        (x0, x1) = (Math.Clamp(Math.Min(x0, x1), 0, painting.Width - 1), Math.Clamp(Math.Max(x0, x1), 1, painting.Width));
        (y0, y1) = (Math.Clamp(y0, 0, painting.Height - 1), Math.Clamp(y1, 1, painting.Height));
        float sum = 0;
        int n = 0;
        for (int y = y0; y < y1; y++)
            for (int x = x0; x < x1; x++, n++)
            {
                int i = (y * painting.Width + x) * 4;
                sum += (0.2126f * painting.Pixels[i] + 0.7152f * painting.Pixels[i + 1] + 0.0722f * painting.Pixels[i + 2]) / 255f;
            }
        return sum / Math.Max(1, n);
    }

    /// <summary>The <paramref name="strokes"/> alone on white, the plan as wide as the composition's 1024 units, rendered
    /// 1600 pixels wide without relief.</summary>
    public static Canvas Flat(IEnumerable<Stroke> strokes, Composition c)
    {
        var plan = new StrokePlan(1024, 1024f * c.Target.Height / c.Target.Width, Rgb.White);
        plan.Strokes.AddRange(strokes);
        return Renderer.Render(plan, width: 1600, options: new RenderOptions { Impasto = false });
    }

    /// <summary>Oklab lightness of pixel <paramref name="i"/> of <paramref name="c"/>: how light it looks.</summary>
    public static float Lightness(Canvas c, int i) => Oklab.FromLinear(Rgb.FromSrgb8(c.Pixels[i * 4], c.Pixels[i * 4 + 1], c.Pixels[i * 4 + 2])).L;
}
