using Echoes.Color;
using Echoes.Imaging;
using Echoes.Painting;
using Echoes.Pipeline;
using Echoes.Rendering;
using Echoes.Scenes;
using Echoes.Strokes;

namespace Echoes.Tests;

/// <summary>The landscape a scene paints in its own brushwork, measured on real renders and on its composition.</summary>
public class SceneLandscapeTests
{
    private const string People = """
        title: Landscape
        size: [2000, 1000]
        seed: 4
        figures:
          - { name: A, pose: standing }
          - { name: B, pose: sitting }
          - { name: C, pose: walking }
          - { name: D, pose: kneeling }
        ties:
          - { from: A, to: B, strength: 0.7 }
          - { from: C, to: D, strength: -0.6 }
        """;

    private static readonly Rgb Magenta = new(1f, 0f, 1f);

    private static Scene In(LandscapeKind kind, TimeOfDay time, int seed = 4) =>
        SceneReader.Parse(People) with { Landscape = new Landscape(kind, time), Seed = seed };

    // The scene's own strokes alone on magenta, as composed at a working size of 400.
    private static (Canvas Painting, Composition C) OwnStrokes(Scene scene, int width = 600) =>
        SceneRenders.OwnStrokes(scene, 400, width, impasto: false, Magenta);

    [Theory]
    [MemberData(nameof(SceneMarkTests.EveryKindAndTime), MemberType = typeof(SceneMarkTests))]
    public void The_scene_paints_the_whole_landscape_itself_a_continuous_ground_under_its_people(LandscapeKind kind, TimeOfDay time)
    {
        var (painting, _) = OwnStrokes(In(kind, time));
        using (painting)
        {
            int bare = 0, n = painting.Width * painting.Height;
            for (int i = 0; i < n; i++)
            {
                int r = painting.Pixels[i * 4], g = painting.Pixels[i * 4 + 1], b = painting.Pixels[i * 4 + 2];
                if (Math.Abs(r - 255) + g + Math.Abs(b - 255) < 60) bare++;
            }
            // Only slivers at the very edges may be missed.
            Assert.True(bare < n * 0.01, $"{bare * 100.0 / n:F1} % of the canvas is not painted by the scene ({kind}, {time})");
        }
    }

    [Theory]
    [InlineData(LandscapeKind.Dunes, TimeOfDay.Dusk)]
    [InlineData(LandscapeKind.Dunes, TimeOfDay.Day)]
    [InlineData(LandscapeKind.Mountains, TimeOfDay.Night)]
    [InlineData(LandscapeKind.Valley, TimeOfDay.Night)]
    [InlineData(LandscapeKind.Plains, TimeOfDay.Dawn)]
    public void The_ground_folds_lit_above_each_crest_and_shaded_below_and_the_brushwork_follows_them(LandscapeKind kind, TimeOfDay time)
    {
        var c = SceneComposer.Compose(In(kind, time), 400);
        Assert.NotEmpty(c.Folds);
        int h = c.Target.Height;
        foreach (var fold in c.Folds)
        {
            // Measured on the composed reference: just above the crest lighter than just below it at most places.
            var onGround = fold.Crest.Where(p => p.Y - 3 > c.LandTop && p.Y + 3 < h && c.Layers.At(p.X, p.Y + 3) == LandLayers.Ground).ToList();
            if (onGround.Count < 10) continue;
            var r = c.Target.Reference;
            if (fold.Lee != 0f)
            {
                Dune(c, fold, onGround, time);
                continue;
            }
            int lit = onGround.Count(p => r[(int)p.X, (int)p.Y - 2].Luminance > r[(int)p.X, (int)p.Y + 3].Luminance);
            Assert.True(lit > onGround.Count * 0.8, $"lit above the crest at only {lit} of {onGround.Count} places ({kind}, {time})");
        }
        // The swells are not level: the crest of the nearest rises and falls by more than 2 % of the height (dunes 4 %).
        var near = c.Folds[^1].Crest;
        float rise = near.Max(p => p.Y) - near.Min(p => p.Y);
        Assert.True(rise > h * (kind == LandscapeKind.Dunes ? 0.04f : 0.02f), $"the nearest fold rises {rise / h:P1} ({kind})");
        // The scene's land strokes follow the swells: some run over a rise of more than 1 % of the height.
        var colours = SceneSource.Colours(c.Target, Styles.Expressive with { Seed = c.Scene.Seed });
        float scale = 1024f / c.Target.Width;
        int along = SceneMarks.Paint(c, scale, colours).Count(s => s.Part == "land" && s.Points.Length > 4
            && s.Points.Max(q => q.Y) - s.Points.Min(q => q.Y) > h * scale * 0.01f && s.Points[0].Y > c.LandTop * scale);
        Assert.True(along >= 10, $"only {along} land strokes follow the folds ({kind}, {time})");
    }

