namespace Echoes.Rendering;

/// <summary>Receives a rasterized stroke row by row: coverage (opacity and texture applied), paint height and where
/// along the stroke each pixel lies.</summary>
internal interface ISpanSink
{
    /// <summary>Whether the sink uses heights (they are skipped otherwise).</summary>
    bool WantsHeight { get; }

    /// <summary>Whether the sink uses each pixel's stroke coordinates, along and across (they are skipped otherwise).</summary>
    bool WantsAlong { get; }

    /// <summary>One run of pixels on row <paramref name="y"/>, starting at column <paramref name="x0"/>.</summary>
    void Span(int y, int x0, in ShadedRun run);
}
