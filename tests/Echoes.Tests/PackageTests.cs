using System.Diagnostics;
using System.IO.Compression;
using System.Xml.Linq;

namespace Echoes.Tests;

/// <summary><c>dotnet pack src/Echoes.Core</c> makes a package a stranger can install: licence, readme, metadata, symbols.</summary>
public sealed class PackageTests
{
    [Fact]
    public void Core_packs_with_its_licence_readme_and_symbols()
    {
        string dir = TestImages.TempDir();
        var (code, output) = Pack(dir);
        Assert.True(code == 0, output);

        string nupkg = Assert.Single(Directory.GetFiles(dir, "Echoes.Core.*.nupkg"));
        Assert.Single(Directory.GetFiles(dir, "Echoes.Core.*.snupkg"));
        using var zip = ZipFile.OpenRead(nupkg);
        var meta = ReadNuspec(zip);
        string Value(string name) => meta.Element(meta.Name.Namespace + name)?.Value ?? "";

        Assert.Equal("Echoes.Core", Value("id"));
        var license = meta.Element(meta.Name.Namespace + "license");
        Assert.Equal("expression", (string?)license?.Attribute("type"));
        Assert.Equal("MIT", license?.Value);
        Assert.Equal("README.md", Value("readme"));
        Assert.NotEmpty(Value("description"));
        Assert.Contains("painting", Value("tags"));
        Assert.Equal("git", (string?)meta.Element(meta.Name.Namespace + "repository")?.Attribute("type"));

        string readme = Read(zip, "README.md");
        Assert.Contains(ReadmeExampleTests.ExampleText(), readme);
        Assert.NotNull(zip.GetEntry("DejaVuSans-LICENSE.txt")); // the font embedded in the assembly keeps its licence
        Assert.NotNull(zip.GetEntry("lib/net10.0/Echoes.Core.xml"));
    }

    private static (int Code, string Output) Pack(string outDir)
    {
        var psi = new ProcessStartInfo(Environment.ProcessPath!.EndsWith("dotnet", StringComparison.Ordinal) ? Environment.ProcessPath : "dotnet")
        {
            RedirectStandardOutput = true, RedirectStandardError = true,
        };
        foreach (var a in new[] { "pack", RepoFiles.Path("src", "Echoes.Core", "Echoes.Core.csproj"), "-c", "Release", "-o", outDir, "--nologo" })
            psi.ArgumentList.Add(a);
        psi.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        using var p = Process.Start(psi)!;
        var err = p.StandardError.ReadToEndAsync();
        string output = p.StandardOutput.ReadToEnd();
        p.WaitForExit();
        return (p.ExitCode, output + err.Result);
    }

    private static XElement ReadNuspec(ZipArchive zip)
    {
        var entry = Assert.Single(zip.Entries, e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal));
        using var s = entry.Open();
        var root = XDocument.Load(s).Root!;
        return root.Element(root.Name.Namespace + "metadata")!;
    }

    private static string Read(ZipArchive zip, string name)
    {
        using var r = new StreamReader(zip.GetEntry(name)!.Open());
        return r.ReadToEnd();
    }
}
