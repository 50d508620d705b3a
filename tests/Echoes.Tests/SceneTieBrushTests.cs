using Echoes.Color;
using Echoes.Imaging;
using Echoes.Painting;
using Echoes.Pipeline;
using Echoes.Rendering;
using Echoes.Scenes;
using Echoes.Strokes;

namespace Echoes.Tests;

/// <summary>A tie is painted as loaded brush strokes, not cut out: its width swells and lifts along its length and
/// the ground shows through where the brush thins and runs dry, while it still stands off the ground it crosses.</summary>
public class SceneTieBrushTests
{
    private const int Full = 1600;

    [Fact]
    public void A_bond_swells_and_lifts_along_its_length_and_shows_the_ground_where_it_thins()
    {
        var (variations, partials, cores) = (new List<float>(), new List<float>(), new List<float>());
        var found = new List<string>();
        EachBond((seed, part, arc, whole, without, k, unit) =>
        {
            // The width at 41 places along the bond's middle: how unevenly the brush was pressed along it.
            var widths = Enumerable.Range(0, 41).Select(i => Width(whole, without, arc, 0.1f + 0.02f * i, k, unit)).ToList();
            float mean = widths.Average(), sd = MathF.Sqrt(widths.Average(w => (w - mean) * (w - mean)));
            variations.Add(sd / MathF.Max(1f, mean));
            // Of the pixels the bond changes, how many it changes by less than half of its core's change: where the
            // ground shows through it (its thin, dry, broken parts and soft edges), not a solid strip.
            var changes = new List<float>();
            for (int i = 0; i < whole.Width * whole.Height; i++)
            {
                float d = MathF.Abs(SceneRenders.Lightness(whole, i) - SceneRenders.Lightness(without, i));
                if (d > 0.02f) changes.Add(d);
            }
            changes.Sort();
            float core = changes[(int)(changes.Count * 0.9f)];
            cores.Add(core);
            partials.Add(changes.Count(d => d < core * 0.5f) / (float)changes.Count);
            found.Add($"seed {seed} {part}: cv {variations[^1]:F2} partial {partials[^1]:F2} core {core:F3}");
        });
        variations.Sort();
        partials.Sort();
        // Measured on these scenes: the bonds of before, laid in even presses, varied in width by a coefficient of
        // variation of 0.33 (median; 0.25 the least) and changed 36 % of their pixels by less than half their core (their
        // edges, mostly); pressed and lifted, thin paint between, 0.44 (0.36 the least) and 42 %. The core's contrast with
        // the ground holds (0.27 at the least, before and after). Merged with land30's land (the thin paint measured
        // against another ground) the median was 0.395, least 0.34, 40 %, core 0.28: the bound on the median sits
        // between before's 0.33 and that. One pulled stroke with a thin underlayer (figures31, merged with land31's horizon):
        // cv 0.435 (least 0.376), 38.4 % through, core 0.28; the bound on the ground showing through sits over the 36 % of
        // the even presses.
        Assert.True(variations[variations.Count / 2] >= 0.37f && variations[0] >= 0.3f && partials[partials.Count / 2] >= 0.375f
            && cores.Min() >= 0.25f,
            $"width cv median {variations[variations.Count / 2]:F3}, least {variations[0]:F3}; through median {partials[partials.Count / 2]:F3}; " +
            $"core least {cores.Min():F3}; " + string.Join("; ", found));
    }

    [Fact]
    public void A_bond_swells_and_thins_as_one_pulled_stroke_without_waists_between_beads()
    {
        var (ratios, found) = (new List<float>(), new List<string>());
        EachBond((seed, part, arc, whole, without, k, unit) =>
        {
            float deepest = Deepest(Smoothed(Enumerable.Range(0, 85).Select(i => Width(whole, without, arc, 0.08f + 0.01f * i, k, unit)).ToList()), 1f);
            ratios.Add(deepest);
            found.Add($"seed {seed} {part}: {deepest:F2}");
        });
        ratios.Sort();
        // Measured on these scenes: the bonds of before, laid as separate presses with lost stretches between, pinched
        // to 0.38 of the lesser swell either side (median; 0.25 the least); pulled as one stroke, 0.80 (0.50). The least
        // is the thinnest bond's, a weak tie three pixels wide here, counted in whole pixels: a pixel of the ground's grain
        // under it moves it a third. Repainting the near ranges (faces34) left that tie's strokes as they were (colours
        // within 0.005) and moved it from at least 0.4 to 0.33, so the bound on the least sits under that, at 0.3.
        Assert.True(ratios[ratios.Count / 2] >= 0.6f && ratios[0] >= 0.3f,
            $"deepest waist median {ratios[ratios.Count / 2]:F2}, least {ratios[0]:F2}; " + string.Join("; ", found));
    }

