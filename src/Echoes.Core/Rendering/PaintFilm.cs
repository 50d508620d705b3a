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

    /// <summary>
    /// Where across the stroke (|v|) its paint gives way to the relief beneath: from a shoulder's width inside its
    /// deepest frayed edge to its shallowest (<see cref="BrushProfile.Ragged"/>). A frayed side cuts the paint off
    /// within a pixel; replacing the relief fully up to that cut left a step there, ragged and one pixel sharp, which
    /// the light drew as a bright or dark line round every mark. Fading the replacement over the frayed band first, the
    /// step at the cut is small and the mark's edge is felt as paint thinning onto what lies beneath.
    /// </summary>
    public static (float From, float To) Sides(Stroke s, BrushProfile profile) =>
        (MathF.Max(0f, Crest(s) - profile.Ragged), 1f - 0.15f * profile.Ragged);

    /// <summary>
    /// How far from either end, in widths, the stroke's paint has come to replace the relief beneath fully, at the middle
    /// of its width and more toward its sides (times |v|²): past the depth its ends fray to (<see cref="BrushProfile.SetDown"/>,
    /// <see cref="BrushProfile.LiftOff"/>, whose corners wear deepest; a round brush's tips) and a shoulder, never past its
    /// middle. So its ends thin onto the paint beneath, as a brush set down and lifted off leaves them, instead of
    /// standing on a cut the light draws as a lit, torn edge.
    /// </summary>
    public static (float Middle, float Sides) EndReach(Stroke s, BrushProfile profile, float aspect)
    {
        float shoulder = ShoulderUnits / MathF.Max(s.Width, 1e-3f), most = 0.5f * aspect;
        if (!profile.SquareEnds) return (MathF.Min(RoundTips * 0.55f + shoulder, most), MathF.Min(RoundTips * 0.45f, most));
        // A square end's cut is at most its depth × (0.5 + 0.62 · corner²), never more than MostEndShare of the mark; at the
        // middle it is mostly under half that, and a deeper cut there leaves a small step rather than keep a broad end thin.
        float depth = MathF.Min(MathF.Max(profile.SetDown, profile.LiftOff), BrushTexture.MostEndShare * aspect);
        return (MathF.Min(0.25f * depth + shoulder, most), MathF.Min(0.62f * depth, most));
    }

    // The depth, in widths, a tapered brush's tips fray to (its textures' RaggedEnds).
    private const float RoundTips = 0.3f;
}
