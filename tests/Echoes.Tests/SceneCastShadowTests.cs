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

    // Wide enough that a figure's hips span a score of pixels.
    private const int Large = 2400;

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
                // Only the long shadow's: at noon the reach is a third of a height, its "far" band lies within the stance,
                // and its darkest is the figure's own feet (legs set wider apart put them there: 0.74-1.05 at noon).
                if (time == TimeOfDay.Dusk) fades.Add(Peak(0.55f, 0.75f) / MathF.Max(1e-3f, Peak(0.1f, 0.3f)));
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

    [Fact]
    public void A_dusk_shadow_leaves_the_feet_as_wide_as_the_body_and_narrows_as_it_goes_never_a_needle()
    {
        var scene = SceneReader.Parse(SceneShadowTests.People) with { Landscape = new Landscape(LandscapeKind.Plains, TimeOfDay.Dusk) };
        var c = SceneComposer.Compose(scene, 600);
        var colours = SceneSource.Colours(c.Target, Styles.Expressive with { Seed = scene.Seed, Mood = scene.Mood }, Rgb.White);
        var strokes = SceneMarks.Paint(c, 1024f / c.Target.Width, colours);
        using var whole = Render(strokes, c, Large);
        float k = (float)Large / c.Target.Width;
        var (shares, found) = (new List<float>(), new List<string>());
        foreach (var posed in SceneMarks.Posed(c).Where(q => q.Placed.Figure.Pose is Pose.Standing or Pose.Walking))
        {
            var p = posed.Placed;
            using var without = Render(strokes.Where(s => s.Part != "figure:" + p.Figure.Name), c, Large);
            float fx = p.X * k, fy = p.Y * k, h = posed.Height * k;
            // The body's painted width across its hips.
            int hipY = (int)(posed.At(posed.Skeleton.Hip).Y * k);
            int hips = Enumerable.Range((int)(fx - h * 0.5f), (int)h).Count(x => x >= 0 && x < whole.Width
                && MathF.Abs(SceneRenders.Lightness(whole, hipY * whole.Width + x) - SceneRenders.Lightness(without, hipY * whole.Width + x)) > 0.05f);
            // The shadow about the feet, clear of the body: the pixels it darkens, where they lie from the feet.
            var dark = new List<(float X, float Y)>();
            for (int y = Math.Max(0, (int)(fy - h * 0.4f)); y < Math.Min(whole.Height, (int)(fy + h * 1.6f)); y++)
                for (int x = Math.Max(0, (int)(fx - 2 * h)); x < Math.Min(whole.Width, (int)(fx + 2 * h)); x++)
                {
                    if (MathF.Abs(x - fx) < h * 0.35f && y < fy + h * 0.03f) continue;
                    int i = y * whole.Width + x;
                    if (SceneRenders.Lightness(without, i) - SceneRenders.Lightness(whole, i) > 0.03f) dark.Add((x - fx, y - fy));
                }
            // Its way: from the feet to the middle of what it darkens past the pool; its breadth across that way, in bands
            // of distance from the feet (the middle nine tenths of what it darkens there).
            var past = dark.Where(q => MathF.Sqrt(q.X * q.X + q.Y * q.Y) > h * 0.3f).ToList();
            float mx = past.Average(q => q.X), my = past.Average(q => q.Y), m = MathF.Sqrt(mx * mx + my * my);
            float Breadth(float from, float to)
            {
                var across = dark.Where(q => (q.X * mx + q.Y * my) / m is var a && a >= from * h && a < to * h)
                    .Select(q => (q.X * my - q.Y * mx) / m).Order().ToList();
                return across.Count < 10 ? 0f : across[(int)(across.Count * 0.95f)] - across[(int)(across.Count * 0.05f)];
            }
            float near = Breadth(0.3f, 0.5f);
            shares.Add(near / MathF.Max(1, hips));
            found.Add($"{p.Figure.Name}: hips {hips} px, shadow {near:F0} px near the feet, {Breadth(0.7f, 0.9f):F0} further");
        }
        // Measured on this scene: the shadows of before, three narrowing strokes along the way, were 0.29 of the hips'
        // width near the feet (the least; 5 pixels under hips of 17); laid as the body's silhouette over a wash as broad
        // as the body, 0.86 (1.01 with a wash at 0.2 opacity and no cap on its breadth, which darkened the ground beside a
        // dark figure's feet and, as a dress's, was a stroke broader than a body); 0.77 over land31's hazed horizon.
        Assert.True(shares.Min() >= 0.7f, $"shadow near the feet over the hips' width, least {shares.Min():F2}: " + string.Join("; ", found));
    }

    [Fact]
    public void A_dusk_shadow_is_one_whole_mass_and_a_seated_figures_a_compact_one()
    {
        var (found, loose, hollow) = (new List<string>(), new List<float>(), new List<float>());
        foreach (var (posed, _, shadow) in Shadows(TimeOfDay.Dusk))
        {
            // The pixels of the shadow's regions (four-connected) beside its largest: a head or a limb cast apart from it.
            var parts = Regions(shadow);
            loose.Add(1f - parts[0].Count / (float)shadow.Count);
            // How much of the hull about its largest region it fills: a compact mass fills most of it, a hook or a ball
            // on a stick little.
            float solidity = parts[0].Count / MathF.Max(1f, HullArea(parts[0]));
            if (posed.Placed.Figure.Pose is Pose.Sitting) hollow.Add(solidity);
            found.Add($"{posed.Placed.Figure.Name} ({posed.Placed.Figure.Pose}): {parts.Count} regions, {loose[^1]:F2} apart, solidity {solidity:F2}");
        }
        // Measured on this scene: the shadows of before left a fifth of a walking figure's shadow apart from the rest (its
        // head and shoulders, cast apart from a dress that began at the waist) and an eighth of a kneeling one's; a seated
        // figure's, its bent legs a hook, filled 0.69 of its hull. Cast whole, the body from the hem to the shoulders and the
        // head on its neck, the seated legs one low mass: 0.02 apart at most, a seated one filling 0.86 of its hull.
        Assert.True(loose.Max() <= 0.05f && hollow.Min() >= 0.8f, string.Join("; ", found));
    }

    [Fact]
    public void A_noon_shadow_is_a_short_pool_darkest_at_the_feet()
    {
        var found = new List<string>();
        var (reaches, darks) = (new List<float>(), new List<float>());
        foreach (var (posed, h, shadow) in Shadows(TimeOfDay.Day))
        {
            var by = shadow.Select(q => (R: MathF.Sqrt(q.X * q.X + q.Y * q.Y) / h, q.D)).OrderBy(q => q.R).ToList();
            // How far it reaches from the feet (nineteen twentieths of it nearer), and how dark it lies near the feet over
            // how dark it lies further out (the mean of each). A standing or walking figure's: a seated one's pool runs
            // under its legs, away from its feet.
            float reach = by[(int)(by.Count * 0.95f)].R;
            float near = by.Where(q => q.R < 0.15f).Select(q => q.D).DefaultIfEmpty(0f).Average();
            float far = by.Where(q => q.R >= 0.15f).Select(q => q.D).DefaultIfEmpty(0f).Average();
            found.Add($"{posed.Placed.Figure.Name} ({posed.Placed.Figure.Pose}): reach {reach:F2}, near over far {near / MathF.Max(1e-3f, far):F2}");
            if (posed.Placed.Figure.Pose is not (Pose.Standing or Pose.Walking)) continue;
            reaches.Add(reach);
            darks.Add(near / MathF.Max(1e-3f, far));
        }
        // Measured on this scene: the shadows of before, the figure's silhouette squeezed short, reached 0.43 of a standing
        // figure's height from its feet (0.37 a walking one's) and lay 1.24 times as dark near the feet as further out (a
        // reflection in a puddle); laid as a short pool, 0.27 (0.18) and 2.43 (1.96).
        Assert.True(reaches.Max() <= 0.32f && darks.Min() >= 1.6f, string.Join("; ", found));
    }

    // Each figure of the shadows' scene on the plains at `time`, with the pixels its strokes darken about its feet
    // (clear of its body; at the large width): where they lie from its feet and by how much (Oklab lightness).
    private static IEnumerable<(PosedFigure Posed, float H, List<(int X, int Y, float D)> Shadow)> Shadows(TimeOfDay time)
    {
        var scene = SceneReader.Parse(SceneShadowTests.People) with { Landscape = new Landscape(LandscapeKind.Plains, time) };
        var c = SceneComposer.Compose(scene, 600);
        var colours = SceneSource.Colours(c.Target, Styles.Expressive with { Seed = scene.Seed, Mood = scene.Mood }, Rgb.White);
        var strokes = SceneMarks.Paint(c, 1024f / c.Target.Width, colours);
        using var whole = Render(strokes, c, Large);
        float k = (float)Large / c.Target.Width;
        foreach (var posed in SceneMarks.Posed(c))
        {
            var p = posed.Placed;
            using var without = Render(strokes.Where(s => s.Part != "figure:" + p.Figure.Name), c, Large);
            float fx = p.X * k, fy = p.Y * k, h = posed.Height * k;
            var dark = new List<(int X, int Y, float D)>();
            for (int y = Math.Max(0, (int)(fy - h * 0.4f)); y < Math.Min(whole.Height, (int)(fy + h * 1.6f)); y++)
                for (int x = Math.Max(0, (int)(fx - 2 * h)); x < Math.Min(whole.Width, (int)(fx + 2 * h)); x++)
                {
                    if (MathF.Abs(x - fx) < h * 0.35f && y < fy + h * 0.03f) continue;
                    int i = y * whole.Width + x;
                    float d = SceneRenders.Lightness(without, i) - SceneRenders.Lightness(whole, i);
                    if (d > 0.03f) dark.Add((x - (int)fx, y - (int)fy, d));
                }
            yield return (posed, h, dark);
        }
    }

    // The four-connected regions of the pixels, largest first.
    private static List<List<(int X, int Y, float D)>> Regions(List<(int X, int Y, float D)> pixels)
    {
        var left = pixels.ToDictionary(q => (q.X, q.Y));
        var regions = new List<List<(int X, int Y, float D)>>();
        while (left.Count > 0)
        {
            var region = new List<(int X, int Y, float D)>();
            var todo = new Stack<(int X, int Y)>([left.Keys.First()]);
            while (todo.Count > 0)
            {
                var q = todo.Pop();
                if (!left.Remove(q, out var found)) continue;
                region.Add(found);
                foreach (var n in new[] { (q.X + 1, q.Y), (q.X - 1, q.Y), (q.X, q.Y + 1), (q.X, q.Y - 1) }) todo.Push(n);
            }
            regions.Add(region);
        }
        return [.. regions.OrderByDescending(r => r.Count)];
    }

    // The area of the convex hull of the pixels (their centres; monotone chain), pixels.
    private static float HullArea(List<(int X, int Y, float D)> pixels)
    {
        var pts = pixels.Select(q => (q.X, q.Y)).Distinct().OrderBy(q => q.X).ThenBy(q => q.Y).ToList();
        if (pts.Count < 3) return pts.Count;
        long Cross((int X, int Y) o, (int X, int Y) a, (int X, int Y) b) => (long)(a.X - o.X) * (b.Y - o.Y) - (long)(a.Y - o.Y) * (b.X - o.X);
        var hull = new List<(int X, int Y)>();
        foreach (var pass in new[] { pts, Enumerable.Reverse(pts).ToList() })
        {
            int start = hull.Count;
            foreach (var q in pass)
            {
                while (hull.Count >= start + 2 && Cross(hull[^2], hull[^1], q) <= 0) hull.RemoveAt(hull.Count - 1);
                hull.Add(q);
            }
            hull.RemoveAt(hull.Count - 1);
        }
        long twice = 0;
        for (int i = 0; i < hull.Count; i++) twice += (long)hull[i].X * hull[(i + 1) % hull.Count].Y - (long)hull[(i + 1) % hull.Count].X * hull[i].Y;
        // The pixels on the hull's edge count whole: half of each edge pixel lies outside the polygon through their centres.
        return MathF.Abs(twice) / 2f + hull.Count / 2f + 1f;
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

    private static Canvas Render(IEnumerable<Stroke> strokes, Composition c, int width = Width)
    {
        var plan = new StrokePlan(1024, 1024f * c.Target.Height / c.Target.Width, Rgb.White) { Relief = Styles.Expressive.Relief * SceneSource.Relief };
        plan.Strokes.AddRange(strokes);
        return Renderer.Render(plan, width: width, options: new RenderOptions { Impasto = false });
    }
}
