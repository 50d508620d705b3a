using Echoes.Color;
using Echoes.Imaging;
using Echoes.Painting;
using Echoes.Pipeline;
using Echoes.Rendering;
using Echoes.Scenes;
using Echoes.Strokes;

namespace Echoes.Tests;

/// <summary>A figure's cast shadow is painted as a soft, translucent stroke of its ground darkened, not cut out as a
/// black oval: long when the light is low and short when it is high, darkest at the feet and fading as it goes.</summary>
public class SceneCastShadowTests
{
    private const int Width = 900;

    [Fact]
    public void A_cast_shadow_is_long_at_dusk_short_at_noon_and_fades_out_softly_without_going_black()
    {
        var reach = new Dictionary<TimeOfDay, List<float>>();
        var (fades, softs) = (new List<float>(), new List<float>());
        foreach (var time in new[] { TimeOfDay.Day, TimeOfDay.Dusk })
        {
            reach[time] = [];
            var scene = SceneReader.Parse(SceneShadowTests.People) with { Landscape = new Landscape(LandscapeKind.Plains, time) };
            var c = SceneComposer.Compose(scene, 600);
            var colours = SceneSource.Colours(c.Target, Styles.Expressive with { Seed = scene.Seed, Mood = scene.Mood }, Rgb.White);
            var strokes = SceneMarks.Paint(c, 1024f / c.Target.Width, colours);
            using var whole = Render(strokes, c);
            float k = (float)Width / c.Target.Width;
            foreach (var p in c.Figures)
            {
                using var without = Render(strokes.Where(s => s.Part != "figure:" + p.Figure.Name), c);
                var shadow = Below(whole, without, p.X * k, p.Y * k, p.Height * k);
                if (shadow.Count == 0) continue;
                float far = shadow.Max(q => q.R);
                reach[time].Add(far);
                // How dark it is near the feet and two thirds of the way out: the darkest at each.
                float Peak(float from, float to) => shadow.Where(q => q.R >= from * far && q.R < to * far).Select(q => q.D).DefaultIfEmpty(0f).Max();
                fades.Add(Peak(0.55f, 0.75f) / MathF.Max(1e-3f, Peak(0.1f, 0.3f)));
                // Of the pixels it darkens on its way out, how many it darkens by less than half its darkest there: its
                // soft edges and its fading (a cut-out shape has only its anti-aliased rim).
                var mid = shadow.Where(q => q.R >= 0.3f * far && q.R < 0.7f * far).ToList();
                float top = mid.Select(q => q.D).DefaultIfEmpty(0f).Max();
                softs.Add(mid.Count(q => q.D < top * 0.5f) / (float)Math.Max(1, mid.Count));
            }
        }
        float day = Median(reach[TimeOfDay.Day]), dusk = Median(reach[TimeOfDay.Dusk]);
        // Measured on this scene: the shadows of before reached 0.36 of a figure's height from its feet at noon and 0.32
        // at dusk, their far part as dark as their near (0.83, median), and one of them had no soft part at all; laid in
        // layers of the ground darkened, 0.44 at noon and 1.25 at dusk, 0.57 as dark two thirds of the way out, and a
        // fifth of each at least softer than half its darkest.
        Assert.True(dusk >= 2f * day && day <= 0.6f && Median(fades) <= 0.7f && softs.Min() >= 0.1f,
            $"reach at noon {day:F2}, at dusk {dusk:F2}; far over near {Median(fades):F2} (median); soft share {softs.Min():F2} at the least");
    }

    private static float Median(List<float> values)
    {
        var sorted = values.Order().ToList();
        return sorted[sorted.Count / 2];
    }

    // The pixels the figure darkens below its feet (from a thirtieth of its height under them, clear of its own paint, to
    // its height under them, two heights either side): how far from its feet (in its heights) and by how much (Oklab
    // lightness).
    private static List<(float R, float D)> Below(Canvas whole, Canvas without, float fx, float fy, float h)
    {
        var found = new List<(float R, float D)>();
        for (int y = (int)(fy + h * 0.035f); y < Math.Min(whole.Height, (int)(fy + h)); y++)
            for (int x = Math.Max(0, (int)(fx - 2 * h)); x < Math.Min(whole.Width, (int)(fx + 2 * h)); x++)
            {
                int i = y * whole.Width + x;
                var (a, b) = (SceneRenders.Lightness(whole, i), SceneRenders.Lightness(without, i));
                if (b - a > 0.02f) found.Add((MathF.Sqrt((x - fx) * (x - fx) + (y - fy) * (y - fy)) / h, b - a));
            }
        return found;
    }

    private static Canvas Render(IEnumerable<Stroke> strokes, Composition c)
    {
        var plan = new StrokePlan(1024, 1024f * c.Target.Height / c.Target.Width, Rgb.White) { Relief = Styles.Expressive.Relief * SceneSource.Relief };
        plan.Strokes.AddRange(strokes);
        return Renderer.Render(plan, width: Width, options: new RenderOptions { Impasto = false });
    }
}
