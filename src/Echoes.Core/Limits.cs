namespace Echoes;

/// <summary>The documented limits on inputs and outputs. Each error that enforces one names it.</summary>
public static class Limits
{
    /// <summary>Largest input image, in pixels, checked from the header before decoding.</summary>
    public const long MaxInputPixels = 100_000_000;

    /// <summary>Largest input file (image, plan) in bytes.</summary>
    public const long MaxInputBytes = 512L * 1024 * 1024;

    /// <summary>Longest side of any rendered output, in pixels.</summary>
    public const int MaxOutputSide = 20_000;

    /// <summary>Most strokes a plan may hold.</summary>
    public const int MaxPlanStrokes = 2_000_000;

    /// <summary>Most control points one stroke may have.</summary>
    public const int MaxStrokePoints = 64;

    /// <summary>Deepest nesting of lists and mappings (YAML) or arrays and objects (JSON) any reader accepts. Checked while
    /// reading, before anything is built, so a hostile file cannot exhaust the stack.</summary>
    public const int MaxNestingDepth = 64;
}
