using System.Text;
using CsCheck;
using Echoes.Scenes;
using Echoes.Strokes;

namespace Echoes.Tests;

/// <summary>Whatever text reaches a reader, the answer is a result or one clear <see cref="EchoesException"/>: never a
/// crash, a hang or another kind of exception.</summary>
public class ReaderPropertyTests
{
    private static readonly string[] SceneKeys =
        ["title", "size", "seed", "mood", "landscape", "figures", "ties", "name", "pose", "position", "kind", "time", "horizon", "from", "to", "strength", "joy", "sorrow"];

    private static readonly string[] PlanKeys =
        ["format", "version", "width", "height", "background", "relief", "warmth", "meta", "strokes", "brush", "color", "opacity", "load", "seed", "taper", "points"];

    private static void ReadsOrRefusesInOneLine(Action read)
    {
        try { read(); }
        catch (EchoesException e) { Assert.DoesNotContain('\n', e.OneLine); }
    }

    [Fact]
    public void The_scene_reader_answers_any_text_with_a_scene_or_one_clear_error()
    {
        ReaderInputs.Any(SceneKeys).Sample(text => ReadsOrRefusesInOneLine(() => SceneReader.Parse(text, "scene.yaml")), iter: 20_000);
    }

    [Fact]
    public void The_scene_reader_answers_scene_shaped_yaml_with_a_scene_or_one_clear_error()
    {
        // Block style around random flow values: the figures and ties reach the reader's own checks.
        var gen = Gen.Select(ReaderInputs.Values(SceneKeys, 3), ReaderInputs.Values(SceneKeys, 3), ReaderInputs.Values(SceneKeys, 2))
            .Select((f, t, m) => $"mood: {m}\nfigures:\n  - {{ name: A, mood: {m} }}\n  - {f}\nties:\n  - {t}\n  - {{ from: A, to: B }}\n");
        gen.Sample(text => ReadsOrRefusesInOneLine(() => SceneReader.Parse(text, "scene.yaml")), iter: 10_000);
    }

    [Fact]
    public void The_plan_reader_answers_any_bytes_with_a_plan_or_one_clear_error()
    {
        ReaderInputs.Any(PlanKeys).Sample(text => ReadsOrRefusesInOneLine(() => StrokePlan.FromJson(Encoding.UTF8.GetBytes(text), "plan.json")), iter: 20_000);
    }

    [Fact]
    public void The_plan_reader_answers_a_damaged_plan_with_a_plan_or_one_clear_error()
    {
        byte[] good = Export.BrushSampler.Plan().ToJson();
        var gen = Gen.Select(Gen.Int[0, good.Length - 1], Gen.Int[0, 40], Gen.Char[" []{}:,\"-.0123456789en"].Array[0, 6]);
        gen.Sample((at, cut, insert) =>
        {
            byte[] damaged = [.. good[..at], .. Encoding.UTF8.GetBytes(insert), .. good[Math.Min(good.Length, at + cut)..]];
            ReadsOrRefusesInOneLine(() => StrokePlan.FromJson(damaged, "plan.json"));
        }, iter: 20_000);
    }
}
