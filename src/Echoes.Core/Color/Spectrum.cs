using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace Echoes.Color;

/// <summary>A reflectance (or K/S) spectrum in the 16 bands of <see cref="PigmentSpectra"/>, as two 8-lane vectors.</summary>
/// <param name="Lo">Bands 0–7 (400–540 nm).</param>
/// <param name="Hi">Bands 8–15 (560–700 nm).</param>
internal readonly record struct Spectrum(Vector256<float> Lo, Vector256<float> Hi)
{
    /// <summary>The first 16 values of <paramref name="bands"/> as a spectrum.</summary>
    public static Spectrum From(ReadOnlySpan<float> bands) => new(Vector256.Create<float>(bands[..8]), Vector256.Create<float>(bands[8..16]));

    /// <summary>The same value in every band.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Spectrum Flat(float v) => new(Vector256.Create(v), Vector256.Create(v));

    /// <summary>Band-wise sum.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Spectrum operator +(Spectrum a, Spectrum b) => new(a.Lo + b.Lo, a.Hi + b.Hi);

    /// <summary>Band-wise difference.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Spectrum operator -(Spectrum a, Spectrum b) => new(a.Lo - b.Lo, a.Hi - b.Hi);

    /// <summary>Band-wise product.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Spectrum operator *(Spectrum a, Spectrum b) => new(a.Lo * b.Lo, a.Hi * b.Hi);

    /// <summary>Every band scaled.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Spectrum operator *(float k, Spectrum a) => new(k * a.Lo, k * a.Hi);

    /// <summary>Σ a·b over the bands.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public float Dot(Spectrum b) => Vector256.Sum(Lo * b.Lo + Hi * b.Hi);

    /// <summary>The bands as a span-friendly copy.</summary>
    public void CopyTo(Span<float> bands)
    {
        Lo.CopyTo(bands);
        Hi.CopyTo(bands[8..]);
    }
}
