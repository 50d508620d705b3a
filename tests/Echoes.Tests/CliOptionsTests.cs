using System.Text.RegularExpressions;

namespace Echoes.Tests;

/// <summary>Options and messages: plain-language errors, early refusals, warnings for options that do nothing, help.</summary>
public class CliOptionsTests
{
    public static TheoryData<string[], string> Unparsable => new()
    {
        { ["--width", "abc"], "echoes: --width: \"abc\" is not a whole number" },
        { ["--seed", "99999999999999999999"], "echoes: --seed: 99999999999999999999 is out of range (whole numbers from -2,147,483,648 to 2,147,483,647)" },
        { ["--detail", "ultra"], "echoes: --detail: \"ultra\" is not one of low, medium, high" },
        { ["--dpi", "lots"], "echoes: --dpi: \"lots\" is not a number" },
        { ["--fit", "stretch"], "echoes: --fit: \"stretch\" is not one of contain, cover" },
    };

    [Theory]
    [MemberData(nameof(Unparsable))]
    public void Values_of_the_wrong_type_are_named_in_plain_words(string[] extra, string message)
    {
        var dir = TestImages.TempDir();
        var r = Cli.Run(["paint", TestImages.Photo("chelsea.png"), "-o", Path.Combine(dir, "o.png"), .. extra]);
        Cli.AssertUserError(r, message);
        Assert.Equal(message, r.Err.Trim());
        Assert.DoesNotContain("System.", r.Err);
    }

    [Fact]
    public void Quality_zero_is_refused_before_painting()
    {
        var dir = TestImages.TempDir();
        var sw = System.Diagnostics.Stopwatch.StartNew();
        var r = Cli.Run("paint", TestImages.Photo("chelsea.png"), "-o", Path.Combine(dir, "o.jpg"), "--quality", "0", "--detail", "high");
        Cli.AssertUserError(r, "--quality: 0 is not a quality (1 to 100)");
        Assert.True(sw.Elapsed < TimeSpan.FromSeconds(3), $"refused after {sw.Elapsed}: it painted first");
        Assert.Empty(Directory.GetFiles(dir));
    }

    [Fact]
    public void An_output_that_is_a_folder_is_refused_before_painting()
    {
        var dir = TestImages.TempDir();
        var folder = Directory.CreateDirectory(Path.Combine(dir, "taken.png")).FullName;
        Cli.AssertUserError(Cli.Run("paint", TestImages.Photo("chelsea.png"), "-o", folder, "--detail", "high"), "taken.png: is a folder: give a file name");
        var bare = Directory.CreateDirectory(Path.Combine(dir, "out")).FullName; // a folder without an extension too
        Cli.AssertUserError(Cli.Run("paint", TestImages.Photo("chelsea.png"), "-o", bare), "out: is a folder: give a file name");
        var plan = Directory.CreateDirectory(Path.Combine(dir, "p.json")).FullName;
        Cli.AssertUserError(Cli.Run("paint", TestImages.Photo("chelsea.png"), "-o", Path.Combine(dir, "o.png"), "--plan", plan), "p.json: is a folder");
    }

    [Fact]
    public void A_video_name_that_is_a_folder_is_refused()
    {
        var dir = TestImages.TempDir();
        var mp4 = Directory.CreateDirectory(Path.Combine(dir, "x.mp4")).FullName;
        Cli.AssertUserError(Cli.Run("timelapse", CliTests.SamplerPlan(dir), "-o", mp4), "x.mp4: is a folder: a .mp4 time-lapse needs a file name");
        Assert.Empty(Directory.GetFileSystemEntries(mp4));
    }

    [Fact]
    public void A_frames_folder_loses_its_old_frames_and_one_with_other_files_is_refused()
    {
        var dir = TestImages.TempDir();
        var plan = CliTests.SamplerPlan(dir);
        var frames = Directory.CreateDirectory(Path.Combine(dir, "frames")).FullName;
        File.WriteAllText(Path.Combine(frames, "frame-09999.png"), "an old frame");
        var r = Cli.Run("timelapse", plan, "-o", frames, "--fps", "2", "--seconds", "1", "--hold", "0", "--width", "64", "-q");
        Assert.True(r.Code == 0, r.Err);
        Assert.Equal(["frame-00001.png", "frame-00002.png"], Directory.GetFiles(frames).Select(Path.GetFileName).Order().ToArray());
        File.WriteAllText(Path.Combine(frames, "notes.txt"), "mine");
        Cli.AssertUserError(Cli.Run("timelapse", plan, "-o", frames, "--width", "64"), "holds \"notes.txt\", which is not a frame");
        Assert.True(File.Exists(Path.Combine(frames, "frame-00001.png")));
    }

    public static TheoryData<string[], string> Useless => new()
    {
        { ["--dpi", "600"], "echoes: warning: --dpi does nothing without --print" },
        { ["--pens", "3"], "echoes: warning: --pens does nothing without --plotter" },
        { ["--pen-by-part"], "echoes: warning: --pen-by-part does nothing without --plotter" },
        { ["--fit", "cover"], "echoes: warning: --fit does nothing without --print" },
        { ["--format", "jpg"], "echoes: warning: --format does nothing with a file output" },
    };

