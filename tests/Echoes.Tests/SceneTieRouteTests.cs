using Echoes.Painting;
using Echoes.Moods;
using Echoes.Pipeline;
using Echoes.Scenes;
using Echoes.Strokes;

namespace Echoes.Tests;

/// <summary>Where ties run: past everyone else, not through them, and not along the landscape's long lines.</summary>
public class SceneTieRouteTests
{
    // A scene composed at 400 px, its people by name and its ties' routes.
    private static (Composition C, Dictionary<string, PlacedFigure> ByName, List<(Tie Tie, TieArc Arc)> Arcs) Routed(Scene scene)
    {
        var c = SceneComposer.Compose(scene, 400);
        var byName = c.Figures.ToDictionary(f => f.Figure.Name);
        return (c, byName, TieRoutes.Arcs(c, byName));
    }

    // A random scene: six to ten people in random poses, each tied to one or two others, bonds and estrangements.
    internal static Scene RandomScene(int seed)
    {
        var rng = new Random(seed);
        var kinds = Enum.GetValues<LandscapeKind>();
        var times = Enum.GetValues<TimeOfDay>();
        var poses = Enum.GetValues<Pose>();
        int n = 6 + rng.Next(5);
        var figures = Enumerable.Range(0, n).Select(i => new Figure("P" + i, default(Mood), poses[rng.Next(poses.Length)])).ToList();
        var ties = new List<Tie>();
        for (int i = 0; i < n; i++)
            for (int k = 0; k < 1 + rng.Next(2); k++)
            {
                int j = rng.Next(n);
                if (j == i || ties.Any(t => (t.From, t.To) == ("P" + i, "P" + j) || (t.From, t.To) == ("P" + j, "P" + i))) continue;
                float strength = (0.3f + 0.7f * rng.NextSingle()) * (rng.NextSingle() < 0.3f ? -1f : 1f);
                ties.Add(new Tie("P" + i, "P" + j, strength));
            }
        return new Scene
        {
            Size = (2000, 1000), Seed = seed, Figures = figures, Ties = ties,
            Landscape = new Landscape(kinds[rng.Next(kinds.Length)], times[rng.Next(times.Length)]),
        };
    }

    // The scene's tie strokes, their spines in working pixels, by part.
    private static (Composition C, List<(string Part, (float X, float Y)[] Spine)> Ties) TieSpines(Scene scene)
    {
        var c = SceneComposer.Compose(scene, 400);
        float scale = 1024f / c.Target.Width;
        var colours = SceneSource.Colours(c.Target, Styles.Expressive with { Seed = scene.Seed, Mood = scene.Mood });
        var ties = SceneMarks.Paint(c, scale, colours).Where(s => s.Part?.StartsWith("tie:", StringComparison.Ordinal) == true)
            .Select(s => (s.Part!, s.Points.Select(q => (q.X / scale, q.Y / scale)).ToArray())).ToList();
        return (c, ties);
    }

    // Every point along the spine, a quarter pixel apart, so a segment between two far points is followed too.
    private static IEnumerable<(float X, float Y)> Along((float X, float Y)[] spine)
    {
        if (spine.Length == 1) yield return spine[0];
        for (int i = 0; i + 1 < spine.Length; i++)
        {
            var (a, b) = (spine[i], spine[i + 1]);
            int steps = Math.Max(1, (int)(MathF.Sqrt((b.X - a.X) * (b.X - a.X) + (b.Y - a.Y) * (b.Y - a.Y)) * 4));
            for (int k = 0; k <= steps; k++) yield return (a.X + (b.X - a.X) * k / steps, a.Y + (b.Y - a.Y) * k / steps);
        }
    }

    [Fact]
    public void No_tie_passes_through_a_third_figure_in_many_random_scenes()
    {
        var crossings = new List<string>();
        for (int seed = 1; seed <= 24; seed++)
        {
            var (c, ties) = TieSpines(RandomScene(seed));
            foreach (var (part, spine) in ties)
            {
                var ends = part["tie:".Length..].Split('+');
                foreach (var f in c.Figures.Where(f => !ends.Contains(f.Figure.Name)))
                {
                    // The box shrunk by a tenth of the figure's height on every side: the body, not the air around it.
                    var (l, t, r, b) = f.Box;
                    float m = f.Height * 0.1f;
                    if (Along(spine).Any(q => q.X > l + m && q.X < r - m && q.Y > t + m && q.Y < b - m))
                        crossings.Add($"seed {seed}: {part} through {f.Figure.Name}");
                }
            }
        }
        Assert.True(crossings.Count == 0, string.Join("; ", crossings.Distinct()));
    }

