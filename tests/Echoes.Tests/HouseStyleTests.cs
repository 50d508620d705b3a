namespace Echoes.Tests;

/// <summary>House style: no line of the sources (src/**/*.cs, outside obj/ and bin/) is over 150 characters.</summary>
public class HouseStyleTests
{
    private const int MaxLine = 150;

    [Fact]
    public void No_source_line_is_over_150_characters()
    {
        var src = RepoFiles.Path("src");
        var sep = System.IO.Path.DirectorySeparatorChar;
        var longLines = new List<string>();
        foreach (var file in Directory.EnumerateFiles(src, "*.cs", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var relative = System.IO.Path.GetRelativePath(RepoFiles.Root, file);
            if (relative.Contains($"{sep}obj{sep}", StringComparison.Ordinal) || relative.Contains($"{sep}bin{sep}", StringComparison.Ordinal))
                continue;
            var lines = File.ReadAllLines(file);
            for (var i = 0; i < lines.Length; i++)
                if (lines[i].Length > MaxLine) longLines.Add($"{relative.Replace(sep, '/')}:{i + 1} ({lines[i].Length} characters)");
        }
        Assert.True(longLines.Count == 0, $"lines over {MaxLine} characters:\n{string.Join("\n", longLines)}");
    }
}
