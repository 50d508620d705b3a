using Echoes.Imaging;
using Echoes.Painting;
using Echoes.Pipeline;
using Echoes.Scenes;
using Echoes.Strokes;

namespace Echoes.Tests;

/// <summary>A dune sea reads as dunes, measured on the scene's own strokes and their renders: no flat dark strip across
/// the picture, no parallel tracks along the folds, and the far dunes quieter than the near.</summary>
public class SceneDuneTests(ITestOutputHelper output)
{
    // The long walk of examples/dunes.json: three people on the sand.
    private const string Walk = """
        title: The long walk
        size: [3000, 1300]
        seed: 9
        mood: { sorrow: 0.6 }
        landscape: { kind: dunes, time: dusk, horizon: 0.5 }
        figures:
          - { name: Amal, mood: sorrow, pose: walking }
          - { name: Karim, mood: { sorrow: 0.5, love: 0.5 }, pose: walking }
          - { name: Zainab, mood: loss, pose: sitting }
        ties:
          - { from: Amal, to: Karim, strength: 0.6 }
          - { from: Zainab, to: Amal, strength: -0.5 }
        """;

    private static Scene At(TimeOfDay time, int seed) => SceneReader.Parse(Walk) with { Landscape = new Landscape(LandscapeKind.Dunes, time, 0.5f), Seed = seed };

    public static TheoryData<TimeOfDay, int> Times => new()
    {
        { TimeOfDay.Dusk, 9 }, { TimeOfDay.Day, 9 }, { TimeOfDay.Night, 9 }, { TimeOfDay.Dawn, 9 }, { TimeOfDay.Dusk, 4 }, { TimeOfDay.Day, 21 },
    };

    [Theory]
    [MemberData(nameof(Times))]
    public void No_flat_dark_strip_runs_across_the_dunes(TimeOfDay time, int seed)
    {
        var (painting, c) = SceneRenders.OwnStrokes(At(time, seed), 600, 800, impasto: false);
        using var _ = painting;
        int w = painting.Width, h = painting.Height, blocks = 20;
        float k = c.Target.Width / (float)w;
        // The land in front: from the highest top of the nearest range down.
        int from = (int)(c.Ridges[^1].Crest.Min(q => q.Y) / k), to = h - 1;
        // Each row, in 20 blocks across.
        var rows = new float[h][];
        for (int y = from; y < to; y++)
            rows[y] = [.. Enumerable.Range(0, blocks).Select(i => SceneRenders.Luminance(painting, i * w / blocks, (i + 1) * w / blocks, y, y + 1))];
        float land = Enumerable.Range(from, to - from).Select(y => rows[y].Average()).Order().ElementAt((to - from) / 2);
        // A strip: an unbroken run of rows dark across the picture, most of their blocks well below the land's median.
        int run = 0, longest = 0, at = 0;
        for (int y = from; y < to; y++)
        {
            run = rows[y].Count(v => v < land - 0.08f) >= blocks * 0.7f ? run + 1 : 0;
            if (run > longest) (longest, at) = (run, y);
        }
        output.WriteLine($"{time} seed {seed}: longest flat dark run {longest * 100f / h:F1} % of the height at {at * 100f / h:F0} %");
        Assert.True(longest < h * 0.02f, $"a flat dark strip {longest * 100f / h:F1} % of the height runs across the dunes at {at * 100f / h:F0} %");
    }

    [Theory]
    [MemberData(nameof(Times))]
    public void The_folds_are_not_parallel_tracks(TimeOfDay time, int seed)
    {
        var c = SceneComposer.Compose(At(time, seed), 600);
        float scale = 1024f / c.Target.Width, h = c.Target.Height * scale, w = 1024f;
        // The ground's long lines that follow the land (the level wash rows have three points; the rows of the dark mass at
        // the viewer's feet are broader, overlapping into one mass).
        var lines = SceneMarks.Paint(c, scale, SceneSource.Colours(c.Target, Styles.Expressive with { Seed = seed }))
            .Where(s => s.Part == "land" && s.Points.Length >= 5 && s.Points[0].Y > c.LandTop * scale && s.Width < h * 0.03f
                && s.Points.Max(p => p.X) - s.Points.Min(p => p.X) > w * 0.05f)
            .ToList();
        // Tracks: three of them side by side across a stretch of the ground, evenly spaced (the middle one's gaps to the
        // others the same, on either side), as the old folds laid three strokes along each crest.
        int tracked = lines.Count(a =>
        {
            var gaps = lines.Where(b => b != a).Select(b => Gap(a, b, w, h)).OfType<float>().ToList();
            return gaps.Any(g => g > 0 && gaps.Any(o => o < 0 && MathF.Abs(g + o) < 0.25f * g));
        });
        output.WriteLine($"{time} seed {seed}: {tracked} of {lines.Count} long ground strokes run in parallel tracks");
        Assert.True(tracked <= lines.Count * 0.1, $"{tracked} of {lines.Count} long ground strokes run in parallel tracks ({time}, seed {seed})");
    }

