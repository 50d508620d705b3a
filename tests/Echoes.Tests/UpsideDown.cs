using Echoes.Imaging;

namespace Echoes.Tests;

/// <summary>A picture turned upside down: what a painting that kept none of its source's masses in place is compared
/// with, so a bound on the error against the source means something.</summary>
internal static class UpsideDown
{
    public static Picture Of(Picture p)
    {
        var f = new Picture(p.Width, p.Height);
        for (int y = 0; y < p.Height; y++)
            for (int x = 0; x < p.Width; x++) f[x, y] = p[x, p.Height - 1 - y];
        return f;
    }
}