    // A row of dunes is a silhouette against the row behind it, not a fold lit above its crest: measured on the composed
    // reference, its crest is crisp where it is in sight (the value steps across it), and under each brink the slip face
    // is darker than the windward flank before it.
    private static void Dune(Composition c, GroundFold fold, List<(float X, float Y)> onGround, TimeOfDay time)
    {
        var r = c.Target.Reference;
        float L(float x, float y) => Oklab.FromLinear(r[(int)x, Math.Clamp((int)y, 0, c.Target.Height - 1)]).L;
        var seen = onGround.Where(p => fold.Visible(p.X, p.Y + 3)).ToList();
        // The near rows' crests: the far ones are lost in the air by design.
        bool near = fold.Crest.Average(p => p.Y) > (c.LandTop + c.Target.Height) / 2;
        int crisp = seen.Count(p => MathF.Abs(L(p.X, p.Y - 2) - L(p.X, p.Y + 3)) > 0.03f);
        Assert.True(!near || crisp > seen.Count * 0.8, $"the crest is crisp at only {crisp} of {seen.Count} places ({time})");
        var crest = fold.Crest;
        int brinks = 0, shaded = 0;
        foreach (var b in DuneBrink.On(crest, fold.Foot, fold.Lee))
        {
            // The slip face is a crescent under the falling crest (DuneBrink.Face): read it a third of the way down it.
            var (lee, windward) = (b.Face(crest, 0.4f, 0.3f), crest[(b.Top + b.Back) / 2]);
            float below = (fold.Foot - crest[b.Top].Y) * 0.15f;
            if (!fold.Visible(lee.X, lee.Y) || !fold.Visible(windward.X, windward.Y + below)) continue;
            brinks++;
            if (L(lee.X, lee.Y) < L(windward.X, windward.Y + below) - 0.03f) shaded++;
        }
        Assert.True(shaded >= brinks * 0.8, $"the slip face is darker than the windward flank under only {shaded} of {brinks} brinks ({time})");
    }

    [Theory]
    [MemberData(nameof(SceneMarkTests.EveryKindAndTime), MemberType = typeof(SceneMarkTests))]
    public void Crests_are_drawn_lines_not_a_seismograph_and_no_two_ridges_are_clones(LandscapeKind kind, TimeOfDay time)
    {
        var c = SceneComposer.Compose(In(kind, time), 600);
        foreach (var ridge in c.Ridges)
        {
            var crest = ridge.Crest;
            // How sharply the line turns from one step to the next, on average: a seismograph turns back and forth at
            // every step; a drawn crest bends now and then.
            double turning = 0;
            for (int i = 1; i < crest.Length - 1; i++)
            {
                double a = Math.Atan2(crest[i].Y - crest[i - 1].Y, crest[i].X - crest[i - 1].X);
                double b = Math.Atan2(crest[i + 1].Y - crest[i].Y, crest[i + 1].X - crest[i].X);
                turning += Math.Abs(Math.IEEERemainder(b - a, 2 * Math.PI));
            }
            turning /= crest.Length - 2;
            Assert.True(turning < 0.1, $"the crest turns {turning:F3} rad a step on average ({kind}, {time}, depth {ridge.Depth:F2})");
        }
        for (int i = 0; i < c.Ridges.Count; i++)
            for (int j = i + 1; j < c.Ridges.Count; j++)
            {
                // Shapes compared with their heights and levels taken out: clones would correlate almost perfectly.
                double corr = Correlation(c.Ridges[i].Crest.Select(p => (double)p.Y).ToArray(), c.Ridges[j].Crest.Select(p => (double)p.Y).ToArray());
                Assert.True(corr < 0.97, $"ridges {i} and {j} have the same shape (correlation {corr:F3}; {kind}, {time})");
            }
    }

