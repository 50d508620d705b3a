using Echoes.Color;
using Echoes.Scenes;

namespace Echoes.Tests;

/// <summary>
/// The near ground painted, not stamped: grass in clumps that differ, gathered in drifts with bare ground between, larger
/// near, most in the ground's darker or own value and few lit; the sand's ripples in fields of varied rows, few lit;
/// rocks of varied size and value whose lit face is never more than a step above the lit ground; a path's near end a
/// trodden step off its land, not a pale veil over it.
/// </summary>
public class SceneNearGroundTests(ITestOutputHelper output)
{
    [Fact]
    public void Grass_grows_in_varied_clumps_gathered_in_drifts_larger_near_and_few_lit()
    {
        foreach (var (seed, c) in Scenes(kind => kind is not (LandscapeKind.Dunes or LandscapeKind.Coast)))
        {
            var clumps = GrassStrokes.Plan(c, new Random(seed), 0.12f);
            float depth = c.Target.Height - c.LandTop;
            var far = clumps.Where(q => q.Y < c.LandTop + 0.5f * depth).ToList();
            var near = clumps.Where(q => q.Y >= c.LandTop + 0.8f * depth).ToList();
            if (clumps.Count < 20 || far.Count < 5 || near.Count < 5) continue;
            float clustering = ClarkEvans(clumps.Select(q => (q.X, q.Y)).ToList(), c.Target.Width * depth);
            // Neighbours alike: how often a clump's nearest neighbour has as many blades (stamped tufts would, always).
            float alike = clumps.Count(a => Nearest(clumps, a, q => (q.X, q.Y)).Blades == a.Blades) / (float)clumps.Count;
            int counts = clumps.Select(q => q.Blades).Distinct().Count();
            float grow = near.Average(q => q.Size) / far.Average(q => q.Size), lit = clumps.Count(q => q.Lit > 0) / (float)clumps.Count;
            float own = clumps.Count(q => q.Value >= 0.88f) / (float)clumps.Count;
            output.WriteLine($"seed {seed} {c.Scene.Landscape.Kind}: {clumps.Count} clumps ({far.Count} far, {near.Count} near), Clark-Evans {clustering:F2}, alike {alike:F2}, {counts} blade counts, near/far size {grow:F1}, lit {lit:F2}, own value {own:F2}");
            Assert.True(clustering <= 0.6f, $"seed {seed}: clumps scatter evenly (Clark–Evans {clustering:F2})");
            Assert.True(alike <= 0.4f, $"seed {seed}: {alike:P0} of clumps have a neighbour of as many blades");
            Assert.True(counts >= 7, $"seed {seed}: only {counts} blade counts");
            Assert.True(grow >= 2f, $"seed {seed}: near clumps only {grow:F1}× the far ones");
            Assert.InRange(lit, 0.05f, 0.35f);
            Assert.InRange(own, 0.15f, 0.5f);
        }
    }

    [Fact]
    public void Ripples_lie_in_fields_of_varied_rows_and_few_catch_the_light()
    {
        int scenes = 0;
        foreach (var (seed, c) in Scenes(kind => kind is LandscapeKind.Dunes or LandscapeKind.Coast))
        {
            var ripples = RippleStrokes.Plan(c, new Random(seed));
            if (ripples.Count < 20) continue;
            scenes++;
            float depth = c.Target.Height - c.LandTop;
            float clustering = ClarkEvans(ripples.Select(q => (q.X, q.Y)).ToList(), c.Target.Width * depth);
            // How much the ripples' lengths vary against their size where they lie (a stamp is one length at each depth).
            var relative = ripples.Select(q => q.Length / (0.01f + 0.028f * MathF.Pow(ForegroundStrokes.Near(c, q.Y), 2f))).ToList();
            float spread = Spread(relative), lit = ripples.Count(q => q.Lip) / (float)ripples.Count;
            output.WriteLine($"seed {seed} {c.Scene.Landscape.Kind}: {ripples.Count} ripples, Clark-Evans {clustering:F2}, length spread {spread:F2}, lit {lit:F2}");
            Assert.True(clustering <= 0.6f, $"seed {seed}: ripples scatter evenly (Clark–Evans {clustering:F2})");
            Assert.True(spread >= 0.35f, $"seed {seed}: ripple lengths spread only {spread:F2}");
            Assert.InRange(lit, 0.08f, 0.35f);
        }
        Assert.True(scenes >= 2, $"only {scenes} sandy scenes");
    }

