namespace Echoes.Brushes;

/// <summary>
/// What distinguishes one brush kind's footprint: caps, whether the width tapers, how dense the bristles are, how much
/// paint relief it leaves, and whether it multiplies (glaze). Each <see cref="Brush"/> has one.
/// </summary>
/// <param name="SquareEnds">Flat ends instead of round caps.</param>
/// <param name="Tapers">Whether the stroke's taper values shape its width.</param>
/// <param name="BristlesPerUnit">Bristles across the brush per logical unit of width.</param>
/// <param name="Relief">Paint thickness relative to width (impasto).</param>
/// <param name="CoversRelief">How much a stroke flattens the relief beneath it, [0, 1].</param>
/// <param name="Multiply">Composited by multiplication (transparent glaze) instead of covering.</param>
public readonly record struct BrushProfile(bool SquareEnds, bool Tapers, float BristlesPerUnit, float Relief, float CoversRelief, bool Multiply);
