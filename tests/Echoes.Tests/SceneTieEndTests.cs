using Echoes.Color;
using Echoes.Imaging;
using Echoes.Painting;
using Echoes.Pipeline;
using Echoes.Rendering;
using Echoes.Scenes;
using Echoes.Strokes;

namespace Echoes.Tests;

/// <summary>Where ties end: an estranged tie's halves wear thin toward their gap, not parting there into many strands
/// (fibres splayed at the gap read as claws); a person's ties leave the body from places apart (from one point
/// they met in a stiff V).</summary>
public class SceneTieEndTests
{
    [Theory]
    [InlineData(LandscapeKind.Valley, TimeOfDay.Dusk)]
    [InlineData(LandscapeKind.Mountains, TimeOfDay.Night)]
    public void An_estranged_ties_ends_at_its_gap_do_not_splay_into_strands(LandscapeKind kind, TimeOfDay time)
    {
        var (c, strokes, byName) = SceneRenders.Estranged(kind, time);
        using var whole = SceneRenders.Flat(strokes, c);
        float f = (float)whole.Width / c.Target.Width;
        var most = new List<int>();
        var found = new List<string>();
        foreach (var (tie, arc) in TieRoutes.Arcs(c, byName).Where(r => r.Tie.Strength < 0))
        {
            var part = $"tie:{tie.From}+{tie.To}";
            using var without = SceneRenders.Flat(strokes.Where(s => s.Part != part), c);
            float reach = 0.2f * f * (byName[tie.From].Height + byName[tie.To].Height) / 2;
            foreach (bool fromA in new[] { true, false })
            {
                // How many strands the paint parts into across the arc at each step out from the person toward the gap.
                var strands = Enumerable.Range(0, 126).Select(i => i * 0.004f)
                    .Select(t => (T: t, Runs: Strands(whole, without, arc, fromA ? t : 1f - t, f, reach))).ToList();
                float end = strands.Where(s => s.Runs > 0).Max(s => s.T);
                most.Add(strands.Where(s => s.T > 0.6f * end).Max(s => s.Runs));
                found.Add($"{part}{(fromA ? "<" : ">")} {most[^1]}");
            }
        }
        // Measured on this scene: the splayed fibres of before parted into three to six strands across the arc toward the
        // gap (a claw; 3.8 on average); a thread that wears thin is its light and its shadow, a loose fibre beside them at
        // most (1 to 3; 2.2 on average).
        Assert.True(most.Max() <= 3 && most.Average() <= 2.5, $"{kind} at {time}: " + string.Join(", ", found));
    }

    [Fact]
    public void A_persons_ties_leave_their_body_from_places_apart()
    {
        var found = new List<string>();
        for (int seed = 1; seed <= 12; seed++)
        {
            var c = SceneComposer.Compose(SceneTieRouteTests.RandomScene(seed), 400);
            var byName = c.Figures.ToDictionary(f => f.Figure.Name);
            var arcs = TieRoutes.Arcs(c, byName);
            foreach (var person in byName.Values)
            {
                // The ends on this body of its ties toward one side: two from one point there meet in a V.
                var own = arcs.SelectMany(r => new[]
                    {
                        (Own: r.Tie.From, Other: r.Tie.To, End: r.Arc.A), (Own: r.Tie.To, Other: r.Tie.From, End: r.Arc.B),
                    })
                    .Where(e => e.Own == person.Figure.Name).GroupBy(e => byName[e.Other].X >= person.X);
                foreach (var side in own)
                    Apart(side.Select(e => e.End).ToList(), person, seed, found);
            }
        }
        // Two ties toward one side left one point of the chest before (0 apart); spread by their way, the nearest two ends
        // on one body lie a tenth of its height apart, or where many ties go one way, their share of a fifth of it (they
        // leave the torso only, from under the neck to the hand by the hip: a fifth of the height; by the head, they read
        // as beams from the eyes).
        Assert.True(found.Count == 0, string.Join(", ", found));
    }

