using System.Text;
using Echoes.Color;
using Echoes.Scenes;
using Echoes.Stories;
using Echoes.Strokes;

namespace Echoes.Tests;

/// <summary>A file saved with Windows line endings (CRLF) reads exactly as its LF twin: same scene, story, plan.</summary>
public sealed class LineEndingTests
{
    private static string Example(string name)
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !Directory.Exists(Path.Combine(dir.FullName, "examples"))) dir = dir.Parent;
        return Path.Combine(dir!.FullName, "examples", name);
    }

    // The example written twice to real files, once with LF and once with CRLF line ends.
    private static (string Lf, string Crlf) Twins(string text, string ext)
    {
        var dir = TestImages.TempDir();
        string lf = text.Replace("\r\n", "\n"), crlf = lf.Replace("\n", "\r\n");
        Assert.NotEqual(lf, crlf);
        File.WriteAllText(Path.Combine(dir, "lf" + ext), lf);
        File.WriteAllText(Path.Combine(dir, "crlf" + ext), crlf);
        return (Path.Combine(dir, "lf" + ext), Path.Combine(dir, "crlf" + ext));
    }

    [Theory]
    [InlineData("coast.yaml")]
    [InlineData("dunes.json")]
    [InlineData("echoes.yaml")]
    public void A_crlf_scene_reads_as_its_lf_twin(string example)
    {
        var (lf, crlf) = Twins(File.ReadAllText(Example(example)), Path.GetExtension(example));
        Assert.Equal(SceneWriter.ToYaml(Scene.Load(lf)), SceneWriter.ToYaml(Scene.Load(crlf)));
    }

    [Fact]
    public void A_crlf_scene_error_names_the_same_line()
    {
        var (lf, crlf) = Twins("title: T\nfigures:\n  - { name: A }\n  - { name: A }\n", ".yaml");
        string Error(string path) => Assert.Throws<EchoesException>(() => Scene.Load(path)).Message.Replace(Path.GetFileName(path), "scene");
        Assert.Equal(Error(lf), Error(crlf));
    }

    [Fact]
    public void A_crlf_story_reads_as_its_lf_twin_with_the_same_title_and_seed()
    {
        var (lf, crlf) = Twins(File.ReadAllText(Example("lighthouse.txt")), ".txt");
        StoryReading a = StoryReader.Load(lf), b = StoryReader.Load(crlf);
        Assert.Equal(a.Title, b.Title);
        Assert.Equal(a.Seed, b.Seed);
        Assert.Equal(SceneWriter.ToYaml(a.ToScene()), SceneWriter.ToYaml(b.ToScene()));
    }

    [Fact]
    public void A_crlf_plan_reads_as_its_lf_twin()
    {
        var plan = new StrokePlan(300, 200, Rgb.FromHex("#d8cfc0"));
        plan.Strokes.Add(new Stroke { Points = [new Point2(10, 10), new Point2(90, 40)], Width = 8, Color = new Rgb(0.2f, 0.4f, 0.6f), Seed = 7 });
        // Pretty-printed, as a person editing a plan by hand on Windows would save it.
        var pretty = System.Text.Json.Nodes.JsonNode.Parse(PlanJson.Serialize(plan))!.ToJsonString(new() { WriteIndented = true });
        var (lf, crlf) = Twins(pretty, ".json");
        Assert.Equal(StrokePlan.Load(lf).Hash(), StrokePlan.Load(crlf).Hash());
        Assert.Equal(plan.Hash(), StrokePlan.Load(crlf).Hash());
    }
}
