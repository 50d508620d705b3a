using System.Text;
using Echoes.Painting;

namespace Echoes.Cli.Commands;

/// <summary>
/// Core names a bad option by its field (<c>nameof(PaintOptions.WorkingSize)</c>); the command line shows the flag that
/// sets it (<c>--working-size</c>): PascalCase becomes kebab-case.
/// </summary>
internal static class OptionFlags
{
    /// <summary>The flag for an error's subject when it names a painting option; any other subject as it is.</summary>
    public static string For(string subject) =>
        typeof(PaintOptions).GetProperty(subject) is null ? subject : "--" + Kebab(subject);

    private static string Kebab(string name)
    {
        var sb = new StringBuilder(name.Length + 4);
        for (int i = 0; i < name.Length; i++)
        {
            if (char.IsUpper(name[i]) && i > 0) sb.Append('-');
            sb.Append(char.ToLowerInvariant(name[i]));
        }
        return sb.ToString();
    }
}
