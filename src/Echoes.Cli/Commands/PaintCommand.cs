using System.CommandLine;
using Echoes.Painting;
using Echoes.Pipeline;
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
        var working = new Option<int?>("--working-size")
        {
            Description = "Long side of the canvas the painter works on, in pixels (16–4096)"
            + CommonOptions.Default("set by --style and --detail")
        };
        var focus = new Option<string?>("--focus")
        {
            Description = "Where the subject is, painted with finer strokes and truer colour: auto (found from what is sharp, what stands "
            + "out and the composition), none, or x,y,r: a spot centred x across and y down, with radius r, as fractions of the width, "
            + "the height and the long side (0.5,0.4,0.2)" + CommonOptions.Default("auto"),
            HelpName = "auto|none|x,y,r",
        };
        var cmd = new Command("paint", "Paint a photograph with brush strokes") { input, working, focus };
        painting.AddTo(cmd);
        output.AddTo(cmd);
        cmd.SetAction((r, ct) =>
        {
            output.Check(r);
            painting.Check(r);
            var (style, seed, mood) = painting.Read(r);
            style = style with { WorkingSize = r.GetValue(working) };
            if (r.GetValue(focus) is string f) style = style with { Focus = Focus.Parse(f, nameof(PaintOptions.Focus)) };
            string path = r.GetValue(input)!;
            var photo = Load(path, style);
            output.CheckSize(r, path, photo.Size);
            var options = photo.Options(style, seed, mood);
            var plan = painting.Paint(r, p => PaintPipeline.Paint(photo, options, p, ct));
            plan.Meta["source"] = StandardInput.Is(path) ? StandardInput.Label : Path.GetFileName(path);
            painting.WriteExtras(r, plan, ct);
            bool q = r.GetValue(painting.Quiet);
            output.Write(r, plan, photo.Size, new Progress(q));
            output.Report(r, q, $"{Words.Count(plan.Strokes.Count, "stroke")}, style {options.Style}, seed {options.Seed}");
            return Task.FromResult(0);
        });
        return cmd;
    }

    private static PhotoSource Load(string path, PaintOptions style) => StandardInput.Is(path)
        ? PhotoSource.Decode(StandardInput.Read(Limits.MaxInputBytes), StandardInput.Label, style)
        : PhotoSource.Load(path, style);
}
