using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;
using Echoes.Color;

namespace Echoes.Rendering;

/// <summary>
/// A glaze composited eight pixels at a time (<see cref="BandSink"/>'s filtering paint): the colours beneath are read
/// out of the interleaved row (<see cref="PixelLanes"/>), decoded, filtered through the glaze's seven basis colours
/// (<see cref="Pigment.FilterBasis"/>, each channel's seven in one vector, looked up by permutes) and blended back, with
/// the arithmetic of the one-pixel form in its order, so both leave the same bits.
/// </summary>
internal static class GlazeLanes
{
    /// <summary>Filters the whole groups of eight pixels of the span; returns how many pixels it did (0 without AVX2).</summary>
    public static int Filter(Span<float> col, ReadOnlySpan<float> coverage, StrokePaint p)
    {
        if (!Avx2.IsSupported) return 0;
        var glaze = p.Glaze;
        Vector256<float> br = Channel(glaze, 0), bg = Channel(glaze, 1), bb = Channel(glaze, 2);
        var inverse = Vector256.Create(p.InverseOpacity);
        int i = 0;
        for (; i + 8 <= coverage.Length; i += 8)
        {
            var a = Vector256.Create(coverage[i..]) * inverse;
            // Eight uncovered pixels blend by 0 and keep their colours: nothing to filter.
            if (Vector256.GreaterThan(a, Vector256<float>.Zero).ExtractMostSignificantBits() == 0) continue;
            var (ur, ug, ub) = PixelLanes.Split(col[(3 * i)..]);
            var (w, sec, s2, pri, s1) = Decompose(Srgb.DecodeLanes(ur), Srgb.DecodeLanes(ug), Srgb.DecodeLanes(ub));
            PixelLanes.Blend(col[(3 * i)..], a, Srgb.EncodeLanes(Through(br, w, sec, s2, pri, s1)),
                Srgb.EncodeLanes(Through(bg, w, sec, s2, pri, s1)), Srgb.EncodeLanes(Through(bb, w, sec, s2, pri, s1)));
        }
        return i;
    }

    // One channel of the seven basis colours in lanes 0–6.
    private static Vector256<float> Channel(Rgb[] basis, int c)
    {
        Span<float> v = stackalloc float[8];
        for (int k = 0; k < 7; k++) v[k] = c == 0 ? basis[k].R : c == 1 ? basis[k].G : basis[k].B;
        return Vector256.Create<float>(v);
    }

    // Pigment.Decompose in lanes: white, then a secondary and a primary basis index with their shares.
    private static (Vector256<float> W, Vector256<int> Sec, Vector256<float> S2, Vector256<int> Pri, Vector256<float> S1) Decompose(
        Vector256<float> r, Vector256<float> g, Vector256<float> b)
    {
        var zero = Vector256<float>.Zero;
        var one = Vector256<float>.One;
        r = Vector256.MinNative(Vector256.MaxNative(r, zero), one);
        g = Vector256.MinNative(Vector256.MaxNative(g, zero), one);
        b = Vector256.MinNative(Vector256.MaxNative(b, zero), one);
        var w = Vector256.MinNative(r, Vector256.MinNative(g, b));
        r -= w; g -= w; b -= w;
        // r is 0: the pair g, b against each other; else g is 0: r, b; else (b is 0): r, g.
        var rz = Vector256.Equals(r, zero);
        var gz = Vector256.AndNot(Vector256.Equals(g, zero), rz);
        var x = Vector256.ConditionalSelect(rz, g, r);
        var y = Vector256.ConditionalSelect(rz | gz, b, g);
        var sec = Vector256.ConditionalSelect(rz.AsInt32(), Vector256.Create(1), Vector256.ConditionalSelect(gz.AsInt32(), Vector256.Create(2),
            Vector256.Create(3)));
        // The primary: x's own (r: 4, g: 5) when x is larger, else y's (b: 6; g: 5 when the pair is r, g).
        var xPrimary = Vector256.ConditionalSelect(rz.AsInt32(), Vector256.Create(5), Vector256.Create(4));
        var yPrimary = Vector256.ConditionalSelect((rz | gz).AsInt32(), Vector256.Create(6), Vector256.Create(5));
        var pri = Vector256.ConditionalSelect(Vector256.GreaterThan(x, y).AsInt32(), xPrimary, yPrimary);
        return (w, sec, Vector256.MinNative(x, y), pri, Vector256.Abs(x - y));
    }

    // One channel of the filtered colour: w·white + s2·secondary + s1·primary, in Pigment.Filter's order.
    private static Vector256<float> Through(Vector256<float> basis, Vector256<float> w, Vector256<int> sec, Vector256<float> s2,
        Vector256<int> pri, Vector256<float> s1) =>
        w * Avx2.PermuteVar8x32(basis, Vector256<int>.Zero) + s2 * Avx2.PermuteVar8x32(basis, sec) + s1 * Avx2.PermuteVar8x32(basis, pri);
}