    [Theory]
    [InlineData(LandscapeKind.Valley, TimeOfDay.Dusk)]
    [InlineData(LandscapeKind.Valley, TimeOfDay.Day)]
    [InlineData(LandscapeKind.Mountains, TimeOfDay.Night)]
    [InlineData(LandscapeKind.Mountains, TimeOfDay.Dawn)]
    [InlineData(LandscapeKind.Plains, TimeOfDay.Day)]
    [InlineData(LandscapeKind.Dunes, TimeOfDay.Dusk)]
    public void Far_ranges_are_nearer_the_sky_in_value_than_near_ones(LandscapeKind kind, TimeOfDay time)
    {
        var (painting, c) = OwnStrokes(In(kind, time));
        using (painting)
        {
            float px = painting.Width / (float)c.Target.Width;
            var far = Visible(painting, c, 0, px);
            var near = Visible(painting, c, c.Ridges.Count - 1, px);
            // The sky just above the far range, where it shows.
            var sky = new List<double>();
            foreach (var (x, y) in c.Ridges[0].Crest)
                for (float dy = c.Target.Height * 0.02f; dy < c.Target.Height * 0.06f; dy += 1.5f)
                    if (c.Layers.At(x, y - dy) == LandLayers.Sky && x * px < painting.Width - 1)
                        sky.Add(Lightness(painting, (int)(x * px), (int)((y - dy) * px)));
            double skyL = sky.Average();
            Assert.True(Math.Abs(far.Average() - skyL) < Math.Abs(near.Average() - skyL),
                $"the far ridge ({far.Average():F3}) is not nearer the sky ({skyL:F3}) than the near one ({near.Average():F3}); {kind}, {time}");
        }
    }

    [Theory]
    [InlineData(LandscapeKind.Valley, TimeOfDay.Dusk)]
    [InlineData(LandscapeKind.Coast, TimeOfDay.Dawn)]
    [InlineData(LandscapeKind.Plains, TimeOfDay.Day)]
    public void The_sky_washes_leave_the_sky_smoother_than_the_painters_strokes_alone(LandscapeKind kind, TimeOfDay time)
    {
        var source = new SceneSource(In(kind, time) with { Mood = default });
        var options = source.Options(Styles.Expressive);
        var plan = PaintPipeline.Paint(source, options);
        // The scene's own strokes close the plan, in the order the source gives them.
        var own = source.Overlay(options, (plan.Width, plan.Height));
        int first = plan.Strokes.Count - own.Count;
        Assert.Contains(own, s => s.Part == "sky");
        var without = new StrokePlan(plan.Width, plan.Height, plan.Background) { Relief = plan.Relief, Warmth = plan.Warmth };
        without.Strokes.AddRange(plan.Strokes.Where((s, i) => i < first || own[i - first].Part != "sky"));
        // Measured in the open sky: a cloud is a form, its lit side against its shadow and the sky by design.
        var c = SceneComposer.Compose(source.Painted(options), SceneSource.WorkingSize(options));
        var clouds = CloudLayout.Of(c, SkyWeather.Of(options.Mood.Parameters())).Select(k => k.Box).ToList();
        double washed = HardEdges(plan, c, clouds), painted = HardEdges(without, c, clouds);
        Assert.True(washed < painted * 0.75, $"hard edges in the sky: {washed:P1} with the washes, {painted:P1} without ({kind}, {time})");
    }

    [Theory]
    [InlineData(LandscapeKind.Valley, TimeOfDay.Dusk)]
    [InlineData(LandscapeKind.Mountains, TimeOfDay.Night)]
    public void Figures_bring_no_patch_of_ground_with_them(LandscapeKind kind, TimeOfDay time)
    {
        var c = SceneComposer.Compose(In(kind, time), 600);
        float scale = 1024f / c.Target.Width;
        var strokes = SceneMarks.Paint(c, scale, SceneSource.Colours(c.Target, Styles.Expressive));
        foreach (var f in c.Figures)
        {
            var widest = strokes.Where(s => s.Part == "figure:" + f.Figure.Name).Max(s => s.Width) / scale;
            // The broadest part of a person is the back or a coat, about a fifth of their height; a patch of lit ground
            // behind them (a spotlight) would be most of it.
            Assert.True(widest < f.Height * 0.35f, $"{f.Figure.Name} has a stroke {widest / f.Height:P0} of their height wide");
        }
    }

    [Fact]
    public void The_mood_reaches_the_scenes_own_brushwork_its_key_length_and_droop()
    {
        var c = SceneComposer.Compose(In(LandscapeKind.Valley, TimeOfDay.Day), 400);
        float scale = 1024f / c.Target.Width;
        (double Light, double Length, double Droop) Measure(string mood)
        {
            var own = SceneMarks.Paint(c, scale, SceneSource.Colours(c.Target, Styles.Expressive with { Seed = 4, Mood = Moods.Mood.Parse(mood) }))
                .Where(s => s.Part is "sky" or "land").ToList();
            var sky = own.Where(s => s.Part == "sky" && s.Points.Length == 3).ToList();
            return (own.Average(s => (double)s.Color.Luminance), sky.Average(s => (double)(s.Points[^1].X - s.Points[0].X)),
                sky.Average(s => (double)(s.Points[^1].Y - s.Points[0].Y)));
        }
        var joy = Measure("joy");
        var sorrow = Measure("sorrow");
        Assert.True(joy.Light > sorrow.Light * 1.3, $"the landscape's colours: joy {joy.Light:F3}, sorrow {sorrow.Light:F3}");
        Assert.True(sorrow.Length > joy.Length * 1.3, $"sky strokes: joy {joy.Length:F1} long, sorrow {sorrow.Length:F1}");
        Assert.True(sorrow.Droop > joy.Droop + 1, $"sky strokes sag: joy {joy.Droop:F2}, sorrow {sorrow.Droop:F2}");
    }

