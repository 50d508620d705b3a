using Echoes.Strokes;

namespace Echoes.Brushes;

/// <summary>
/// What distinguishes one brush kind's footprint: caps, whether the width tapers, how dense the bristles are, how much
/// paint relief it leaves, and whether it multiplies (glaze). Textures are in <see cref="BrushTexture"/>.
/// </summary>
/// <param name="SquareEnds">Flat ends instead of round caps.</param>
/// <param name="Tapers">Whether the stroke's taper values shape its width.</param>
/// <param name="BristlesPerUnit">Bristles across the brush per logical unit of width.</param>
/// <param name="Relief">Paint thickness relative to width (impasto).</param>
/// <param name="CoversRelief">How much a stroke flattens the relief beneath it, [0, 1].</param>
/// <param name="Multiply">Composited by multiplication (transparent glaze) instead of covering.</param>
internal readonly record struct BrushProfile(bool SquareEnds, bool Tapers, float BristlesPerUnit, float Relief, float CoversRelief, bool Multiply)
{
    private static readonly BrushProfile[] Table =
    [
        /* Round    */ new(false, true, 0.8f, 0.10f, 0.7f, false),
        /* Flat     */ new(true, false, 1.1f, 0.12f, 0.75f, false),
        /* Knife    */ new(true, false, 0.25f, 0.16f, 0.9f, false),
        /* DryBrush */ new(false, true, 0.9f, 0.05f, 0.3f, false),
        /* Glaze    */ new(false, true, 0.5f, 0.0f, 0.0f, true),
        /* Splatter */ new(false, false, 0.5f, 0.14f, 0.8f, false),
        /* Drip     */ new(false, true, 0.5f, 0.12f, 0.8f, false),
    ];

    /// <summary>The profile of a brush kind.</summary>
    public static BrushProfile Of(BrushKind kind) => Table[(int)kind];
}