    // Before, every rock's lit cap was one blend of its body and the lit ground, as much as 0.061 over the ground's
    // lightness (0.030 on the mean), and differed from the other rocks' in a scene only as their ground did (spread
    // 0.010 about the scene's mean); and every rock the same build, its size spread 0.17 for its depth.
    [Fact]
    public void Rocks_differ_in_size_and_value_and_their_lit_face_stays_a_step_above_the_lit_ground()
    {
        var sizes = new List<float>();
        var steps = new List<float>();
        var within = new List<float>();
        foreach (var (seed, _) in Scenes(_ => true))
        {
            var (c, colours, marks) = SceneRenders.Parts(SceneTieRouteTests.RandomScene(seed), 400);
            var scene = new List<float>();
            foreach (var rock in RockStrokes.Plan(c, new Random(seed), 4))
            {
                var made = new List<Echoes.Strokes.Stroke>();
                RockStrokes.Lay(made, c, colours, rock, marks, new Random(seed));
                float ground = L(colours.At(rock.X, rock.Y)), top = made.Max(s => L(s.Color));
                Assert.True(top <= ground + 0.04f, $"seed {seed}: a rock's lightest stroke L {top:F3} over its ground's {ground:F3}");
                scene.Add(top - ground);
                sizes.Add(rock.Size * rock.Wide / (c.Target.Height * (0.02f + 0.05f * MathF.Pow(ForegroundStrokes.Near(c, rock.Y), 2f))));
            }
            steps.AddRange(scene);
            within.AddRange(scene.Select(v => v - scene.Average()));
        }
        output.WriteLine($"{steps.Count} rocks: lit face over the ground {steps.Min():+0.000;-0.000} to {steps.Max():+0.000;-0.000} (mean {steps.Average():+0.000;-0.000}, spread within a scene {StdDev(within):F3}), size spread {Spread(sizes):F2}");
        Assert.True(StdDev(within) >= 0.015f, $"rocks' lit faces alike: their step over the ground spreads {StdDev(within):F3} within a scene");
        Assert.True(Spread(sizes) >= 0.3f, $"rocks alike in size for their depth: spread {Spread(sizes):F2}");
    }

    // Before, a rock was a loaf: two round masses of one value with a pale crescent along its top and a dark nub at its
    // side, every outline the same build (its width at half height a fixed share of its foot's, its height for its width
    // spread 0.17, by its width alone).
    [Fact]
    public void A_rock_has_a_lit_plane_a_shadow_plane_and_a_cast_shadow_and_an_outline_of_its_own()
    {
        var shoulders = new List<float>();
        var tops = new List<float>();
        foreach (var (seed, _) in Scenes(_ => true))
        {
            var (c, colours, marks) = SceneRenders.Parts(SceneTieRouteTests.RandomScene(seed), 400);
            foreach (var rock in RockStrokes.Plan(c, new Random(seed), 4))
            {
                var made = new List<Echoes.Strokes.Stroke>();
                RockStrokes.Lay(made, c, colours, rock, marks, new Random(seed));
                float lit = c.Light.X > rock.X ? 1f : -1f, scale = marks.Scale;
                var flat = made.Where(s => s.Brush == Echoes.Strokes.BrushKind.Flat).Select(s => L(s.Color)).ToList();
                // The lit plane a step over the shadow plane's value, whatever the light catches.
                Assert.True(flat.Max() - flat.Min() >= 0.04f, $"seed {seed}: a rock's planes differ only {flat.Max() - flat.Min():F3} in value");
                // Something dark lies on the ground beyond its shadow side's foot, away from the light: its cast shadow.
                var form = RockForm.Of(rock, lit);
                float shadowSide = form.Side(0f, false);
                Assert.Contains(made, s => L(s.Color) < L(colours.At(rock.X, rock.Y)) && s.Points.Any(p =>
                    (p.X / scale - shadowSide) * -lit > form.Height * 0.3f && MathF.Abs(p.Y / scale - rock.Y) < form.Height * 0.2f));
                var (l0, r0) = form.Across(0f);
                var (l1, r1) = form.Across(0.5f);
                shoulders.Add((r1 - l1) / (r0 - l0));
                tops.Add(form.Height / (r0 - l0));
            }
        }
        output.WriteLine($"{shoulders.Count} rocks: width at half height {shoulders.Min():F2} to {shoulders.Max():F2} of the foot's, "
            + $"height {tops.Min():F2} to {tops.Max():F2} of it");
        Assert.True(StdDev(shoulders) >= 0.05f, $"rocks' outlines alike: their width at half height spreads {StdDev(shoulders):F3}");
        Assert.True(Spread(tops) >= 0.18f, $"rocks alike in build: their height for their width spreads {Spread(tops):F2}");
    }