    [Fact]
    public void A_bond_is_a_thread_beside_the_people_it_joins_not_a_ribbon_that_outweighs_them()
    {
        var (ratios, found) = (new List<float>(), new List<string>());
        EachBond((seed, part, arc, whole, without, k, unit) =>
        {
            // The bond's widest place (smoothed, so a bristle or a crossing is not taken for it) in its people's heights.
            float widest = Smoothed([.. Enumerable.Range(0, 41).Select(i => Width(whole, without, arc, 0.1f + 0.02f * i, k, unit))]).Max();
            ratios.Add(widest / unit);
            found.Add($"seed {seed} {part}: {widest / unit:F3}");
        });
        ratios.Sort();
        // Measured on these scenes: the bonds of before, a ribbon pressed half again as wide as its veil, were at their
        // widest 0.128 of their people's height (median; 0.248 at most, between two far figures), and a viewer saw the
        // threads before the people; a thread pressed a little over its veil, 0.090 (0.171).
        Assert.True(ratios[ratios.Count / 2] <= 0.105f && ratios[^1] <= 0.2f,
            $"widest median {ratios[ratios.Count / 2]:F3}, most {ratios[^1]:F3}; " + string.Join("; ", found));
    }

    [Fact]
    public void A_night_bond_is_one_pulled_stroke_without_waists_or_beads_of_light()
    {
        var (dips, found) = (new List<float>(), new List<string>());
        for (int seed = 1; seed <= 3; seed++)
        {
            var scene = AtNight(seed);
            var c = SceneComposer.Compose(scene, 400);
            var colours = SceneSource.Colours(c.Target, Styles.Expressive with { Seed = scene.Seed, Mood = scene.Mood }, Rgb.White);
            var strokes = SceneMarks.Paint(c, 1024f / c.Target.Width, colours);
            // Each bond alone on a black ground: neither the land's light and dark patches under it (which change how far
            // it stands off them) nor a figure, echo or other tie over it is taken for a waist in it.
            using var ground = Dark([], c);
            var byName = c.Figures.ToDictionary(f => f.Figure.Name, StringComparer.Ordinal);
            foreach (var (tie, arc) in TieRoutes.Arcs(c, byName).Where(t => t.Tie.Strength > 0))
            {
                var part = $"tie:{tie.From}+{tie.To}";
                using var alone = Dark(strokes.Where(s => s.Part == part), c);
                float k = (float)Full / c.Target.Width, unit = (byName[tie.From].Height + byName[tie.To].Height) / 2 * k;
                // The light the bond lays across the arc at each place: its width and its brightness together, so a bead
                // shows whether it swells the line or only lights it.
                dips.Add(Deepest(Smoothed([.. Enumerable.Range(0, 81).Select(i => Mass(alone, ground, arc, 0.1f + 0.01f * i, k, unit))]), 1e-3f));
                found.Add($"seed {seed} {part}: {dips[^1]:F2}");
            }
        }
        dips.Sort();
        // Measured on these scenes by night: the bonds of before, a press, a carry swelling in under it and a second press on
        // the way (each its own brightness), dipped to 0.94 of the lesser swell either side (median; 0.67 the least, a
        // bead); the carry the whole way under one press of the same paint, 0.96 (0.90).
        Assert.True(dips[dips.Count / 2] >= 0.9f && dips[0] >= 0.8f,
            $"deepest dip median {dips[dips.Count / 2]:F2}, least {dips[0]:F2}; " + string.Join("; ", found));
    }

    // The strokes alone on a black ground, flat, 1600 pixels wide.
    private static Canvas Dark(IEnumerable<Stroke> strokes, Composition c)
    {
        var plan = new StrokePlan(1024, 1024f * c.Target.Height / c.Target.Width, Rgb.Black);
        plan.Strokes.AddRange(strokes);
        return Renderer.Render(plan, width: Full, options: new RenderOptions { Impasto = false });
    }