    // The gap from a to b where b runs beside a over at least a twentieth of the width, at a gap under 6 % of the height
    // that varies by less than a sixth of itself and leaves ground between them (the rows of one mass overlap: they are
    // no tracks); null where it does not.
    private static float? Gap(Stroke a, Stroke b, float w, float h)
    {
        float x0 = MathF.Max(a.Points.Min(p => p.X), b.Points.Min(p => p.X)), x1 = MathF.Min(a.Points.Max(p => p.X), b.Points.Max(p => p.X));
        if (x1 - x0 < w * 0.05f) return null;
        var gaps = Enumerable.Range(0, 8).Select(i => x0 + (x1 - x0) * (i + 0.5f) / 8).Select(x => YAt(b, x) - YAt(a, x)).ToArray();
        float gap = gaps.Average(), wander = MathF.Sqrt(gaps.Average(g => (g - gap) * (g - gap)));
        bool beside = MathF.Abs(gap) > 0.7f * (a.Width + b.Width) / 2 && MathF.Abs(gap) < h * 0.06f && wander < MathF.Abs(gap) / 6;
        return beside ? gap : null;
    }

    // The height of a stroke's spine at x (its points taken in order of x).
    private static float YAt(Stroke s, float x)
    {
        var pts = s.Points.OrderBy(p => p.X).ToArray();
        for (int i = 0; i < pts.Length - 1; i++)
            if (x >= pts[i].X && x <= pts[i + 1].X)
                return pts[i].Y + (pts[i + 1].Y - pts[i].Y) * (x - pts[i].X) / MathF.Max(1e-3f, pts[i + 1].X - pts[i].X);
        return x < pts[0].X ? pts[0].Y : pts[^1].Y;
    }

    [Theory]
    [MemberData(nameof(Times))]
    public void The_far_dunes_are_paler_and_quieter_than_the_near(TimeOfDay time, int seed)
    {
        var (painting, c) = SceneRenders.OwnStrokes(At(time, seed) with { Figures = [], Ties = [] }, 600, 800, impasto: false);
        using var _ = painting;
        float k = painting.Width / (float)c.Target.Width;
        int top = (int)(c.LandTop * k), h = painting.Height, depth = h - top;
        // The contrast of a band of the ground: the spread of its values in blocks a fiftieth of the width across.
        (float Mean, float Spread) Band(int y0, int y1)
        {
            int step = painting.Width / 50;
            var v = new List<float>();
            for (int y = y0; y + step <= y1; y += step)
                for (int x = 0; x + step <= painting.Width; x += step) v.Add(SceneRenders.Luminance(painting, x, x + step, y, y + step));
            float m = v.Average();
            return (m, MathF.Sqrt(v.Average(q => (q - m) * (q - m))));
        }
        var far = Band(top, top + depth / 4);
        var near = Band(h - depth * 2 / 5, h);
        output.WriteLine($"{time} seed {seed}: contrast far {far.Spread:F3}, near {near.Spread:F3}; value far {far.Mean:F3}, near {near.Mean:F3}");
        Assert.True(far.Spread < near.Spread * 0.7f, $"far dunes' contrast {far.Spread:F3}, near {near.Spread:F3} ({time}, seed {seed})");
        // Paler in the light of day, dawn and dusk; the night's air is dark, and there only their contrast falls away.
        if (time != TimeOfDay.Night) Assert.True(far.Mean > near.Mean + 0.02f, $"the far dunes ({far.Mean:F3}) are not paler than the near ({near.Mean:F3}) ({time}, seed {seed})");
    }
}
