namespace Echoes.Rendering;

/// <summary>How a plan is rendered. Immutable; use <c>with</c> to vary; <see cref="Validate"/> checks every field.</summary>
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

    /// <summary>Rows rendered together, 8–1024; bounds memory to a few bands of the output width.</summary>
    public int BandHeight { get; init; } = 64;

    /// <summary>Checks every option.</summary>
    /// <exception cref="EchoesException">An option is out of range; its <see cref="EchoesException.Subject"/> is the
    /// option's name.</exception>
    public void Validate()
    {
        if (!(Relief is >= 0f and <= 3f)) throw new EchoesException(nameof(Relief), "the relief must be between 0 and 3");
        if (MaxDegreeOfParallelism is < 1) throw new EchoesException(nameof(MaxDegreeOfParallelism), "at least one thread is needed");
        if (BandHeight is < 8 or > 1024) throw new EchoesException(nameof(BandHeight), "the band height must be between 8 and 1024 rows");
    }
}
