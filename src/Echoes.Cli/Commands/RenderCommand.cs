using System.CommandLine;
using Echoes.Strokes;

namespace Echoes.Cli.Commands;

/// <summary><c>echoes render PLAN -o OUT</c>: draws a stroke plan at any size, as PNG, JPEG, WebP or SVG.</summary>
internal static class RenderCommand
{
    public static Command Create()
    {
        var plan = new Argument<string>("plan") { Description = "A stroke plan (.json)" };
        var output = new OutputOptions();
        var quiet = CommonOptions.Quiet();
        var cmd = new Command("render", "Render a stroke plan at any size") { plan, quiet };
        output.AddTo(cmd);
        cmd.SetAction(r =>
        {
            output.Check(r);
            var p = StrokePlan.Load(r.GetValue(plan)!);
            output.Write(r, p, (int)MathF.Round(p.Width), new Progress(r.GetValue(quiet)));
            if (!r.GetValue(quiet)) r.InvocationConfiguration.Output.WriteLine($"{r.GetValue(output.Output)}: {p.Strokes.Count:N0} strokes");
            return 0;
        });
        return cmd;
    }
}
