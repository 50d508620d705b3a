using Echoes.Color;
using Echoes.Strokes;

namespace Echoes.Scenes;

/// <summary>Lays a figure's round-brush strokes in its own units (<see cref="PosedFigure.At"/>): widths in its height,
/// points from its feet, so a figure is drawn once whatever its size, stature or facing.</summary>
/// <param name="posed">The figure.</param>
/// <param name="marks">The mark maker.</param>
internal readonly struct FigureBrush(PosedFigure posed, Marks marks)
{
    /// <summary>An opaque stroke <paramref name="width"/> figure units wide through <paramref name="points"/>.</summary>
    public Stroke Stroke(float width, Rgb color, (float Start, float End) taper, params ReadOnlySpan<(float X, float Y)> points) =>
        Stroke(width, color, taper, 1f, points);

    /// <summary>A stroke <paramref name="width"/> figure units wide through <paramref name="points"/>, at <paramref name="opacity"/>.</summary>
    public Stroke Stroke(float width, Rgb color, (float Start, float End) taper, float opacity, params ReadOnlySpan<(float X, float Y)> points)
    {
        var at = new (float X, float Y)[points.Length];
        for (int i = 0; i < at.Length; i++) at[i] = posed.At(points[i]);
        return marks.Make(BrushKind.Round, width * posed.Height, color, opacity, taper, at);
    }
}
