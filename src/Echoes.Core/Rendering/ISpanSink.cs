namespace Echoes.Rendering;

/// <summary>Receives a rasterized stroke row by row: coverage (opacity and texture applied) and paint height.</summary>
internal interface ISpanSink
{
    /// <summary>Whether the sink uses heights (they are skipped otherwise).</summary>
    bool WantsHeight { get; }

    /// <summary>One run of pixels on row <paramref name="y"/>, starting at column <paramref name="x0"/>.</summary>
    void Span(int y, int x0, ReadOnlySpan<float> coverage, ReadOnlySpan<float> height);
}
