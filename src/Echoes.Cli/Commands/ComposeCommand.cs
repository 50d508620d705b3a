using System.CommandLine;
using Echoes.Pipeline;
using Echoes.Scenes;

namespace Echoes.Cli.Commands;

/// <summary><c>echoes compose SCENE -o OUT</c>: a scene file becomes an "Echoes" painting.</summary>
internal static class ComposeCommand
{
    public static Command Create()
    {
        var input = new Argument<string>("scene")
        { Description = "A scene file (.yaml, .yml or .json; see docs/scene-format.md); - reads it from standard input" };
        var painting = new PaintingOptions("the scene's");
        var output = new OutputOptions("the scene's size");
        var cmd = new Command("compose", "Paint a scene: a landscape, figures lost in thought, and the echoes between them") { input };
        painting.AddTo(cmd);
        output.AddTo(cmd);
        cmd.SetAction((r, ct) =>
        {
            output.Check(r);
            painting.Check(r);
            string path = r.GetValue(input)!;
            var source = new SceneSource(Load(path));
            output.CheckSize(r, path, source.Size);
            var (style, seed, mood) = painting.Read(r);
            var options = source.Options(style, seed, mood);
            var scene = source.Painted(options);
            var plan = painting.Paint(r, p => PaintPipeline.Paint(source, options, p, ct));
            plan.Meta["source"] = StandardInput.Is(path) ? StandardInput.Label : Path.GetFileName(path);
            painting.WriteExtras(r, plan, ct);
            bool q = r.GetValue(painting.Quiet);
            output.Write(r, plan, source.Size, new Progress(q));
            output.Report(r, q, $"\"{scene.Title}\", {Words.Count(scene.Figures.Count, "figure")}, {Words.Count(plan.Strokes.Count, "stroke")}");
            return Task.FromResult(0);
        });
        return cmd;
    }

    private static Scene Load(string path) => StandardInput.Is(path)
        ? SceneReader.Parse(System.Text.Encoding.UTF8.GetString(StandardInput.Read(Scene.MaxFileBytes)).TrimStart('\uFEFF'), StandardInput.Label)
        : Scene.Load(path);
}
