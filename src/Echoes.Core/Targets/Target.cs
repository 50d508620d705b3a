using Echoes.Color;
using Echoes.Imaging;

namespace Echoes.Targets;

/// <summary>
/// What the painter paints toward: the reference at working size, in the perceptual (sRGB-encoded) space where the
/// painter measures error, with guidance fields computed once and shared by every pass: the stroke direction
/// (perpendicular to the smoothed structure tensor's dominant gradient), its coherence, edge strength and importance.
/// </summary>
public sealed class Target
{
    private Target(Picture reference, Picture source, Target? fieldsFrom = null)
    {
        Reference = reference;
        Source = source;
        Width = reference.Width;
        Height = reference.Height;
        int n = Width * Height;
        Encoded = Encode(reference);
        if (fieldsFrom is not null)
        {
            (DirX, DirY, Coherence) = (fieldsFrom.DirX, fieldsFrom.DirY, fieldsFrom.Coherence);
            (Edge, Importance) = (fieldsFrom.Edge, fieldsFrom.Importance);
            return;
        }
        DirX = new float[n]; DirY = new float[n]; Coherence = new float[n]; Edge = new float[n]; Importance = new float[n];
        OrientationField.Compute(this);
    }

    /// <summary>The same target with another reference of the same size; the guidance fields are kept (they describe
    /// the photo's structure, not its colour).</summary>
    internal Target WithReference(Picture reference) => new(reference, Source, this) { Guide = Guide, FocusMap = FocusMap };

    /// <summary>Where the subject is, 0–1 per working pixel (<see cref="FocusField"/>); null where the painter is told of none.</summary>
    internal float[]? FocusMap { get; private init; }

    /// <summary>The same target knowing where its subject is, as <paramref name="focus"/> asks. A target that already
    /// knows (a composed scene knows where its people are, <see cref="WithSubject"/>) keeps its own unless a spot or no
    /// focus is asked for.</summary>
    internal Target WithFocus(Focus focus) => FocusMap is not null && focus.Kind == FocusKind.Auto ? this
        : new Target(this, DirX, DirY, Coherence, Importance) { Guide = Guide, FocusMap = FocusField.Compute(this, focus) };

    /// <summary>The same target with its subject given, 0–1 per working pixel (a scene's people and the light around
    /// them), instead of found.</summary>
    internal Target WithSubject(float[] focus) => focus.Length != Width * Height
        ? throw new ArgumentException("the focus field must have one value per working pixel", nameof(focus))
        : new Target(this, DirX, DirY, Coherence, Importance) { Guide = Guide, FocusMap = focus };

    /// <summary>The focus at working pixel <paramref name="q"/>: 0 where there is no focus field.</summary>
    internal float FocusAt(int q) => FocusMap is { } f ? f[q] : 0f;

    /// <summary>Where the target asks the painter for particular brushwork (a composed scene's sky, water and land);
    /// null for photographs.</summary>
    internal PaintGuide? Guide { get; private init; }

    /// <summary>
    /// The same target knowing its regions: sky and water strokes run level, and the painter is guided by them
    /// (<see cref="PaintGuide.FromRegions"/>).
    /// </summary>
    internal Target WithRegions(RegionMasks regions)
    {
        var (dirX, dirY) = ((float[])DirX.Clone(), (float[])DirY.Clone());
        var coh = (float[])Coherence.Clone();
        for (int i = 0; i < dirX.Length; i++)
            if (regions.Sky[i] + regions.Water[i] > 0.5f) { dirX[i] = 1f; dirY[i] = 0f; coh[i] = 1f; }
        return new Target(this, dirX, dirY, coh, Importance) { Guide = PaintGuide.FromRegions(regions, Width, Height), FocusMap = FocusMap };
    }

    /// <summary>The same target with another stroke field (a mood's rhythm); everything else is kept.</summary>
    internal Target WithField(float[] dirX, float[] dirY, float[] coherence) =>
        new(this, dirX, dirY, coherence, Importance) { Guide = Guide, FocusMap = FocusMap };

    // Shares the reference and its encoding; only the guidance fields are new.
    private Target(Target t, float[] dirX, float[] dirY, float[] coherence, float[] importance)
    {
        Reference = t.Reference; Source = t.Source; Width = t.Width; Height = t.Height; Encoded = t.Encoded;
        DirX = dirX; DirY = dirY; Coherence = coherence; Edge = t.Edge; Importance = importance;
    }

    // The reference in sRGB-encoded floats; each value on its own (a power each), so rows go in bands on every core.
    private static float[] Encode(Picture reference)
    {
        int stride = reference.Width * 3;
        var encoded = new float[stride * reference.Height];
        var pixels = reference.Pixels;
        Parallel.For(0, reference.Height, y =>
        {
            for (int i = y * stride; i < (y + 1) * stride; i++) encoded[i] = Srgb.FromLinear(Math.Clamp(pixels[i], 0f, 1f));
        });
        return encoded;
    }

    /// <summary>The reference at working size, linear RGB.</summary>
    public Picture Reference { get; }

    /// <summary>The source as given (before reduction to working size); its aspect sets the plan's.</summary>
    public Picture Source { get; }

    /// <summary>Working width in pixels.</summary>
    public int Width { get; }

    /// <summary>Working height in pixels.</summary>
    public int Height { get; }

    /// <summary>The reference in sRGB-encoded floats, three per pixel: the space errors are measured in.</summary>
    internal float[] Encoded { get; }

    /// <summary>A fresh array of the encoded reference's luma (Rec. 601 weights), one per pixel.</summary>
    internal float[] EncodedLuma()
    {
        var enc = Encoded;
        var lum = new float[Width * Height];
        for (int i = 0; i < lum.Length; i++) lum[i] = 0.299f * enc[i * 3] + 0.587f * enc[i * 3 + 1] + 0.114f * enc[i * 3 + 2];
        return lum;
    }

    /// <summary>Unit stroke direction per pixel (x component): along edges, across the gradient.</summary>
    internal float[] DirX { get; }

    /// <summary>Unit stroke direction per pixel (y component).</summary>
    internal float[] DirY { get; }

    /// <summary>How clearly oriented the neighbourhood is, 0 (isotropic) to 1 (a clean edge or stripe).</summary>
    internal float[] Coherence { get; }

    /// <summary>Edge strength, 0–1.</summary>
    internal float[] Edge { get; }

    /// <summary>Where detail matters, 0–1 (edges and local contrast); small strokes go here.</summary>
    internal float[] Importance { get; }

    /// <summary>Builds a target from a picture, reduced (area-averaged) to <paramref name="workingLongSide"/>.</summary>
    public static Target FromPicture(Picture picture, int workingLongSide = 512)
    {
        if (workingLongSide < 8) throw new ArgumentOutOfRangeException(nameof(workingLongSide));
        var reference = picture.FitWithin(workingLongSide);
        // Tiny sources (down to 1×1) are enlarged so every pass has room to work.
        if (Math.Max(reference.Width, reference.Height) < 32)
        {
            double k = 32.0 / Math.Max(reference.Width, reference.Height);
            reference = reference.Resize(Math.Max(1, (int)Math.Round(reference.Width * k)), Math.Max(1, (int)Math.Round(reference.Height * k)));
        }
        return new Target(reference == picture ? picture.Clone() : reference, picture);
    }
}
