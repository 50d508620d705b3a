using System.Buffers.Binary;
using System.IO.Compression;
using Echoes.Imaging;
using SkiaSharp;

namespace Echoes.Tests;

/// <summary>Large images wanted small are decoded small: row by row for formats that cannot scale while decoding (PNG).</summary>
public sealed class ShrinkingDecodeTests
{
    [Fact]
    public void A_png_decoded_small_matches_the_full_decode_resized()
    {
        byte[] png = GradientPng(1000, 700);
        var small = Picture.Decode(png, "g.png", maxLongSide: 100);
        var reference = Picture.Decode(png, "g.png").FitWithin(100);
        Assert.Equal((reference.Width, reference.Height), (small.Width, small.Height));
        float worst = small.Pixels.Zip(reference.Pixels, (a, b) => MathF.Abs(a - b)).Max();
        Assert.True(worst < 0.01f, $"a channel differs by {worst} (linear)");
    }

    [Fact]
    public void A_6300_pixel_png_wanted_at_600_is_never_held_at_full_size_in_linear_floats()
    {
        byte[] png = LargePng(6300, 6300);
        long before = GC.GetAllocatedBytesForCurrentThread();
        var picture = Picture.Decode(png, "big.png", maxLongSide: 600);
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.Equal((600, 600), (picture.Width, picture.Height));
        // Skia decodes PNG only whole: 159 MB of 8-bit RGBA, once; converting that to linear floats took 476 MB more.
        Assert.True(allocated < 200L * 1024 * 1024, $"decoding allocated {allocated / 1048576.0:0} MB");
        Assert.True(picture.Pixels[0] < 0.1f && picture.Pixels[^1] > 0.8f, "the dark left and light right half survive");
    }

    /// <summary>A PNG of the given size, small on disk: dark on the left, light on the right, written row by row.</summary>
    internal static byte[] LargePng(int w, int h)
    {
        using var ms = new MemoryStream();
        ms.Write([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);
        var ihdr = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(ihdr, w); BinaryPrimitives.WriteInt32BigEndian(ihdr.AsSpan(4), h);
        ihdr[8] = 8; ihdr[9] = 2; // 8-bit RGB
        ImagingTests.Chunk(ms, "IHDR", ihdr);
        var row = new byte[1 + w * 3];
        for (int x = 0; x < w; x++) row.AsSpan(1 + x * 3, 3).Fill(x < w / 2 ? (byte)30 : (byte)240);
        using (var idat = new MemoryStream())
        {
            using (var z = new ZLibStream(idat, CompressionLevel.Optimal, leaveOpen: true))
                for (int y = 0; y < h; y++) z.Write(row);
            ImagingTests.Chunk(ms, "IDAT", idat.ToArray());
        }
        ImagingTests.Chunk(ms, "IEND", []);
        return ms.ToArray();
    }

    // Colour gradients with a half-transparent band, so blocks mix colours and alpha.
    private static byte[] GradientPng(int w, int h)
    {
        using var bmp = new SKBitmap(new SKImageInfo(w, h, SKColorType.Rgba8888, SKAlphaType.Unpremul));
        for (int y = 0; y < h; y++)
            for (int x = 0; x < w; x++)
                bmp.SetPixel(x, y, new SKColor((byte)(x * 255 / w), (byte)(y * 255 / h), (byte)((x ^ y) & 0xFF), y > h / 3 && y < h / 2 ? (byte)(x % 256) : (byte)255));
        using var img = SKImage.FromBitmap(bmp);
        return img.Encode(SKEncodedImageFormat.Png, 100).ToArray();
    }
}
