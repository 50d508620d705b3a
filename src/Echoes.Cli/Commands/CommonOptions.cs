using System.CommandLine;

namespace Echoes.Cli.Commands;

/// <summary>Options shared by several commands.</summary>
internal static class CommonOptions
{
    public static readonly Option<bool> Verbose = new("--verbose") { Description = "Show the stack trace of internal errors", Recursive = true };

    /// <summary>A default the parser cannot show itself (computed, or given by the input), written as it writes its own.</summary>
    public static string Default(string value) => $" [default: {value}]";

    public static Option<string> Output(string description) =>
        new("--output", "-o") { Description = description, Required = true };

    public static Option<int?> Width(string defaultSize) =>
        new("--width", "-w") { Description = $"Output width in pixels (at most {Limits.MaxOutputSide:N0})" + Default(defaultSize) };

    public static Option<bool> Quiet() => new("--quiet", "-q") { Description = "Print nothing but errors" };

    public static Option<bool> NoImpasto() => new("--no-impasto") { Description = "Flat colour: no paint relief or light pass" };

    /// <summary>The width of each painting on a sheet (the mood and style sheets).</summary>
    public static Option<int> TileWidth() => new("--tile-width")
    {
        Description = "Width of each painting on the sheet, px (64–4000)",
        DefaultValueFactory = _ => 480,
    };

    /// <summary>Checks a sheet's tile width before any work is done.</summary>
    public static void CheckTileWidth(int width)
    {
        if (width is < 64 or > 4000) throw new EchoesException("--tile-width", $"{width} is not a valid tile width (64–4000 px)");
    }

    public static Option<int> Quality() => new("--quality") { Description = "JPEG/WebP quality, 1–100", DefaultValueFactory = _ => 92 };

    /// <summary>Checks a requested output width before any work is done.</summary>
    public static void CheckWidth(int? width)
    {
        if (width is int w && (w <= 0 || w > Limits.MaxOutputSide))
            throw new EchoesException("--width", $"{w} is not a valid width (1 to {Limits.MaxOutputSide:N0} px)");
    }

    /// <summary>Checks a JPEG/WebP quality before any work is done.</summary>
    public static void CheckQuality(int quality)
    {
        if (quality is < 1 or > 100) throw new EchoesException("--quality", $"{quality} is not a quality (1 to 100)");
    }
}
