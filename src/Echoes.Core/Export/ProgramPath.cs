namespace Echoes.Export;

/// <summary>
/// Finds an external program (ffmpeg) on PATH the way each OS's shell does: PATH split by that OS's separator,
/// <c>name.exe</c> on Windows, a file with an execute bit elsewhere. Searching ourselves, rather than letting
/// Windows' process start look in the current folder first, runs only the program the user installed.
/// </summary>
internal static class ProgramPath
{
    /// <summary>The full path of <paramref name="name"/> on this process's PATH, or null when it is not installed there.</summary>
    public static string? Find(string name) =>
        Find(name, Environment.GetEnvironmentVariable("PATH"), OperatingSystem.IsWindows());

    /// <summary>Searches <paramref name="path"/> (a PATH value) for <paramref name="name"/> by Windows' or POSIX rules.</summary>
    internal static string? Find(string name, string? path, bool windows)
    {
        char separator = windows ? ';' : ':';
        string file = windows && !name.EndsWith(".exe", StringComparison.OrdinalIgnoreCase) ? name + ".exe" : name;
        foreach (var dir in (path ?? "").Split(separator, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            // Windows allows quoted PATH entries ("C:\Program Files\ffmpeg\bin").
            var candidate = Path.Combine(dir.Trim('"'), file);
            if (File.Exists(candidate) && (windows || IsExecutable(candidate))) return candidate;
        }
        return null;
    }

    private static bool IsExecutable(string file) =>
        OperatingSystem.IsWindows() ||
        (File.GetUnixFileMode(file) & (UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute)) != 0;
}
