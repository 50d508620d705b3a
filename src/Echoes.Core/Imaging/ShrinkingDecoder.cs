using Echoes.Color;
using SkiaSharp;

namespace Echoes.Imaging;

/// <summary>
/// Shrinks an image by a whole factor as its rows arrive, averaging each block of <c>factor × factor</c> pixels into
/// one (in linear light, weighted by alpha), so the large image is never converted to linear floats at full size.
/// Codecs that give rows one at a time, top down, are read row by row and never exist at full size at all; the others
/// (Skia's PNG codec among them: no scanline, scaled or subset decoding) are decoded once as 8-bit RGBA and shrunk from that.
/// </summary>
internal static class ShrinkingDecoder
{
    /// <summary>Decodes and shrinks; returns 8-bit RGBA (unpremultiplied) like a full decode, and its size.</summary>
    /// <exception cref="EchoesException">The image is truncated or corrupt.</exception>
    public static (byte[] Pixels, int Width, int Height) Decode(SKCodec codec, int factor, string name)
    {
        var info = new SKImageInfo(codec.Info.Width, codec.Info.Height, SKColorType.Rgba8888, SKAlphaType.Unpremul);
        if (codec.StartScanlineDecode(info) == SKCodecResult.Success && codec.ScanlineOrder == SKCodecScanlineOrder.TopDown)
            return Average(info, factor, row =>
            {
                if (ReadRow(codec, row) != 1) throw new EchoesException(name, "the image is truncated or corrupt");
            });
        var whole = PictureCodec.DecodeFull(codec, info.Size, name);
        int y = 0;
        return Average(info, factor, row => whole.AsSpan(y++ * row.Length, row.Length).CopyTo(row));
    }

    private static unsafe int ReadRow(SKCodec codec, byte[] row)
    {
        fixed (byte* p = row) return codec.GetScanlines((IntPtr)p, 1, row.Length);
    }

    private static (byte[] Pixels, int Width, int Height) Average(SKImageInfo info, int factor, Action<byte[]> nextRow)
    {
        int w = (info.Width + factor - 1) / factor, h = (info.Height + factor - 1) / factor;
        var output = new byte[w * h * 4];
        var row = new byte[info.RowBytes];
        var sums = new float[w * 4];
        var counts = new int[w];
        for (int y = 0; y < info.Height; y++)
        {
            nextRow(row);
            Accumulate(row, info.Width, factor, sums, counts);
            if ((y + 1) % factor == 0 || y == info.Height - 1) Emit(sums, counts, output.AsSpan(y / factor * w * 4, w * 4));
        }
        return (output, w, h);
    }

    // Sums (colour × alpha, in linear light) and alpha for each block along the row.
    private static void Accumulate(byte[] row, int width, int factor, float[] sums, int[] counts)
    {
        for (int x = 0; x < width; x++)
        {
            int s = x * 4, b = x / factor * 4;
            float a = row[s + 3] / 255f;
            sums[b] += Srgb.ToLinear8(row[s]) * a;
            sums[b + 1] += Srgb.ToLinear8(row[s + 1]) * a;
            sums[b + 2] += Srgb.ToLinear8(row[s + 2]) * a;
            sums[b + 3] += a;
            counts[x / factor]++;
        }
    }

    private static void Emit(float[] sums, int[] counts, Span<byte> dst)
    {
        for (int i = 0; i < counts.Length; i++)
        {
            float alpha = sums[i * 4 + 3];
            for (int c = 0; c < 3; c++) dst[i * 4 + c] = alpha > 0 ? Srgb.ToByte(sums[i * 4 + c] / alpha) : (byte)0;
            dst[i * 4 + 3] = (byte)MathF.Round(alpha / counts[i] * 255f);
        }
        Array.Clear(sums);
        Array.Clear(counts);
    }
}
