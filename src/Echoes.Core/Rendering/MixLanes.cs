using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;
using Echoes.Color;

namespace Echoes.Rendering;

/// <summary>
/// Thin paint mixed in eight pixels at a time (<see cref="BandSink"/>'s mixing paint): the colours beneath and the plain
/// blends are read out of the row and decoded in lanes, each covered pixel's pigment mix
/// (<see cref="Pigment.MixKs"/>, already a vector over its 16 bands) is worked out on its own, and the results are
/// encoded and blended back in lanes. The arithmetic of the one-pixel form in its order, so both leave the same bits.
/// </summary>
internal static class MixLanes
{
    /// <summary>Mixes the whole groups of eight pixels of the span; returns how many pixels it did (0 without AVX2).
    /// <paramref name="paint"/>, <paramref name="ks"/> and <paramref name="weight"/>: the paint everywhere on a stroke
    /// that picked nothing up (<see cref="StrokePaint.MixAt"/>).</summary>
    public static int Mix(Span<float> col, ReadOnlySpan<float> coverage, ReadOnlySpan<float> along, StrokePaint p, Rgb paint,
        Spectrum ks, float weight)
    {
        if (!Avx2.IsSupported) return 0;
        bool picked = p.Count > 1;
        Vector256<float> share = Vector256.Create(p.Share), inverse = Vector256.Create(p.InverseOpacity);
        Vector256<float> pr = Vector256.Create(paint.R), pg = Vector256.Create(paint.G), pb = Vector256.Create(paint.B);
        // Per lane: what is beneath and the plain blend (R, G, B each), then the mix; paint, K/S and weight along the stroke.
        Span<float> under = stackalloc float[24], blend = stackalloc float[24], mixed = stackalloc float[24];
        Span<float> paints = stackalloc float[24], weights = stackalloc float[8];
        Span<Spectrum> kss = stackalloc Spectrum[8];
        int i = 0;
        for (; i + 8 <= coverage.Length; i += 8)
        {
            var a = Vector256.Create(coverage[i..]) * inverse;
            uint covered = Vector256.GreaterThan(a, Vector256<float>.Zero).ExtractMostSignificantBits();
            if (covered == 0) continue;
            if (picked)
            {
                for (int k = 0; k < 8; k++)
                {
                    // An uncovered lane's paint is never used (it keeps what is beneath); 0 keeps its blend finite.
                    if ((covered & (1u << k)) == 0) { (paints[k], paints[8 + k], paints[16 + k]) = (0f, 0f, 0f); continue; }
                    Rgb c;
                    (c, kss[k], weights[k]) = p.MixAt(along[i + k]);
                    (paints[k], paints[8 + k], paints[16 + k]) = (c.R, c.G, c.B);
                }
                (pr, pg, pb) = (Vector256.Create<float>(paints), Vector256.Create<float>(paints[8..]), Vector256.Create<float>(paints[16..]));
            }
            var (cr, cg, cb) = PixelLanes.Split(col[(3 * i)..]);
            Srgb.DecodeLanes(cr).CopyTo(under); Srgb.DecodeLanes(cg).CopyTo(under[8..]); Srgb.DecodeLanes(cb).CopyTo(under[16..]);
            Srgb.DecodeLanes(cr + share * (pr - cr)).CopyTo(blend);
            Srgb.DecodeLanes(cg + share * (pg - cg)).CopyTo(blend[8..]);
            Srgb.DecodeLanes(cb + share * (pb - cb)).CopyTo(blend[16..]);
            for (int k = 0; k < 8; k++)
            {
                // An uncovered pixel blends by 0 and keeps its colour whatever is put; what is beneath will do.
                var m = (covered & (1u << k)) == 0 ? new Rgb(under[k], under[8 + k], under[16 + k])
                    : Pigment.MixKs(new Rgb(under[k], under[8 + k], under[16 + k]), picked ? kss[k] : ks, picked ? weights[k] : weight,
                        p.UnderShare, new Rgb(blend[k], blend[8 + k], blend[16 + k]));
                (mixed[k], mixed[8 + k], mixed[16 + k]) = (m.R, m.G, m.B);
            }
            PixelLanes.Blend(col[(3 * i)..], a, Srgb.EncodeLanes(Vector256.Create<float>(mixed)),
                Srgb.EncodeLanes(Vector256.Create<float>(mixed[8..])), Srgb.EncodeLanes(Vector256.Create<float>(mixed[16..])));
        }
        return i;
    }
}
