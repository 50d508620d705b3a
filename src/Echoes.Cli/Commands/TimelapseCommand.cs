using System.CommandLine;
using Echoes.Export;
using Echoes.Strokes;

namespace Echoes.Cli.Commands;

/// <summary><c>echoes timelapse PLAN -o paint.mp4</c>: the painting being made, stroke by stroke.</summary>
internal static class TimelapseCommand
{
    public static Command Create()
    {
        var plan = new Argument<string>("plan") { Description = "A stroke plan (.json); - reads it from standard input" };
        var output = CommonOptions.Output("Output: .mp4, .webm, .gif, or a folder for PNG frames");
        var fps = new Option<int>("--fps") { Description = "Frames per second (1–120)", DefaultValueFactory = _ => 30 };
        var seconds = new Option<double?>("--seconds") { Description = "Length of the painting part, seconds" + CommonOptions.Default("10") };
        var perFrame = new Option<int?>("--strokes-per-frame") { Description = "Strokes added per frame, instead of --seconds" };
        var hold = new Option<double>("--hold") { Description = "Seconds the finished painting stays at the end", DefaultValueFactory = _ => 2 };
        var width = CommonOptions.Width("1280");
        var quiet = CommonOptions.Quiet();
        var cmd = new Command("timelapse", "Make a time-lapse video (or PNG frames) of a plan being painted") { plan, output, fps, seconds,
            perFrame, hold, width, quiet };
        cmd.SetAction((r, ct) =>
        {
            if (r.GetValue(seconds) is not null && r.GetValue(perFrame) is not null)
                throw new EchoesException("--seconds", "give either --seconds or --strokes-per-frame, not both");
            CommonOptions.CheckWidth(r.GetValue(width));
            var options = new TimelapseOptions(r.GetValue(fps), r.GetValue(seconds), r.GetValue(perFrame), r.GetValue(hold));
            string outPath = r.GetValue(output)!;
            CheckOutput(outPath);
            var p = RenderCommand.Load(r.GetValue(plan)!);
            options.Frames(p.Strokes.Count);
            int frames = Write(p, outPath, new ExportOptions { Width = r.GetValue(width), Timelapse = options }, r.GetValue(quiet), ct);
            if (!r.GetValue(quiet)) r.InvocationConfiguration.Output.WriteLine($"{outPath}: {Words.Count(frames, "frame")} at {options.Fps} fps");
            return Task.FromResult(0);
        });
        return cmd;
    }

    /// <summary>Fails early, before any painting, when no time-lapse can be written there.</summary>
    public static void CheckOutput(string path)
    {
        if (Output.IsStandard(path)) throw new EchoesException(path, "a time-lapse is written to a file or a folder, not to standard output");
        Timelapse.CheckOutput(path);
    }

    /// <summary>Writes the time-lapse with Core's <see cref="Exporters"/>, showing its progress unless <paramref name="quiet"/>;
    /// returns the number of frames.</summary>
    public static int Write(StrokePlan plan, string path, ExportOptions options, bool quiet, CancellationToken ct) =>
        new Progress(quiet).Run("time-lapse", p => Exporters.Write(plan, path, options, p, ct));
}
