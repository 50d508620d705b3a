using System.Globalization;

namespace Echoes.Cli.Commands;

/// <summary>Counts in messages, with the noun's plural only when the count is not one (<c>1 stroke</c>, <c>2,000 strokes</c>).</summary>
internal static class Words
{
    public static string Count(int n, string one, string? many = null) =>
        n.ToString("N0", CultureInfo.InvariantCulture) + " " + (n == 1 ? one : many ?? one + "s");
}
