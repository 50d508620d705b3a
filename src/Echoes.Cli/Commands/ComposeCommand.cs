using System.CommandLine;
using Echoes.Painting;
using Echoes.Scenes;

namespace Echoes.Cli.Commands;

/// <summary><c>echoes compose SCENE -o OUT</c>: a scene file becomes an "Echoes" painting.</summary>
internal static class ComposeCommand
{
    public static Command Create()
    {
        var input = new Argument<string>("scene") { Description = "A scene file (.yaml, .yml or .json); see docs/scene-format.md" };
        var output = new OutputOptions();
        var strokes = new Option<int?>("--strokes", "-n") { Description = $"Exact number of strokes (1 to {Painter.MaxStrokes:N0})" };
        var detail = new Option<Detail>("--detail") { Description = "Level of detail when --strokes is not given", DefaultValueFactory = _ => Detail.Medium };
        var style = new Option<string>("--style", "-s") { Description = $"Style: {string.Join(", ", Styles.All.Keys)}", DefaultValueFactory = _ => "expressive" };
        var mood = new Option<string?>("--mood", "-m") { Description = "Mood overriding the scene's: joy, sorrow, love, loss, or a blend" };
        var seed = new Option<int?>("--seed") { Description = "Seed overriding the scene's" };
        var planOut = new Option<string?>("--plan") { Description = "Also save the stroke plan (.json)" };
        var timelapse = new Option<string?>("--timelapse") { Description = "Also make a time-lapse: .mp4, .webm, .gif or a folder of PNG frames (10 s at 30 fps, 1280 px)" };
        var quiet = CommonOptions.Quiet();
        var cmd = new Command("compose", "Paint a scene: a landscape, figures lost in thought, and the echoes between them")
        {
            input, strokes, detail, style, mood, seed, planOut, quiet,
        };
        cmd.Options.Add(timelapse);
        output.AddTo(cmd);
        cmd.SetAction((r, ct) =>
        {
            output.Check(r);
            if (r.GetValue(planOut) is string pp) Output.CheckPlan(pp);
            if (r.GetValue(timelapse) is string tl) TimelapseCommand.CheckOutput(tl);
            var scene = Scene.Load(r.GetValue(input)!);
            if (r.GetValue(seed) is int s) scene = scene with { Seed = s };
            if (r.GetValue(mood) is string m) scene = scene with { Mood = Moods.Mood.Parse(m) };
            var options = Styles.Get(r.GetValue(style)!) with
            {
                Strokes = r.GetValue(strokes), Detail = r.GetValue(detail), Seed = scene.Seed, Mood = scene.Mood,
            };
            var painter = new Painter(options);
            bool q = r.GetValue(quiet);
            var composition = SceneComposer.Compose(scene, ScenePainting.WorkingSize(options));
            var plan = new Progress(q).Run("painting", p =>
                painter.Paint(composition.Target, new Progress<PaintProgress>(x => p.Report(x.Total == 0 ? 0 : x.Strokes / (double)x.Total)), ct));
            plan.Meta["title"] = scene.Title;
            plan.Meta["source"] = Path.GetFileName(r.GetValue(input)!);
            if (r.GetValue(planOut) is string planPath) plan.Save(planPath);
            if (r.GetValue(timelapse) is string tlPath) TimelapseCommand.Write(plan, tlPath, 1280, new Export.TimelapseOptions(), q, ct);
            output.Write(r, plan, scene.Size.Width, new Progress(q));
            if (!q) r.InvocationConfiguration.Output.WriteLine($"{r.GetValue(output.Output)}: \"{scene.Title}\", {scene.Figures.Count} figures, {plan.Strokes.Count:N0} strokes");
            return Task.FromResult(0);
        });
        return cmd;
    }
}
