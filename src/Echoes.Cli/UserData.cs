namespace Echoes.Cli;

/// <summary>
/// The user's own Echoes folder, where each desktop keeps application data: %LOCALAPPDATA%\Echoes on Windows,
/// ~/Library/Application Support/Echoes on macOS, $XDG_DATA_HOME/echoes (~/.local/share/echoes) on Linux.
/// </summary>
internal static class UserData
{
    /// <summary>The folder <paramref name="name"/> inside the user's Echoes folder on this machine.</summary>
    public static string Folder(string name) => Folder(
        Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.Create),
        OperatingSystem.IsWindows() || OperatingSystem.IsMacOS(), name);

    /// <summary>
    /// <paramref name="name"/> inside <paramref name="localAppData"/>: an "Echoes" folder where applications go by their
    /// display names (Windows, macOS), a lower-case "echoes" by the XDG custom elsewhere.
    /// </summary>
    internal static string Folder(string localAppData, bool displayNames, string name) =>
        Path.Combine(localAppData, displayNames ? "Echoes" : "echoes", name);
}
