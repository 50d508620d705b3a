using SkiaSharp;

namespace Echoes.Gallery.Works;

/// <summary>Checks an uploaded image from its header before anything decodes it: a known format, within the pixel limit.</summary>
internal static class ImageCheck
{
    /// <summary>Returns the extension to store it under.</summary>
    /// <exception cref="EchoesException">Not an image, or over the limit.</exception>
    public static string Check(byte[] data, long maxPixels)
    {
        using var skData = SKData.CreateCopy(data);
        using var codec = SKCodec.Create(skData) ?? throw new EchoesException("image", "not a readable image (PNG, JPEG, WebP, BMP or GIF expected)");
        long pixels = (long)codec.Info.Width * codec.Info.Height;
        if (pixels > maxPixels)
            throw new EchoesException("image",
                $"the image is {codec.Info.Width}×{codec.Info.Height}, over the limit of {maxPixels / 1_000_000.0:0.#} megapixels");
        return codec.EncodedFormat switch
        {
            SKEncodedImageFormat.Png => "png",
            SKEncodedImageFormat.Jpeg => "jpg",
            SKEncodedImageFormat.Webp => "webp",
            SKEncodedImageFormat.Bmp => "bmp",
            SKEncodedImageFormat.Gif => "gif",
            var f => throw new EchoesException("image", $"{f} images are not accepted (PNG, JPEG, WebP, BMP or GIF expected)"),
        };
    }
}