    [Theory]
    [MemberData(nameof(Useless))]
    public void Options_that_do_nothing_warn_on_stderr(string[] extra, string warning)
    {
        var dir = TestImages.TempDir();
        var r = Cli.Run(["render", CliTests.SamplerPlan(dir), "-o", Path.Combine(dir, "o.png"), "-w", "100", "-q", .. extra]);
        Assert.Equal(0, r.Code);
        Assert.StartsWith(warning, r.Err);
        Assert.True(File.Exists(Path.Combine(dir, "o.png")));
    }

    [Theory]
    [InlineData("o.jpg")]
    [InlineData("o.webp")]
    [InlineData("o.svg")]
    public void Embedding_a_plan_where_it_cannot_go_warns(string name)
    {
        var dir = TestImages.TempDir();
        var r = Cli.Run("render", CliTests.SamplerPlan(dir), "-o", Path.Combine(dir, name), "-w", "100", "--embed-plan", "-q");
        Assert.Equal(0, r.Code);
        Assert.StartsWith($"echoes: warning: --embed-plan does nothing in a {Path.GetExtension(name)} file", r.Err);
        var clean = Cli.Run("render", CliTests.SamplerPlan(dir), "-o", Path.Combine(dir, "o.png"), "-w", "100", "--embed-plan", "-q");
        Assert.Equal("", clean.Err);
    }

    [Fact]
    public void Help_command_shows_the_same_help_as_the_flag()
    {
        foreach (var cmd in new[] { "paint", "render", "compose", "story", "timelapse", "serve" })
        {
            var viaCommand = Cli.Run("help", cmd);
            Assert.Equal(0, viaCommand.Code);
            Assert.Equal(Cli.Run(cmd, "--help").Out, viaCommand.Out);
        }
        var root = Cli.Run("help");
        Assert.Equal(0, root.Code);
        Assert.Equal(Cli.Run("--help").Out, root.Out);
        Cli.AssertUserError(Cli.Run("help", "paintt"), "no command \"paintt\"");
    }

    [Fact]
    public void Every_help_writes_defaults_one_way()
    {
        foreach (var cmd in EchoesCliCommands())
        {
            var help = Cli.Run(cmd, "--help").Out;
            Assert.DoesNotMatch(new Regex(@"\(default|default\)|default [^:]|, default", RegexOptions.IgnoreCase), help);
            foreach (Match m in Regex.Matches(help, "default", RegexOptions.IgnoreCase))
                Assert.Equal("[default: ", help.Substring(m.Index - 1, 10));
        }
    }

    private static IEnumerable<string> EchoesCliCommands() => Echoes.Cli.EchoesCli.Build().Subcommands.Select(c => c.Name);

    [Fact]
    public void Counts_say_one_stroke_not_one_strokes_and_flags_are_not_doubled()
    {
        var dir = TestImages.TempDir();
        var r = Cli.Run("paint", TestImages.Photo("chelsea.png"), "-o", Path.Combine(dir, "o.png"), "--strokes", "1", "--working-size", "64", "--plan", Path.Combine(dir, "o.json"));
        Assert.True(r.Code == 0, r.Err);
        Assert.Contains(": 1 stroke, style", r.Out);
        var render = Cli.Run("render", Path.Combine(dir, "o.json"), "-o", Path.Combine(dir, "r.png"), "-w", "64");
        Assert.EndsWith(": 1 stroke", render.Out.Trim());
        var scene = Path.Combine(dir, "one.yaml");
        File.WriteAllText(scene, "title: One\nsize: [200, 100]\nfigures:\n  - { name: A }\n");
        // A scene's own strokes (ridges, the figure, its echoes) count within an exact budget, so it is not tiny.
        var composed = Cli.Run("compose", scene, "-o", Path.Combine(dir, "c.png"), "--strokes", "200");
        Assert.Contains("\"One\", 1 figure, 200 strokes", composed.Out);
        var story = Path.Combine(dir, "story.txt");
        File.WriteAllText(story, "Anna walked to the sea at dawn.");
        var told = Cli.Run("story", story, "-o", Path.Combine(dir, "s.png"), "--strokes", "20", "--width", "100", "--explain");
        Assert.True(told.Code == 0, told.Err);
        Assert.Contains(": 1 sentence,", told.Out);
        Assert.DoesNotMatch(@"\b1 (strokes|figures|ties|sentences|frames)\b", composed.Out + told.Out);
        var bad = Cli.Run("paint", TestImages.Photo("chelsea.png"), "-o", Path.Combine(dir, "x.png"), "--strokes", "0");
        Cli.AssertUserError(bad, "echoes: --strokes: must be between 1 and 200,000");
        Assert.Single(Regex.Matches(bad.Err, "--strokes"));
    }
}
