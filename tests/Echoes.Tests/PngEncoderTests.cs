using System.Diagnostics;
using Echoes.Export;
using Echoes.Imaging;
using Echoes.Rendering;
using SkiaSharp;

namespace Echoes.Tests;

public class PngEncoderTests
{
    [Fact]
    public void A_painting_encoded_in_parallel_parts_decodes_to_its_pixels_with_skia()
    {
        // 500 px wide: about 170 rows a part, so the image is three deflate parts joined by sync flushes.
        using var painting = Renderer.Render(BrushSampler.Plan(), width: 500);
        var png = painting.Encode(ImageFormat.Png);
        using var decoded = SKBitmap.Decode(png);
        Assert.Equal(painting.Pixels, Canvas.FromBitmap(decoded).Pixels);
    }

    [Fact]
    public async Task A_painting_encoded_in_parallel_parts_decodes_to_its_pixels_with_ffmpeg()
    {
        var ffmpeg = ProgramPath.Find("ffmpeg");
        if (ffmpeg is null)
        {
            Assert.False(Environment.GetEnvironmentVariable("CI") is "true", "CI must install ffmpeg (.ci/run does)");
            Assert.Skip("ffmpeg is not installed here");
        }
        using var painting = Renderer.Render(BrushSampler.Plan(), width: 500);
        var path = Path.Combine(TestImages.TempDir(), "parts.png");
        painting.Save(path);
        var psi = new ProcessStartInfo(ffmpeg) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in new[] { "-loglevel", "error", "-i", path, "-f", "rawvideo", "-pix_fmt", "rgba", "-" }) psi.ArgumentList.Add(a);
        using var p = Process.Start(psi)!;
        using var raw = new MemoryStream();
        var err = p.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await p.StandardOutput.BaseStream.CopyToAsync(raw, TestContext.Current.CancellationToken);
        await p.WaitForExitAsync(TestContext.Current.CancellationToken);
        Assert.True(p.ExitCode == 0, await err);
        Assert.Equal(painting.Pixels, raw.ToArray());
    }

    [Fact]
    public void Transparent_pixels_keep_their_alpha_and_the_bytes_do_not_depend_on_the_cores()
    {
        var canvas = new Canvas(301, 700);
        var rng = new Random(5);
        for (int i = 0; i < canvas.Pixels.Length; i++) canvas.Pixels[i] = (byte)(i % 4 == 3 ? rng.Next(256) : (i / 1200 + rng.Next(8)) & 255);
        var png = PngEncoder.Encode(canvas.Pixels, canvas.Width, canvas.Height);
        Assert.Equal(png, PngEncoder.Encode(canvas.Pixels, canvas.Width, canvas.Height, maxDegreeOfParallelism: 1));
        using var codec = SKCodec.Create(new SKMemoryStream(png));
        var bytes = PictureCodec.DecodeFull(codec, codec.Info.Size, "test");
        Assert.Equal(canvas.Pixels, bytes);
    }

    [Fact]
    public void Checksums_of_parts_combine_to_the_checksum_of_the_whole()
    {
        var data = new byte[20_000];
        new Random(3).NextBytes(data);
        uint whole = Adler32.Of(data);
        Assert.Equal(whole, Adler32.Combine(Adler32.Of(data.AsSpan(0, 7_001)), Adler32.Of(data.AsSpan(7_001)), 20_000 - 7_001));
        // The zlib reference value of "Wikipedia".
        Assert.Equal(0x11E60398u, Adler32.Of("Wikipedia"u8));
    }
}
