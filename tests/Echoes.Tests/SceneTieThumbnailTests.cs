using Echoes.Color;
using Echoes.Imaging;
using Echoes.Rendering;
using Echoes.Scenes;
using Echoes.Strokes;

namespace Echoes.Tests;

/// <summary>Ties read as brush gestures when the painting is shown small: each stands out from the ground it crosses at
/// a 400-pixel-wide thumbnail, and its painted width swells and thins along it.</summary>
public class SceneTieThumbnailTests
{
    private const int Thumb = 400, Full = 1600;

    [Fact]
    public void Every_tie_stands_out_from_its_surroundings_at_a_400_pixel_thumbnail_in_many_random_scenes()
    {
        var weak = new List<string>();
        var all = new List<float>();
        for (int seed = 1; seed <= 6; seed++)
        {
            var scene = SceneTieRouteTests.RandomScene(seed);
            var (painting, c) = SceneRenders.OwnStrokes(scene, 400, Full, impasto: false);
            var thumb = Lightness(painting, Full / Thumb);
            float k = (float)Thumb / c.Target.Width;
            var byName = c.Figures.ToDictionary(f => f.Figure.Name, StringComparer.Ordinal);
            foreach (var (tie, arc) in TieRoutes.Arcs(c, byName))
            {
                float unit = (byName[tie.From].Height + byName[tie.To].Height) / 2;
                // An estrangement's halves reach at most this far along the arc (its gap as the painter leaves it).
                float reach = TieStrokes.Reach(arc.Length, unit);
                float contrast = tie.Strength < 0 ? Contrast(thumb, arc, k, 0.25f * reach, 0.6f * reach) : Contrast(thumb, arc, k, 0.1f, 0.5f);
                all.Add(contrast);
                if (contrast < Bound) weak.Add($"seed {seed} {tie.From}+{tie.To} ({tie.Strength:F2}) {contrast:F3}");
            }
        }
        all.Sort();
        Assert.True(weak.Count == 0, $"median {all[all.Count / 2]:F3}; weak: " + string.Join(", ", weak));
    }

    // Oklab lightness between a tie's path and the ground beside it at the thumbnail, measured on these scenes: when the
    // ties were painted narrower than a thumbnail's pixel, in the air's colour between their people, the weakest stood
    // 0.054 from their ground (median 0.143); painted in ground tones, none less than 0.12 (median 0.23). As threads of
    // light over their underside the median is 0.23 and the weakest 0.093: a cold thread among three that leave one
    // small far figure together, where the ground beside it is its neighbours' light.
    private const float Bound = 0.09f;

    [Fact]
    public void A_bond_is_painted_wider_in_some_places_than_in_others_in_many_random_scenes()
    {
        var ratios = new List<float>();
        var flat = new List<string>();
        for (int seed = 1; seed <= 3; seed++)
        {
            var scene = SceneTieRouteTests.RandomScene(seed);
            var c = SceneComposer.Compose(scene, 400);
            var colours = Echoes.Pipeline.SceneSource.Colours(c.Target, Echoes.Painting.Styles.Expressive with { Seed = scene.Seed });
            var strokes = SceneMarks.Paint(c, 1024f / c.Target.Width, colours);
            var byName = c.Figures.ToDictionary(f => f.Figure.Name, StringComparer.Ordinal);
            foreach (var (tie, arc) in TieRoutes.Arcs(c, byName).Where(t => t.Tie.Strength > 0))
            {
                var part = $"tie:{tie.From}+{tie.To}";
                var plan = new StrokePlan(1024, 1024f * c.Target.Height / c.Target.Width, Rgb.White);
                plan.Strokes.AddRange(strokes.Where(s => s.Part == part));
                using var alone = Renderer.Render(plan, width: Full, options: new RenderOptions { Impasto = false });
                float k = (float)Full / c.Target.Width, unit = (byName[tie.From].Height + byName[tie.To].Height) / 2 * k;
                // The width at 21 places along the bond's middle, each the mean of three neighbours (a pixel's rounding is
                // not a change of pressure).
                var widths = Enumerable.Range(0, 21).Select(i => (float)Width(alone, arc, 0.1f + 0.04f * i, k, unit)).ToList();
                var smooth = Enumerable.Range(1, 19).Select(i => (widths[i - 1] + widths[i] + widths[i + 1]) / 3).ToList();
                float ratio = smooth.Max() / MathF.Max(1f, smooth.Min());
                ratios.Add(ratio);
                if (ratio < 1.3f) flat.Add($"seed {seed} {part} {ratio:F2} [{string.Join(" ", widths)}]");
            }
        }
        ratios.Sort();
        // Measured on these scenes: the bonds of before, laid in even strokes, swelled a median 1.5 times along their
        // middle, mostly by the rounding of a narrow line; pressed from the giver and answered lighter, a bond is about
        // twice as wide where it leaves as where it arrives (median 2.1).
        Assert.True(flat.Count == 0 && ratios[ratios.Count / 2] >= 1.8f, $"median {ratios[ratios.Count / 2]:F2}; " + string.Join("; ", flat));
    }

