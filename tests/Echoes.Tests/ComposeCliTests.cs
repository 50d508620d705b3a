namespace Echoes.Tests;

public class ComposeCliTests
{
    [Fact]
    public void Compose_writes_a_painting_its_plan_and_an_svg()
    {
        var dir = TestImages.TempDir();
        var scene = Path.Combine(dir, "s.yaml");
        File.WriteAllText(scene, "title: Two\nsize: [800, 400]\nfigures:\n  - { name: A, mood: joy }\n  - { name: B, pose: sitting }\nties:\n  - { from: A, to: B, strength: 0.7 }\n");
        var png = Path.Combine(dir, "s.png");
        var r = Cli.Run("compose", scene, "-o", png, "--plan", Path.Combine(dir, "s.json"), "--detail", "low", "-q");
        Assert.True(r.Code == 0, r.Err);
        Assert.Equal(800, Imaging.Picture.Load(png).Width);
        Assert.Equal("Two", Strokes.StrokePlan.Load(Path.Combine(dir, "s.json")).Meta["title"]);
        var svg = Path.Combine(dir, "s.svg");
        Assert.Equal(0, Cli.Run("compose", scene, "-o", svg, "--detail", "low", "--mood", "sorrow", "--seed", "3", "-q").Code);
        Assert.Contains("<svg", File.ReadAllText(svg));
    }

    [Theory]
    [InlineData("figures:\n  - { name: A }\nties:\n  - { from: A, to: Ilia }\n", "s.yaml:4: tie refers to unknown figure \"Ilia\"")]
    [InlineData("figures: [ { name: A }\n", "s.yaml:")]
    [InlineData("landscape: { kind: jungle }\n", "unknown landscape kind")]
    [InlineData("", "the scene is empty")]
    public void Bad_scenes_fail_with_one_line_and_no_output(string text, string fragment)
    {
        var dir = TestImages.TempDir();
        var scene = Path.Combine(dir, "s.yaml");
        File.WriteAllText(scene, text);
        var outPath = Path.Combine(dir, "o.png");
        Cli.AssertUserError(Cli.Run("compose", scene, "-o", outPath), fragment);
        Assert.False(File.Exists(outPath));
    }

    [Fact]
    public void Missing_scene_and_bad_mood_override_fail()
    {
        var dir = TestImages.TempDir();
        Cli.AssertUserError(Cli.Run("compose", Path.Combine(dir, "none.yaml"), "-o", Path.Combine(dir, "o.png")), "no such file");
        var scene = Path.Combine(dir, "s.yaml");
        File.WriteAllText(scene, "figures:\n  - { name: A }\n");
        Cli.AssertUserError(Cli.Run("compose", scene, "-o", Path.Combine(dir, "o.png"), "--mood", "glee"), "unknown mood");
    }
}
