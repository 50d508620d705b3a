using System.CommandLine;
using Echoes.Rendering;
using Echoes.Strokes;

namespace Echoes.Cli.Commands;

/// <summary><c>echoes render PLAN -o OUT</c>: draws a stroke plan at any size, as PNG, JPEG, WebP or SVG.</summary>
internal static class RenderCommand
{
    public static Command Create()
    {
        var plan = new Argument<string>("plan") { Description = "A stroke plan (.json)" };
        var output = CommonOptions.Output("Output file: .png, .jpg, .webp or .svg");
        var width = CommonOptions.Width();
        var quiet = CommonOptions.Quiet();
        var flat = CommonOptions.NoImpasto();
        var quality = CommonOptions.Quality();
        var cmd = new Command("render", "Render a stroke plan at any size") { plan, output, width, quiet, flat, quality };
        cmd.SetAction(r =>
        {
            string outPath = r.GetValue(output)!;
            CommonOptions.CheckWidth(r.GetValue(width));
            Output.Check(outPath);
            var p = StrokePlan.Load(r.GetValue(plan)!);
            var options = RenderOptions.Default with { Impasto = !r.GetValue(flat) };
            Output.Write(p, outPath, r.GetValue(width), options, r.GetValue(quality), new Progress(r.GetValue(quiet)));
            if (!r.GetValue(quiet)) r.InvocationConfiguration.Output.WriteLine($"{outPath}: {p.Strokes.Count:N0} strokes");
            return 0;
        });
        return cmd;
    }
}
