namespace Echoes.Cli.Commands;

/// <summary>Inputs given as <c>-</c>: read from standard input, never more than the input's own size limit.</summary>
internal static class StandardInput
{
    /// <summary>The input name that means standard input.</summary>
    public const string Name = "-";

    /// <summary>How errors name standard input.</summary>
    public const string Label = "stdin";

    public static bool Is(string path) => path == Name;

    /// <summary>Reads all of standard input, stopping with an error as soon as it passes <paramref name="maxBytes"/>.</summary>
    public static byte[] Read(long maxBytes)
    {
        using var stdin = Console.OpenStandardInput();
        using var data = new MemoryStream();
        var buffer = new byte[1 << 16];
        int n;
        while ((n = stdin.Read(buffer)) > 0)
        {
            if (data.Length + n > maxBytes) throw new EchoesException(Label, $"the input is larger than the limit of {Size(maxBytes)}");
            data.Write(buffer, 0, n);
        }
        if (data.Length == 0) throw new EchoesException(Label, "the input is empty");
        return data.ToArray();
    }

    private static string Size(long bytes) => bytes >= 1 << 20 ? $"{bytes >> 20} MB" : $"{bytes >> 10} KB";
}
