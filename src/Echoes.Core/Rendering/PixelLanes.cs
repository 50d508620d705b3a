using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace Echoes.Rendering;

/// <summary>
/// Eight pixels of a band row at a time: their interleaved R, G, B floats (three vectors) split into one vector per
/// channel and put back, and paint blended in by coverage. The span loops of <see cref="BandSink"/> share these; each
/// does per lane the arithmetic of its one-pixel form, so the bits do not depend on the path. AVX2 only.
/// </summary>
internal static class PixelLanes
{
    // The pixel (0–7) of each interleaved float in the first, second and third vector of eight pixels.
    private static readonly Vector256<int> Pixel0 = Vector256.Create(0, 0, 0, 1, 1, 1, 2, 2), Pixel1 = Vector256.Create(2, 3, 3, 3, 4, 4, 4, 5),
        Pixel2 = Vector256.Create(5, 5, 6, 6, 6, 7, 7, 7);

    // Which channel each of eight interleaved floats is, for the three vectors that hold eight pixels.
    private static readonly Vector256<int> Channel0 = Vector256.Create(0, 1, 2, 0, 1, 2, 0, 1), Channel1 = Vector256.Create(2, 0, 1, 2, 0, 1, 2, 0),
        Channel2 = Vector256.Create(1, 2, 0, 1, 2, 0, 1, 2);

    // For eight pixels' channel c: the lane to read in each of the three vectors, and which vector holds it (float
    // 3p + c is lane (3p + c) mod 8 of vector (3p + c) div 8).
    private static readonly Vector256<int>[] Lane =
        [Vector256.Create(0, 3, 6, 1, 4, 7, 2, 5), Vector256.Create(1, 4, 7, 2, 5, 0, 3, 6), Vector256.Create(2, 5, 0, 3, 6, 1, 4, 7)];

    private static readonly Vector256<int>[] Source =
        [Vector256.Create(0, 0, 0, 1, 1, 1, 2, 2), Vector256.Create(0, 0, 0, 1, 1, 2, 2, 2), Vector256.Create(0, 0, 1, 1, 1, 2, 2, 2)];

    // Source as select masks: the lanes channel c takes from the first vector, and from the second.
    private static readonly Vector256<float>[] FromFirst = [.. Source.Select(s => Vector256.Equals(s, Vector256<int>.Zero).AsSingle())],
        FromSecond = [.. Source.Select(s => Vector256.Equals(s, Vector256<int>.One).AsSingle())];

    /// <summary>The R, G and B of the eight pixels whose 24 floats start <paramref name="col"/>.</summary>
    public static (Vector256<float> R, Vector256<float> G, Vector256<float> B) Split(ReadOnlySpan<float> col)
    {
        ref float at = ref Whole(col);
        var c0 = Vector256.LoadUnsafe(ref at);
        var c1 = Vector256.LoadUnsafe(ref at, 8);
        var c2 = Vector256.LoadUnsafe(ref at, 16);
        return (Channel(c0, c1, c2, 0), Channel(c0, c1, c2, 1), Channel(c0, c1, c2, 2));
    }

    /// <summary>Blends paint (<paramref name="r"/>, <paramref name="g"/>, <paramref name="b"/>) into the eight pixels
    /// that start <paramref name="col"/> by coverage <paramref name="a"/>: c + a·(paint − c), per channel.</summary>
    public static void Blend(Span<float> col, Vector256<float> a, Vector256<float> r, Vector256<float> g, Vector256<float> b) =>
        BlendInterleaved(col, a, Interleave(r, g, b, Pixel0, Channel0), Interleave(r, g, b, Pixel1, Channel1), Interleave(r, g, b, Pixel2, Channel2));

    /// <summary>Blends paint already interleaved as the row is (<paramref name="p0"/>–<paramref name="p2"/>: the first,
    /// second and third eight floats) into the eight pixels that start <paramref name="col"/> by coverage
    /// <paramref name="a"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void BlendInterleaved(Span<float> col, Vector256<float> a, Vector256<float> p0, Vector256<float> p1, Vector256<float> p2)
    {
        ref float at = ref Whole(col);
        Blend(ref at, Avx2.PermuteVar8x32(a, Pixel0), p0);
        Blend(ref Unsafe.Add(ref at, 8), Avx2.PermuteVar8x32(a, Pixel1), p1);
        Blend(ref Unsafe.Add(ref at, 16), Avx2.PermuteVar8x32(a, Pixel2), p2);
    }

    // c + a·(paint − c) over the eight interleaved floats from at.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Blend(ref float at, Vector256<float> a, Vector256<float> paint)
    {
        var c = Vector256.LoadUnsafe(ref at);
        (c + a * (paint - c)).StoreUnsafe(ref at);
    }

    // The start of eight pixels' 24 floats, checked once: the loads and stores after it run unchecked (a check per
    // vector cost as much as the blend).
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ref float Whole(ReadOnlySpan<float> col)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(col.Length, 24);
        return ref MemoryMarshal.GetReference(col);
    }

    // Channel c of eight interleaved pixels.
    private static Vector256<float> Channel(Vector256<float> c0, Vector256<float> c1, Vector256<float> c2, int c)
    {
        var lane = Lane[c];
        return Vector256.ConditionalSelect(FromFirst[c], Avx2.PermuteVar8x32(c0, lane),
            Vector256.ConditionalSelect(FromSecond[c], Avx2.PermuteVar8x32(c1, lane), Avx2.PermuteVar8x32(c2, lane)));
    }

    // Eight interleaved floats from per-channel vectors: each slot takes its pixel's value of its channel.
    private static Vector256<float> Interleave(Vector256<float> r, Vector256<float> g, Vector256<float> b, Vector256<int> pixel,
        Vector256<int> channel)
    {
        var red = Vector256.Equals(channel, Vector256<int>.Zero).AsSingle();
        var green = Vector256.Equals(channel, Vector256<int>.One).AsSingle();
        return Vector256.ConditionalSelect(red, Avx2.PermuteVar8x32(r, pixel),
            Vector256.ConditionalSelect(green, Avx2.PermuteVar8x32(g, pixel), Avx2.PermuteVar8x32(b, pixel)));
    }
}
