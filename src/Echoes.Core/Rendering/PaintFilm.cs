using Echoes.Brushes;
using Echoes.Strokes;

namespace Echoes.Rendering;

/// <summary>
/// How a stroke's paint changes the height field, in logical units. All wet paint settles to one common level, the
/// surface of the painting: a stroke replaces the relief beneath by how much it covers (<see cref="Covers"/>) with
/// its own texture, which rises and sinks about that level by <see cref="Thickness"/> and fades to it at the mark's
/// shoulders. So neighbouring marks meet at one level whatever their widths, with no cliff for the light to draw as a
/// rim (Hertzmann, "Fast Paint Texture", 2002: new paint replaces the height under it).
/// </summary>
internal static class PaintFilm
{
    // The film of a fully loaded stroke of relief 1.
    private const float Unit = 3.5f;

    // Width, in logical units, below which a mark's paint thins with its width: the paint of a thin stroke is thin, so
    // the slope across any mark stays bounded (a thin stroke with a broad one's relief reads as a glossy worm).
    private const float FullWidth = 10f;

    // Logical units over which a mark's paint merges with the paint beside it at its sides: a few pixels at the
    // default size.
    private const float ShoulderUnits = 4f;

    /// <summary>How far a stroke's texture rises and sinks about the common level, per unit of texture height: less for a
    /// thin stroke, whose paint is thin.</summary>
    public static float Thickness(Stroke s, BrushProfile profile) => profile.Relief * Unit * Share(s) * (0.75f + 0.25f * s.Load);

    /// <summary>How much of the relief beneath the stroke its paint replaces with its own, [0, 1]: the brush's
    /// <see cref="BrushProfile.CoversRelief"/>, less for a thin stroke, whose thin paint only partly buries what it is
    /// laid on. With <see cref="Thickness"/> the height a thin mark can change falls faster than its width, so the slope
    /// across it is never steeper than across a broad one.</summary>
    public static float Covers(Stroke s, BrushProfile profile) => profile.CoversRelief * Share(s);

    private static float Share(Stroke s) => Math.Clamp(s.Width / FullWidth, 0f, 1f);

    /// <summary>|v| across the stroke (−1 to 1) from which its paint merges with the paint beside it, over
    /// <see cref="ShoulderUnits"/> or its whole half width if that is narrower.</summary>
    public static float Crest(Stroke s) => 1f - Math.Clamp(ShoulderUnits / MathF.Max(0.5f * s.Width, 1e-3f), 0f, 1f);
}
