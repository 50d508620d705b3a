using Echoes.Imaging;

namespace Echoes.Cli.Commands;

/// <summary>Where results go: a file named by its extension (a raster image or SVG), or standard output for <c>-o -</c>.</summary>
internal static class Output
{
    /// <summary>The output name that means standard output.</summary>
    public const string Standard = "-";

    public static readonly string[] Extensions = [.. Canvas.Extensions, ".svg"];

    public static bool IsStandard(string path) => path == Standard;

    /// <summary>Fails early, before any painting, when the output cannot be written.</summary>
    /// <param name="path">The output.</param>
    /// <param name="standardAllowed">Whether the command can write to standard output (<c>-o -</c>).</param>
    public static void Check(string path, bool standardAllowed = true)
    {
        if (IsStandard(path))
        {
            if (standardAllowed) return;
            throw new EchoesException(path, "this command writes a file, not standard output");
        }
        if (Directory.Exists(path)) throw new EchoesException(path, "is a folder: give a file name"); // say so before the extension
        var ext = Path.GetExtension(path).ToLowerInvariant();
        if (!Extensions.Contains(ext))
            throw new EchoesException(path,
                $"cannot write '{(ext.Length == 0 ? "(no extension)" : ext)}' files (known: {string.Join(", ", Extensions)})");
        CheckPlace(path);
    }

    /// <summary>Fails early when a plan file cannot be written there.</summary>
    public static void CheckPlan(string path)
    {
        if (Directory.Exists(path)) throw new EchoesException(path, "is a folder: give a file name");
        if (!Path.GetExtension(path).Equals(".json", StringComparison.OrdinalIgnoreCase))
            throw new EchoesException(path, "a plan is saved as .json");
        CheckPlace(path);
    }

    /// <summary>Writes the bytes to standard output (files are written by Core's <c>Exporters</c>).</summary>
    public static void WriteStandard(byte[] bytes)
    {
        using var stdout = Console.OpenStandardOutput();
        stdout.Write(bytes);
        stdout.Flush();
    }

    private static void CheckPlace(string path)
    {
        if (!Directory.Exists(Path.GetDirectoryName(Path.GetFullPath(path))!)) throw new EchoesException(path,
            "cannot write: the folder does not exist");
    }
}
