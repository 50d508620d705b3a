using Echoes.Painting;
using Echoes.Targets;

namespace Echoes.Scenes;

/// <summary>How scenes are painted: a finer working canvas than photographs get, since the figures in a vast landscape are small.</summary>
public static class ScenePainting
{
    /// <summary>The working long side for composing and painting a scene with these options.</summary>
    public static int WorkingSize(PaintOptions options) => Math.Min(1600, Painter.WorkingSizeFor(options) * 3 / 2);

    /// <summary>Composes and paints a scene with a style (the scene's seed and mood are used).</summary>
    public static Strokes.StrokePlan Paint(Scene scene, PaintOptions style, IProgress<PaintProgress>? progress = null, CancellationToken ct = default,
        Action<Strokes.StrokePlan, Strokes.Stroke>? placed = null)
    {
        var options = style with { Seed = scene.Seed, Mood = scene.Mood };
        var composition = SceneComposer.Compose(scene, WorkingSize(options));
        var plan = new Painter(options).Paint(composition.Target, progress, ct, placed);
        plan.Meta["title"] = scene.Title;
        return plan;
    }
}
