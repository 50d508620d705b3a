using Echoes.Moods;
using Echoes.Painting;
using Echoes.Strokes;
using Echoes.Targets;

namespace Echoes.Pipeline;

/// <summary>
/// Something that becomes a painting: a photograph, a scene, a story read into a scene. Every source produces a
/// <see cref="Target"/>, so everything after it (painting, rendering, export) is shared.
/// </summary>
public interface ISource
{
    /// <summary>The painting's natural size in pixels: its output size when no other is asked for.</summary>
    (int Width, int Height) Size { get; }

    /// <summary>The options to paint this source with: the style, with the seed and mood given, else the source's own.</summary>
    /// <param name="style">The style, with any budget or detail already set.</param>
    /// <param name="seed">The seed asked for, or null for the source's (a scene's seed; the style's for a photograph).</param>
    /// <param name="mood">The mood asked for, or null for the source's (a scene's mood; the style's for a photograph).</param>
    PaintOptions Options(PaintOptions style, int? seed = null, Mood? mood = null);

    /// <summary>The target to paint toward with these options (as <see cref="Options"/> gave them).</summary>
    Target ToTarget(PaintOptions options);

    /// <summary>Records in the plan what the source knows of the painting (a scene's title).</summary>
    void Describe(StrokePlan plan);

    /// <summary>Strokes the source paints itself, on top of the painter's, so the optimizer never owns them (a scene's
    /// figures and ties); in logical units of a plan of <paramref name="logicalSize"/>. None unless the source has its own.</summary>
    /// <param name="options">The options the plan is painted with.</param>
    /// <param name="logicalSize">The plan's logical width and height.</param>
    IReadOnlyList<Stroke> Overlay(PaintOptions options, (float Width, float Height) logicalSize) => [];
}
