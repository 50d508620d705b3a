using NetArchTest.Rules;

namespace Echoes.Tests;

/// <summary>
/// The stages of docs/architecture.md depend one way. Each stage names what it may use (besides the shared models in
/// <c>Echoes</c> itself); a <c>using</c> that reaches anywhere else (the painter into scenes, a target into the
/// rasterizer, a scene into the painter) fails here.
/// </summary>
public class DependencyTests
{
    private static readonly System.Reflection.Assembly Core = typeof(EchoesException).Assembly;

    private static readonly string[] Models = ["Color", "Imaging", "Strokes"];

    private static readonly Dictionary<string, string[]> Uses = new()
    {
        ["Color"] = [],
        ["Imaging"] = ["Color"],
        ["Strokes"] = ["Color", "Imaging"],
        ["Brushes"] = Models,
        ["Rendering"] = [.. Models, "Brushes"],
        ["Targets"] = [.. Models, "Brushes"],
        ["Moods"] = [.. Models, "Brushes", "Targets"],
        ["Painting"] = [.. Models, "Brushes", "Rendering", "Targets", "Moods"],
        ["Scenes"] = [.. Models, "Brushes", "Targets", "Moods"],
        ["Stories"] = [.. Models, "Brushes", "Targets", "Moods", "Scenes"],
        ["Export"] = [.. Models, "Brushes", "Rendering", "Targets", "Moods", "Painting"],
        ["Pipeline"] = [.. Models, "Brushes", "Rendering", "Targets", "Moods", "Painting", "Scenes", "Stories", "Export"],
    };

    public static TheoryData<string> Stages() => [.. Uses.Keys];

    [Theory]
    [MemberData(nameof(Stages))]
    public void A_stage_uses_only_the_stages_below_it(string stage)
    {
        string[] elsewhere = [.. Uses.Keys.Except(Uses[stage]).Where(s => s != stage).Select(s => "Echoes." + s)];
        var types = Types.InAssembly(Core).That().ResideInNamespace("Echoes." + stage);
        Assert.NotEmpty(types.GetTypes()); // a stage renamed away would pass vacuously
        var result = types.ShouldNot().HaveDependencyOnAny(elsewhere).GetResult();
        Assert.True(result.IsSuccessful, $"Echoes.{stage} reaches beyond its stage: {string.Join(", ", result.FailingTypeNames ?? [])}");
    }

    [Fact]
    public void Core_knows_nothing_of_its_front_ends()
    {
        var result = Types.InAssembly(Core).ShouldNot().HaveDependencyOnAny("Echoes.Cli", "Echoes.Gallery").GetResult();
        Assert.True(result.IsSuccessful, string.Join(", ", result.FailingTypeNames ?? []));
    }

    [Fact]
    public void Every_namespace_of_core_is_a_stage_or_the_shared_models()
    {
        var namespaces = Core.GetTypes().Select(t => t.Namespace).Where(n => n is not null && n.StartsWith("Echoes.", StringComparison.Ordinal));
        Assert.All(namespaces.Distinct(), n => Assert.Contains(n!["Echoes.".Length..], Uses.Keys));
    }
}
