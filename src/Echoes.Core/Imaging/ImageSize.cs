using SkiaSharp;

namespace Echoes.Imaging;

/// <summary>Reads an image's displayed size (after EXIF orientation) from its header, without decoding pixels.</summary>
internal static class ImageSize
{
    /// <summary>The width and height as displayed.</summary>
    /// <exception cref="EchoesException">The file is missing or not a readable image.</exception>
    public static (int Width, int Height) Read(string path)
    {
        if (!File.Exists(path)) throw new EchoesException(path, "no such file");
        using var stream = File.OpenRead(path);
        using var codec = SKCodec.Create(stream) ?? throw new EchoesException(path, "not a readable image (PNG, JPEG, WebP, BMP or GIF expected)");
        return Displayed(codec.Info.Width, codec.Info.Height, codec.EncodedOrigin);
    }

    /// <summary>The displayed size of a <paramref name="width"/>×<paramref name="height"/> image stored in <paramref name="origin"/>.</summary>
    internal static (int Width, int Height) Displayed(int width, int height, SKEncodedOrigin origin) =>
        IsTransposed(origin) ? (height, width) : (width, height);

    /// <summary>Whether an EXIF orientation turns the image a quarter turn (swapping width and height).</summary>
    internal static bool IsTransposed(SKEncodedOrigin origin) =>
        origin is SKEncodedOrigin.LeftTop or SKEncodedOrigin.RightTop or SKEncodedOrigin.RightBottom or SKEncodedOrigin.LeftBottom;
}
