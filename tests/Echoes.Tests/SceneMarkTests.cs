using Echoes.Color;
using Echoes.Painting;
using Echoes.Pipeline;
using Echoes.Rendering;
using Echoes.Scenes;
using Echoes.Strokes;

namespace Echoes.Tests;

/// <summary>The scene's own strokes (figures, ties, echoes), measured on real renders.</summary>
public class SceneMarkTests
{
    // Many people in every pose, bonds strong and weak, estrangements, and two tied to no one.
    private const string Crowd = """
        size: [2000, 1000]
        seed: 11
        figures:
          - { name: A, mood: loss, pose: standing }
          - { name: B, mood: { love: 0.8 }, pose: sitting }
          - { name: C, mood: joy, pose: walking }
          - { name: D, mood: sorrow, pose: kneeling }
          - { name: E, pose: standing }
          - { name: F, mood: { joy: 0.6 }, pose: standing }
          - { name: G, mood: { sorrow: 0.9 }, pose: sitting }
          - { name: H, pose: walking }
          - { name: I, mood: love, pose: kneeling }
          - { name: J, pose: standing }
          - { name: K, mood: loss, pose: sitting }
          - { name: L, pose: standing }
        ties:
          - { from: A, to: B, strength: 0.9 }
          - { from: B, to: C, strength: 0.3 }
          - { from: C, to: D, strength: -0.8 }
          - { from: A, to: E, strength: 0.6 }
          - { from: E, to: F, strength: -0.4 }
          - { from: F, to: G, strength: 0.7 }
          - { from: G, to: H, strength: 0.5 }
          - { from: H, to: I, strength: -0.6 }
          - { from: B, to: I, strength: 0.4 }
          - { from: J, to: A, strength: 0.2 }
        """;

    private static readonly Rgb Ground = new(1f, 0f, 1f);

    internal static Scene CrowdIn(LandscapeKind kind, TimeOfDay time) =>
        SceneReader.Parse(Crowd) with { Landscape = new Landscape(kind, time) };

    // The scene's own strokes on a plain magenta ground (a colour none of them uses), at plan scale.
    internal static (StrokePlan Plan, Composition C, float Scale) Marks(Scene scene, int working = 400)
    {
        var c = SceneComposer.Compose(scene, working);
        var plan = new StrokePlan(1024, 1024f * c.Target.Height / c.Target.Width, Ground);
        float scale = plan.Width / c.Target.Width;
        var colours = SceneSource.Colours(c.Target, Styles.Expressive with { Seed = scene.Seed, Mood = scene.Mood });
        plan.Strokes.AddRange(SceneMarks.Paint(c, scale, colours));
        return (plan, c, scale);
    }

    internal static StrokePlan Only(StrokePlan plan, Func<Stroke, bool> keep)
    {
        var p = new StrokePlan(plan.Width, plan.Height, plan.Background) { Relief = plan.Relief };
        p.Strokes.AddRange(plan.Strokes.Where(keep));
        return p;
    }

    // Whether each pixel differs clearly from the magenta ground.
    internal static bool[] Painted(StrokePlan plan, int width, out int height)
    {
        using var c = Renderer.Render(plan, width: width, options: new RenderOptions { Impasto = false });
        height = c.Height;
        var painted = new bool[c.Width * c.Height];
        for (int i = 0; i < painted.Length; i++)
        {
            int r = c.Pixels[i * 4], g = c.Pixels[i * 4 + 1], b = c.Pixels[i * 4 + 2];
            painted[i] = Math.Abs(r - 255) + g + Math.Abs(b - 255) > 90;
        }
        return painted;
    }

    // A figure's silhouette: the pixels its opaque strokes paint (its shadows and lights are translucent).
    internal static bool[] Silhouette(StrokePlan plan, string name, int width, out int height) =>
        Painted(Only(plan, s => s.Part == "figure:" + name && s.Opacity >= 1f), width, out height);

    public static TheoryData<LandscapeKind, TimeOfDay> EveryKindAndTime()
    {
        var data = new TheoryData<LandscapeKind, TimeOfDay>();
        foreach (var k in Enum.GetValues<LandscapeKind>())
            foreach (var t in Enum.GetValues<TimeOfDay>()) data.Add(k, t);
        return data;
    }

