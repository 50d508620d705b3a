using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;

namespace Echoes.Cli.Commands;

/// <summary>The parser's errors in plain words: a value that is not of its option's type says what was expected
/// (<c>--width: "abc" is not a whole number</c>) instead of naming a .NET type.</summary>
internal static class ParseErrors
{
    public static string Describe(ParseError error)
    {
        var option = error.SymbolResult switch
        {
            OptionResult o => o,
            ArgumentResult { Parent: OptionResult o } => o,
            _ => null,
        };
        if (option is null || option.Tokens.Count == 0 || !error.Message.StartsWith("Cannot parse argument", StringComparison.Ordinal))
            return OneLine(error.Message);
        string value = option.Tokens[^1].Value;
        var type = Nullable.GetUnderlyingType(option.Option.ValueType) ?? option.Option.ValueType;
        return $"{option.Option.Name}: {Expected(value, type)}";
    }

    private static string Expected(string value, Type type)
    {
        if (type.IsEnum)
            return $"\"{value}\" is not one of {string.Join(", ", Enum.GetNames(type).Select(n => n.ToLowerInvariant()))}";
        if (type == typeof(int))
            return value.TrimStart('-').All(char.IsAsciiDigit) && value.Trim('-').Length > 0
                ? $"{value} is out of range (whole numbers from {int.MinValue.ToString("N0", CultureInfo.InvariantCulture)} to " +
                    $"{int.MaxValue.ToString("N0", CultureInfo.InvariantCulture)})"
                : $"\"{value}\" is not a whole number";
        if (type == typeof(double)) return $"\"{value}\" is not a number";
        return $"\"{value}\" is not a valid value";
    }

    // Parser messages may list choices on separate lines; users get them on one.
    private static string OneLine(string message) =>
        string.Join(", ", message.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).Replace(":,", ":");
}
