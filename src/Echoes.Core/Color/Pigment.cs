using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using static Echoes.Color.PigmentSpectra;

namespace Echoes.Color;

/// <summary>
/// Paint colour arithmetic in the Kubelka–Munk style (after the method spectral.js documents): a linear RGB colour
/// becomes a smooth reflectance spectrum (the 16 bands of <see cref="PigmentSpectra"/>) built from seven basis curves;
/// pigments mix by averaging their absorption to scattering ratio K/S per band, weighted by concentration and by the
/// square root of each colour's luminance (so a dark pigment does not swallow a light one whole); a transparent glaze
/// filters the spectrum beneath, its transmittance following Beer–Lambert with its thickness. Blue and yellow make
/// green this way, where an RGB average makes grey and an RGB multiply black. A mix keeps most of the lightness an RGB
/// blend would have (a little of the pigment darkening is allowed), so paintings keep their value structure and only
/// the hues mix like paint.
/// </summary>
internal static class Pigment
{
    /// <summary>How much of a mixture's pigment darkening is kept (0: lightness of the RGB blend, 1: pure K/S).</summary>
    public const float Darkening = 0.25f;

    private const float MinReflectance = 1e-4f, MinLuminance = 0.01f;
    private static readonly Spectrum[] B = Rows(Basis, 7);
    private static readonly Spectrum Tr = Row(ToRgb, 0), Tg = Row(ToRgb, 1), Tb = Row(ToRgb, 2);

    /// <summary>The reflectance spectrum of a linear RGB colour (channels clamped to [0, 1]).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Spectrum Reflectance(float r, float g, float b)
    {
        var (w, sec, s2, pri, s1) = Decompose(r, g, b);
        return Spectrum.Flat(w) + s2 * B[sec] + s1 * B[pri];
    }

    // How much of the seven basis curves a linear RGB colour (channels clamped to [0, 1]) is made of: white, then one
    // secondary and one primary (indices into the basis): at most three non-zero terms.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static (float White, int Secondary, float SecondaryShare, int Primary, float PrimaryShare) Decompose(float r, float g, float b)
    {
        r = Math.Clamp(r, 0f, 1f); g = Math.Clamp(g, 0f, 1f); b = Math.Clamp(b, 0f, 1f);
        // White, then the secondary two channels share, then the one primary left.
        float w = MathF.Min(r, MathF.Min(g, b));
        r -= w; g -= w; b -= w;
        // One channel is now 0; the secondary is the pair of the other two, the primary the one left over.
        if (r == 0f) return g > b ? (w, 1, MathF.Min(g, b), 5, g - b) : (w, 1, MathF.Min(g, b), 6, b - g);
        if (g == 0f) return r > b ? (w, 2, MathF.Min(r, b), 4, r - b) : (w, 2, MathF.Min(r, b), 6, b - r);
        return r > g ? (w, 3, MathF.Min(r, g), 4, r - g) : (w, 3, MathF.Min(r, g), 5, g - r);
    }

    /// <summary>The reflectance spectrum of a linear RGB colour.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Spectrum Reflectance(Rgb c) => Reflectance(c.R, c.G, c.B);

    /// <summary>Linear RGB of a reflectance spectrum.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Rgb Color(Spectrum s) => new(s.Dot(Tr), s.Dot(Tg), s.Dot(Tb));

    /// <summary>The weight a colour of luminance <paramref name="luminance"/> brings to a mix at concentration
    /// <paramref name="share"/>.</summary>
    public static float Weight(float share, float luminance) => share * MathF.Sqrt(MathF.Max(luminance, MinLuminance));

    /// <summary>
    /// Paint of colour <paramref name="paint"/> mixed into <paramref name="under"/> at concentration
    /// <paramref name="share"/> (0: all under, 1: all paint), both linear RGB (see <see cref="MixKs"/>).
    /// </summary>
    public static Rgb Mix(Rgb under, Rgb paint, float share)
    {
        var ks = Ks(Reflectance(paint));
        var blend = Decode(Rgb.Lerp(Encode(under), Encode(paint), share));
        return MixKs(under, ks, Weight(share, paint.Luminance), 1f - share, blend);
    }

    /// <summary>
    /// Mixes a paint given by its K/S and weight (<see cref="Weight"/>) into <paramref name="under"/> (linear), whose
    /// concentration is <paramref name="underShare"/>. <paramref name="blend"/> is what the plain RGB blend would give
    /// (linear): the result keeps most of its lightness (<see cref="Darkening"/>), and the pigment character is strongest
    /// for even mixtures and fades for a trace of either paint, where a strong absorber would otherwise swallow the
    /// other (a speck of pure yellow would turn a blue green).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Rgb MixKs(Rgb under, Spectrum paintKs, float paintWeight, float underShare, Rgb blend)
    {
        var u = Ks(Reflectance(under));
        float wu = Weight(underShare, under.Luminance), inv = 1f / (wu + paintWeight);
        var mixed = KeepLightness(Color(FromKs(wu * inv * u + paintWeight * inv * paintKs)), blend.Luminance);
        float character = 4f * underShare * (1f - underShare);
        return Rgb.Lerp(blend, mixed, character);
    }