    [Theory]
    [MemberData(nameof(EveryKindAndTime))]
    public void Every_figure_is_painted_at_least_2_5_percent_of_the_height(LandscapeKind kind, TimeOfDay time)
    {
        var (plan, c, scale) = Marks(CrowdIn(kind, time));
        const int width = 1200;
        // The body: the figure's opaque strokes (its ground patch and shadow are translucent).
        var painted = Painted(Only(plan, s => s.Part?.StartsWith("figure:", StringComparison.Ordinal) == true && s.Opacity >= 1f), width,
            out int height);
        float px = width / (float)c.Target.Width;
        foreach (var f in c.Figures)
        {
            Assert.Contains(plan.Strokes, s => s.Part == "figure:" + f.Figure.Name);
            var (l, t, r, b) = f.Box;
            int top = int.MaxValue, bottom = -1;
            for (int y = Math.Max(0, (int)(t * px) - 2); y < Math.Min(height, (int)(b * px) + 3); y++)
                for (int x = Math.Max(0, (int)(l * px)); x < Math.Min(width, (int)(r * px) + 1); x++)
                    if (painted[y * width + x]) { top = Math.Min(top, y); bottom = Math.Max(bottom, y); }
            Assert.True(bottom > top, $"{f.Figure.Name} is not painted ({kind}, {time})");
            float share = (bottom - top + 1) / (float)height;
            Assert.True(share >= 0.025f, $"{f.Figure.Name} ({f.Figure.Pose}) is painted {share:P1} of the height ({kind}, {time})");
        }
    }

    [Fact]
    public void Removing_a_figure_changes_its_region_clearly()
    {
        var source = new SceneSource(CrowdIn(LandscapeKind.Valley, TimeOfDay.Dusk));
        var options = source.Options(Styles.Expressive with { WorkingSize = 300, Strokes = 1500 });
        var plan = PaintPipeline.Paint(source, options);
        var c = SceneComposer.Compose(source.Painted(options), SceneSource.WorkingSize(options));
        const int width = 1000;
        using var whole = Renderer.Render(plan, width: width);
        var means = new List<(string Name, double Mean)>();
        foreach (var f in c.Figures)
        {
            using var without = Renderer.Render(Only(plan, s => s.Part != "figure:" + f.Figure.Name), width: width);
            // The body's own box: around its opaque strokes (the ground patch and shadow left out), in pixels.
            var body = plan.Strokes.Where(s => s.Part == "figure:" + f.Figure.Name && s.Opacity >= 1f).ToList();
            float toPx = width / plan.Width;
            int x0 = (int)(body.Min(s => s.Points.Min(q => q.X) - s.Width / 2) * toPx);
            int x1 = (int)(body.Max(s => s.Points.Max(q => q.X) + s.Width / 2) * toPx);
            int y0 = (int)(body.Min(s => s.Points.Min(q => q.Y) - s.Width / 2) * toPx);
            int y1 = (int)(body.Max(s => s.Points.Max(q => q.Y) + s.Width / 2) * toPx);
            double diff = 0;
            int n = 0;
            for (int y = y0; y <= y1; y++)
                for (int x = x0; x <= x1; x++)
                {
                    int i = (y * width + x) * 4;
                    for (int k = 0; k < 3; k++) diff += Math.Abs(whole.Pixels[i + k] - without.Pixels[i + k]);
                    n += 3;
                }
            means.Add((f.Figure.Name, diff / n / 255));
        }
        // Over the body's whole box, most of it ground between the limbs, 5 % is plain to see (2 % is barely). It was 6 %
        // while a dress fell to the ankles; with two legs showing, set apart, the box holds the ground between them (5.6 %
        // on the slightest figure).
        Assert.True(means.All(m => m.Mean > 0.05),
            "removing a figure changes its box by only " + string.Join(", ", means.Select(m => $"{m.Name} {m.Mean:P1}")));
    }

    // A scene of each kind but dunes, at each time of day.
    public static TheoryData<LandscapeKind, TimeOfDay> FourScenes() => new()
    {
        { LandscapeKind.Valley, TimeOfDay.Dusk }, { LandscapeKind.Plains, TimeOfDay.Day },
        { LandscapeKind.Mountains, TimeOfDay.Night }, { LandscapeKind.Coast, TimeOfDay.Dawn },
    };

    [Theory]
    [MemberData(nameof(FourScenes))]
    public void Every_bond_joins_its_two_figures_and_every_estrangement_has_a_gap(LandscapeKind kind, TimeOfDay time)
    {
        var (plan, c, _) = Marks(CrowdIn(kind, time));
        const int width = 1600;
        float px = width / (float)c.Target.Width;
        var byName = c.Figures.ToDictionary(f => f.Figure.Name);
        foreach (var (tie, arc) in TieRoutes.Arcs(c, byName))
        {
            var part = $"tie:{tie.From}+{tie.To}";
            Assert.Contains(plan.Strokes, s => s.Part == part);
            var painted = Painted(Only(plan, s => s.Part == part), width, out int height);
            var a = ((int)(arc.A.X * px), (int)(arc.A.Y * px));
            var b = ((int)(arc.B.X * px), (int)(arc.B.Y * px));
            // The tie starts on its people: painted at both shoulders.
            Assert.True(Near(painted, width, height, a, 3), $"{part} does not start at {tie.From}");
            Assert.True(Near(painted, width, height, b, 3), $"{part} does not reach {tie.To}");
            bool joined = Connected(painted, width, height, a, b);
            Assert.Equal(tie.Strength > 0, joined);
            if (tie.Strength < 0)
            {
                // A gap: between the halves at most a broken trace (SceneTieTraceTests), paint on under 0.7 of the way
                // across it (a thread the whole way, 1).
                float unit = (byName[tie.From].Height + byName[tie.To].Height) / 2;
                float reach = TieStrokes.Reach(arc.Length, unit);
                var across = Enumerable.Range(0, 41).Select(i => arc.At(reach + (1f - 2f * reach) * i / 40f))
                    .Count(q => Near(painted, width, height, ((int)(q.X * px), (int)(q.Y * px)), 1)) / 41f;
                Assert.True(across < 0.7f, $"{part} has no gap in the middle (paint on {across:P0} of the way across it)");
            }
        }
    }

