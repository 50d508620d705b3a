using Echoes.Scenes;
using Echoes.Strokes;

namespace Echoes.Tests;

/// <summary>The dunes' lines leave the ties legible, measured on a dune sea's own strokes: no crest or brink line of the
/// sand runs through a tie's line (at night the crests crossed the broken ties and tangled with them).</summary>
public class SceneDuneTieTests(ITestOutputHelper output)
{
    // The night in the dunes of the curators' set: five people, a bond, a broken tie and a weak one.
    private const string Night = """
        title: dunes night
        size: [3000, 1500]
        seed: 26
        mood: { loss: 0.6 }
        landscape: { kind: dunes, time: night, horizon: 0.47 }
        figures:
          - { name: Iris, mood: loss, pose: sitting }
          - { name: Jon, mood: love, pose: standing }
          - { name: Kai, mood: sorrow, pose: sitting }
          - { name: Lena, mood: joy, pose: walking }
          - { name: Milo, mood: loss, pose: standing }
        ties:
          - { from: Iris, to: Jon, strength: 0.9 }
          - { from: Jon, to: Kai, strength: -0.6 }
          - { from: Kai, to: Lena, strength: 0.4 }
        """;

    public static TheoryData<TimeOfDay, int> Times => new()
    {
        { TimeOfDay.Night, 26 }, { TimeOfDay.Night, 9 }, { TimeOfDay.Dusk, 26 }, { TimeOfDay.Day, 4 }, { TimeOfDay.Dawn, 26 },
    };

    [Theory]
    [MemberData(nameof(Times))]
    public void No_line_of_the_sand_runs_through_a_tie(TimeOfDay time, int seed)
    {
        var scene = SceneReader.Parse(Night) with { Landscape = new Landscape(LandscapeKind.Dunes, time, 0.47f), Seed = seed };
        var (c, colours, marks) = SceneRenders.Parts(scene, 600);
        float scale = 1024f / c.Target.Width;
        float unit = c.Figures.Average(f => f.Height) * scale;
        var ties = SceneMarks.Paint(c, scale, colours).Where(s => s.Part?.StartsWith("tie:", StringComparison.Ordinal) == true).ToList();
        // The sand's lines: the crests and brinks the ranges and the ground draw along their dunes (the ground's level wash
        // rows have three points and lie under everything as its colour, not as a line).
        var lines = new List<Stroke>();
        RidgeStrokes.Paint(lines, c, colours, marks, new Random(1));
        GroundStrokes.Paint(lines, c, colours, marks, new Random(2));
        lines.RemoveAll(s => s.Points.Length < 4);
        // Through a tie: its spine within half their widths of the tie's spine, away from the tie's ends (where it goes
        // into its people, who stand on the sand).
        int through = lines.Count(l => ties.Any(t => Touches(l, t, unit)));
        output.WriteLine($"{time} seed {seed}: {through} of {lines.Count} lines of the sand run through one of {ties.Count} tie strokes");
        Assert.True(through == 0, $"{through} lines of the sand run through a tie ({time}, seed {seed})");
    }

    // Whether line l's spine comes within half their widths of tie t's spine, more than a person's height from t's ends.
    private static bool Touches(Stroke l, Stroke t, float unit)
    {
        var (a, b) = (t.Points[0], t.Points[^1]);
        float reach = (l.Width + t.Width) / 2;
        foreach (var p in Dense(l.Points, reach))
            foreach (var q in Dense(t.Points, reach))
            {
                if (Distance(q, a) < unit || Distance(q, b) < unit) continue;
                if (Distance(p, q) < reach) return true;
            }
        return false;
    }

    // The spine as points no farther apart than step.
    private static IEnumerable<Point2> Dense(Point2[] spine, float step)
    {
        for (int i = 0; i < spine.Length - 1; i++)
        {
            int n = Math.Max(1, (int)MathF.Ceiling(Distance(spine[i], spine[i + 1]) / MathF.Max(0.5f, step)));
            for (int k = 0; k < n; k++) yield return spine[i] + (spine[i + 1] - spine[i]) * (k / (float)n);
        }
        yield return spine[^1];
    }

    private static float Distance(Point2 a, Point2 b) => MathF.Sqrt((a.X - b.X) * (a.X - b.X) + (a.Y - b.Y) * (a.Y - b.Y));
}
