using System.Buffers.Binary;
using System.IO.Hashing;
using System.Text;
using Echoes.Color;
using Echoes.Imaging;
using SkiaSharp;

namespace Echoes.Tests;

public class ImagingTests
{
    [Theory]
    [InlineData(".png")]
    [InlineData(".jpg")]
    [InlineData(".webp")]
    public void Written_images_read_back_close_to_the_original(string ext)
    {
        var pic = TestImages.Quadrants();
        var path = Path.Combine(TestImages.TempDir(), "q" + ext);
        pic.ToCanvas().Save(path, 95);
        var back = Picture.Load(path);
        Assert.Equal((pic.Width, pic.Height), (back.Width, back.Height));
        double err = Math.Abs(back[10, 10].R - pic[10, 10].R) + Math.Abs(back[80, 50].B - pic[80, 50].B);
        Assert.True(err < (ext == ".png" ? 1e-6 : 0.05), $"{ext}: error {err}");
        Assert.Empty(Directory.GetFiles(Path.GetDirectoryName(path)!, "*.tmp"));
    }

    [Fact]
    public void Bmp_and_gif_are_read()
    {
        var dir = TestImages.TempDir();
        var bmp = Path.Combine(dir, "a.bmp");
        File.WriteAllBytes(bmp, Bmp2x2());
        var b = Picture.Load(bmp);
        Assert.Equal((2, 2), (b.Width, b.Height));
        Assert.True(b[0, 0].R > 0.95f && b[0, 0].G < 0.05f, "top-left of the BMP is red");
        Assert.True(b[1, 1].B > 0.95f && b[1, 1].R < 0.05f, "bottom-right of the BMP is blue");
        var gif = Path.Combine(dir, "a.gif");
        File.WriteAllBytes(gif, Convert.FromBase64String("R0lGODlhAQABAIAAAP8AAAAAACH5BAAAAAAALAAAAAABAAEAAAICRAEAOw=="));
        var g = Picture.Load(gif);
        Assert.True(g[0, 0].R > 0.95f && g[0, 0].G < 0.05f);
    }

    [Fact]
    public void Exif_orientation_is_honoured()
    {
        var pic = new Picture(32, 16);
        for (int y = 0; y < 16; y++) for (int x = 0; x < 32; x++) pic[x, y] = x < 16 ? new Rgb(1, 0, 0) : new Rgb(0, 0, 1);
        var jpeg = pic.ToCanvas().Encode(ImageFormat.Jpeg, 95);
        // APP1 Exif segment with one tag: Orientation = 6 (the stored image must be turned 90° clockwise).
        byte[] app1 = [0xFF, 0xE1, 0, 34, .. "Exif\0\0"u8, .. "II*\0"u8, 8, 0, 0, 0, 1, 0, 0x12, 0x01, 3, 0, 1, 0, 0, 0, 6, 0, 0, 0, 0, 0, 0, 0];
        byte[] withExif = [.. jpeg[..2], .. app1, .. jpeg[2..]];
        var path = Path.Combine(TestImages.TempDir(), "rot.jpg");
        File.WriteAllBytes(path, withExif);
        var r = Picture.Load(path);
        Assert.Equal((16, 32), (r.Width, r.Height));
        Assert.True(r[8, 4].R > 0.8f && r[8, 4].B < 0.2f, "the left (red) half is now on top");
        Assert.True(r[8, 28].B > 0.8f && r[8, 28].R < 0.2f, "the right (blue) half is now at the bottom");
    }

    [Fact]
    public void Area_averaging_takes_the_mean_of_each_block()
    {
        var p = new Picture(4, 2);
        p[0, 0] = new Rgb(1, 0, 0); p[1, 0] = new Rgb(0, 0, 0); p[0, 1] = new Rgb(1, 1, 0); p[1, 1] = new Rgb(0, 1, 0);
        p[2, 0] = p[3, 0] = p[2, 1] = p[3, 1] = new Rgb(0.2f, 0.4f, 0.6f);
        var r = p.Resize(2, 1);
        Assert.Equal(0.5f, r[0, 0].R, 5); Assert.Equal(0.5f, r[0, 0].G, 5); Assert.Equal(0f, r[0, 0].B, 5);
        Assert.Equal(0.6f, r[1, 0].B, 5);
        var up = p.Resize(8, 4);
        Assert.Equal(p.Mean().R, up.Mean().R, 2);
    }

