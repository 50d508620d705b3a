using Echoes.Scenes;

namespace Echoes.Tests;

/// <summary>Every figure stands on its own shadow, measured on the scene's painted strokes.</summary>
public class SceneShadowTests
{
    // One of each pose, spread out, each foot on open ground.
    internal const string People = """
        title: Shadows
        size: [2000, 1000]
        seed: 11
        figures:
          - { name: A, pose: standing }
          - { name: B, pose: sitting }
          - { name: C, pose: walking }
          - { name: D, pose: kneeling }
          - { name: E, pose: sitting }
        ties:
          - { from: A, to: C, strength: 0.5 }
        """;

    private const int Width = 2400;

    public static TheoryData<LandscapeKind, TimeOfDay> Scenes() => new()
    {
        { LandscapeKind.Plains, TimeOfDay.Day },
        { LandscapeKind.Valley, TimeOfDay.Dusk },
        { LandscapeKind.Mountains, TimeOfDay.Night },
        { LandscapeKind.Coast, TimeOfDay.Dawn },
    };

    [Theory]
    [MemberData(nameof(Scenes))]
    public void Every_figure_has_darker_ground_right_under_where_it_touches_the_ground(LandscapeKind kind, TimeOfDay time)
    {
        var scene = SceneReader.Parse(People) with { Landscape = new Landscape(kind, time) };
        var (painting, c) = SceneRenders.OwnStrokes(scene, 600, Width, impasto: false);
        using var _ = painting;
        float k = painting.Width / (float)c.Target.Width;
        foreach (var posed in SceneMarks.Posed(c))
        {
            var p = posed.Placed;
            float h = p.Height * k;
            // Just below the body's lowest edge (its rim), across the feet; the ground beside is measured on the side
            // away from the cast shadow, beyond the pool.
            var (left, right) = Touch(posed, k);
            int top = (int)(p.Y * k + h * 0.03f), bottom = Math.Max(top + 2, (int)(p.Y * k + h * 0.045f));
            float away = p.X >= c.Light.X ? -1f : 1f, edge = away < 0 ? left : right;
            float under = SceneRenders.Luminance(painting, (int)left, (int)right, top, bottom);
            float beside = SceneRenders.Luminance(painting, (int)(edge + away * h * 0.35f), (int)(edge + away * h * 0.6f), top, bottom);
            Assert.True(under < beside - 0.03f,
                $"{p.Figure.Name} ({p.Figure.Pose}, {kind}, {time}): ground under it {under:F3}, beside it {beside:F3}");
        }
    }

    // Where the figure touches the ground, across, output pixels: its joints at ground level.
    private static (float Left, float Right) Touch(PosedFigure posed, float k)
    {
        var s = posed.Skeleton;
        var xs = new[] { s.Far.Foot, s.Near.Foot, s.Far.Knee, s.Near.Knee, s.Hip }.Where(q => q.Y < 0.1f).Select(q => posed.At(q).X * k).ToList();
        return (xs.Min(), xs.Max() + 1);
    }
}
