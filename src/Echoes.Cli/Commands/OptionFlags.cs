using System.Text;
using Echoes.Painting;

namespace Echoes.Cli.Commands;

/// <summary>
/// Core names an option error by its field (<c>Strokes</c>, <c>HoldSeconds</c>); the command line speaks of flags.
/// Fields whose flag is the kebab-cased name are listed as such; the rest map through a table.
/// </summary>
internal static class OptionFlags
{
    // Fields spelled differently on the command line.
    private static readonly Dictionary<string, string> Irregular = new(StringComparer.Ordinal)
    {
        ["HoldSeconds"] = "--hold", ["Paper"] = "--print",
    };

    // Fields outside PaintOptions whose flag is --kebab-case of the name (every PaintOptions field's is too). Other
    // subjects (files, scene lines) are left as they are.
    private static readonly HashSet<string> Regular = new(StringComparer.Ordinal)
    {
        "Width", "Dpi", "Pens", "Fps", "Seconds", "StrokesPerFrame",
    };

    /// <summary>The error's one-line form with an option field replaced by its flag.</summary>
    public static string OneLine(EchoesException e) =>
        Flag(e.Subject) is { } flag ? $"{flag}: {e.Message}" : e.OneLine;

    /// <summary>The flag for an option field, or null when <paramref name="subject"/> is not one.</summary>
    public static string? Flag(string subject) =>
        Irregular.TryGetValue(subject, out var flag) ? flag
        : Regular.Contains(subject) || typeof(PaintOptions).GetProperty(subject) is not null ? Kebab(subject) : null;

    private static string Kebab(string field)
    {
        var sb = new StringBuilder("--");
        for (int i = 0; i < field.Length; i++)
        {
            if (char.IsUpper(field[i]) && i > 0) sb.Append('-');
            sb.Append(char.ToLowerInvariant(field[i]));
        }
        return sb.ToString();
    }
}
