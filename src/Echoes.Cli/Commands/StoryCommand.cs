using System.CommandLine;
using Echoes.Pipeline;
using Echoes.Scenes;
using Echoes.Stories;

namespace Echoes.Cli.Commands;

/// <summary><c>echoes story TEXT -o OUT</c>: a short story becomes a scene (who is in it, what they feel, how they are tied) and its
/// painting.</summary>
internal static class StoryCommand
{
    public static Command Create()
    {
        var input = new Argument<string>("story")
        { Description = $"A short English or Russian text (UTF-8, at most {StoryReader.MaxBytes / 1024} KB); - reads it from standard input" };
        var sceneOut = new Option<string?>("--scene-out") { Description = "Also write the scene as YAML, to edit and paint with `echoes compose`" };
        var explain = new Option<bool>("--explain")
        { Description = "Print, for each person, the sentences and words that gave their feelings, and each tie as its arc of events" };
        var painting = new PaintingOptions("derived from the text");
        var output = new OutputOptions("the scene's size");
        var cmd = new Command("story", "Paint a short story: its people, their feelings and the ties between them, as an Echoes scene")
            { input, sceneOut, explain };
        painting.AddTo(cmd);
        output.AddTo(cmd);
        cmd.SetAction((r, ct) =>
        {
            output.Check(r);
            painting.Check(r);
            if (r.GetValue(sceneOut) is { } so && !so.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase)
                && !so.EndsWith(".yml", StringComparison.OrdinalIgnoreCase))
                throw new EchoesException("--scene-out", $"\"{so}\" should end in .yaml or .yml");
            if (r.GetValue(explain)
                && output.ToStandardOutput(r)) throw new EchoesException("--explain",
                    "prints to standard output, where -o - writes the painting: give an output file");
            string path = r.GetValue(input)!;
            var reading = StandardInput.Is(path) ? StoryReader.Read(StandardInput.Read(StoryReader.MaxBytes), StandardInput.Label)
                : StoryReader.Load(path);
            string name = StandardInput.Is(path) ? StandardInput.Label : Path.GetFileName(path);
            var o = r.InvocationConfiguration.Output;
            bool q = r.GetValue(painting.Quiet);
            foreach (var w in reading.Warnings) r.InvocationConfiguration.Error.WriteLine($"echoes: {name}: {w}");
            if (reading.ToScene().Figures.Count == 0)
                r.InvocationConfiguration.Error.WriteLine($"echoes: {name}: no people found; painting the landscape and the mood alone");
            if (r.GetValue(explain)) o.Write(StoryExplanation.Explain(reading));
            var scene = reading.ToScene();
            if (r.GetValue(sceneOut) is { } yaml)
                SceneWriter.Save(scene, yaml,
                    $"Written by `echoes story {name}`: edit it, then paint it with `echoes compose {Path.GetFileName(yaml)} -o out.png`.");
            var source = new SceneSource(scene);
            var (style, seed, mood) = painting.Read(r);
            var options = source.Options(style, seed, mood);
            scene = source.Painted(options);
            var plan = painting.Paint(r, p => PaintPipeline.Paint(source, options, p, ct));
            plan.Meta["source"] = name;
            painting.WriteExtras(r, plan, ct);
            output.Write(r, plan, source.Size, new Progress(q));
            output.Report(r, q,
                $"\"{scene.Title}\", {Words.Count(scene.Figures.Count, "figure")}, {Words.Count(scene.Ties.Count, "tie")}, " +
                    $"{scene.Landscape.Kind.ToString().ToLowerInvariant()} at {scene.Landscape.Time.ToString().ToLowerInvariant()}, " +
                        $"{Words.Count(plan.Strokes.Count, "stroke")}");
            return Task.FromResult(0);
        });
        return cmd;
    }
}
