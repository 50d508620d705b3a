using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Echoes.Tests;

/// <summary>House style for the sources (src/**/*.cs, outside obj/ and bin/): no line over 150 characters, and no
/// method, constructor, accessor or local function over 80 lines (long ones are split into named steps).</summary>
public class HouseStyleTests
{
    private const int MaxLine = 150;
    private const int MaxMethodLines = 80;

    [Fact]
    public void No_source_line_is_over_150_characters()
    {
        var longLines = new List<string>();
        foreach (var (relative, file) in Sources())
        {
            var lines = File.ReadAllLines(file);
            for (var i = 0; i < lines.Length; i++)
                if (lines[i].Length > MaxLine) longLines.Add($"{relative}:{i + 1} ({lines[i].Length} characters)");
        }
        Assert.True(longLines.Count == 0, $"lines over {MaxLine} characters:\n{string.Join("\n", longLines)}");
    }

    [Fact]
    public void No_method_is_over_80_lines()
    {
        var found = Sources().SelectMany(s => LongMethods(s.Relative, File.ReadAllText(s.File))).Select(m => $"{m.Name}: {m.Lines} lines").ToList();
        Assert.True(found.Count == 0, $"methods over {MaxMethodLines} lines (split them into named steps):\n{string.Join("\n", found)}");
    }

    [Fact]
    public void The_method_check_counts_every_kind_of_body()
    {
        string body = string.Concat(Enumerable.Repeat("        Console.WriteLine();\n", MaxMethodLines));
        string code = $$"""
            class C
            {
                C() { {{body}} }
                void M() { {{body}} }
                int P { get { {{body}} return 1; } }
                void N() { void Local() { {{body}} } }
                void Short() { }
            }
            """;
        Assert.Equal(["x.cs: C.C", "x.cs: C.M", "x.cs: C.P.get", "x.cs: C.N", "x.cs: C.N.Local"], LongMethods("x.cs", code).Select(m => m.Name));
    }

    /// <summary>The methods, constructors, accessors and local functions of <paramref name="code"/> over the limit, named
    /// <c>file: Type.Member</c>. A declaration's lines run from its first token (attributes included, its doc comment
    /// not) to its last.</summary>
    private static IEnumerable<(string Name, int Lines)> LongMethods(string relative, string code)
    {
        var root = CSharpSyntaxTree.ParseText(code).GetRoot();
        foreach (var node in root.DescendantNodes())
        {
            if (node is not (BaseMethodDeclarationSyntax or AccessorDeclarationSyntax or LocalFunctionStatementSyntax)) continue;
            var span = node.GetLocation().GetLineSpan();
            int lines = span.EndLinePosition.Line - span.StartLinePosition.Line + 1;
            if (lines > MaxMethodLines) yield return ($"{relative}: {NameOf(node)}", lines);
        }
    }

    private static string NameOf(SyntaxNode node) => string.Join(".", node.AncestorsAndSelf().Reverse().Select(Part).OfType<string>());

    private static string? Part(SyntaxNode n) => n switch
    {
        BaseTypeDeclarationSyntax t => t.Identifier.Text,
        MethodDeclarationSyntax m => m.Identifier.Text,
        ConstructorDeclarationSyntax c => c.Identifier.Text,
        DestructorDeclarationSyntax d => "~" + d.Identifier.Text,
        OperatorDeclarationSyntax o => "operator " + o.OperatorToken.Text,
        ConversionOperatorDeclarationSyntax c => "operator " + c.Type,
        PropertyDeclarationSyntax p => p.Identifier.Text,
        IndexerDeclarationSyntax => "this[]",
        EventDeclarationSyntax e => e.Identifier.Text,
        AccessorDeclarationSyntax a => a.Keyword.Text,
        LocalFunctionStatementSyntax l => l.Identifier.Text,
        _ => null,
    };

    // Every source file, as a path relative to the repository with forward slashes, and its full path.
    private static IEnumerable<(string Relative, string File)> Sources()
    {
        var sep = Path.DirectorySeparatorChar;
        foreach (var file in Directory.EnumerateFiles(RepoFiles.Path("src"), "*.cs", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var relative = Path.GetRelativePath(RepoFiles.Root, file);
            if (relative.Contains($"{sep}obj{sep}", StringComparison.Ordinal) || relative.Contains($"{sep}bin{sep}", StringComparison.Ordinal))
                continue;
            yield return (relative.Replace(sep, '/'), file);
        }
    }
}
