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
        var painting = new PaintingOptions("Seed overriding the scene's");
        var output = new OutputOptions();
        var cmd = new Command("compose", "Paint a scene: a landscape, figures lost in thought, and the echoes between them") { input };
        painting.AddTo(cmd);
        output.AddTo(cmd);
        cmd.SetAction((r, ct) =>
        {
            output.Check(r);
            painting.Check(r);
            var scene = Scene.Load(r.GetValue(input)!);
            var options = painting.Read(r, scene.Seed, scene.Mood);
            scene = scene with { Seed = options.Seed, Mood = options.Mood };
            var plan = painting.Paint(r, p => ScenePainting.Paint(scene, options, p, ct));
            plan.Meta["source"] = Path.GetFileName(r.GetValue(input)!);
            painting.WriteExtras(r, plan, ct);
            bool q = r.GetValue(painting.Quiet);
            output.Write(r, plan, scene.Size.Width, new Progress(q));
            if (!q) r.InvocationConfiguration.Output.WriteLine($"{r.GetValue(output.Output)}: \"{scene.Title}\", {scene.Figures.Count} figures, {plan.Strokes.Count:N0} strokes");
            return Task.FromResult(0);
        });
        return cmd;
    }
}