    [Fact]
    public void Large_jpegs_are_decoded_small_when_only_a_small_picture_is_needed()
    {
        var p = Picture.Load(TestImages.Photo("rocket.jpg"), maxLongSide: 256);
        Assert.Equal(256, Math.Max(p.Width, p.Height));
    }

    [Fact]
    public void Bad_images_get_clear_errors()
    {
        var dir = TestImages.TempDir();
        string Write(string name, byte[] data) { var f = Path.Combine(dir, name); File.WriteAllBytes(f, data); return f; }
        Assert.Contains("no such file", Assert.Throws<EchoesException>(() => Picture.Load(Path.Combine(dir, "none.png"))).Message);
        Assert.Contains("empty", Assert.Throws<EchoesException>(() => Picture.Load(Write("e.png", []))).Message);
        Assert.Contains("not a readable image", Assert.Throws<EchoesException>(() => Picture.Load(Write("t.png", "hello"u8.ToArray()))).Message);
        var rocket = File.ReadAllBytes(TestImages.Photo("rocket.jpg"));
        Assert.Contains("truncated", Assert.Throws<EchoesException>(() => Picture.Load(Write("cut.jpg", rocket[..(rocket.Length / 3)]))).Message);
        Assert.Contains("megapixels", Assert.Throws<EchoesException>(() => Picture.Load(Write("huge.png", HugePngHeader(20000, 20000)))).Message);
    }

    /// <summary>A PNG whose header claims a huge size; the limit must be enforced before any decoding.</summary>
    internal static byte[] HugePngHeader(int w, int h)
    {
        using var ms = new MemoryStream();
        ms.Write([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);
        var ihdr = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(ihdr, w); BinaryPrimitives.WriteInt32BigEndian(ihdr.AsSpan(4), h);
        ihdr[8] = 8; ihdr[9] = 2;
        Chunk(ms, "IHDR", ihdr); Chunk(ms, "IDAT", [0x78, 0x9C, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01]); Chunk(ms, "IEND", []);
        return ms.ToArray();
    }

    internal static void Chunk(Stream s, string type, byte[] data)
    {
        var head = new byte[8];
        BinaryPrimitives.WriteInt32BigEndian(head, data.Length);
        Encoding.ASCII.GetBytes(type).CopyTo(head, 4);
        s.Write(head); s.Write(data);
        var crc = new Crc32(); crc.Append(head.AsSpan(4)); crc.Append(data);
        var c = new byte[4]; BinaryPrimitives.WriteUInt32BigEndian(c, crc.GetCurrentHashAsUInt32()); s.Write(c);
    }

    private static byte[] Bmp2x2()
    {
        // 24-bit, bottom-up rows padded to 4 bytes: bottom row (green, blue), top row (red, white); pixels are BGR.
        byte[] rows = [0, 255, 0, 255, 0, 0, 0, 0, /* top: */ 0, 0, 255, 255, 255, 255, 0, 0];
        var b = new byte[54 + rows.Length];
        b[0] = (byte)'B'; b[1] = (byte)'M';
        BinaryPrimitives.WriteInt32LittleEndian(b.AsSpan(2), b.Length);
        BinaryPrimitives.WriteInt32LittleEndian(b.AsSpan(10), 54);
        BinaryPrimitives.WriteInt32LittleEndian(b.AsSpan(14), 40);
        BinaryPrimitives.WriteInt32LittleEndian(b.AsSpan(18), 2);
        BinaryPrimitives.WriteInt32LittleEndian(b.AsSpan(22), 2);
        BinaryPrimitives.WriteInt16LittleEndian(b.AsSpan(26), 1);
        BinaryPrimitives.WriteInt16LittleEndian(b.AsSpan(28), 24);
        BinaryPrimitives.WriteInt32LittleEndian(b.AsSpan(34), rows.Length);
        rows.CopyTo(b, 54);
        return b;
    }
}
