namespace Echoes.Rendering;

/// <summary>One run of a stroke's pixels on a row, as the rasterizer shades them for an <see cref="ISpanSink"/>.</summary>
/// <param name="coverage">Per pixel: edge coverage × brush texture × opacity, [0, 1].</param>
/// <param name="height">Per pixel: paint height from the brush texture; empty unless the sink wants heights.</param>
/// <param name="along">Per pixel: the stroke coordinate along the spine, 0 at its start to 1 at its end; empty unless
/// the sink wants stroke coordinates.</param>
/// <param name="across">Per pixel: the stroke coordinate across, −1 at one edge to 1 at the other; empty unless the sink
/// wants stroke coordinates or heights.</param>
/// <param name="lateral">Per pixel: the stroke coordinate across its widest width, square to the spine, −1 to 1 (where
/// its bristles ran); empty unless the sink wants stroke coordinates.</param>
internal readonly ref struct ShadedRun(ReadOnlySpan<float> coverage, ReadOnlySpan<float> height = default,
    ReadOnlySpan<float> along = default, ReadOnlySpan<float> across = default, ReadOnlySpan<float> lateral = default)
{
    /// <summary>Coverage per pixel.</summary>
    public ReadOnlySpan<float> Coverage { get; } = coverage;

    /// <summary>Paint height per pixel (empty unless wanted).</summary>
    public ReadOnlySpan<float> Height { get; } = height;

    /// <summary>Position along the stroke per pixel, 0–1 (empty unless wanted).</summary>
    public ReadOnlySpan<float> Along { get; } = along;

    /// <summary>Position across the stroke per pixel, −1–1 (empty unless stroke coordinates or heights are wanted).</summary>
    public ReadOnlySpan<float> Across { get; } = across;

    /// <summary>Position across the stroke's widest width per pixel, −1–1 (empty unless stroke coordinates are wanted).</summary>
    public ReadOnlySpan<float> Lateral { get; } = lateral;
}