    // The crowded scene of `seed` by night, where a light bond crosses dark ground.
    private static Scene AtNight(int seed)
    {
        var scene = SceneTieRouteTests.RandomScene(seed);
        return scene with { Landscape = scene.Landscape with { Time = TimeOfDay.Night } };
    }

    // Each value the median of five about it, so a pixel's grain or a bristle's streak is not taken for a waist.
    private static List<float> Smoothed(List<float> raw) => [.. Enumerable.Range(2, raw.Count - 4).Select(i => raw.Skip(i - 2).Take(5).Order().ElementAt(2))];

    // The deepest dip along `w`: a value over the lesser of the greatest before it and the greatest after it (1 where it
    // only rises or only falls; a pinch between two swells sinks it), that lesser taken as at least `floor`.
    private static float Deepest(List<float> w, float floor) =>
        Enumerable.Range(0, w.Count).Min(i => w[i] / MathF.Max(floor, MathF.Min(w.Take(i + 1).Max(), w.Skip(i).Max())));

    // The lightness the tie changes across the arc at t, summed over the pixels out to a third of a figure's height either
    // side (Oklab lightness × pixels).
    private static float Mass(Canvas whole, Canvas without, TieArc arc, float t, float k, float unit)
    {
        var (a, b) = (arc.At(t - 0.01f), arc.At(t + 0.01f));
        var (x, y) = arc.At(t);
        float dx = b.X - a.X, dy = b.Y - a.Y, d = MathF.Sqrt(dx * dx + dy * dy), sum = 0f;
        for (float s = -unit * 0.3f; s <= unit * 0.3f; s += 0.5f)
        {
            int px = (int)(x * k - dy / d * s), py = (int)(y * k + dx / d * s);
            if (px < 0 || py < 0 || px >= whole.Width || py >= whole.Height) continue;
            int i = py * whole.Width + px;
            sum += MathF.Abs(SceneRenders.Lightness(whole, i) - SceneRenders.Lightness(without, i)) * 0.5f;
        }
        return sum;
    }

    // Each bond of three crowded scenes, measured by `measure` on the scene's strokes rendered with and without it: its
    // scene's seed, its part, its arc, the two renders, output pixels per working one and the two people's mean height.
    private static void EachBond(Action<int, string, TieArc, Canvas, Canvas, float, float> measure)
    {
        for (int seed = 1; seed <= 3; seed++)
        {
            var scene = SceneTieRouteTests.RandomScene(seed);
            var c = SceneComposer.Compose(scene, 400);
            var colours = SceneSource.Colours(c.Target, Styles.Expressive with { Seed = scene.Seed, Mood = scene.Mood }, Rgb.White);
            var strokes = SceneMarks.Paint(c, 1024f / c.Target.Width, colours);
            using var whole = SceneRenders.Flat(strokes, c);
            var byName = c.Figures.ToDictionary(f => f.Figure.Name, StringComparer.Ordinal);
            foreach (var (tie, arc) in TieRoutes.Arcs(c, byName).Where(t => t.Tie.Strength > 0))
            {
                var part = $"tie:{tie.From}+{tie.To}";
                using var without = SceneRenders.Flat(strokes.Where(s => s.Part != part), c);
                float k = (float)Full / c.Target.Width, unit = (byName[tie.From].Height + byName[tie.To].Height) / 2 * k;
                measure(seed, part, arc, whole, without, k, unit);
            }
        }
    }

    // The painted width across the arc at t (output pixels): the pixels along the normal, out to a figure's height either
    // side, that the tie changed visibly.
    private static float Width(Canvas whole, Canvas without, TieArc arc, float t, float k, float unit)
    {
        var (a, b) = (arc.At(t - 0.01f), arc.At(t + 0.01f));
        var (x, y) = arc.At(t);
        float dx = b.X - a.X, dy = b.Y - a.Y, d = MathF.Sqrt(dx * dx + dy * dy);
        int painted = 0;
        for (float s = -unit; s <= unit; s += 1f)
        {
            int px = (int)(x * k - dy / d * s), py = (int)(y * k + dx / d * s);
            if (px < 0 || py < 0 || px >= whole.Width || py >= whole.Height) continue;
            int i = py * whole.Width + px;
            if (MathF.Abs(SceneRenders.Lightness(whole, i) - SceneRenders.Lightness(without, i)) > 0.05f) painted++;
        }
        return painted;
    }
}
