using Echoes.Strokes;

namespace Echoes.Tests;

public class CliTests
{
    /// <summary>The brush sampler's plan saved in <paramref name="dir"/>: a small plan with every brush.</summary>
    internal static string SamplerPlan(string dir)
    {
        var p = Path.Combine(dir, "plan.json");
        Export.BrushSampler.Plan().Save(p);
        return p;
    }

    [Theory]
    [InlineData("out.png")]
    [InlineData("out.jpg")]
    [InlineData("out.webp")]
    [InlineData("out.svg")]
    public void Render_writes_every_format(string name)
    {
        var dir = TestImages.TempDir();
        var outPath = Path.Combine(dir, name);
        var r = Cli.Run("render", SamplerPlan(dir), "-o", outPath, "--width", "300", "--quiet");
        Assert.Equal(0, r.Code);
        Assert.Equal("", r.Err);
        Assert.True(new FileInfo(outPath).Length > 1000);
        if (!name.EndsWith(".svg"))
        {
            var pic = Imaging.Picture.Load(outPath);
            Assert.Equal((300, 264), (pic.Width, pic.Height));
        }
    }

    [Fact]
    public void Brushes_writes_the_sampler_and_its_plan()
    {
        var dir = TestImages.TempDir();
        var r = Cli.Run("brushes", "-o", Path.Combine(dir, "s.png"), "--plan", Path.Combine(dir, "s.json"), "-w", "500");
        Assert.Equal(0, r.Code);
        Assert.Contains("sampler", r.Out);
        Assert.Equal(28, StrokePlan.Load(Path.Combine(dir, "s.json")).Strokes.Count);
        var png = File.ReadAllBytes(Path.Combine(dir, "s.png"));
        Assert.Equal(500, System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16)));
    }

    [Fact]
    public void Version_and_help_work()
    {
        var v = Cli.Run("--version");
        Assert.Equal(0, v.Code);
        Assert.Matches(@"^\d+\.\d+\.\d+", v.Out.Trim());
        foreach (var cmd in new[] { "render", "brushes" })
        {
            var h = Cli.Run(cmd, "--help");
            Assert.Equal(0, h.Code);
            Assert.Contains("--output", h.Out);
        }
        Assert.Contains("render", Cli.Run("--help").Out);
    }

    public static TheoryData<string, string, string> BadPlans => new()
    {
        { "missing", "", "no such file" },
        { "malformed.json", "{\"format\": \"echoes.plan\", \"version\": 1, \"width\": 10 \"height\": 3}", "malformed JSON" },
        { "truncated.json", "{\"format\": \"echoes.plan\", \"version\": 1, \"width\": 10, \"height\": 3, \"strokes\": [", "truncated" },
        { "future.json", "{\"format\": \"echoes.plan\", \"version\": 9, \"width\": 10, \"height\": 3, \"strokes\": []}", "version 9 is not supported" },
        { "empty.json", "", "empty" },
    };

    [Theory]
    [MemberData(nameof(BadPlans))]
    public void Bad_plans_fail_with_one_line_and_no_output(string name, string content, string fragment)
    {
        var dir = TestImages.TempDir();
        var plan = Path.Combine(dir, name);
        if (name != "missing") File.WriteAllText(plan, content);
        var outPath = Path.Combine(dir, "out.png");
        var r = Cli.Run("render", plan, "-o", outPath);
        Cli.AssertUserError(r, fragment);
        Assert.Contains(plan, r.Err);
        Assert.False(File.Exists(outPath));
        Assert.Single(Directory.GetFiles(dir).Where(f => !f.EndsWith(".json")).Append(plan).Distinct());
    }

    [Theory]
    [InlineData("-5", "not a valid width")]
    [InlineData("0", "not a valid width")]
    [InlineData("50000", "not a valid width")]
    [InlineData("abc", "abc")]
    public void Bad_widths_are_refused(string width, string fragment)
    {
        var dir = TestImages.TempDir();
        var r = Cli.Run("render", SamplerPlan(dir), "-o", Path.Combine(dir, "o.png"), "--width", width);
        Cli.AssertUserError(r, fragment);
        Assert.False(File.Exists(Path.Combine(dir, "o.png")));
    }

    [Fact]
    public void Unwritable_outputs_are_refused()
    {
        var dir = TestImages.TempDir();
        var plan = SamplerPlan(dir);
        Cli.AssertUserError(Cli.Run("render", plan, "-o", Path.Combine(dir, "no", "such", "dir", "o.png")), "folder does not exist");
        Cli.AssertUserError(Cli.Run("render", plan, "-o", Path.Combine(dir, "o.gif")), "cannot write '.gif'");
        Directory.CreateDirectory(Path.Combine(dir, "taken.png"));
        Cli.AssertUserError(Cli.Run("render", plan, "-o", Path.Combine(dir, "taken.png")), "is a folder");
    }

    [Fact]
    public void Unknown_commands_and_options_are_user_errors()
    {
        Cli.AssertUserError(Cli.Run("paintt"), "paintt");
        Cli.AssertUserError(Cli.Run("render", "x.json", "-o", "y.png", "--bogus"), "--bogus");
    }
}
