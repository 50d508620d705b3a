using System.CommandLine;
using Echoes.Imaging;
using Echoes.Painting;
using Spectre.Console;

namespace Echoes.Cli.Commands;

/// <summary><c>echoes paint PHOTO -o OUT</c>: a photograph becomes a painting made of brush strokes.</summary>
internal static class PaintCommand
{
    public static Command Create()
    {
        var input = new Argument<string>("image") { Description = "A photograph (PNG, JPEG, WebP, BMP or GIF)" };
        var output = new OutputOptions();
        var strokes = new Option<int?>("--strokes", "-n") { Description = $"Exact number of strokes (1 to {Painter.MaxStrokes:N0})" };
        var detail = new Option<Detail>("--detail") { Description = "Level of detail when --strokes is not given", DefaultValueFactory = _ => Detail.Medium };
        var style = new Option<string>("--style", "-s") { Description = $"Style: {string.Join(", ", Styles.All.Keys)}", DefaultValueFactory = _ => "expressive" };
        var seed = new Option<int>("--seed") { Description = "Seed: the same input, options and seed give the same painting", DefaultValueFactory = _ => 1 };
        var planOut = new Option<string?>("--plan") { Description = "Also save the stroke plan (.json)" };
        var timelapse = new Option<string?>("--timelapse") { Description = "Also make a time-lapse: .mp4, .webm, .gif or a folder of PNG frames (10 s at 30 fps, 1280 px)" };
        var mood = new Option<string?>("--mood", "-m") { Description = "Mood: joy, sorrow, love, loss, or a blend like sorrow:0.7,love:0.3" };
        var working = new Option<int?>("--working-size") { Description = "Long side of the canvas the painter works on, in pixels (16–4096)" };
        var quiet = CommonOptions.Quiet();
        var cmd = new Command("paint", "Paint a photograph with brush strokes")
        {
            input, strokes, detail, style, mood, seed, planOut, working, quiet,
        };
        cmd.Options.Add(timelapse);
        output.AddTo(cmd);
        cmd.SetAction((r, ct) =>
        {
            output.Check(r);
            if (r.GetValue(planOut) is string pp) Output.CheckPlan(pp);
            if (r.GetValue(timelapse) is string tl) TimelapseCommand.CheckOutput(tl);
            var options = Styles.Get(r.GetValue(style)!) with
            {
                Strokes = r.GetValue(strokes), Detail = r.GetValue(detail), Seed = r.GetValue(seed), WorkingSize = r.GetValue(working),
                Mood = r.GetValue(mood) is string m ? Moods.Mood.Parse(m) : Moods.Mood.None,
            };
            var painter = new Painter(options);
            bool q = r.GetValue(quiet);
            var picture = Picture.Load(r.GetValue(input)!, maxLongSide: Painter.WorkingSizeFor(options));
            var size = ImageSize.Read(r.GetValue(input)!);
            var target = Target.FromPicture(picture, Painter.WorkingSizeFor(options));
            var plan = new Progress(q).Run("painting", p =>
                painter.Paint(target, new Progress<PaintProgress>(s => p.Report(s.Total == 0 ? 0 : s.Strokes / (double)s.Total)), ct));
            plan.Meta["source"] = Path.GetFileName(r.GetValue(input)!);
            if (r.GetValue(planOut) is string planPath) plan.Save(planPath);
            if (r.GetValue(timelapse) is string tlPath) TimelapseCommand.Write(plan, tlPath, 1280, new Export.TimelapseOptions(), q, ct);
            output.Write(r, plan, Math.Min(Limits.MaxOutputSide, size.Width), new Progress(q));
            if (!q) r.InvocationConfiguration.Output.WriteLine($"{r.GetValue(output.Output)}: {plan.Strokes.Count:N0} strokes, style {options.Style}, seed {options.Seed}");
            return Task.FromResult(0);
        });
        return cmd;
    }
}
