using Echoes.Imaging;
using SkiaSharp;

namespace Echoes.Bench;

internal static class Images
{
    /// <summary>An 8-bit file as written (no colour conversion), for comparing against references.</summary>
    public static Canvas Load(string path)
    {
        using var bmp = SKBitmap.Decode(path) ?? throw new InvalidOperationException($"cannot decode {path}");
        return Canvas.FromBitmap(bmp);
    }
}
