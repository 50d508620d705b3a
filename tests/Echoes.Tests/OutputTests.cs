using System.Diagnostics;
using System.Xml.Linq;
using Echoes.Color;
using Echoes.Export;
using Echoes.Imaging;
using Echoes.Rendering;
using Echoes.Strokes;

namespace Echoes.Tests;

public class OutputTests
{
    private static string PlanFile(string dir, float aspect = 1.5f)
    {
        var plan = new StrokePlan(300 * aspect, 300, Rgb.FromHex("#d8cfc0"));
        var rng = new Random(3);
        for (int i = 0; i < 120; i++)
        {
            var p = new Point2(rng.NextSingle() * plan.Width, rng.NextSingle() * plan.Height);
            plan.Strokes.Add(new Stroke
            {
                Points = [p, p + new Point2(30, 10 * rng.NextSingle())], Width = 6 + 20 * rng.NextSingle(),
                Color = new Rgb(rng.NextSingle(), rng.NextSingle(), rng.NextSingle()), Brush = (BrushKind)(i % 4), Seed = (uint)i
            });
        }
        plan.Meta["seed"] = "3";
        var path = Path.Combine(dir, "plan.json");
        plan.Save(path);
        return path;
    }

    [Fact]
    public void A_timelapse_has_the_frames_asked_for_and_ends_on_the_finished_painting()
    {
        var dir = TestImages.TempDir();
        var plan = PlanFile(dir);
        var frames = Path.Combine(dir, "frames");
        var r = Cli.Run("timelapse", plan, "-o", frames, "--strokes-per-frame", "25", "--hold", "0.5", "--fps", "4", "--width", "240", "-q");
        Assert.True(r.Code == 0, r.Err);
        var files = Directory.GetFiles(frames, "*.png").Order().ToList();
        Assert.Equal(5 + 2, files.Count); // 120 strokes / 25 per frame = 5 frames, then 0.5 s × 4 fps held
        using var last = Images.LoadCanvas(files[^1]);
        using var final = Renderer.Render(StrokePlan.Load(plan), width: 240);
        Assert.Equal(final.Pixels, last.Pixels);
        using var first = Images.LoadCanvas(files[0]);
        Assert.NotEqual(final.Pixels, first.Pixels);
    }

    [Theory]
    [InlineData(".mp4")]
    [InlineData(".webm")]
    [InlineData(".gif")]
    public void Videos_are_encoded_by_ffmpeg_with_the_right_length(string ext)
    {
        if (!OnPath("ffmpeg") || !OnPath("ffprobe"))
        {
            Assert.False(Environment.GetEnvironmentVariable("CI") is "true", "CI must install ffmpeg (.ci/run does)");
            Assert.Skip("ffmpeg is not installed here");
        }
        var dir = TestImages.TempDir();
        var video = Path.Combine(dir, "t" + ext);
        var r = Cli.Run("timelapse", PlanFile(dir), "-o", video, "--seconds", "2", "--hold", "1", "--fps", "10", "--width", "200", "-q");
        Assert.True(r.Code == 0, r.Err);
        var probe = Run("ffprobe", "-v", "error", "-count_frames", "-show_entries", "stream=nb_read_frames,width,height:format=duration", "-of", "default=nw=1", video);
        var duration = double.Parse(probe.Split('\n').First(l => l.StartsWith("duration=")).Split('=')[1], System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(duration, 2.85, 3.15);
        Assert.Contains("nb_read_frames=30", probe); // 2 s painting + 1 s hold at 10 fps
        Assert.Contains("width=200", probe);
        Assert.Matches(@"height=13[34]", probe); // 200 / 1.5, padded to even for 4:2:0 video
        Assert.True(new FileInfo(video).Length > 1000);
        Assert.Empty(Directory.GetFiles(dir, ".*"));
    }

    [Fact]
    public void Ffmpeg_failing_midway_leaves_a_clear_error_and_no_file()
    {
        var dir = TestImages.TempDir();
        var bin = Path.Combine(dir, "bin");
        Directory.CreateDirectory(bin);
        var fake = Path.Combine(bin, "ffmpeg");
        File.WriteAllText(fake, "#!/bin/sh\nhead -c 20000 > /dev/null\necho 'Conversion failed: disk full' >&2\nexit 1\n");
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(fake, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        var video = Path.Combine(dir, "t.mp4");
        var (code, _, err) = RunCli(new() { ["PATH"] = bin + ":/usr/bin:/bin" }, "timelapse", PlanFile(dir), "-o", video, "--seconds", "2", "--width", "200", "-q");
        Assert.Equal(2, code);
        Assert.Contains("ffmpeg", err);
        Assert.DoesNotContain("   at ", err);
        Assert.False(File.Exists(video));
        Assert.Empty(Directory.GetFiles(dir, ".*"));
    }

    [Fact]
    public void A_missing_ffmpeg_says_how_to_install_it()
    {
        var dir = TestImages.TempDir();
        var (code, _, err) = RunCli(new() { ["PATH"] = Path.Combine(dir, "nothing") }, "timelapse", PlanFile(dir), "-o", Path.Combine(dir, "t.mp4"), "-q");
        Assert.Equal(2, code);
        Assert.Contains("apt-get install ffmpeg", err);
    }

    [Fact]
    public void A2_at_300_dpi_is_7016_by_4961_and_says_so_in_the_png()
    {
        var dir = TestImages.TempDir();
        var png = Path.Combine(dir, "a2.png");
        var r = Cli.Run("render", PlanFile(dir, MathF.Sqrt(2)), "-o", png, "--print", "A2", "--dpi", "300", "--no-impasto", "-q");
        Assert.True(r.Code == 0, r.Err);
        var bytes = File.ReadAllBytes(png);
        Assert.Equal(7016, System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(16)));
        Assert.Equal(4961, System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(20)));
        Assert.Equal(300, PngChunks.ReadDpi(bytes)!.Value, 0);
        Assert.Equal((4961, 7016), PrintSize.Paper("A2", 300, 1 / MathF.Sqrt(2)));
        Assert.Equal((3300, 2550), PrintSize.Paper("letter", 300, 1.5)); // 11 × 8.5 in turned to landscape
        Assert.Equal((1181, 591), PrintSize.Paper("100x50mm", 300, 2));
    }

