using Echoes.Export;

namespace Echoes.Tests;

/// <summary>External programs (ffmpeg) are found on PATH by each OS's own rules, never in the current folder.</summary>
public sealed class ProgramPathTests
{
    private static string Touch(string dir, string name, bool executable)
    {
        Directory.CreateDirectory(dir);
        var f = Path.Combine(dir, name);
        File.WriteAllText(f, "");
        if (!OperatingSystem.IsWindows())
            File.SetUnixFileMode(f, UnixFileMode.UserRead | UnixFileMode.UserWrite | (executable ? UnixFileMode.UserExecute : 0));
        return f;
    }

    [Fact]
    public void Windows_finds_ffmpeg_exe_through_a_semicolon_path_with_quoted_entries()
    {
        var root = TestImages.TempDir();
        Touch(Path.Combine(root, "a"), "ffmpeg", executable: true); // no .exe: not a Windows program
        var exe = Touch(Path.Combine(root, "b c"), "ffmpeg.exe", executable: false);
        var path = $"{Path.Combine(root, "a")};\"{Path.Combine(root, "b c")}\";";
        Assert.Equal(exe, ProgramPath.Find("ffmpeg", path, windows: true));
    }

    [Fact]
    public void Posix_finds_the_first_executable_ffmpeg_on_a_colon_path()
    {
        var root = TestImages.TempDir();
        Touch(Path.Combine(root, "a"), "ffmpeg", executable: false); // not executable: skipped, as the shell would
        Touch(Path.Combine(root, "a"), "ffmpeg.exe", executable: true);
        var exe = Touch(Path.Combine(root, "b"), "ffmpeg", executable: true);
        Assert.Equal(exe, ProgramPath.Find("ffmpeg", $"{Path.Combine(root, "a")}::{Path.Combine(root, "b")}", windows: false));
    }

    [Fact]
    public void Nothing_on_path_is_null_even_with_ffmpeg_in_the_current_folder()
    {
        var root = TestImages.TempDir();
        Touch(root, "ffmpeg", executable: true);
        Touch(root, "ffmpeg.exe", executable: true);
        Assert.Null(ProgramPath.Find("ffmpeg", Path.Combine(root, "empty"), windows: false));
        Assert.Null(ProgramPath.Find("ffmpeg", null, windows: true));
    }
}
