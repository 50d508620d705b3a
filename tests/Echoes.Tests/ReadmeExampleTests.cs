using Echoes.Imaging;
using Echoes.Moods;
using Echoes.Painting;
using Echoes.Rendering;
using Echoes.Strokes;
using Echoes.Targets;

namespace Echoes.Tests;

/// <summary>The README's library example, word for word: it compiles here, runs on the example photo, and a second test
/// keeps README.md, the package's README and this file saying the same thing.</summary>
[Collection(nameof(CurrentDirectoryCollection))]
public sealed class ReadmeExampleTests
{
    [Fact]
    public async Task The_library_example_paints_renders_and_saves()
    {
        string dir = TestImages.TempDir();
        File.Copy(RepoFiles.Path("examples", "chelsea.png"), Path.Combine(dir, "harbour.jpg")); // the codec reads the content
        string before = Environment.CurrentDirectory;
        Environment.CurrentDirectory = dir; // the example names its files relative to where it runs
        try { await Example(); }
        finally { Environment.CurrentDirectory = before; }

        var plan = StrokePlan.Load(Path.Combine(dir, "harbour.plan.json"));
        Assert.NotEmpty(plan.Strokes);
        Assert.Equal(3000, Picture.Load(Path.Combine(dir, "harbour.png")).Width);
        Assert.Contains("<svg", File.ReadAllText(Path.Combine(dir, "harbour.svg")));
    }

    [Theory]
    [InlineData("README.md")]
    [InlineData("src/Echoes.Core/README.md")]
    public void The_readme_shows_the_tested_code(string readme)
    {
        string text = File.ReadAllText(RepoFiles.Path(readme.Split('/'))).ReplaceLineEndings("\n");
        int start = text.IndexOf("```csharp\n", StringComparison.Ordinal) + "```csharp\n".Length;
        Assert.True(start >= "```csharp\n".Length, $"{readme} has no C# example");
        Assert.Equal(ExampleText(), text[start..text.IndexOf("```", start, StringComparison.Ordinal)]);
    }

    /// <summary>This file's usings and the body of <see cref="Example"/>, as the README shows them.</summary>
    internal static string ExampleText()
    {
        var lines = File.ReadAllLines(RepoFiles.Path("tests", "Echoes.Tests", "ReadmeExampleTests.cs"));
        var usings = lines.TakeWhile(l => l.StartsWith("using ", StringComparison.Ordinal));
        var body = lines.SkipWhile(l => l.Trim() != "// README example begins").Skip(1)
            .TakeWhile(l => l.Trim() != "// README example ends")
            .Select(l => l.Length >= 8 ? l[8..] : l.TrimStart());
        return string.Join("\n", [.. usings, "", .. body]) + "\n";
    }

    private static async Task Example()
    {
        // README example begins
        var photo = await Picture.LoadAsync("harbour.jpg", maxLongSide: 600);
        var target = Target.FromPicture(photo, workingLongSide: 600);
        var plan = new Painter(Styles.Expressive with { Seed = 7, Mood = Mood.Parse("sorrow:0.7,love:0.3") }).Paint(target);
        await plan.SaveAsync("harbour.plan.json");

        var again = await StrokePlan.LoadAsync("harbour.plan.json");
        using var canvas = Renderer.Render(again, width: 3000);          // any size, rendered in bands on all cores
        await canvas.SaveAsync("harbour.png");                           // format from the extension
        Echoes.Export.SvgWriter.Save(again, "harbour.svg");
        // README example ends
    }
}

/// <summary>Tests that change the process's current directory run alone, after the parallel ones.</summary>
[CollectionDefinition(nameof(CurrentDirectoryCollection), DisableParallelization = true)]
public sealed class CurrentDirectoryCollection;
