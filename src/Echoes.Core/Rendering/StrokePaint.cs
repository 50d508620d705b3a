using Echoes.Brushes;
using Echoes.Color;
using Echoes.Strokes;

namespace Echoes.Rendering;

/// <summary>How a stroke's paint meets what is beneath it.</summary>
internal enum PaintLayering
{
    /// <summary>Opaque paint covers: a plain blend by coverage (the fast path).</summary>
    Covers,

    /// <summary>Thin paint (opacity under 0.8, a dry brush's too; its broken coverage stays a plain blend) mixes into the paint beneath like pigment
    /// (<see cref="Pigment.MixKs"/>).</summary>
    Mixes,

    /// <summary>A transparent glaze filters the colours beneath (<see cref="Pigment.FilterBasis"/>).</summary>
    Filters,
}

/// <summary>
/// One stroke's paint, prepared once per stroke for <see cref="BandSink"/>: its layering, its colour along its length
/// (the colour it picked up, <see cref="WetPickup"/>) sRGB-encoded, and the spectral constants its mixing or glazing
/// needs, so the per-pixel work is small. Reused from stroke to stroke without allocating.
/// </summary>
internal sealed class StrokePaint
{
    /// <summary>Samples of the colour along the stroke; one when it picked nothing up.</summary>
    public int Count;

    /// <summary>Stride of a channel in <see cref="Encoded"/> and <see cref="Step"/>.</summary>
    public const int Stride = WetPickup.Samples;

    /// <summary>Encoded colour per sample, evenly spaced from the start (u = 0) to the end (u = 1), by channel: the
    /// samples' R, then G, then B, each <see cref="Stride"/> long, so eight pixels can look their sample up in one
    /// vector.</summary>
    public readonly float[] Encoded = new float[Stride * 3];

    /// <summary>Clumps of bristles across the brush (<see cref="Streak"/>).</summary>
    public const int Clumps = 6;

    /// <summary>The stroke's own paint, encoded (R, G, B).</summary>
    public readonly float[] Own = new float[3];

    /// <summary>How much of the picked-up paint each clump of bristles carries, relative to the mean (0.2–1.8), at
    /// <see cref="Clumps"/> + 1 points across the brush.</summary>
    public readonly float[] Streak = new float[Clumps + 1];

    /// <summary>Encoded change from each sample to the next, by channel as <see cref="Encoded"/>.</summary>
    public readonly float[] Step = new float[Stride * 3];

    /// <summary>Paint K/S per sample (<see cref="PaintLayering.Mixes"/>).</summary>
    public readonly Spectrum[] Ks = new Spectrum[WetPickup.Samples];

    /// <summary>Weight in a mix per sample (<see cref="Pigment.Weight"/>; <see cref="PaintLayering.Mixes"/>).</summary>
    public readonly float[] Weight = new float[WetPickup.Samples];

    /// <summary>How the paint meets what is beneath.</summary>
    public PaintLayering Layering;

    /// <summary>Concentration of the paint in a mix, and of what was beneath (1 − share).</summary>
    public float Share, UnderShare;

    /// <summary>1 / opacity: turns the rasterizer's coverage back into edge × texture coverage, which stays linear.</summary>
    public float InverseOpacity;

    /// <summary>The glaze's basis colours (<see cref="Pigment.FilterBasis"/>; <see cref="PaintLayering.Filters"/>).</summary>
    public readonly Rgb[] Glaze = new Rgb[7];

    // Films at least this dense cover: nearly opaque paint mixes almost as a plain blend, for a fraction of the work.
    private const float CoveringFilm = 0.8f;

