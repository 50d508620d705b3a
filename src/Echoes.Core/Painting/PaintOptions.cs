using Echoes.Moods;
using Echoes.Strokes;

namespace Echoes.Painting;

/// <summary>Level of detail when no exact stroke budget is given.</summary>
public enum Detail
{
    /// <summary>Broad and quick.</summary>
    Low,
    /// <summary>The default.</summary>
    Medium,
    /// <summary>Fine strokes, more of them.</summary>
    High,
}

/// <summary>
/// Everything that shapes a painting. A style (<see cref="Styles"/>) is one of these with chosen values; every field
/// is a number or a weight, so styles differ by parameters, never by code path.
/// </summary>
public sealed record PaintOptions
{
    /// <summary>The style's name, recorded in the plan.</summary>
    public string Style { get; init; } = "custom";

    /// <summary>Exact number of strokes; null lets <see cref="Detail"/> decide.</summary>
    public int? Strokes { get; init; }

    /// <summary>Level of detail when <see cref="Strokes"/> is null.</summary>
    public Detail Detail { get; init; } = Detail.Medium;

    /// <summary>The feeling the painting carries; <see cref="Mood.None"/> leaves the style alone.</summary>
    public Mood Mood { get; init; }

    /// <summary>Vertical pull on stroke direction: negative lifts, positive droops (set by the mood).</summary>
    public float Lift { get; init; }

    /// <summary>Seed of every random choice: same input, options and seed give the same plan.</summary>
    public int Seed { get; init; } = 1;

    /// <summary>Long side of the working canvas in pixels; null picks one from the detail level.</summary>
    public int? WorkingSize { get; init; }

    /// <summary>Most threads to use; null for all cores. The plan is identical for any value.</summary>
    public int? MaxDegreeOfParallelism { get; init; }

    // --- Layered pass (Hertzmann) ---

    /// <summary>Brush radii of the layered pass, coarse to fine, as fractions of the long side; empty skips it.</summary>
    public float[] LayerRadii { get; init; } = [];

    /// <summary>Error (encoded RGB distance, 0–1.7) above which a layer repaints an area.</summary>
    public float LayerThreshold { get; init; } = 0.06f;

    /// <summary>Longest stroke of the layered pass, in brush radii.</summary>
    public float MaxLength { get; init; } = 10f;

    /// <summary>Shortest stroke of the layered pass, in brush radii.</summary>
    public float MinLength { get; init; } = 2f;

    /// <summary>How strongly strokes bend to follow the field: 0 straight, 1 fully.</summary>
    public float Curvature { get; init; } = 1f;

    // --- Budgeted optimizer ---

    /// <summary>Share of the stroke budget placed by the optimizer after the layered pass, 0–1.</summary>
    public float OptimizerShare { get; init; } = 1f;

    /// <summary>
    /// Candidate scorings for the whole optimized budget, shared out per stroke (at least 48, at most 600 each): few
    /// strokes get a thorough search each, many strokes a quicker one.
    /// </summary>
    public int SearchEffort { get; init; } = 64_000;

    /// <summary>Length over width of optimized strokes: the range sampled.</summary>
    public (float Min, float Max) Aspect { get; init; } = (1.5f, 4f);

    /// <summary>Whether the optimizer may reshape each stroke's tapers (wedge-like strokes fit edges closely).</summary>
    public bool FreeTaper { get; init; }

    /// <summary>Width of the first optimized strokes as a fraction of the long side.</summary>
    public float FirstWidth { get; init; } = 0.4f;

    // --- Brushwork and colour ---

    /// <summary>Relative weights of the brush kinds (Round, Flat, Knife, DryBrush, Glaze, Splatter, Drip).</summary>
    public float[] BrushMix { get; init; } = [1, 0, 0, 0, 0, 0, 0];

    /// <summary>Stroke opacity range.</summary>
    public (float Min, float Max) Opacity { get; init; } = (1f, 1f);

    /// <summary>Paint load range (lower runs dry sooner).</summary>
    public (float Min, float Max) Load { get; init; } = (1f, 1f);

    /// <summary>Taper at the start and end of strokes.</summary>
    public (float Start, float End) Taper { get; init; } = (0.15f, 0.25f);

    /// <summary>Random jitter of stroke colour in Oklab lightness/chroma units (0 keeps colours true).</summary>
    public float ColorJitter { get; init; }

    /// <summary>Random jitter of stroke direction, degrees.</summary>
    public float AngleJitter { get; init; }

    /// <summary>Colours in the painter's limited palette; 0 for no palette.</summary>
    public int PaletteSize { get; init; }

    /// <summary>How far stroke colours snap to the palette, 0–1.</summary>
    public float PaletteStrength { get; init; }

    /// <summary>Chroma multiplier applied to the reference before painting (1 keeps it).</summary>
    public float ChromaBoost { get; init; } = 1f;

    /// <summary>Lightness contrast around mid-grey applied to the reference (1 keeps it).</summary>
    public float Contrast { get; init; } = 1f;

    /// <summary>Relief strength recorded in the plan for rendering (0 flat).</summary>
    public float Relief { get; init; } = 1f;

    /// <summary>Checks ranges; returns the option and the problem when one is out of range, else null.</summary>
    public (string Option, string Problem)? Validate()
    {
        if (Strokes is int n && (n < 1 || n > Painter.MaxStrokes)) return (nameof(Strokes), $"must be between 1 and {Painter.MaxStrokes:N0}");
        if (WorkingSize is int ws && (ws < 16 || ws > 4096)) return (nameof(WorkingSize), "the working size must be between 16 and 4096 px");
        if (BrushMix.Length != Enum.GetValues<BrushKind>().Length || BrushMix.Sum() <= 0) return (nameof(BrushMix), "the brush mix needs one positive weight per brush kind");
        return null;
    }
}