    [Theory]
    [MemberData(nameof(FourScenes))]
    public void Every_tie_touches_the_painted_bodies_of_both_its_people(LandscapeKind kind, TimeOfDay time)
    {
        var (plan, c, _) = Marks(CrowdIn(kind, time));
        const int width = 1600;
        var bodies = c.Figures.ToDictionary(f => f.Figure.Name, f =>
            Silhouette(plan, f.Figure.Name, width, out _));
        foreach (var tie in c.Scene.Ties)
        {
            var part = $"tie:{tie.From}+{tie.To}";
            var painted = Painted(Only(plan, s => s.Part == part), width, out int height);
            foreach (var name in new[] { tie.From, tie.To })
            {
                // Within 2 px of the body itself (not its box): a tie that stops short of someone is not theirs.
                var body = bodies[name];
                bool touches = Enumerable.Range(0, body.Length).Any(i => body[i] && Near(painted, width, height, (i % width, i / width), 2));
                Assert.True(touches, $"{part} does not reach {name}'s body ({kind}, {time})");
            }
        }
    }

    [Theory]
    [InlineData(Pose.Standing)]
    [InlineData(Pose.Walking)]
    [InlineData(Pose.Sitting)]
    [InlineData(Pose.Kneeling)]
    public void No_pose_holds_an_arm_out_at_chest_height_whatever_the_mood(Pose pose)
    {
        // An arm held forward at the height of the chest or face, with a tie leaving the body, reads as aiming a weapon.
        Moods.Mood[] moods = [default, new(1f, 0f, 0f, 0f), new(0f, 1f, 0f, 0f), new(0f, 0f, 1f, 0f), new(0f, 0f, 0f, 1f), new(0f, 0.8f, 0.5f, 0f)];
        foreach (var mood in moods)
            for (int seed = 0; seed < 8; seed++)
            {
                var s = Skeleton.For(pose, mood, new Random(seed));
                foreach (var hand in new[] { s.Near.Hand, s.Far.Hand })
                    if (hand.Y > s.Neck.Y - 0.12f)
                        Assert.True(MathF.Abs(hand.X - s.Neck.X) < 0.13f, $"{pose} ({mood}) holds a hand out at {hand}");
            }
        // Kneeling bows the head, whatever the mood.
        Assert.True(Skeleton.For(Pose.Kneeling, new Moods.Mood(1f, 0f, 0f, 0f), new Random(1)).Head.X > 0.06f);
    }

    [Fact]
    public void Echoes_of_the_untied_fade_before_they_reach_anyone()
    {
        var (plan, c, _) = Marks(CrowdIn(LandscapeKind.Plains, TimeOfDay.Dusk));
        const int width = 1200;
        float px = width / (float)c.Target.Width;
        var tied = c.Scene.Ties.SelectMany(t => new[] { t.From, t.To }).ToHashSet();
        var lone = c.Figures.Where(f => !tied.Contains(f.Figure.Name)).ToList();
        Assert.Equal(["K", "L"], lone.Select(f => f.Figure.Name).Order());
        foreach (var f in lone)
        {
            var painted = Painted(Only(plan, s => s.Part == "echo:" + f.Figure.Name), width, out int height);
            Assert.True(painted.Count(p => p) > 50, $"{f.Figure.Name} sends no echoes");
            // They go out before the figure, most of their paint on the side it faces: arcs matched on both sides read as
            // a loudspeaker's sign rather than a thought.
            float cx = f.X * px;
            int ahead = 0, behind = 0;
            for (int i = 0; i < painted.Length; i++)
                if (painted[i]) { if (i % width > cx == f.FacesRight) ahead++; else behind++; }
            Assert.True(ahead > 2 * behind, $"{f.Figure.Name}: {ahead} px of echoes ahead, {behind} behind");
            foreach (var o in c.Figures.Where(o => o != f))
            {
                var (l, t, r, b) = o.Box;
                for (int y = Math.Max(0, (int)(t * px)); y < Math.Min(height, (int)(b * px)); y++)
                    for (int x = Math.Max(0, (int)(l * px)); x < Math.Min(width, (int)(r * px)); x++)
                        Assert.False(painted[y * width + x], $"the echoes of {f.Figure.Name} reach {o.Figure.Name}");
            }
        }
    }