    [Fact]
    public void A_tie_leaves_its_people_from_the_body_below_the_neck()
    {
        var found = new List<string>();
        int ends = 0;
        for (int seed = 1; seed <= 8; seed++)
        {
            var c = SceneComposer.Compose(SceneTieRouteTests.RandomScene(seed), 400);
            var colours = SceneSource.Colours(c.Target, Styles.Expressive with { Seed = c.Scene.Seed, Mood = c.Scene.Mood });
            float scale = 1024f / c.Target.Width;
            var strokes = SceneMarks.Paint(c, scale, colours);
            var posed = SceneMarks.Posed(c).ToDictionary(p => p.Placed.Figure.Name);
            foreach (var tie in c.Scene.Ties)
            {
                // The tie's first stroke starts at its first person; a bond's held presses (its last two strokes) end on both.
                var own = strokes.Where(s => s.Part == $"tie:{tie.From}+{tie.To}").ToList();
                var first = own[0].Points[0];
                var held = tie.Strength > 0 ? own.TakeLast(2).Select((s, i) => (i == 0 ? tie.From : tie.To, s.Points[1].Y / scale)) : [];
                foreach (var (name, y) in new[] { (tie.From, first.Y / scale) }.Concat(held))
                {
                    var p = posed[name];
                    // Between the base of the neck and a little under the hip: the chest, the waist or the hand by the hip.
                    float neck = p.At(p.Skeleton.Neck).Y, hip = p.At(p.Skeleton.Hip).Y + 0.1f * p.Height;
                    ends++;
                    if (y < neck || y > hip) found.Add($"seed {seed} {name} {(y - neck) / p.Height:F2} below the neck");
                }
            }
        }
        // Before, a person's highest tie left by the shoulder toward the head (up to 0.05 of the height above the neck):
        // a beam from the eyes. Every end now lies on the body under the neck.
        Assert.True(ends > 0 && found.Count == 0, string.Join(", ", found));
    }

    // Notes in `found` two of `own` ends nearer than a tenth of the person's height (or than their share of a fifth of it).
    private static void Apart(List<(float X, float Y)> own, PlacedFigure person, int seed, List<string> found)
    {
        float least = MathF.Min(0.1f, 0.2f / MathF.Max(1, own.Count - 1));
        for (int i = 0; i < own.Count; i++)
            for (int j = i + 1; j < own.Count; j++)
            {
                float apart = MathF.Sqrt(MathF.Pow(own[i].X - own[j].X, 2) + MathF.Pow(own[i].Y - own[j].Y, 2)) / person.Height;
                if (apart < least) found.Add($"seed {seed} {person.Figure.Name} {apart:F3} of {own.Count}");
            }
    }

    // How many separate strands of the tie's paint the arc's normal at t crosses (within `reach` either side): runs of
    // pixels where the painting with the tie differs from the one without it, parted by a pixel or more that does not.
    private static int Strands(Canvas whole, Canvas without, TieArc arc, float t, float f, float reach)
    {
        var (a, b) = (arc.At(Math.Max(0f, t - 0.005f)), arc.At(Math.Min(1f, t + 0.005f)));
        float dx = b.X - a.X, dy = b.Y - a.Y, d = MathF.Max(1e-4f, MathF.Sqrt(dx * dx + dy * dy));
        var p = arc.At(t);
        int runs = 0, gap = 2;
        for (float s = -reach; s <= reach; s += 0.5f)
        {
            int x = (int)(p.X * f - dy / d * s), y = (int)(p.Y * f + dx / d * s);
            bool on = x >= 0 && y >= 0 && x < whole.Width && y < whole.Height
                && MathF.Abs(SceneRenders.Lightness(whole, y * whole.Width + x) - SceneRenders.Lightness(without, y * whole.Width + x)) >= 0.03f;
            if (on && gap >= 2) runs++;
            gap = on ? 0 : gap + 1;
        }
        return runs;
    }
}
