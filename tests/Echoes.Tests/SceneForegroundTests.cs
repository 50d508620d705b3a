using Echoes.Color;
using Echoes.Painting;
using Echoes.Pipeline;
using Echoes.Scenes;

namespace Echoes.Tests;

/// <summary>The near ground is painted to sweep toward the viewer and lead the eye to the people, not left a flat field (save a
/// dune sea's, whose nearest dunes are its form).</summary>
public class SceneForegroundTests
{
    [Fact]
    public void Broad_strokes_sweep_up_from_the_bottom_toward_the_people_in_many_random_scenes()
    {
        // A dune sea's near ground is its nearest dunes, not swept (SceneDuneFormTests measures their light and shade).
        foreach (var (seed, c, scale, colours, own) in Scenes(6).Where(s => s.C.Scene.Landscape.Kind != LandscapeKind.Dunes))
        {
            float h = c.Target.Height;
            float fx = c.Figures.Sum(f => f.X * f.Height) / c.Figures.Sum(f => f.Height);
            // Land strokes laid from the bottom edge that rise steeply and run a fifth of the painting's height or more.
            var sweeps = own.Where(s => s.Part == "land").Select(s => s.Points.Select(q => (X: q.X / scale, Y: q.Y / scale)).ToArray())
                .Where(p =>
                {
                    float length = p.Zip(p.Skip(1), (a, b) => MathF.Sqrt((b.X - a.X) * (b.X - a.X) + (b.Y - a.Y) * (b.Y - a.Y))).Sum();
                    return p[0].Y >= 0.97f * h && length >= 0.2f * h && p[0].Y - p[^1].Y >= 0.35f * length;
                }).ToList();
            // Those laid from off to the side lead in: each ends a tenth of the height or more nearer the people, across the
            // painting, than it starts (a fold of the ground may run down its own slope another way).
            int leading = sweeps.Count(p => MathF.Abs(p[0].X - fx) >= 0.3f * h && MathF.Abs(p[^1].X - fx) <= MathF.Abs(p[0].X - fx) - 0.1f * h);
            Assert.True(leading >= 3, $"seed {seed}: {leading} of {sweeps.Count} sweeps up from the foreground lead to the people");
        }
    }

    [Fact]
    public void No_sweep_is_a_short_broad_mark_and_none_is_warmed_off_a_dark_ground_in_many_random_scenes()
    {
        // A short broad dark stroke on the near ground reads as a thing (a post, a log, a hook), and an umber one on a
        // night's grey as a plank: each sweep (laid from below the foot, broad, loaded at its start and running dry) runs
        // 4.5 of its widths or more, and over dark ground keeps near its chroma.
        static float Chroma(Rgb q) => Oklab.FromLinear(q).ToOklch().C;
        foreach (var (seed, c, scale, colours, own) in Scenes(8))
        {
            float h = c.Target.Height;
            foreach (var s in own.Where(s => s.Part == "land" && s.Points[0].Y / scale >= 1.005f * h
                && s.Width / scale >= 0.025f * h && s.TaperStart <= 0.06f && s.TaperEnd >= 0.49f))
            {
                var p = s.Points.Select(q => (X: q.X / scale, Y: q.Y / scale)).ToArray();
                float length = p.Zip(p.Skip(1), (a, b) => MathF.Sqrt((b.X - a.X) * (b.X - a.X) + (b.Y - a.Y) * (b.Y - a.Y))).Sum();
                Assert.True(length >= 4.4f * s.Width / scale, $"seed {seed}: a sweep {length:F0} px long, {s.Width / scale:F0} px wide");
                var mid = p[p.Length / 3];
                var under = colours.At(mid.X, mid.Y);
                if (under.Luminance >= 0.04f) continue;
                Assert.True(Chroma(s.Color) <= Chroma(under) + 0.02f,
                    $"seed {seed}: a sweep of chroma {Chroma(s.Color):F3} on dark ground of {Chroma(under):F3}");
            }
        }
    }

    // Random scenes with their own strokes, composed at 400 px and laid on a plan 1024 wide.
    private static IEnumerable<(int Seed, Composition C, float Scale, SceneColours Colours, List<Echoes.Strokes.Stroke> Own)> Scenes(int count)
    {
        for (int seed = 1; seed <= count; seed++)
        {
            var scene = SceneTieRouteTests.RandomScene(seed);
            var c = SceneComposer.Compose(scene, 400);
            float scale = 1024f / c.Target.Width;
            var colours = SceneSource.Colours(c.Target, Styles.Expressive with { Seed = scene.Seed, Mood = scene.Mood });
            yield return (seed, c, scale, colours, SceneMarks.Paint(c, scale, colours));
        }
    }
}
