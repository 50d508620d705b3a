namespace Echoes.Gallery.Works;

/// <summary>
/// The widths a painting is rendered at for download: any requested width is served at the nearest rung, so the
/// renders a gallery can be asked for are few and each is made once.
/// </summary>
internal static class WidthLadder
{
    /// <summary>The rungs, pixels wide.</summary>
    public static readonly IReadOnlyList<int> Rungs = [320, 640, 1024, 1600, 2400, 3200, 4096];

    /// <summary>Smallest and largest width a request may ask for (then snapped to a rung).</summary>
    public const int MinRequest = 16, MaxRequest = 8000;

    /// <summary>The rung nearest to <paramref name="requested"/>; halfway between two, the larger.</summary>
    public static int Snap(int requested) =>
        Rungs.MinBy(r => (Math.Abs(r - requested), -r));
}
