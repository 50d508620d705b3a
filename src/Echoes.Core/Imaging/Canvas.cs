using SkiaSharp;

namespace Echoes.Imaging;

/// <summary>
/// A finished 8-bit sRGB image (RGBA, opaque), as the renderer produces it: ready to save, compare or show.
/// </summary>
public sealed class Canvas : IDisposable
{
    /// <summary>Creates a black, opaque canvas.</summary>
    public Canvas(int width, int height)
    {
        if (width <= 0 || height <= 0) throw new ArgumentOutOfRangeException(nameof(width), "a canvas needs at least one pixel");
        Width = width;
        Height = height;
        Pixels = GC.AllocateUninitializedArray<byte>(checked(width * height * 4));
    }

    /// <summary>Width in pixels.</summary>
    public int Width { get; }

    /// <summary>Height in pixels.</summary>
    public int Height { get; }

    /// <summary>RGBA bytes, row by row, sRGB encoded.</summary>
    public byte[] Pixels { get; }

    /// <summary>Physical resolution written into PNG files (pixels per inch), when known.</summary>
    public double? Dpi { get; set; }

    /// <summary>Text entries written into PNG files (key → value).</summary>
    public IDictionary<string, string> Text { get; } = new SortedDictionary<string, string>(StringComparer.Ordinal);

    /// <summary>The formats <see cref="Save"/> can write, by extension.</summary>
    public static IReadOnlyList<string> Extensions { get; } = [".png", ".jpg", ".jpeg", ".webp"];

    /// <summary>Saves in the format named by the extension (PNG, JPEG, WebP), atomically.</summary>
    /// <param name="path">The output file.</param>
    /// <param name="quality">JPEG/WebP quality, 1–100.</param>
    /// <exception cref="EchoesException">Unknown extension or unwritable path.</exception>
    public void Save(string path, int quality = 92)
    {
        var format = FormatOf(path);
        if (quality is < 1 or > 100) throw new EchoesException(path, "quality must be between 1 and 100");
        byte[] encoded = EncodeFile(format, quality);
        AtomicFile.Write(path, s => s.Write(encoded));
    }

    /// <summary>The bytes of an image file: the pixels encoded, and in PNG the resolution and text facts too.</summary>
    public byte[] EncodeFile(ImageFormat format, int quality = 92)
    {
        if (format != ImageFormat.Png) return Encode(format, quality);
        return PngEncoder.Encode(Pixels, Width, Height, afterHeader: Dpi is not null || Text.Count > 0 ? PngChunks.Facts(Dpi, Text) : null);
    }

    /// <summary>Saves on a worker thread; see <see cref="Save"/>.</summary>
    public Task SaveAsync(string path, int quality = 92) => Task.Run(() => Save(path, quality));

    /// <summary>The image encoded in memory; PNG on every core (<see cref="PngEncoder"/>).</summary>
    public byte[] Encode(ImageFormat format, int quality = 92)
    {
        if (format == ImageFormat.Png) return PngEncoder.Encode(Pixels, Width, Height);
        var info = new SKImageInfo(Width, Height, SKColorType.Rgba8888, SKAlphaType.Opaque);
        unsafe
        {
            fixed (byte* p = Pixels)
            {
                using var pixmap = new SKPixmap(info, (IntPtr)p, Width * 4);
                using var data = pixmap.Encode(ToSkia(format), quality)
                    ?? throw new EchoesException("", $"the {format} encoder failed");
                return data.ToArray();
            }
        }
    }

    /// <summary>Wraps the pixels in a Skia bitmap (a copy) for drawing labels or compositing.</summary>
    internal SKBitmap ToBitmap()
    {
        var bmp = new SKBitmap(new SKImageInfo(Width, Height, SKColorType.Rgba8888, SKAlphaType.Opaque));
        System.Runtime.InteropServices.Marshal.Copy(Pixels, 0, bmp.GetPixels(), Pixels.Length);
        return bmp;
    }

    /// <summary>Decodes the 8-bit sRGB pixels to a linear picture.</summary>
    public Picture ToPicture()
    {
        var p = new Picture(Width, Height);
        var dst = p.Pixels;
        for (int i = 0, j = 0; i < Pixels.Length; i += 4, j += 3)
        {
            dst[j] = Color.Srgb.ToLinear8(Pixels[i]); dst[j + 1] = Color.Srgb.ToLinear8(Pixels[i + 1]); dst[j
                + 2] = Color.Srgb.ToLinear8(Pixels[i + 2]);
        }
        return p;
    }

    /// <summary>Copies a Skia bitmap (any colour type) into a new canvas.</summary>
    internal static Canvas FromBitmap(SKBitmap bitmap)
    {
        using var conv = bitmap.ColorType == SKColorType.Rgba8888 ? null : ConvertToRgba(bitmap);
        var src = conv ?? bitmap;
        var c = new Canvas(src.Width, src.Height);
        System.Runtime.InteropServices.Marshal.Copy(src.GetPixels(), c.Pixels, 0, c.Pixels.Length);
        return c;
    }

    private static SKBitmap ConvertToRgba(SKBitmap b)
    {
        var r = new SKBitmap(new SKImageInfo(b.Width, b.Height, SKColorType.Rgba8888, SKAlphaType.Opaque));
        b.CopyTo(r, SKColorType.Rgba8888);
        return r;
    }

    /// <summary>Releases nothing native today; kept so callers can scope large canvases with <c>using</c>.</summary>
    public void Dispose() { }

    /// <summary>The encoder for a file name's extension.</summary>
    /// <exception cref="EchoesException">An extension this class cannot write.</exception>
    public static ImageFormat FormatOf(string path) => Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".png" => ImageFormat.Png,
        ".jpg" or ".jpeg" => ImageFormat.Jpeg,
        ".webp" => ImageFormat.Webp,
        var e => throw new EchoesException(path, $"cannot write '{e}' images (known: {string.Join(", ", Extensions)})"),
    };

    private static SKEncodedImageFormat ToSkia(ImageFormat format) => format switch
    {
        ImageFormat.Png => SKEncodedImageFormat.Png,
        ImageFormat.Jpeg => SKEncodedImageFormat.Jpeg,
        ImageFormat.Webp => SKEncodedImageFormat.Webp,
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "not an image format"),
    };
}
