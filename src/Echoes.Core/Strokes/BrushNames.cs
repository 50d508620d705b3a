namespace Echoes.Strokes;

/// <summary>The names plans record for each <see cref="BrushKind"/> (<c>round</c>, <c>dry-brush</c>, …): part of the plan
/// format, so they live with the strokes, below the brushes that paint them.</summary>
internal static class BrushNames
{
    private static readonly string[] Names = ["round", "flat", "knife", "dry-brush", "glaze", "splatter", "drip"];

    /// <summary>Every name, in the order of <see cref="BrushKind"/>.</summary>
    public static IReadOnlyList<string> All => Names;

    /// <summary>The name of a kind.</summary>
    public static string Of(BrushKind kind) => Names[(int)kind];

    /// <summary>The kind a name (any case) stands for, or null when none does.</summary>
    public static BrushKind? Parse(string name)
    {
        int i = Array.IndexOf(Names, name.ToLowerInvariant());
        return i < 0 ? null : (BrushKind)i;
    }
}
