using System.Text;
using Echoes.Scenes;
using Echoes.Strokes;

namespace Echoes.Tests;

/// <summary>Deeply nested YAML and JSON is refused with one line at the limit, never a stack overflow.</summary>
public class NestingTests
{
    private const string PlanHead = "{\"format\":\"echoes.plan\",\"version\":1,\"width\":10,\"height\":10,";

    public static TheoryData<string> DeepScenes => new()
    {
        new string('[', 50_000),
        string.Concat(Enumerable.Repeat("{a: ", 50_000)),
        string.Concat(Enumerable.Repeat("- ", 50_000)) + "x",
        string.Concat(Enumerable.Repeat("{\"a\": ", 50_000)),
        "title: " + new string('[', 64) + new string(']', 64),
    };

    [Theory]
    [MemberData(nameof(DeepScenes))]
    public void A_deeply_nested_scene_is_refused_at_its_first_line(string text)
    {
        var e = Assert.Throws<EchoesException>(() => SceneReader.Parse(text, "scene.yaml"));
        Assert.Equal("scene.yaml:1: nested deeper than 64 levels", e.OneLine);
    }

    [Fact]
    public void Nesting_of_exactly_64_levels_is_read_and_checked_as_usual()
    {
        var e = Assert.Throws<EchoesException>(() => SceneReader.Parse("title: " + new string('[', 63) + new string(']', 63), "scene.yaml"));
        Assert.Equal("scene.yaml:1: title must be a single value", e.OneLine);
    }

    [Fact]
    public void Block_nesting_names_the_line_where_the_limit_is_passed()
    {
        var yaml = string.Concat(Enumerable.Range(0, 100).Select(i => new string(' ', 2 * i) + "a:\n")) + new string(' ', 200) + "b: 1\n";
        Assert.Equal("scene.yaml:65: nested deeper than 64 levels", Assert.Throws<EchoesException>(() => SceneReader.Parse(yaml, "scene.yaml")).OneLine);
    }

    [Theory]
    [InlineData(50_000)]
    [InlineData(64)]
    public void A_deeply_nested_plan_is_refused(int depth)
    {
        var json = Encoding.UTF8.GetBytes(PlanHead + "\"x\":" + new string('[', depth) + new string(']', depth) + "}");
        Assert.Equal("deep.json: line 1: nested deeper than 64 levels", Assert.Throws<EchoesException>(() => StrokePlan.FromJson(json, "deep.json")).OneLine);
    }

    [Fact]
    public void A_plan_nested_exactly_64_levels_loads()
    {
        var json = Encoding.UTF8.GetBytes(PlanHead + "\"x\":" + new string('[', 63) + new string(']', 63) + "}");
        Assert.Equal(10, StrokePlan.FromJson(json, "deep.json").Width);
    }

    [Theory]
    [InlineData("deep.yaml", "[")]
    [InlineData("deep.json", "{\"a\": ")]
    public void Compose_refuses_a_deeply_nested_scene_with_one_line_and_exit_2(string file, string opener)
    {
        var dir = TestImages.TempDir();
        var scene = Path.Combine(dir, file);
        File.WriteAllText(scene, string.Concat(Enumerable.Repeat(opener, 100_000 / opener.Length)));
        var png = Path.Combine(dir, "out.png");
        var r = Cli.Run("compose", scene, "-o", png);
        Cli.AssertUserError(r, $"{file}:1: nested deeper than 64 levels");
        Assert.False(File.Exists(png));
    }

    [Fact]
    public void Render_refuses_a_deeply_nested_plan_with_one_line_and_exit_2()
    {
        var dir = TestImages.TempDir();
        var plan = Path.Combine(dir, "deep.json");
        File.WriteAllText(plan, PlanHead + "\"x\":" + new string('[', 50_000));
        Cli.AssertUserError(Cli.Run("render", plan, "-o", Path.Combine(dir, "out.png")), "line 1: nested deeper than 64 levels");
    }
}