    // The painted width across the arc at t (pixels of `alone`, a tie on white): the pixels along the normal, out to a
    // figure's height either side, that the paint darkened or tinted visibly.
    private static int Width(Canvas alone, TieArc arc, float t, float k, float unit)
    {
        var (a, b) = (arc.At(t - 0.01f), arc.At(t + 0.01f));
        var (x, y) = arc.At(t);
        float dx = b.X - a.X, dy = b.Y - a.Y, d = MathF.Sqrt(dx * dx + dy * dy);
        int painted = 0;
        for (float s = -unit; s <= unit; s += 1f)
        {
            int px = (int)(x * k - dy / d * s), py = (int)(y * k + dx / d * s);
            if (px < 0 || py < 0 || px >= alone.Width || py >= alone.Height) continue;
            int i = (py * alone.Width + px) * 4;
            if (alone.Pixels[i] + alone.Pixels[i + 1] + alone.Pixels[i + 2] < 3 * 255 - 40) painted++;
        }
        return painted;
    }

    // The median over the tie's path (t from `from` to `to` from each end: the whole of a bond, an estrangement's halves) of how
    // far the path's lightness stands from the mean of the ground a few thumbnail pixels either side.
    private static float Contrast(float[,] thumb, TieArc arc, float k, float from, float to)
    {
        var ts = Enumerable.Range(0, 9).Select(i => from + (to - from) * i / 8f).SelectMany(t => new[] { t, 1f - t });
        var contrasts = new List<float>();
        foreach (float t in ts)
        {
            var (a, b) = (arc.At(t - 0.01f), arc.At(t + 0.01f));
            var (x, y) = arc.At(t);
            float dx = b.X - a.X, dy = b.Y - a.Y, d = MathF.Sqrt(dx * dx + dy * dy), nx = -dy / d, ny = dx / d;
            float At(float s) => Sample(thumb, x * k + nx * s, y * k + ny * s);
            float ground = (At(-4f) + At(4f) + At(-5f) + At(5f)) / 4;
            // The line's core: the most distinct of the pixels on and next to the path (the hand's wander moves it a little).
            float core = new[] { At(-1f), At(0f), At(1f) }.MaxBy(v => MathF.Abs(v - ground));
            contrasts.Add(MathF.Abs(core - ground));
        }
        contrasts.Sort();
        return contrasts[contrasts.Count / 2];
    }

    private static float Sample(float[,] l, float x, float y) =>
        l[Math.Clamp((int)MathF.Round(x), 0, l.GetLength(0) - 1), Math.Clamp((int)MathF.Round(y), 0, l.GetLength(1) - 1)];

    // The painting shrunk by `by` (the mean of each by × by block, in linear light), as Oklab lightness per pixel.
    private static float[,] Lightness(Canvas c, int by)
    {
        var l = new float[c.Width / by, c.Height / by];
        for (int y = 0; y < l.GetLength(1); y++)
            for (int x = 0; x < l.GetLength(0); x++)
            {
                float r = 0, g = 0, b = 0;
                for (int j = 0; j < by; j++)
                    for (int i = 0; i < by; i++)
                    {
                        var q = Rgb.FromSrgb8(c.Pixels[((y * by + j) * c.Width + x * by + i) * 4], c.Pixels[((y * by + j) * c.Width + x * by + i) * 4 + 1],
                            c.Pixels[((y * by + j) * c.Width + x * by + i) * 4 + 2]);
                        (r, g, b) = (r + q.R, g + q.G, b + q.B);
                    }
                l[x, y] = Oklab.FromLinear(new Rgb(r / (by * by), g / (by * by), b / (by * by))).L;
            }
        return l;
    }
}