    [Fact]
    public void A_scene_paints_the_same_for_a_seed_and_differently_for_another_and_its_plan_keeps_the_parts()
    {
        var scene = CrowdIn(LandscapeKind.Dunes, TimeOfDay.Dawn);
        string Hash(Scene s)
        {
            var source = new SceneSource(s);
            return PaintPipeline.Paint(source, source.Options(Styles.Expressive with { WorkingSize = 200, Strokes = 400 })).Hash();
        }
        Assert.Equal(Hash(scene), Hash(scene));
        Assert.NotEqual(Hash(scene), Hash(scene with { Seed = 12 }));

        var src = new SceneSource(scene);
        // A count that leaves the painter some strokes after the twelve people, ten ties and two echoes (about 400 of their own).
        var plan = PaintPipeline.Paint(src, src.Options(Styles.Expressive with { WorkingSize = 200, Strokes = 800 }));
        var parts = plan.Strokes.Select(s => s.Part).ToHashSet();
        Assert.DoesNotContain(null, parts);
        Assert.Contains("sky", parts);
        Assert.Contains("land", parts);
        Assert.Contains("tie:C+D", parts);
        Assert.Contains("echo:L", parts);
        Assert.All(scene.Figures, f => Assert.Contains("figure:" + f.Name, parts));
        // The figures and ties come after the landscape: no landscape stroke paints over them.
        int firstOwn = plan.Strokes.FindIndex(s => s.Part!.Contains(':', StringComparison.Ordinal));
        Assert.All(plan.Strokes.Skip(firstOwn), s => Assert.Contains(':', s.Part!));
        var back = StrokePlan.FromJson(plan.ToJson());
        Assert.Equal(plan.Strokes.Select(s => s.Part), back.Strokes.Select(s => s.Part));
        Assert.Equal(plan.Hash(), back.Hash());
    }

    [Fact]
    public void A_plan_without_parts_stays_valid_and_a_bad_part_is_refused()
    {
        var json = """
            {"format":"echoes.plan","version":1,"width":10,"height":10,"background":[0,0,0],
            "strokes":[{"brush":"round","color":[1,0,0],"width":2,"points":[1,1,5,5]}]}
            """;
        var plan = StrokePlan.FromJson(System.Text.Encoding.UTF8.GetBytes(json));
        Assert.Null(plan.Strokes[0].Part);
        Assert.DoesNotContain("part", System.Text.Encoding.UTF8.GetString(plan.ToJson()), StringComparison.Ordinal);
        var bad = json.Replace("\"width\":2,", "\"width\":2,\"part\":\"\",", StringComparison.Ordinal);
        var e = Assert.Throws<EchoesException>(() => StrokePlan.FromJson(System.Text.Encoding.UTF8.GetBytes(bad)));
        Assert.Contains("part", e.Message, StringComparison.Ordinal);
    }

    private static bool Near(bool[] painted, int w, int h, (int X, int Y) p, int r)
    {
        for (int y = Math.Max(0, p.Y - r); y <= Math.Min(h - 1, p.Y + r); y++)
            for (int x = Math.Max(0, p.X - r); x <= Math.Min(w - 1, p.X + r); x++)
                if (painted[y * w + x]) return true;
        return false;
    }

    // Flood fill over painted pixels from near one point to near the other.
    private static bool Connected(bool[] painted, int w, int h, (int X, int Y) a, (int X, int Y) b)
    {
        var seen = new bool[w * h];
        var queue = new Queue<int>();
        for (int y = Math.Max(0, a.Y - 3); y <= Math.Min(h - 1, a.Y + 3); y++)
            for (int x = Math.Max(0, a.X - 3); x <= Math.Min(w - 1, a.X + 3); x++)
                if (painted[y * w + x]) { seen[y * w + x] = true; queue.Enqueue(y * w + x); }
        while (queue.Count > 0)
        {
            int p = queue.Dequeue();
            if (Math.Abs(p % w - b.X) <= 3 && Math.Abs(p / w - b.Y) <= 3) return true;
            foreach (int q in new[] { p - 1, p + 1, p - w, p + w })
            {
                if (q < 0 || q >= w * h || seen[q] || Math.Abs(q % w - p % w) > 1 || !painted[q]) continue;
                seen[q] = true;
                queue.Enqueue(q);
            }
        }
        return false;
    }
}
