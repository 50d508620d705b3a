using System.CommandLine;
using Echoes.Imaging;
using Echoes.Painting;
using Echoes.Targets;

namespace Echoes.Cli.Commands;

/// <summary><c>echoes paint PHOTO -o OUT</c>: a photograph becomes a painting made of brush strokes.</summary>
internal static class PaintCommand
{
    public static Command Create()
    {
        var input = new Argument<string>("image") { Description = "A photograph (PNG, JPEG, WebP, BMP or GIF); - reads it from standard input" };
        var painting = new PaintingOptions("1");
        var output = new OutputOptions("the photo's size");
        var working = new Option<int?>("--working-size") { Description = "Long side of the canvas the painter works on, in pixels (16–4096)" + CommonOptions.Default("set by --style and --detail") };
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
            var picture = Load(path, Painter.WorkingSizeFor(options));
            output.CheckSize(r, path, picture.SourceSize);
            var target = Target.FromPicture(picture, Painter.WorkingSizeFor(options));
            var plan = painting.Paint(r, p => painter.Paint(target, p, ct));
            plan.Meta["source"] = StandardInput.Is(path) ? StandardInput.Label : Path.GetFileName(path);
            painting.WriteExtras(r, plan, ct);
            bool q = r.GetValue(painting.Quiet);
            output.Write(r, plan, picture.SourceSize, new Progress(q));
            output.Report(r, q, $"{Words.Count(plan.Strokes.Count, "stroke")}, style {options.Style}, seed {options.Seed}");
            return Task.FromResult(0);
        });
        return cmd;
    }

    private static Picture Load(string path, int workingSize) => StandardInput.Is(path)
        ? Picture.Decode(StandardInput.Read(Limits.MaxInputBytes), StandardInput.Label, workingSize)
        : Picture.Load(path, workingSize);
}
