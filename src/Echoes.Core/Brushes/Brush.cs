using Echoes.Strokes;

namespace Echoes.Brushes;

/// <summary>
/// One kind of brush mark: its footprint (how paint lies along the spine), its texture and relief (per pixel, in
/// stroke coordinates), and how a painter and the brush sampler use it. The SVG form follows from the footprint: the
/// capsules laid along the spine are outlined as one path, the discs beside them are circles. Each kind is one sealed
/// class, registered in <see cref="All"/> at the index of its <see cref="BrushKind"/>; adding a brush is a new class
/// plus its line there and in <see cref="BrushKind"/>.
/// </summary>
public abstract class Brush
{
    private protected Brush(BrushKind kind, BrushProfile profile) => (Kind, Profile) = (kind, profile);

    /// <summary>Every brush, in the order of <see cref="BrushKind"/>.</summary>
    public static IReadOnlyList<Brush> All { get; } =
    [
        new RoundBrush(), new FlatBrush(), new KnifeBrush(), new DryBrush(), new GlazeBrush(), new SplatterBrush(), new DripBrush(),
    ];

    /// <summary>The brush of a kind.</summary>
    public static Brush Of(BrushKind kind) => All[(int)kind];

    /// <summary>The kind this brush paints.</summary>
    public BrushKind Kind { get; }

    /// <summary>The name plans and labels use (<c>round</c>, <c>dry-brush</c>, …).</summary>
    public string Name => BrushNames.Of(Kind);

    /// <summary>Caps, tapering, bristle density, relief and compositing.</summary>
    public BrushProfile Profile { get; }

    /// <summary>Whether paint follows the spine at the stroke's width; false when the spine is only a path (thrown paint),
    /// so it is flattened as a thin line.</summary>
    internal virtual bool LaysSpine => true;

    /// <summary>Lays the footprint of <paramref name="s"/>, whose half width is <paramref name="halfWidth"/> pixels.</summary>
    internal virtual void Lay(IFootprint footprint, Stroke s, float halfWidth) => footprint.AddSpine();

    /// <summary>The length, in widths, of a dab: the mark of a spine too short to lay the brush's own (a point, a touch),
    /// about a round touch of the brush's width once its ends are frayed.</summary>
    internal virtual float DabLength => 1f;

    /// <summary>How far, in logical units, paint can reach beyond the spine's bounds vertically.</summary>
    internal virtual float Overhang(Stroke s) => s.Width * 0.5f;

    /// <summary>The noise tables a stroke samples: cycles across the width and along the length, with their seeds.</summary>
    internal virtual (float Across, uint AcrossSeed, float Along, uint AlongSeed) NoiseCycles(in BrushTexture.Params p) =>
        (p.Bristles, p.Seed, 0f, 0u);

    /// <summary>Hands this brush's texture type to <paramref name="user"/>, so per-pixel code is specialised per kind (one
    /// call per stroke, none per pixel).</summary>
    internal abstract void WithTexture<TUser>(ref TUser user) where TUser : struct, ITextureUser;

    /// <summary>Steps a traced stroke of the layered pass may take, given the style's <paramref name="steps"/>.</summary>
    internal virtual int TraceSteps(int steps) => steps;

    /// <summary>The spine a traced stroke is painted along, from the points the layered pass traced.</summary>
    internal virtual List<Point2> TracedSpine(List<Point2> traced, float radius, Random rng) => traced;

    /// <summary>Width of a traced stroke relative to the tracing brush's diameter.</summary>
    internal virtual float TracedWidth => 1f;

    /// <summary>The brush sampler's stroke of this kind, from a curved sample stroke starting at <paramref name="x"/>
    /// (centred on <paramref name="cy"/>, <paramref name="length"/> long).</summary>
    internal virtual Stroke Specimen(Stroke sample, float x, float cy, float length) => sample;
}
