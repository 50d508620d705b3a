using System.Collections.Immutable;
using Echoes.Brushes;
using Echoes.Moods;
using Echoes.Strokes;
using Echoes.Targets;

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
/// is a number or a weight, so styles differ by parameters, never by code path. Immutable (vary it with <c>with</c>);
/// <see cref="Validate"/> checks every field.
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

    /// <summary>Seed of every random choice: same input, options and seed give the same plan. Any value.</summary>
    public int Seed { get; init; } = 1;

    /// <summary>Long side of the working canvas in pixels; null picks one from the detail level.</summary>
    public int? WorkingSize { get; init; }

    /// <summary>Most threads to use; null for all cores. The plan is identical for any value.</summary>
    public int? MaxDegreeOfParallelism { get; init; }

    /// <summary>How the source is seen before the optimizer's share: the layered block-in (the default) or an
    /// avant-garde pass (<see cref="Painting.Seeing"/>).</summary>
    public Seeing Seeing { get; init; } = Seeing.Layered;

    // --- Layered pass (Hertzmann) ---

    /// <summary>Brush radii of the layered pass, coarse to fine, as fractions of the long side; empty skips it.</summary>
    public ImmutableArray<float> LayerRadii { get; init; } = [];

    /// <summary>Error (encoded RGB distance, 0–1.7) above which a layer repaints an area.</summary>
    public float LayerThreshold { get; init; } = 0.06f;

    /// <summary>Longest stroke of the layered pass, in brush radii.</summary>
    public float MaxLength { get; init; } = 10f;

    /// <summary>Shortest stroke of the layered pass, in brush radii.</summary>
    public float MinLength { get; init; } = 2f;

    /// <summary>How strongly strokes bend to follow the field: 0 straight, 1 fully.</summary>
    public float Curvature { get; init; } = 1f;

    /// <summary>How the layered pass shapes a photograph's marks as a painter's touches; none by default.</summary>
    public Touch Touch { get; init; }

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

    /// <summary>Relative weights of the brush kinds.</summary>
    public BrushWeights BrushMix { get; init; } = new((BrushKind.Round, 1));

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

    // --- The subject ---

    /// <summary>Where the subject is: found from the photo (the default), nowhere, or a spot given as fractions of the image.</summary>
    public Focus Focus { get; init; } = Focus.Auto;

    /// <summary>
    /// How much finer the brushwork gets on the subject, 0–1: the repaint threshold drops by up to this share, strokes
    /// shorten, broad marks (knife, splatter, drip, glaze) give way to brushes, a finer layer is laid over the focus (finest
    /// where its detail is), and the background's quiet places keep the coarse layers' big strokes.
    /// </summary>
    public float FocusDetail { get; init; }

    /// <summary>How far colour and value return to the photo's on the subject, 0–1: palette snapping, colour jitter and
    /// the chroma and contrast pushes fade by this share where the focus is full.</summary>
    public float FocusTruth { get; init; }

    /// <summary>Most layers of the layered pass.</summary>
    public const int MaxLayers = 8;

    /// <summary>Checks every option: ranges, counts and finite numbers.</summary>
    /// <exception cref="EchoesException">An option is out of range; its <see cref="EchoesException.Subject"/> is the
    /// option's name (<c>nameof(PaintOptions.Strokes)</c>).</exception>
    public void Validate()
    {
        ValidateRun();
        ValidateLayers();
        ValidateOptimizer();
        ValidateBrushwork();
        ValidateColour();
        ValidateFocus();
    }

    private void ValidateFocus()
    {
        if (Focus.Problem is { } problem) throw Error(nameof(Focus), problem);
        Check(FocusDetail, 0, 1, nameof(FocusDetail), "the focus detail");
        Check(FocusTruth, 0, 1, nameof(FocusTruth), "the focus truth");
    }

    private void ValidateRun()
    {
        if (string.IsNullOrWhiteSpace(Style) || Style.Length > 100) throw Error(nameof(Style), "the style needs a name of 1 to 100 characters");
        if (Strokes is int n && (n < 1 || n > Painter.MaxStrokes)) throw Error(nameof(Strokes), $"must be between 1 and {Painter.MaxStrokes:N0}");
        if (!Enum.IsDefined(Detail)) throw Error(nameof(Detail), $"{(int)Detail} is not a level of detail");
        if (!Mood.Weights.All(w => w is >= 0f and <= 1f)) throw Error(nameof(Mood), "each mood weight must be between 0 and 1");
        Check(Lift, -1, 1, nameof(Lift), "the lift");
        if (WorkingSize is int ws && (ws < 16 || ws > 4096)) throw Error(nameof(WorkingSize), "the working size must be between 16 and 4096 px");
        if (!Enum.IsDefined(Seeing)) throw Error(nameof(Seeing), $"{(int)Seeing} is not a way of seeing");
        if (MaxDegreeOfParallelism is < 1) throw Error(nameof(MaxDegreeOfParallelism), "at least one thread is needed");
    }

    private void ValidateLayers()
    {
        if (LayerRadii.IsDefault || LayerRadii.Length > MaxLayers) throw Error(nameof(LayerRadii), $"give 0 to {MaxLayers} layer radii");
        if (!LayerRadii.All(r => r is > 0f and <= 1f)) throw Error(nameof(LayerRadii), "each layer radius must be in (0, 1] of the long side");
        Check(LayerThreshold, 0, 2, nameof(LayerThreshold), "the layer threshold");
        Check(MinLength, 0, 1000, nameof(MinLength), "the shortest stroke");
        Check(MaxLength, 0, 1000, nameof(MaxLength), "the longest stroke");
        if (MinLength > MaxLength) throw Error(nameof(MinLength), "the shortest stroke is longer than the longest");
        Check(Curvature, 0, 1.5f, nameof(Curvature), "the curvature");
        if (Touch.Problem is { } touch) throw Error(nameof(Touch), touch);
    }

    private void ValidateOptimizer()
    {
        Check(OptimizerShare, 0, 1, nameof(OptimizerShare), "the optimizer's share");
        if (SearchEffort is < 1 or > 100_000_000) throw Error(nameof(SearchEffort), "the search effort must be between 1 and 100,000,000");
        CheckRange(Aspect, 0.01f, 100, nameof(Aspect), "the aspect");
        if (!(FirstWidth is > 0f and <= 1f)) throw Error(nameof(FirstWidth), "the first width must be in (0, 1] of the long side");
    }

    private void ValidateBrushwork()
    {
        if (BrushMix is null || !BrushMix.Entries.All(e => e.Weight is >= 0f and < float.PositiveInfinity) || !(BrushMix.Total > 0))
            throw Error(nameof(BrushMix), "the brush mix needs finite weights of 0 or more, and one above 0");
        CheckRange(Opacity, 0, 1, nameof(Opacity), "the opacity");
        CheckRange(Load, 0, 1, nameof(Load), "the paint load");
        Check(Taper.Start, 0, 0.5f, nameof(Taper), "the start taper");
        Check(Taper.End, 0, 0.5f, nameof(Taper), "the end taper");
        Check(AngleJitter, 0, 180, nameof(AngleJitter), "the angle jitter");
    }

    private void ValidateColour()
    {
        Check(ColorJitter, 0, 1, nameof(ColorJitter), "the colour jitter");
        if (PaletteSize is < 0 or > 256) throw Error(nameof(PaletteSize), "the palette size must be between 0 and 256");
        Check(PaletteStrength, 0, 1, nameof(PaletteStrength), "the palette strength");
        Check(ChromaBoost, 0, 4, nameof(ChromaBoost), "the chroma boost");
        Check(Contrast, 0, 4, nameof(Contrast), "the contrast");
        Check(Relief, 0, 3, nameof(Relief), "the relief");
    }

    // NaN fails every comparison, so it is out of every range.
    private static void Check(float value, float min, float max, string option, string what)
    {
        if (!(value >= min && value <= max))
            throw Error(option, string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{what} must be between {min} and {max}"));
    }

    private static void CheckRange((float Min, float Max) range, float min, float max, string option, string what)
    {
        Check(range.Min, min, max, option, what);
        Check(range.Max, min, max, option, what);
        if (range.Min > range.Max) throw Error(option, $"{what}'s range runs backwards (its minimum is above its maximum)");
    }

    private static EchoesException Error(string option, string problem) => new(option, problem);
}