    // Before, the near ends lay +0.094, +0.112, +0.075, +0.112 and +0.100 lighter than their land (0.099 on the mean).
    [Fact]
    public void A_paths_near_end_is_a_step_off_its_land_not_a_pale_veil()
    {
        var steps = new List<(string Scene, float Step)>();
        foreach (var (time, seed) in new[] { (TimeOfDay.Day, 16), (TimeOfDay.Day, 3), (TimeOfDay.Dusk, 7), (TimeOfDay.Night, 21), (TimeOfDay.Dawn, 5) })
        {
            var scene = SceneRenders.Land(LandscapeKind.Plains, time, "", seed, (1500, 1000));
            var (painting, c) = SceneRenders.OwnStrokes(scene, 512, 512, impasto: false);
            var course = c.Course!;
            float path = 0f, land = 0f;
            int np = 0, nl = 0, h = painting.Height;
            for (int i = 0; i < course.Left.Length; i++)
            {
                var (l, r) = (course.Left[i], course.Right[i]);
                if (l.Y < c.LandTop + 0.75f * (h - c.LandTop) || l.Y >= h - 1) continue;
                float across = r.X - l.X;
                int y = (int)l.Y;
                for (int x = (int)(l.X + 0.2f * across); x < r.X - 0.2f * across; x++, np++) path += SceneRenders.Lightness(painting, y * painting.Width + x);
                foreach (float x0 in (ReadOnlySpan<float>)[l.X - 0.6f * across, r.X + 0.1f * across])
                    for (int x = (int)Math.Max(0, x0); x < Math.Min(painting.Width, x0 + 0.5f * across); x++, nl++)
                        land += SceneRenders.Lightness(painting, y * painting.Width + x);
            }
            float step = path / np - land / nl;
            output.WriteLine($"{time} seed {seed}: path's near end L {path / np:F3}, its land's {land / nl:F3}, step {step:+0.000;-0.000}");
            steps.Add(($"{time} seed {seed}", step));
        }
        foreach (var (scene, step) in steps)
        {
            Assert.True(step <= 0.11f, $"{scene}: the path's near end lies {step:F3} lighter than its land, a pale veil");
            Assert.True(step >= -0.08f, $"{scene}: the path's near end lies {-step:F3} darker than its land, a hole");
        }
        Assert.True(steps.Average(s => s.Step) <= 0.08f, $"the paths' near ends lie {steps.Average(s => s.Step):F3} lighter than their land");
    }

    // Random scenes of the kinds asked for, composed at 400 px.
    private static IEnumerable<(int Seed, Composition C)> Scenes(Func<LandscapeKind, bool> kinds)
    {
        for (int seed = 1; seed <= 16; seed++)
        {
            var scene = SceneTieRouteTests.RandomScene(seed);
            if (kinds(scene.Landscape.Kind)) yield return (seed, SceneComposer.Compose(scene, 400));
        }
    }

    // Clark–Evans: the mean distance to the nearest mark against what an even random scatter of as many gives (1), a
    // clustered one less.
    private static float ClarkEvans(List<(float X, float Y)> marks, float area)
    {
        float nn = marks.Average(a => MathF.Sqrt(marks.Where(b => b != a).Min(b => (a.X - b.X) * (a.X - b.X) + (a.Y - b.Y) * (a.Y - b.Y))));
        return nn / (0.5f * MathF.Sqrt(area / marks.Count));
    }

    private static T Nearest<T>(List<T> all, T a, Func<T, (float X, float Y)> at) where T : class
    {
        var (ax, ay) = at(a);
        return all.Where(b => b != a).MinBy(b => (at(b).X - ax) * (at(b).X - ax) + (at(b).Y - ay) * (at(b).Y - ay))!;
    }

    private static float L(Rgb q) => Oklab.FromLinear(q).L;

    private static float StdDev(List<float> v)
    {
        float mean = v.Average();
        return MathF.Sqrt(v.Average(x => (x - mean) * (x - mean)));
    }

    private static float Spread(List<float> v) => StdDev(v) / v.Average();
}
