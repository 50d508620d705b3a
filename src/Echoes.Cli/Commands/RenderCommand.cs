using System.CommandLine;
using Echoes.Strokes;

namespace Echoes.Cli.Commands;

/// <summary><c>echoes render PLAN -o OUT</c>: draws a stroke plan at any size, as PNG, JPEG, WebP or SVG.</summary>
internal static class RenderCommand
{
    public static Command Create()
    {
        var plan = new Argument<string>("plan") { Description = "A stroke plan (.json); - reads it from standard input" };
        var output = new OutputOptions("the plan's logical width");
        var quiet = CommonOptions.Quiet();
        var cmd = new Command("render", "Render a stroke plan at any size") { plan, quiet };
        output.AddTo(cmd);
        cmd.SetAction(r =>
        {
            output.Check(r);
            var p = Load(r.GetValue(plan)!);
            output.Write(r, p, p.PixelSize(), new Progress(r.GetValue(quiet)));
            output.Report(r, r.GetValue(quiet), Words.Count(p.Strokes.Count, "stroke"));
            return 0;
        });
        return cmd;
    }

    /// <summary>Reads a plan from a file, or from standard input for <c>-</c>.</summary>
    public static StrokePlan Load(string path) => StandardInput.Is(path)
        ? StrokePlan.FromJson(StandardInput.Read(Limits.MaxInputBytes), StandardInput.Label)
        : StrokePlan.Load(path);
}
