namespace Echoes.Tests;

public class PaintCliTests
{
    [Fact]
    public void Paint_writes_a_painting_a_plan_and_an_svg()
    {
        var dir = TestImages.TempDir();
        var png = Path.Combine(dir, "p.png");
        var plan = Path.Combine(dir, "p.json");
        var r = Cli.Run("paint", TestImages.Photo("chelsea.png"), "-o", png, "--plan", plan, "--working-size", "128", "--width", "300", "-q");
        Assert.Equal(0, r.Code);
        Assert.Equal("", r.Err);
        Assert.Equal(300, Imaging.Picture.Load(png).Width);
        var loaded = Strokes.StrokePlan.Load(plan);
        Assert.Equal("expressive", loaded.Meta["style"]);
        var svg = Path.Combine(dir, "p.svg");
        Assert.Equal(0, Cli.Run("paint", TestImages.Photo("chelsea.png"), "-o", svg, "--style", "faithful", "--strokes", "30", "--working-size", "96", "-q").Code);
        Assert.Equal(30, System.Text.RegularExpressions.Regex.Count(File.ReadAllText(svg), "<path "));
    }

    [Fact]
    public void The_same_seed_gives_the_same_png()
    {
        var dir = TestImages.TempDir();
        string[] Args(string o) => ["paint", TestImages.Photo("rocket.jpg"), "-o", Path.Combine(dir, o), "--style", "impressionist", "--seed", "5", "--working-size", "128", "--width", "256", "-q"];
        Assert.Equal(0, Cli.Run(Args("a.png")).Code);
        Assert.Equal(0, Cli.Run(Args("b.png")).Code);
        Assert.Equal(File.ReadAllBytes(Path.Combine(dir, "a.png")), File.ReadAllBytes(Path.Combine(dir, "b.png")));
    }

    [Fact]
    public void A_fully_transparent_and_a_one_pixel_image_paint()
    {
        var dir = TestImages.TempDir();
        var clear = Path.Combine(dir, "clear.png");
        var one = Path.Combine(dir, "one.png");
        using (var bmp = new SkiaSharp.SKBitmap(new SkiaSharp.SKImageInfo(40, 30, SkiaSharp.SKColorType.Rgba8888, SkiaSharp.SKAlphaType.Unpremul)))
        {
            bmp.Erase(SkiaSharp.SKColors.Transparent);
            using var f = File.Create(clear);
            bmp.Encode(f, SkiaSharp.SKEncodedImageFormat.Png, 100);
        }
        new Imaging.Picture(1, 1, new Color.Rgb(0.9f, 0.2f, 0.1f)).ToCanvas().Save(one);
        foreach (var input in new[] { clear, one })
        {
            var r = Cli.Run("paint", input, "-o", Path.Combine(dir, Path.GetFileNameWithoutExtension(input) + "-out.png"), "-q");
            Assert.True(r.Code == 0, r.Err);
        }
    }

    public static TheoryData<string[], string> BadOptions => new()
    {
        { ["--strokes", "0"], "--strokes: must be between 1 and" },
        { ["--strokes", "9999999"], "--strokes: must be between 1 and" },
        { ["--style", "cubist"], "unknown style \"cubist\" (known: faithful, expressive, impressionist, knife, fractured, field" },
        { ["--detail", "extreme"], "extreme" },
        { ["--width", "0"], "not a valid width" },
        { ["--working-size", "3"], "working size" },
        { ["--plan", "plan.txt"], "a plan is saved as .json" },
        { ["--mood", "happiness"], "unknown mood \"happiness\" (known: joy, sorrow, love, loss)" },
        { ["--mood", "joy:2"], "between 0 and 1" },
        { ["--mood", "joy:0,love:0"], "all mood weights are zero" },
        { ["--mood", "joy;love"], "unknown mood" },
    };

    [Theory]
    [MemberData(nameof(BadOptions))]
    public void Bad_options_fail_with_one_line(string[] extra, string fragment)
    {
        var dir = TestImages.TempDir();
        var outPath = Path.Combine(dir, "o.png");
        var r = Cli.Run(["paint", TestImages.Photo("chelsea.png"), "-o", outPath, .. extra]);
        Cli.AssertUserError(r, fragment);
        Assert.False(File.Exists(outPath));
    }

    [Fact]
    public void Moods_writes_a_sheet_of_five_paintings()
    {
        var dir = TestImages.TempDir();
        var sheet = Path.Combine(dir, "moods.png");
        var r = Cli.Run("moods", TestImages.Photo("chelsea.png"), "-o", sheet, "--tile-width", "96", "-q");
        Assert.True(r.Code == 0, r.Err);
        var pic = Imaging.Picture.Load(sheet);
        Assert.True(pic.Width > 5 * 96 && pic.Height > 64);
        Cli.AssertUserError(Cli.Run("moods", TestImages.Photo("chelsea.png"), "-o", sheet, "--tile-width", "5"), "tile width");
        Cli.AssertUserError(Cli.Run("moods", TestImages.Photo("chelsea.png"), "-o", Path.Combine(dir, "m.svg")), "cannot write '.svg'");
    }

    [Fact]
    public void Bad_images_fail_with_one_line()
    {
        var dir = TestImages.TempDir();
        var outPath = Path.Combine(dir, "o.png");
        Cli.AssertUserError(Cli.Run("paint", Path.Combine(dir, "missing.jpg"), "-o", outPath), "no such file");
        var text = Path.Combine(dir, "notes.png");
        File.WriteAllText(text, "not an image");
        Cli.AssertUserError(Cli.Run("paint", text, "-o", outPath), "not a readable image");
        var cut = Path.Combine(dir, "cut.jpg");
        var bytes = File.ReadAllBytes(TestImages.Photo("rocket.jpg"));
        File.WriteAllBytes(cut, bytes[..(bytes.Length / 2)]);
        Cli.AssertUserError(Cli.Run("paint", cut, "-o", outPath), "truncated");
        var huge = Path.Combine(dir, "huge.png");
        File.WriteAllBytes(huge, ImagingTests.HugePngHeader(30000, 30000));
        Cli.AssertUserError(Cli.Run("paint", huge, "-o", outPath), "over the limit of 100 megapixels");
        Assert.False(File.Exists(outPath));
    }
}
