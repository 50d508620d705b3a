using System.Diagnostics;

namespace Echoes.Tests;

/// <summary>
/// Publishes the CLI self-contained for other desktops and checks their native libraries came along: the tool and the
/// standalone builds are only as portable as the Skia and SQLite binaries they carry.
/// </summary>
public sealed class PublishTests
{
    // One folder for every run, so a second run builds incrementally; isolated from the worktree's own bin/ and obj/.
    private static readonly string Artifacts = Path.Combine(Path.GetTempPath(), "echoes-publish-test");

    [Theory]
    [InlineData("win-x64", "libSkiaSharp.dll", "e_sqlite3.dll")]
    [InlineData("osx-arm64", "libSkiaSharp.dylib", "libe_sqlite3.dylib")]
    public void Self_contained_publish_carries_the_platforms_native_libraries(string rid, string skia, string sqlite)
    {
        var output = Path.Combine(Artifacts, "out", rid);
        if (Directory.Exists(output)) Directory.Delete(output, recursive: true);

        // ReadyToRun and single-file are left out: they add minutes and change nothing about which natives are chosen.
        var (code, log) = Dotnet("publish", Path.Combine(RepoRoot(), "src", "Echoes.Cli"), "-c", "Release", "-r", rid,
            "--self-contained", "--artifacts-path", Artifacts, "-o", output, "-nologo", "-v", "q");

        Assert.True(code == 0, log);
        Assert.True(File.Exists(Path.Combine(output, skia)), $"{skia} missing from the {rid} output");
        Assert.True(File.Exists(Path.Combine(output, sqlite)), $"{sqlite} missing from the {rid} output");
        // Skia's Windows debug symbols (~95 MB) stay out of every output (Directory.Build.targets).
        Assert.Empty(Directory.GetFiles(output, "libSkiaSharp.pdb"));
    }

    private static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Echoes.slnx"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("Echoes.slnx not found above " + AppContext.BaseDirectory);
    }

    private static (int Code, string Log) Dotnet(params string[] args)
    {
        var psi = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
        };
        foreach (var a in args) psi.ArgumentList.Add(a);
        using var p = Process.Start(psi)!;
        var err = p.StandardError.ReadToEndAsync();
        var o = p.StandardOutput.ReadToEnd();
        if (!p.WaitForExit(TimeSpan.FromMinutes(10))) { p.Kill(entireProcessTree: true); return (-1, "publish took over 10 minutes\n" + o); }
        return (p.ExitCode, o + err.Result);
    }
}