    // The share of neighbouring pixels in the upper fifth of a small render, off the clouds' boxes, that differ by more
    // than a quiet gradient: the edges of blocks, not the grain of bristles (which the small size averages away).
    private static double HardEdges(StrokePlan plan, Composition composed, List<(float L, float T, float R, float B)> clouds)
    {
        using var c = Renderer.Render(plan, width: 200);
        float k = composed.Target.Width / (float)c.Width;
        int rows = c.Height / 5, hard = 0, all = 0;
        for (int y = 0; y < rows; y++)
            for (int x = 0; x < c.Width - 1; x++)
            {
                if (clouds.Any(b => x * k > b.L - 2 * k && x * k < b.R + 2 * k && y * k > b.T - 2 * k && y * k < b.B + 2 * k)) continue;
                double v = Lightness(c, x, y);
                foreach (var u in new[] { Lightness(c, x + 1, y), Lightness(c, x, y + 1) })
                {
                    all++;
                    if (Math.Abs(u - v) > 0.025) hard++;
                }
            }
        return hard / (double)all;
    }

    // Lightness of the ridge's pixels a little under its crest where it is in front (working pixels to render pixels).
    private static List<double> Visible(Canvas painting, Composition c, int ridge, float px)
    {
        var values = new List<double>();
        byte layer = LandLayers.RidgeLayer(ridge);
        foreach (var (x, y) in c.Ridges[ridge].Crest)
            for (float dy = c.Target.Height * 0.01f; dy < c.Target.Height * 0.05f; dy += 1.5f)
                if (c.Layers.At(x, y + dy) == layer && x * px < painting.Width - 1)
                    values.Add(Lightness(painting, (int)(x * px), (int)((y + dy) * px)));
        Assert.True(values.Count > 20, $"ridge {ridge} barely shows");
        return values;
    }

    [Theory]
    [InlineData(LandscapeKind.Mountains, TimeOfDay.Night)]
    [InlineData(LandscapeKind.Valley, TimeOfDay.Dusk)]
    [InlineData(LandscapeKind.Plains, TimeOfDay.Day)]
    public void A_mood_of_loss_leaves_no_unpainted_canvas_in_the_sky_s_corners(LandscapeKind kind, TimeOfDay time)
    {
        // Loss leaves the least important canvas bare, and in a scene that is the top corners: the sky must still be painted.
        var scene = In(kind, time) with { Mood = new Moods.Mood(0f, 0.4f, 0f, 0.9f) };
        using var painting = OwnStrokes(scene).Painting;
        int cw = painting.Width / 8, ch = painting.Height / 8;
        foreach (int x0 in new[] { 0, painting.Width - cw })
        {
            int bare = 0;
            for (int y = 0; y < ch; y++)
                for (int x = x0; x < x0 + cw; x++)
                {
                    int i = (y * painting.Width + x) * 4;
                    if (Math.Abs(painting.Pixels[i] - 255) + painting.Pixels[i + 1] + Math.Abs(painting.Pixels[i + 2] - 255) < 120) bare++;
                }
            Assert.True(bare < cw * ch * 0.005, $"{bare * 100.0 / (cw * ch):F1} % of the top {(x0 == 0 ? "left" : "right")} corner is bare");
        }
    }

    private static double Lightness(Canvas c, int x, int y)
    {
        int i = (Math.Min(y, c.Height - 1) * c.Width + Math.Min(x, c.Width - 1)) * 4;
        return (0.2126 * c.Pixels[i] + 0.7152 * c.Pixels[i + 1] + 0.0722 * c.Pixels[i + 2]) / 255.0;
    }

    private static double Correlation(double[] a, double[] b)
    {
        double ma = a.Average(), mb = b.Average(), sab = 0, saa = 0, sbb = 0;
        for (int i = 0; i < a.Length; i++)
        {
            sab += (a[i] - ma) * (b[i] - mb);
            saa += (a[i] - ma) * (a[i] - ma);
            sbb += (b[i] - mb) * (b[i] - mb);
        }
        return sab / Math.Sqrt(Math.Max(1e-9, saa * sbb));
    }
}
