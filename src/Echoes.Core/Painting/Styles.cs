using Echoes.Brushes;
using Echoes.Strokes;

namespace Echoes.Painting;

/// <summary>The named styles: each is a small set of <see cref="PaintOptions"/> values.</summary>
public static class Styles
{
    /// <summary>True colours, tapered round strokes placed by the optimizer only: what the quality benchmark measures.</summary>
    public static PaintOptions Faithful { get; } = new()
    {
        Style = "faithful",
        LayerRadii = [],
        OptimizerShare = 1f,
        Relief = 0.4f,
        Taper = (0.1f, 0.15f),
        FreeTaper = true,
        FocusDetail = 0.5f, FocusTruth = 1f,
    };

    /// <summary>The engine's own voice: visible gesture along the form, a limited and pushed palette, varied brushes.</summary>
    public static PaintOptions Expressive { get; } = new()
    {
        Style = "expressive",
        LayerRadii = [1 / 36f, 1 / 72f, 1 / 140f],
        LayerThreshold = 0.1f,
        MinLength = 2f, MaxLength = 6.5f, Curvature = 1f,
        // A photo's short touches carried along the form as commas of varied size; away from the subject laid looser,
        // carried on while their colour belongs, their colour's jitter shared with their neighbours: there, touches of
        // one short length strewn apart over a quiet background read as stamps and confetti.
        Touch = new(Least: 2.5f, Comma: 1f, Spread: 0.2f, Belongs: 0.08f, Passage: 0.7f, Loose: 1f),
        OptimizerShare = 0.06f, SearchEffort = 8_000, FirstWidth = 0.05f,
        Aspect = (2f, 5f),
        // Brushes carry the voice; knife slabs and splatter are rare accents, so they never read as stamped tiles.
        BrushMix = new((BrushKind.Round, 6), (BrushKind.Flat, 3f), (BrushKind.Knife, 0.3f), (BrushKind.DryBrush, 1.8f),
            (BrushKind.Glaze, 0.4f), (BrushKind.Splatter, 0.05f), (BrushKind.Drip, 0.08f)),
        Opacity = (0.85f, 1f), Load = (0.45f, 1f),
        ColorJitter = 0.025f, AngleJitter = 8f,
        PaletteSize = 14, PaletteStrength = 0.55f,
        ChromaBoost = 1.25f, Contrast = 1.12f,
        Relief = 0.8f,
        FocusDetail = 0.8f, FocusTruth = 0.7f,
    };

    /// <summary>Short strokes of broken, pure colour side by side along the form, little blending: Monet more than Rembrandt.</summary>
    public static PaintOptions Impressionist { get; } = new()
    {
        Style = "impressionist",
        LayerRadii = [1 / 28f, 1 / 56f, 1 / 110f],
        LayerThreshold = 0.05f,
        // Touches of varied length carried along the form while their colour belongs (as Hertzmann's, up to a long reach,
        // curving), sharing most of their colour's jitter with their neighbours: traced to the tracer's least length over
        // the lay-in, each in a hue of its own, they were short ovals of unrelated colour, read as pebbles and confetti.
        MinLength = 3f, MaxLength = 14f, Curvature = 0.9f,
        Touch = new(Least: 3f, Comma: 0.7f, Spread: 0.3f, Belongs: 0.1f, Passage: 0.7f),
        OptimizerShare = 0.05f, SearchEffort = 6_000, FirstWidth = 0.03f,
        // The optimizer's corrections are touches too, not ovals laid on top.
        Aspect = (2.5f, 5f),
        BrushMix = new((BrushKind.Round, 6), (BrushKind.Flat, 2), (BrushKind.DryBrush, 1), (BrushKind.Splatter, 0.1f)),
        Opacity = (0.9f, 1f), Load = (0.7f, 1f),
        Taper = (0.3f, 0.35f),
        // Broad, as most of it is shared: passages differ from place to place, touches within one a little.
        ColorJitter = 0.1f, AngleJitter = 18f,
        PaletteSize = 18, PaletteStrength = 0.35f,
        ChromaBoost = 1.35f, Contrast = 1.05f,
        Relief = 0.9f,
        FocusDetail = 0.7f, FocusTruth = 0.5f,
    };

    /// <summary>Palette-knife painting: broad flat slabs with hard edges and ridges, few colours.</summary>
    public static PaintOptions Knife { get; } = new()
    {
        Style = "knife",
        LayerRadii = [1 / 14f, 1 / 28f, 1 / 56f],
        LayerThreshold = 0.09f,
        MinLength = 1.5f, MaxLength = 4f, Curvature = 0.15f,
        OptimizerShare = 0.08f, SearchEffort = 8_000, FirstWidth = 0.08f,
        Aspect = (1.2f, 2.5f),
        BrushMix = new((BrushKind.Flat, 0.6f), (BrushKind.Knife, 8), (BrushKind.DryBrush, 0.5f)),
        Opacity = (1f, 1f), Load = (0.55f, 1f),
        Taper = (0f, 0f),
        ColorJitter = 0.02f, AngleJitter = 12f,
        PaletteSize = 9, PaletteStrength = 0.75f,
        ChromaBoost = 1.15f, Contrast = 1.15f,
        // Slabs now stop at the photo's edges, so there are more of them and more lifted edges: a little less height each;
        // their ends bow and fray, so more of their border rises and settles: less again; and the edge's thin lines over
        // them add ridges of their own: a little less again.
        Relief = 0.8f,
        FocusDetail = 0.5f, FocusTruth = 0.4f,
    };