    [Theory]
    [InlineData("--print", "B9", "unknown paper size \"B9\"")]
    [InlineData("--dpi", "0", "not a usable resolution")]
    [InlineData("--dpi", "100000", "not a usable resolution")]
    public void Bad_print_options_are_refused(string option, string value, string fragment)
    {
        var dir = TestImages.TempDir();
        string[] extra = option == "--dpi" ? ["--print", "A4", option, value] : [option, value];
        Cli.AssertUserError(Cli.Run(["render", PlanFile(dir), "-o", Path.Combine(dir, "o.png"), .. extra]), fragment);
        Cli.AssertUserError(Cli.Run("render", PlanFile(dir), "-o", Path.Combine(dir, "o.png"), "--print", "A0", "--dpi", "2400"), "over the limit");
        Cli.AssertUserError(Cli.Run("timelapse", PlanFile(dir), "-o", Path.Combine(dir, "t.avi")), "cannot write '.avi' time-lapses (known: .mp4, .webm, .gif");
        Assert.False(File.Exists(Path.Combine(dir, "o.png")));
    }

    [Fact]
    public void Plotter_svg_has_one_layer_per_pen_and_paths_on_the_page()
    {
        var dir = TestImages.TempDir();
        var svg = Path.Combine(dir, "p.svg");
        var r = Cli.Run("render", PlanFile(dir), "-o", svg, "--plotter", "--pens", "4", "--print", "A4", "-q");
        Assert.True(r.Code == 0, r.Err);
        var doc = XDocument.Load(svg);
        XNamespace ns = "http://www.w3.org/2000/svg";
        Assert.Equal("297mm", doc.Root!.Attribute("width")!.Value);
        var layers = doc.Root.Elements(ns + "g").ToList();
        Assert.Equal(4, layers.Count);
        var numbers = layers.SelectMany(l => l.Elements(ns + "path")).SelectMany(p => p.Attribute("d")!.Value.Split('M', 'L', ',')
            .Where(t => t.Length > 0).Select(t => double.Parse(t, System.Globalization.CultureInfo.InvariantCulture))).ToList();
        Assert.True(numbers.Count > 100);
        Assert.All(numbers, v => Assert.InRange(v, -20, 297 + 20)); // centre lines stay on the page (a stroke may overhang by its width)
        Cli.AssertUserError(Cli.Run("render", PlanFile(dir), "-o", Path.Combine(dir, "p.png"), "--plotter"), "--plotter writes SVG");
    }

