using System.CommandLine;
using Echoes.Imaging;
using Echoes.Painting;

namespace Echoes.Cli.Commands;

/// <summary><c>echoes paint PHOTO -o OUT</c>: a photograph becomes a painting made of brush strokes.</summary>
internal static class PaintCommand
{
    public static Command Create()
    {
        var input = new Argument<string>("image") { Description = "A photograph (PNG, JPEG, WebP, BMP or GIF)" };
        var painting = new PaintingOptions("Seed (default 1): the same input, options and seed give the same painting");
        var output = new OutputOptions();
        var working = new Option<int?>("--working-size") { Description = "Long side of the canvas the painter works on, in pixels (16–4096)" };
        var cmd = new Command("paint", "Paint a photograph with brush strokes") { input, working };
        painting.AddTo(cmd);
        output.AddTo(cmd);
        cmd.SetAction((r, ct) =>
        {
            output.Check(r);
            painting.Check(r);
            var options = painting.Read(r, 1, Moods.Mood.None) with { WorkingSize = r.GetValue(working) };
            var painter = new Painter(options);
            string path = r.GetValue(input)!;
            var picture = Picture.Load(path, maxLongSide: Painter.WorkingSizeFor(options));
            var size = ImageSize.Read(path);
            var target = Target.FromPicture(picture, Painter.WorkingSizeFor(options));
            var plan = painting.Paint(r, p => painter.Paint(target, p, ct));
            plan.Meta["source"] = Path.GetFileName(path);
            painting.WriteExtras(r, plan, ct);
            bool q = r.GetValue(painting.Quiet);
            output.Write(r, plan, Math.Min(Limits.MaxOutputSide, size.Width), new Progress(q));
            if (!q) r.InvocationConfiguration.Output.WriteLine($"{r.GetValue(output.Output)}: {plan.Strokes.Count:N0} strokes, style {options.Style}, seed {options.Seed}");
            return Task.FromResult(0);
        });
        return cmd;
    }
}
