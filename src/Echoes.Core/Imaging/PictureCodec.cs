using Echoes.Color;
using SkiaSharp;

namespace Echoes.Imaging;

/// <summary>Decodes image files with Skia into linear <see cref="Picture"/>s: limits checked from the header, EXIF
/// orientation applied, transparency composited over white, JPEGs decoded at a reduced scale when only a small
/// picture is needed.</summary>
internal static class PictureCodec
{
    public static Picture Load(string path, int? maxLongSide)
    {
        if (!File.Exists(path)) throw new EchoesException(path, Directory.Exists(path) ? "is a folder, not an image" : "no such file");
        long bytes = new FileInfo(path).Length;
        if (bytes == 0) throw new EchoesException(path, "the file is empty");
        if (bytes > Limits.MaxInputBytes) throw new EchoesException(path,
            $"the file is larger than the limit of {Limits.MaxInputBytes / (1024 * 1024)} MB");
        byte[] data;
        try { data = File.ReadAllBytes(path); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new EchoesException(path,
            $"cannot read: {e.Message.TrimEnd('.')}", e);
        }
        return Decode(data, path, maxLongSide);
    }

    public static Picture Decode(byte[] data, string name, int? maxLongSide, long maxPixels = Limits.MaxInputPixels)
    {
        using var skData = SKData.CreateCopy(data);
        using var codec = SKCodec.Create(skData);
        if (codec is null) throw new EchoesException(name, "not a readable image (PNG, JPEG, WebP, BMP or GIF expected)");
        var info = codec.Info;
        if (info.Width <= 0 || info.Height <= 0) throw new EchoesException(name, "the image has no pixels");
        if ((long)info.Width * info.Height > maxPixels)
            throw new EchoesException(name, $"the image is {info.Width}×{info.Height}, over the limit of {maxPixels / 1_000_000.0:0.#} megapixels");

        var (pixels, width, height) = DecodePixels(codec, name, maxLongSide);
        var picture = ToLinear(pixels, width, height, codec.EncodedOrigin);
        picture.SourceSize = ImageSize.Displayed(info.Width, info.Height, codec.EncodedOrigin);
        return maxLongSide is int m ? picture.FitWithin(m) : picture;
    }

    // As small as the wanted size allows: JPEG and WebP scale while decoding; other formats are shrunk as they decode.
    private static (byte[] Pixels, int Width, int Height) DecodePixels(SKCodec codec, string name, int? maxLongSide)
    {
        var size = ChooseDecodeSize(codec, maxLongSide);
        int factor = maxLongSide is int m ? Math.Max(size.Width, size.Height) / m : 1;
        if (factor >= 2 && size == codec.Info.Size) return ShrinkingDecoder.Decode(codec, factor, name);
        return (DecodeFull(codec, size, name), size.Width, size.Height);
    }

    /// <summary>Decodes the whole image at <paramref name="size"/> (the full size, or one the codec can scale to) as 8-bit RGBA.</summary>
    public static byte[] DecodeFull(SKCodec codec, SKSizeI size, string name)
    {
        var decodeInfo = new SKImageInfo(size.Width, size.Height, SKColorType.Rgba8888, SKAlphaType.Unpremul);
        var pixels = new byte[decodeInfo.BytesSize];
        SKCodecResult result;
        unsafe
        {
            fixed (byte* p = pixels) result = codec.GetPixels(decodeInfo, (IntPtr)p);
        }
        if (result == SKCodecResult.IncompleteInput || result == SKCodecResult.ErrorInInput)
            throw new EchoesException(name, "the image is truncated or corrupt");
        if (result != SKCodecResult.Success)
            throw new EchoesException(name, $"the image cannot be decoded ({result})");
        return pixels;
    }

    // JPEG decoders scale by k/8 almost for free; take the smallest scale that still covers the wanted size.
    private static SKSizeI ChooseDecodeSize(SKCodec codec, int? maxLongSide)
    {
        var full = codec.Info.Size;
        if (maxLongSide is not int m || Math.Max(full.Width, full.Height) <= m) return full;
        for (int k = 1; k < 8; k++)
        {
            var d = codec.GetScaledDimensions(k / 8f);
            if (Math.Max(d.Width, d.Height) >= m && d.Width < full.Width) return d;
        }
        return full;
    }

    private static Picture ToLinear(byte[] rgba, int w, int h, SKEncodedOrigin origin)
    {
        bool swap = ImageSize.IsTransposed(origin);
        var pic = new Picture(swap ? h : w, swap ? w : h);
        var dst = pic.Pixels;
        int ow = pic.Width;
        Parallel.For(0, h, y =>
        {
            for (int x = 0; x < w; x++)
            {
                int s = (y * w + x) * 4;
                var (ox, oy) = origin switch
                {
                    SKEncodedOrigin.TopRight => (w - 1 - x, y),
                    SKEncodedOrigin.BottomRight => (w - 1 - x, h - 1 - y),
                    SKEncodedOrigin.BottomLeft => (x, h - 1 - y),
                    SKEncodedOrigin.LeftTop => (y, x),
                    SKEncodedOrigin.RightTop => (h - 1 - y, x),
                    SKEncodedOrigin.RightBottom => (h - 1 - y, w - 1 - x),
                    SKEncodedOrigin.LeftBottom => (y, w - 1 - x),
                    _ => (x, y),
                };
                float a = rgba[s + 3] / 255f;
                int d = (oy * ow + ox) * 3;
                // Transparent areas read as white paper.
                dst[d] = Srgb.ToLinear8(rgba[s]) * a + (1 - a);
                dst[d + 1] = Srgb.ToLinear8(rgba[s + 1]) * a + (1 - a);
                dst[d + 2] = Srgb.ToLinear8(rgba[s + 2]) * a + (1 - a);
            }
        });
        return pic;
    }
}