    [Fact]
    public void A_png_records_how_it_was_made_and_gives_back_its_plan()
    {
        var dir = TestImages.TempDir();
        var png = Path.Combine(dir, "p.png");
        Assert.Equal(0, Cli.Run("paint", TestImages.Photo("chelsea.png"), "-o", png, "--working-size", "96", "--seed", "9", "--style", "knife", "--embed-plan", "-q").Code);
        var info = Cli.Run("info", png, "--plan", Path.Combine(dir, "back.json"));
        Assert.Equal(0, info.Code);
        Assert.Contains("seed: 9", info.Out);
        Assert.Contains("style: knife", info.Out);
        Assert.Contains("command: echoes paint", info.Out);
        Assert.Contains("--seed 9", info.Out);
        Assert.Contains($"version: {EngineInfo.Version}", info.Out);
        var back = StrokePlan.Load(Path.Combine(dir, "back.json"));
        Assert.Contains($"plan-hash: {back.Hash()}", info.Out);
        // The recovered plan renders the same painting.
        using var again = Renderer.Render(back, width: Picture.Load(png).Width);
        Assert.True(Images.MeanAbsDiff(again, Images.LoadCanvas(png)) < 0.01);
        Assert.Equal(0, Cli.Run("paint", TestImages.Photo("chelsea.png"), "-o", Path.Combine(dir, "q.png"), "--working-size", "96", "-q").Code);
        Cli.AssertUserError(Cli.Run("info", Path.Combine(dir, "q.png"), "--plan", Path.Combine(dir, "x.json")), "no plan is embedded");
        Cli.AssertUserError(Cli.Run("info", Path.Combine(dir, "back.json")), "not a PNG");
    }

    private static bool OnPath(string tool) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':').Any(d => File.Exists(Path.Combine(d, tool)));

    private static string Run(string exe, params string[] args)
    {
        var psi = new ProcessStartInfo(exe) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in args) psi.ArgumentList.Add(a);
        using var p = Process.Start(psi)!;
        var o = p.StandardOutput.ReadToEnd();
        p.WaitForExit();
        return o;
    }

    // The CLI in its own process, with its own environment (PATH), as a user runs it.
    private static (int, string, string) RunCli(Dictionary<string, string> env, params string[] args)
    {
        var dotnet = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':').Select(d => Path.Combine(d, "dotnet")).FirstOrDefault(File.Exists) ?? "/usr/bin/dotnet";
        var psi = new ProcessStartInfo(dotnet) { RedirectStandardOutput = true, RedirectStandardError = true };
        psi.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Echoes.Cli.dll"));
        foreach (var a in args) psi.ArgumentList.Add(a);
        foreach (var (k, v) in env) psi.Environment[k] = v;
        using var p = Process.Start(psi)!;
        var o = p.StandardOutput.ReadToEndAsync();
        var e = p.StandardError.ReadToEnd();
        p.WaitForExit();
        return (p.ExitCode, o.Result, e);
    }
}

/// <summary>Core's exporters pick the format from the file's extension.</summary>
public class ExporterTests
{
    [Fact]
    public void The_extension_chooses_the_format()
    {
        string dir = Directory.CreateTempSubdirectory("echoes-export").FullName;
        try
        {
            var plan = BrushSampler.Plan();
            var options = new ExportOptions { Width = 96, Timelapse = new TimelapseOptions(Fps: 2, Seconds: 1, HoldSeconds: 0) };
            Assert.Equal(1, Exporters.Write(plan, Path.Combine(dir, "a.png"), options));
            Assert.Equal(1, Exporters.Write(plan, Path.Combine(dir, "a.svg"), options));
            Assert.Equal(1, Exporters.Write(plan, Path.Combine(dir, "a.json"), options));
            Assert.Equal(2, Exporters.Write(plan, Path.Combine(dir, "frames"), options));
            Assert.Equal(96, Images.LoadCanvas(Path.Combine(dir, "a.png")).Width);
            Assert.Contains("<svg", File.ReadAllText(Path.Combine(dir, "a.svg")));
            Assert.Equal(plan.Strokes.Count, StrokePlan.Load(Path.Combine(dir, "a.json")).Strokes.Count);
            Assert.Equal(2, Directory.GetFiles(Path.Combine(dir, "frames"), "frame-*.png").Length);
            Assert.Throws<EchoesException>(() => Exporters.Write(plan, Path.Combine(dir, "a.bmp"), options));
        }
        finally { Directory.Delete(dir, recursive: true); }
    }

    [Fact]
    public void A_folder_that_exists_gets_time_lapse_frames_whatever_its_name()
    {
        string dir = Directory.CreateTempSubdirectory("echoes-export").FullName;
        try
        {
            string frames = Directory.CreateDirectory(Path.Combine(dir, "take.2")).FullName;
            var options = new ExportOptions { Width = 64, Timelapse = new TimelapseOptions(Fps: 2, Seconds: 1, HoldSeconds: 0) };
            Assert.Equal(2, Exporters.Write(BrushSampler.Plan(), frames, options));
            Assert.Equal(2, Directory.GetFiles(frames, "frame-*.png").Length);
            string video = Directory.CreateDirectory(Path.Combine(dir, "a.mp4")).FullName;
            Assert.Contains("is a folder", Assert.Throws<EchoesException>(() => Exporters.Write(BrushSampler.Plan(), video, options)).Message);
        }
        finally { Directory.Delete(dir, recursive: true); }
    }
}