    /// <summary>A transparent glaze whose colour over white is <paramref name="filter"/>, laid
    /// <paramref name="thickness"/> thick (1: the thickness that shows that colour), over <paramref name="under"/>.</summary>
    public static Rgb Glaze(Rgb under, Rgb filter, float thickness) => Filter(under, Transmittance(filter, thickness));

    /// <summary>The per-band factor of a glaze of colour <paramref name="filter"/> at <paramref name="thickness"/>:
    /// its reflectance over white raised to the thickness (Beer–Lambert).</summary>
    public static Spectrum Transmittance(Rgb filter, float thickness)
    {
        Span<float> bands = stackalloc float[Bands];
        Reflectance(filter).CopyTo(bands);
        for (int i = 0; i < Bands; i++) bands[i] = MathF.Pow(MathF.Max(bands[i], MinReflectance), thickness);
        return Spectrum.From(bands);
    }

    /// <summary><paramref name="under"/> (linear) seen through a glaze of transmittance <paramref name="t"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Rgb Filter(Rgb under, Spectrum t) => Color(Reflectance(under) * t);

    /// <summary>What each basis curve looks like through a glaze of transmittance <paramref name="t"/> (white first, as
    /// <see cref="Decompose"/> numbers them): a colour's spectrum is a sum of basis curves and the filter is linear, so
    /// <see cref="Filter(Rgb, ReadOnlySpan{Rgb})"/> needs no spectrum per pixel.</summary>
    public static void FilterBasis(Spectrum t, Span<Rgb> basis)
    {
        basis[0] = Color(t);
        for (int k = 1; k < 7; k++) basis[k] = Color(B[k] * t);
    }

    /// <summary><paramref name="under"/> (linear) seen through a glaze whose <see cref="FilterBasis"/> is
    /// <paramref name="basis"/>: <see cref="Filter(Rgb, Spectrum)"/> to rounding, for a few multiplications.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Rgb Filter(Rgb under, ReadOnlySpan<Rgb> basis)
    {
        var (w, sec, s2, pri, s1) = Decompose(under.R, under.G, under.B);
        Rgb a = basis[0], b = basis[sec], c = basis[pri];
        return new(w * a.R + s2 * b.R + s1 * c.R, w * a.G + s2 * b.G + s1 * c.G, w * a.B + s2 * b.B + s1 * c.B);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Rgb KeepLightness(Rgb mixed, float blendLuminance)
    {
        float l = mixed.Luminance;
        if (!(l > 1e-6f)) return new(blendLuminance, blendLuminance, blendLuminance);
        // The target lightness is blend^(1 − d) · l^d, so the scale is (blend / l)^(1 − d): with d = ¼, two square
        // roots (a general power costs several times more, per pixel).
        float s = MathF.Sqrt(MathF.Max(blendLuminance, 0f) / l), k = s * MathF.Sqrt(s);
        return new(Math.Clamp(mixed.R * k, 0f, 1f), Math.Clamp(mixed.G * k, 0f, 1f), Math.Clamp(mixed.B * k, 0f, 1f));
    }

    private static Rgb Encode(Rgb c) => new(Srgb.Encode(c.R), Srgb.Encode(c.G), Srgb.Encode(c.B));

    private static Rgb Decode(Rgb c) => new(Srgb.Decode(c.R), Srgb.Decode(c.G), Srgb.Decode(c.B));

    /// <summary>K/S per band of an opaque layer of reflectance <paramref name="r"/>: (1 − R)² / 2R.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Spectrum Ks(Spectrum r) => new(Ks(r.Lo), Ks(r.Hi));

    /// <summary>Reflectance of an opaque layer from its K/S per band.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Spectrum FromKs(Spectrum ks) => new(FromKs(ks.Lo), FromKs(ks.Hi));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<float> Ks(Vector256<float> r)
    {
        r = Vector256.Max(r, Vector256.Create(MinReflectance));
        var a = Vector256<float>.One - r;
        return a * a / (r + r);
    }

    // R = 1 + K/S − √(K/S (K/S + 2)), written as its reciprocal form, which does not cancel when K/S is large.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<float> FromKs(Vector256<float> ks) =>
        Vector256<float>.One / (Vector256<float>.One + ks + Vector256.Sqrt(ks * (ks + Vector256.Create(2f))));

    private static Spectrum[] Rows(float[] table, int rows)
    {
        var v = new Spectrum[rows];
        for (int r = 0; r < rows; r++) v[r] = Row(table, r);
        return v;
    }

    private static Spectrum Row(float[] table, int row) => Spectrum.From(table.AsSpan(row * Bands, Bands));
}