    /// <summary>Prepares the paint of <paramref name="s"/>, whose colour along its length is <paramref name="trail"/>
    /// (linear; empty for its own colour throughout).</summary>
    public void Set(Stroke s, ReadOnlySpan<Rgb> trail)
    {
        var profile = Brush.Of(s.Brush).Profile;
        Span<Rgb> colours = stackalloc Rgb[WetPickup.Samples];
        Count = Along(s, trail, colours);
        var own = Renderer.Encode(s.Color);
        (Own[0], Own[1], Own[2]) = (own.R, own.G, own.B);
        Clump(s.Seed);
        for (int i = 0; i < Count; i++)
        {
            var c = Renderer.Encode(colours[i]);
            (Encoded[i], Encoded[Stride + i], Encoded[2 * Stride + i]) = (c.R, c.G, c.B);
        }
        for (int i = 0; i + 1 < Count; i++)
            for (int c = 0; c < 3; c++) Step[c * Stride + i] = Encoded[c * Stride + i + 1] - Encoded[c * Stride + i];
        InverseOpacity = 1f / MathF.Max(s.Opacity, 1e-6f);
        float film = s.Opacity;
        Layering = profile.Multiply ? PaintLayering.Filters : film < CoveringFilm ? PaintLayering.Mixes : PaintLayering.Covers;
        if (Layering == PaintLayering.Filters) Pigment.FilterBasis(Pigment.Transmittance(s.Color.Clamped(), s.Opacity), Glaze);
        if (Layering != PaintLayering.Mixes) return;
        (Share, UnderShare) = (film, 1f - film);
        for (int i = 0; i < Count; i++)
        {
            var c = colours[i].Clamped();
            Ks[i] = Pigment.Ks(Pigment.Reflectance(c));
            Weight[i] = Pigment.Weight(film, c.Luminance);
        }
    }

    // The stroke's colours along its length into `colours`; returns how many. A trail that stays within a level of
    // 8-bit colour of the stroke's own paint is no pickup at all, and composites on the fast path.
    private static int Along(Stroke s, ReadOnlySpan<Rgb> trail, Span<Rgb> colours)
    {
        colours[0] = s.Color;
        if (trail.IsEmpty) return 1;
        var own = Renderer.Encode(s.Color);
        float most = 0;
        foreach (var c in trail)
        {
            var e = Renderer.Encode(c);
            most = MathF.Max(most, MathF.Max(MathF.Abs(e.R - own.R), MathF.Max(MathF.Abs(e.G - own.G), MathF.Abs(e.B - own.B))));
        }
        if (most < 1f / 255f) return 1;
        trail.CopyTo(colours);
        return trail.Length;
    }

    // Bristles carry unequal loads of what they picked up: a few clumps across the brush, the same at any size.
    private void Clump(uint seed)
    {
        for (int i = 0; i <= Clumps; i++) Streak[i] = 0.2f + 1.6f * Noise.Unit(seed ^ 0x7F4A7C15u, i);
    }

    /// <summary>The paint to mix at <paramref name="u"/> along the stroke (<see cref="PaintLayering.Mixes"/>): its encoded
    /// colour, K/S and weight, each interpolated between the samples around it.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public (Rgb Encoded, Spectrum Ks, float Weight) MixAt(float u)
    {
        var (k, f) = At(u);
        int k2 = Count == 1 ? k : k + 1;
        float[] e = Encoded;
        const int g = Stride, b = 2 * Stride;
        var colour = new Rgb(e[k] + f * (e[k2] - e[k]), e[g + k] + f * (e[g + k2] - e[g + k]), e[b + k] + f * (e[b + k2] - e[b + k]));
        return (colour, Ks[k] + f * (Ks[k2] - Ks[k]), Weight[k] + f * (Weight[k2] - Weight[k]));
    }

    /// <summary>The sample interval of <paramref name="u"/>: the lower sample and the fraction towards the next.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public (int Index, float Fraction) At(float u)
    {
        if (Count == 1) return (0, 0f);
        float f = Math.Clamp(u, 0f, 1f) * (Count - 1);
        int i = Math.Min((int)f, Count - 2);
        return (i, f - i);
    }
}