    [Fact]
    public void No_two_ties_run_side_by_side_in_many_random_scenes()
    {
        // Stacked in parallel, ties read as a diagram's wiring: a tie's middle may not run beside another for long. (Routed
        // without regard to each other, 79 of these 218 ties did; where every other way cuts through someone, one still may.)
        int count = 0;
        var stacked = new List<string>();
        for (int seed = 1; seed <= 24; seed++)
        {
            var (_, byName, arcs) = Routed(RandomScene(seed));
            foreach (var (tie, arc) in arcs)
            {
                count++;
                float unit = (byName[tie.From].Height + byName[tie.To].Height) / 2;
                if (TieRoutes.Stacks(arc, arcs.Where(o => o.Tie != tie), unit)) stacked.Add($"{seed}:{tie.From}+{tie.To}");
            }
        }
        Assert.True(stacked.Count * 6 <= count, $"{stacked.Count} of {count} ties run beside another: " + string.Join(", ", stacked));
    }

    [Fact]
    public void No_tie_runs_along_the_horizon_and_the_routes_are_the_same_for_a_seed()
    {
        for (int seed = 1; seed <= 24; seed++)
        {
            var scene = RandomScene(seed);
            var (c, byName, arcs) = Routed(scene);
            Assert.Equal(arcs, TieRoutes.Arcs(SceneComposer.Compose(scene, 400), byName));
            foreach (var (tie, arc) in arcs)
            {
                // Within an eighth of a figure's height of the horizon for no more than a fifth of its length.
                float band = (byName[tie.From].Height + byName[tie.To].Height) / 2 * 0.12f;
                var pts = arc.Points(0f, 1f, 41);
                int along = pts.Count(q => MathF.Abs(q.Y - c.HorizonY) < band || MathF.Abs(q.Y - c.LandTop) < band);
                Assert.True(along < pts.Length / 5, $"seed {seed}: {tie.From}+{tie.To} runs along the horizon ({along} of {pts.Length})");
            }
        }
    }

    [Fact]
    public void A_tie_between_two_people_one_above_the_other_is_a_gentle_arc_not_a_loop()
    {
        int steep = 0;
        var loops = new List<string>();
        for (int seed = 1; seed <= 40; seed++)
        {
            var (c, byName, arcs) = Routed(RandomScene(seed));
            foreach (var (tie, arc) in arcs.Where(t => MathF.Abs(t.Arc.B.Y - t.Arc.A.Y) > 0.5f * MathF.Abs(t.Arc.B.X - t.Arc.A.X)))
            {
                steep++;
                // Through someone in the way it may still lift (never through their body); round its own people it may not.
                var others = c.Figures.Where(f => f.Figure.Name != tie.From && f.Figure.Name != tie.To).ToList();
                bool blocked = others.Any(o => new TieArc(arc.A, arc.B, 0.6f).Points(0f, 1f, 32).Any(q => Inside(o.Box, q))
                    && new TieArc(arc.A, arc.B, -0.6f).Points(0f, 1f, 32).Any(q => Inside(o.Box, q)));
                if (!blocked && MathF.Abs(arc.Bend) > TieRoutes.LoopBend) loops.Add($"seed {seed}: {tie.From}+{tie.To} bends {arc.Bend:F2}");
            }
        }
        Assert.True(steep > 3, $"only {steep} steep ties: the scenes do not test this");
        Assert.True(loops.Count == 0, string.Join("; ", loops));
    }

    [Fact]
    public void A_crowded_web_crosses_itself_less_than_arcs_all_bent_one_way_would()
    {
        int routed = 0, upward = 0;
        for (int seed = 1; seed <= 16; seed++)
        {
            var (_, _, arcs) = Routed(RandomScene(seed));
            var mine = arcs.Select(t => t.Arc).ToList();
            // The same people and ties, every arc bulging upward at a bond's own bend (how a web is drawn unrouted).
            var up = arcs.Select(t => new TieArc(t.Arc.A, t.Arc.B, 0.6f)).ToList();
            routed += mine.Select((a, i) => TieRoutes.Crossings(a, mine.Skip(i + 1))).Sum();
            upward += up.Select((a, i) => TieRoutes.Crossings(a, up.Skip(i + 1))).Sum();
        }
        Assert.True(upward > 20, $"only {upward} crossings unrouted: the scenes do not test this");
        // Measured on these scenes: 26 crossings routed against 48 with every arc bent upward (the rest are people
        // standing crosswise, where no arc can go round).
        Assert.True(routed * 3 <= upward * 2, $"{routed} crossings routed, {upward} with every arc bent upward");
    }

    private static bool Inside((float L, float T, float R, float B) box, (float X, float Y) q) =>
        q.X > box.L && q.X < box.R && q.Y > box.T && q.Y < box.B;
}