    /// <summary>Cubist planes: the picture broken into overlapping facets cut along its main edges, each with its own
    /// light and a slight shift, laid with flat brushes and knives (<see cref="Seeing.Fractured"/>).</summary>
    public static PaintOptions Fractured { get; } = new()
    {
        Style = "fractured",
        Seeing = Seeing.Fractured,
        LayerRadii = [1 / 130f],
        // No optimizer: its curved strokes would blur the planes' straight edges.
        OptimizerShare = 0f,
        BrushMix = new((BrushKind.Flat, 5), (BrushKind.Knife, 3)),
        Opacity = (0.9f, 1f), Load = (0.7f, 1f),
        Taper = (0f, 0f),
        PaletteSize = 12, PaletteStrength = 0.3f,
        ChromaBoost = 1.25f, Contrast = 1.12f,
        Relief = 0.8f,
        FocusDetail = 0.8f, FocusTruth = 0.6f,
    };

    /// <summary>Colour-field painting: a few large soft-edged fields of the dominant colours built from thin glazes; the
    /// mood drives it most strongly (<see cref="Seeing.Field"/>).</summary>
    public static PaintOptions Field { get; } = new()
    {
        Style = "field",
        Seeing = Seeing.Field,
        // The band width of the ground's washes; each shape's washes are as wide as the shape is large.
        LayerRadii = [1 / 16f],
        // The fields are found on a coarse grid and laid in broad washes: a small working canvas sees all they need.
        WorkingSize = 320,
        // No optimizer: its small strokes would break the fields into a picture again.
        OptimizerShare = 0f,
        BrushMix = new((BrushKind.Glaze, 1), (BrushKind.Round, 1)),
        // Each glaze's washes, about 60 % opaque where they overlap half, so three glazes build the field's colour.
        Opacity = (0.55f, 0.65f), Load = (0.85f, 1f),
        // Blunt ends: pointed ones would leave slivers of the ground between the rows of washes.
        Taper = (0.12f, 0.12f),
        Relief = 0.15f,
    };

    /// <summary>Abstract-expressionist action: huge swinging sweeps, drags, poured skeins, drips and splatters laid in
    /// layers over the source's masses and colours (<see cref="Seeing.Gesture"/>).</summary>
    public static PaintOptions Gesture { get; } = new()
    {
        Style = "gesture",
        Seeing = Seeing.Gesture,
        // The pass's own scales are fixed; these set the working size (as a layered style's would).
        LayerRadii = [1 / 13f, 1 / 34f, 1 / 75f],
        OptimizerShare = 0f,
        BrushMix = new((BrushKind.Round, 4), (BrushKind.Flat, 3), (BrushKind.Knife, 2), (BrushKind.DryBrush, 2),
            (BrushKind.Drip, 0.5f), (BrushKind.Splatter, 0.5f)),
        Opacity = (0.85f, 1f), Load = (0.45f, 1f),
        Taper = (0.05f, 0.3f),
        ColorJitter = 0.05f, AngleJitter = 25f,
        PaletteSize = 10, PaletteStrength = 0.45f,
        ChromaBoost = 1.35f, Contrast = 1.15f,
        Relief = 1.1f,
        FocusDetail = 0.6f, FocusTruth = 0.35f,
    };

    /// <summary>Echoes' own: the thing painted calmly, and each of its main forms repeated outward in fading, displaced
    /// rings like ripples of sound or memory, interfering where they cross (<see cref="Seeing.Echo"/>).</summary>
    public static PaintOptions Echo { get; } = new()
    {
        Style = "echo",
        Seeing = Seeing.Echo,
        LayerRadii = [1 / 24f, 1 / 52f, 1 / 110f],
        LayerThreshold = 0.09f,
        MinLength = 2f, MaxLength = 6f, Curvature = 0.8f,
        // No optimizer after the echoes: it would paint them out again.
        OptimizerShare = 0f,
        BrushMix = new((BrushKind.Round, 6), (BrushKind.Flat, 2), (BrushKind.DryBrush, 1.5f), (BrushKind.Glaze, 0.5f)),
        Opacity = (0.85f, 1f), Load = (0.5f, 1f),
        ColorJitter = 0.02f, AngleJitter = 8f,
        PaletteSize = 12, PaletteStrength = 0.5f,
        // The ground is quieter than the subject, so its echoes read.
        ChromaBoost = 0.85f, Contrast = 1.05f,
        Relief = 0.7f,
        FocusDetail = 0.7f, FocusTruth = 1f,
    };

    /// <summary>All styles by name.</summary>
    public static IReadOnlyDictionary<string, PaintOptions> All { get; } = new Dictionary<string, PaintOptions>(StringComparer.OrdinalIgnoreCase)
    {
        ["faithful"] = Faithful, ["expressive"] = Expressive, ["impressionist"] = Impressionist, ["knife"] = Knife,
        ["fractured"] = Fractured, ["field"] = Field, ["gesture"] = Gesture, ["echo"] = Echo,
    };

    /// <summary>The style of that name.</summary>
    /// <exception cref="EchoesException">Unknown name; the message lists the known ones.</exception>
    public static PaintOptions Get(string name) => All.TryGetValue(name, out var s) ? s
        : throw new EchoesException(nameof(PaintOptions.Style), $"unknown style \"{name}\" (known: {string.Join(", ", All.Keys)})");
}
