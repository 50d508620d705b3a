using Echoes.Painting;
using Echoes.Pipeline;
using Echoes.Scenes;

namespace Echoes.Tests;

/// <summary>The near ground is painted to sweep toward the viewer and lead the eye to the people, not left a flat field.</summary>
public class SceneForegroundTests
{
    [Fact]
    public void Broad_strokes_sweep_up_from_the_bottom_toward_the_people_in_many_random_scenes()
    {
        for (int seed = 1; seed <= 6; seed++)
        {
            var scene = SceneTieRouteTests.RandomScene(seed);
            var c = SceneComposer.Compose(scene, 400);
            float scale = 1024f / c.Target.Width, h = c.Target.Height;
            var colours = SceneSource.Colours(c.Target, Styles.Expressive with { Seed = scene.Seed, Mood = scene.Mood });
            float fx = c.Figures.Sum(f => f.X * f.Height) / c.Figures.Sum(f => f.Height);
            // Land strokes laid from the bottom edge that rise steeply and run a fifth of the painting's height or more.
            var sweeps = SceneMarks.Paint(c, scale, colours).Where(s => s.Part == "land").Select(s => s.Points.Select(q => (X: q.X / scale, Y: q.Y / scale)).ToArray())
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
}
