using System.Buffers.Binary;
using Echoes.Color;
using Echoes.Imaging;
using Echoes.Strokes;

namespace Echoes.Tests;

/// <summary>Output sizes: a painting is the photo's size exactly, and a print is the sheet's size exactly.</summary>
public class CliSizeTests
{
    private static (int, int) PngSize(string path)
    {
        var b = File.ReadAllBytes(path);
        return (BinaryPrimitives.ReadInt32BigEndian(b.AsSpan(16)), BinaryPrimitives.ReadInt32BigEndian(b.AsSpan(20)));
    }

    private static string Photo(string dir, int w, int h)
    {
        var path = Path.Combine(dir, $"photo-{w}x{h}.png");
        var pic = new Picture(w, h);
        for (int y = 0; y < h; y++)
            for (int x = 0; x < w; x++) pic[x, y] = new Rgb(x / (float)w, y / (float)h, 0.4f);
        pic.ToCanvas().Save(path);
        return path;
    }

    [Theory]
    [InlineData(901, 277)]
    [InlineData(333, 1000)]
    [InlineData(1, 1023)]
    [InlineData(1023, 1)]
    [InlineData(3, 2)]
    public void The_default_output_is_the_photos_size_and_so_is_the_plan_rendered_at_its_width(int w, int h)
    {
        var dir = TestImages.TempDir();
        string png = Path.Combine(dir, "o.png"), plan = Path.Combine(dir, "o.json"), again = Path.Combine(dir, "again.png");
        var r = Cli.Run("paint", Photo(dir, w, h), "-o", png, "--plan", plan, "--strokes", "40", "--working-size", "96", "-q");
        Assert.True(r.Code == 0, r.Err);
        Assert.Equal((w, h), PngSize(png));
        Assert.Equal(0, Cli.Run("render", plan, "-o", again, "--width", w.ToString(), "-q").Code);
        Assert.Equal((w, h), PngSize(again));
    }

    [Fact]
    public void A_photo_too_long_and_thin_for_the_output_limit_is_refused_before_painting()
    {
        var dir = TestImages.TempDir();
        var png = Path.Combine(dir, "o.png");
        Cli.AssertUserError(Cli.Run("paint", Photo(dir, 1, 20001), "-o", png, "--strokes", "10", "--working-size", "64"), "over the limit of 20,000 px");
        Assert.False(File.Exists(png));
    }

    [Fact]
    public void A_composed_scene_is_its_sizes_exactly()
    {
        var dir = TestImages.TempDir();
        var scene = Path.Combine(dir, "s.yaml");
        // Composed at 900×474, which a rounded aspect would have made 1900×1001.
        File.WriteAllText(scene, "title: Odd\nsize: [1900, 1000]\nfigures:\n  - { name: A }\n");
        var png = Path.Combine(dir, "s.png");
        var r = Cli.Run("compose", scene, "-o", png, "--strokes", "60", "--no-impasto", "-q");
        Assert.True(r.Code == 0, r.Err);
        Assert.Equal((1900, 1000), PngSize(png));
    }

    private static string Plan(string dir, float width, float height)
    {
        var plan = new StrokePlan(width, height, Rgb.FromHex("#203040"));
        // One stroke across the whole plan and beyond its edges: it must not spill into a margin.
        plan.Strokes.Add(new Stroke { Points = [new(-50, height / 2), new(width + 50, height / 2)], Width = height * 3, Color = Rgb.FromHex("#f0e040"), Brush = BrushKind.Flat, TaperStart = 0, TaperEnd = 0 });
        var path = Path.Combine(dir, $"plan-{width}x{height}.json");
        plan.Save(path);
        return path;
    }

    private static Rgb At(Canvas c, int x, int y)
    {
        int i = (y * c.Width + x) * 4;
        return new Rgb(c.Pixels[i] / 255f, c.Pixels[i + 1] / 255f, c.Pixels[i + 2] / 255f);
    }

    [Theory]
    [InlineData(300f, 300f, 7016, 4961)]   // square: landscape sheet, margins left and right
    [InlineData(1000f, 100f, 7016, 4961)]  // very wide: margins above and below
    [InlineData(100f, 1000f, 4961, 7016)]  // very tall: portrait sheet
    public void Print_A2_is_the_sheets_size_whatever_the_aspect_with_margins_in_the_ground_colour(float w, float h, int pw, int ph)
    {
        var dir = TestImages.TempDir();
        var png = Path.Combine(dir, "a2.png");
        var r = Cli.Run("render", Plan(dir, w, h), "-o", png, "--print", "A2", "--no-impasto", "-q");
        Assert.True(r.Code == 0, r.Err);
        Assert.Equal((pw, ph), PngSize(png));
        var c = Images.LoadCanvas(png);
        var ground = Encoded("#203040");
        Assert.True(Close(At(c, 2, 2), ground), $"corner {At(c, 2, 2)} should be the ground {ground}");
        Assert.True(At(c, pw / 2, ph / 2).R > 0.8f, "the painting is centred");
    }

    [Fact]
    public void Print_with_fit_cover_fills_the_sheet()
    {
        var dir = TestImages.TempDir();
        var png = Path.Combine(dir, "a5.png");
        var r = Cli.Run("render", Plan(dir, 300, 300), "-o", png, "--print", "A5", "--dpi", "100", "--fit", "cover", "--no-impasto", "-q");
        Assert.True(r.Code == 0, r.Err);
        var (pw, ph) = PngSize(png);
        Assert.Equal((827, 583), (pw, ph));
        var c = Images.LoadCanvas(png);
        foreach (var (x, y) in new[] { (0, 0), (pw - 1, ph - 1), (0, ph / 2), (pw / 2, 0) })
            Assert.True(At(c, x, y).R > 0.5f, $"({x}, {y}) is {At(c, x, y)}: cover leaves no margin");
        var svg = Path.Combine(dir, "a5.svg");
        Assert.Equal(0, Cli.Run("render", Plan(dir, 300, 300), "-o", svg, "--print", "A5", "--dpi", "100", "-q").Code);
        Assert.Contains("width=\"827\" height=\"583\"", File.ReadAllText(svg));
    }

    private static Rgb Encoded(string hex)
    {
        var c = Rgb.FromHex(hex);
        return new Rgb(Srgb.FromLinear(c.R), Srgb.FromLinear(c.G), Srgb.FromLinear(c.B));
    }

    private static bool Close(Rgb a, Rgb b) => MathF.Abs(a.R - b.R) < 0.03f && MathF.Abs(a.G - b.G) < 0.03f && MathF.Abs(a.B - b.B) < 0.03f;
}
