using Echoes.Moods;
using Echoes.Painting;
using Echoes.Scenes;
using Echoes.Strokes;
using Echoes.Targets;

namespace Echoes.Pipeline;

/// <summary>
/// A scene to paint (from a scene file, or a story read into one). It is painted with its own seed and mood unless
/// the options say otherwise, on a finer working canvas than photographs get, since the figures in a vast landscape
/// are small.
/// </summary>
/// <param name="Scene">The scene as read.</param>
public sealed record SceneSource(Scene Scene) : ISource
{
    /// <inheritdoc/>
    public (int Width, int Height) Size => (Scene.Size.Width, Scene.Size.Height);

    /// <summary>The working long side for composing and painting a scene with these options.</summary>
    public static int WorkingSize(PaintOptions options) => Math.Min(1600, Painter.WorkingSizeFor(options) * 3 / 2);

    /// <inheritdoc/>
    public PaintOptions Options(PaintOptions style, int? seed = null, Mood? mood = null) =>
        style with { Seed = seed ?? Scene.Seed, Mood = mood ?? Scene.Mood };

    /// <summary>The scene as painted with <paramref name="options"/>: their seed and mood replace its own.</summary>
    public Scene Painted(PaintOptions options) => Scene with { Seed = options.Seed, Mood = options.Mood };

    /// <inheritdoc/>
    public Target ToTarget(PaintOptions options) => SceneComposer.Compose(Painted(options), WorkingSize(options)).Target;

    /// <inheritdoc/>
    public void Describe(StrokePlan plan) => plan.Meta["title"] = Scene.Title;
}
