namespace Echoes.Brushes;

/// <summary>
/// What distinguishes one brush kind's footprint: caps, whether the width tapers, how dense the bristles are, how much
/// paint film it leaves, how much its width follows the hand's pressure, and whether it multiplies (glaze). Each
/// <see cref="Brush"/> has one.
/// </summary>
/// <param name="SquareEnds">Flat ends instead of round caps.</param>
/// <param name="Tapers">Whether the stroke's taper values shape its width.</param>
/// <param name="BristlesPerUnit">Bristles across the brush per logical unit of width.</param>
/// <param name="Relief">Thickness of the paint film a stroke lays (impasto), relative to a common film.</param>
/// <param name="CoversRelief">How much a stroke flattens the relief beneath it, [0, 1]: wet paint mostly replaces what
/// it is laid on; thin or dry paint lets the weave and the strokes beneath show.</param>
/// <param name="Multiply">Composited by multiplication (transparent glaze) instead of covering.</param>
/// <param name="Swell">How much the width swells and lifts with the hand's pressure along the stroke, [0, 1).</param>
/// <param name="Ragged">How deep, as a fraction of the half width, the sides fray (0 for brushes whose texture shapes its
/// own edge); the drawn footprint is widened to match, so the frayed edge wanders about the width the painter chose.</param>
/// <param name="SetDown">How deep, in widths, a square end frays where the brush is set down: the clumps touch the canvas
/// unevenly and the corners, pressed least, wear round.</param>
/// <param name="LiftOff">How deep, in widths, a square end frays where the brush lifts off: its clumps leave the paint one
/// after another, so the end breaks into bristle marks rather than a ruled edge.</param>
public readonly record struct BrushProfile(bool SquareEnds, bool Tapers, float BristlesPerUnit, float Relief, float CoversRelief, bool Multiply,
    float Swell, float Ragged = 0f, float SetDown = 0f, float LiftOff = 0f)
{
    /// <summary>The mean inset of a frayed side, as a fraction of <see cref="Ragged"/> (see <see cref="BrushTexture.RaggedSides"/>).</summary>
    internal const float MeanInset = 0.575f;

    /// <summary>The mean inset of a ragged square end, as a fraction of its depth (<see cref="SetDown"/>,
    /// <see cref="LiftOff"/>; see <see cref="BrushTexture.RaggedEnds(in BrushTexture.Params, float, float, float, float)"/>).</summary>
    internal const float MeanEndInset = 0.37f;

    /// <summary>How much wider the drawn footprint is than the stroke, so the fraying averages out to its width.</summary>
    internal float Flare => 1f / (1f - MeanInset * Ragged);
}
