using Echoes.Color;

namespace Echoes.Imaging;

/// <summary>
/// A linear-light RGB image held as 32-bit floats, interleaved (R, G, B per pixel). It is what every source becomes
/// and what the painter compares its canvas against.
/// </summary>
public sealed class Picture
{
    /// <summary>Creates a picture filled with <paramref name="fill"/>.</summary>
    public Picture(int width, int height, Rgb fill = default)
    {
        if (width <= 0 || height <= 0) throw new ArgumentOutOfRangeException(nameof(width), "a picture needs at least one pixel");
        Width = width;
        Height = height;
        Pixels = new float[checked(width * height * 3)];
        if (fill != default) Fill(fill);
    }

    /// <summary>Width in pixels.</summary>
    public int Width { get; }

    /// <summary>Height in pixels.</summary>
    public int Height { get; }

    /// <summary>
    /// The size, as displayed, of the image this picture shows: the file's own size when it was decoded reduced
    /// (<see cref="Load"/> or <see cref="Decode"/> with a long side, or <see cref="FitWithin"/>), else the picture's size.
    /// A painting's aspect comes from it, so its default size is the photograph's exactly, not a rounded reduction's.
    /// </summary>
    public (int Width, int Height) SourceSize
    {
        get => _sourceSize ?? (Width, Height);
        internal set => _sourceSize = value;
    }

    private (int Width, int Height)? _sourceSize;

    /// <summary>The samples, row by row, three floats (linear R, G, B) per pixel.</summary>
    public float[] Pixels { get; }

    /// <summary>Reads one pixel.</summary>
    public Rgb this[int x, int y]
    {
        get { int i = (y * Width + x) * 3; return new Rgb(Pixels[i], Pixels[i + 1], Pixels[i + 2]); }
        set { int i = (y * Width + x) * 3; Pixels[i] = value.R; Pixels[i + 1] = value.G; Pixels[i + 2] = value.B; }
    }

    /// <summary>Sets every pixel to one colour.</summary>
    public void Fill(Rgb c)
    {
        var p = Pixels;
        for (int i = 0; i < p.Length; i += 3) { p[i] = c.R; p[i + 1] = c.G; p[i + 2] = c.B; }
    }

    /// <summary>The mean colour (linear light).</summary>
    public Rgb Mean()
    {
        double r = 0, g = 0, b = 0;
        var p = Pixels;
        for (int i = 0; i < p.Length; i += 3) { r += p[i]; g += p[i + 1]; b += p[i + 2]; }
        double n = Width * (double)Height;
        return new Rgb((float)(r / n), (float)(g / n), (float)(b / n));
    }

    /// <summary>A deep copy.</summary>
    public Picture Clone()
    {
        var c = new Picture(Width, Height) { _sourceSize = _sourceSize };
        Pixels.CopyTo(c.Pixels, 0);
        return c;
    }

    /// <summary>Reads an image file (PNG, JPEG, WebP, BMP, GIF first frame), honouring EXIF orientation.</summary>
    /// <param name="path">The file.</param>
    /// <param name="maxLongSide">When given, the image is decoded (and area-averaged) down to at most this long side.</param>
    /// <exception cref="EchoesException">The file is missing, unreadable, truncated or over <see cref="Limits.MaxInputPixels"/>.</exception>
    public static Picture Load(string path, int? maxLongSide = null) => PictureCodec.Load(path, maxLongSide);

    /// <summary>Decodes an image held in memory (an upload, say); see <see cref="Load"/>.</summary>
    /// <param name="data">The encoded image.</param>
    /// <param name="name">How errors name it.</param>
    /// <param name="maxLongSide">When given, the image is decoded (and area-averaged) down to at most this long side.</param>
    /// <param name="maxPixels">Largest width × height accepted, checked from the header before decoding.</param>
    /// <exception cref="EchoesException">Not a readable image, truncated, or over the pixel limit.</exception>
    public static Picture Decode(byte[] data, string name, int? maxLongSide = null, long maxPixels = Limits.MaxInputPixels)
    {
        if (data.Length == 0) throw new EchoesException(name, "the file is empty");
        return PictureCodec.Decode(data, name, maxLongSide, maxPixels);
    }

    /// <summary>Reads an image file on a worker thread; see <see cref="Load"/>.</summary>
    public static Task<Picture> LoadAsync(string path, int? maxLongSide = null) => Task.Run(() => Load(path, maxLongSide));

    /// <summary>Area-averaging resize (each output pixel is the mean of the source area it covers).</summary>
    public Picture Resize(int width, int height) => AreaResize.Resize(this, width, height);

    /// <summary>Resizes so the long side is at most <paramref name="longSide"/>, keeping the aspect; never enlarges.</summary>
    public Picture FitWithin(int longSide)
    {
        int ls = Math.Max(Width, Height);
        if (ls <= longSide) return this;
        double k = longSide / (double)ls;
        var fitted = Resize(Math.Max(1, (int)Math.Round(Width * k)), Math.Max(1, (int)Math.Round(Height * k)));
        fitted.SourceSize = SourceSize;
        return fitted;
    }

    /// <summary>Encodes to an 8-bit sRGB canvas (for saving or comparing).</summary>
    public Canvas ToCanvas()
    {
        var canvas = new Canvas(Width, Height);
        var dst = canvas.Pixels;
        var p = Pixels;
        for (int i = 0, j = 0; i < p.Length; i += 3, j += 4)
        {
            dst[j] = Srgb.ToByte(p[i]); dst[j + 1] = Srgb.ToByte(p[i + 1]); dst[j + 2] = Srgb.ToByte(p[i + 2]); dst[j + 3] = 255;
        }
        return canvas;
    }
}
