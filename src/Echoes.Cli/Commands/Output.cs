using Echoes.Imaging;

namespace Echoes.Cli.Commands;

/// <summary>Writes a plan to the file named by the output's extension: a raster image or SVG.</summary>
internal static class Output
{
    public static readonly string[] Extensions = [.. Canvas.Extensions, ".svg"];

    /// <summary>Fails early, before any painting, when the output cannot be written.</summary>
    public static void Check(string path)
    {
        var ext = Path.GetExtension(path).ToLowerInvariant();
        if (!Extensions.Contains(ext))
            throw new EchoesException(path, $"cannot write '{(ext.Length == 0 ? "(no extension)" : ext)}' files (known: {string.Join(", ", Extensions)})");
        var dir = Path.GetDirectoryName(Path.GetFullPath(path))!;
        if (!Directory.Exists(dir)) throw new EchoesException(path, "cannot write: the folder does not exist");
    }

    /// <summary>Fails early when a plan file cannot be written there.</summary>
    public static void CheckPlan(string path)
    {
        if (!Path.GetExtension(path).Equals(".json", StringComparison.OrdinalIgnoreCase))
            throw new EchoesException(path, "a plan is saved as .json");
        if (!Directory.Exists(Path.GetDirectoryName(Path.GetFullPath(path))!)) throw new EchoesException(path, "cannot write: the folder does not exist");
    }
}
