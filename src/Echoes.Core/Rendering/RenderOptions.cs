namespace Echoes.Rendering;

/// <summary>How a plan is rendered. Immutable; use <c>with</c> to vary.</summary>
public sealed record RenderOptions
{
    /// <summary>The defaults: impasto relief lit from the upper left, all cores.</summary>
    public static RenderOptions Default { get; } = new();

    /// <summary>Paint relief and its light pass; off gives flat colour.</summary>
    public bool Impasto { get; init; } = true;

    /// <summary>Strength of the relief lighting, 0–3.</summary>
    public float Relief { get; init; } = 1f;

    /// <summary>Most threads to use; null for all cores. The output is identical for any value.</summary>
    public int? MaxDegreeOfParallelism { get; init; }

    /// <summary>Rows rendered together; bounds memory to a few bands of the output width.</summary>
    public int BandHeight { get; init; } = 64;
}
