using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace Echoes.Color;

/// <summary>
/// Reads a float table at eight indices at once; the lowest stage holds it because the colour lookups (sRGB) and the
/// brush textures above it both interpolate tables in lanes.
/// </summary>
internal static class TableLanes
{
    /// <summary>t[i] and t[i + 1] in each lane.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static unsafe (Vector256<float> A, Vector256<float> B) Gather(float[] t, Vector256<int> i)
    {
        if (Avx2.IsSupported)
        {
            fixed (float* p = t) return (Avx2.GatherVector256(p, i, 4), Avx2.GatherVector256(p + 1, i, 4));
        }
        Span<float> a = stackalloc float[8], b = stackalloc float[8];
        for (int k = 0; k < 8; k++) (a[k], b[k]) = (t[i[k]], t[i[k] + 1]);
        return (Vector256.Create<float>(a), Vector256.Create<float>(b));
    }

    /// <summary>As <see cref="Interpolate"/>, for a table with room for at least <see cref="Held"/> floats (its samples
    /// first): where AVX-512 allows, the samples are picked from registers by permutes instead of gathered lane by lane.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<float> InterpolateHeld(float[] t, Vector256<float> f, int last)
    {
        // A table without the room falls back too: the permutes read Held floats unchecked.
        if (!Avx512F.IsSupported || t.Length < Held) return Interpolate(t, f, last);
        var i = Vector256.MinNative(Vector256.ConvertToInt32Native(f), Vector256.Create(last - 1));
        var (a, b) = Pick(t, i, last);
        return a + (f - Vector256.ConvertToSingle(i)) * (b - a);
    }

    /// <summary>How many floats a table read by <see cref="InterpolateHeld"/> must have room for: four 512-bit registers.</summary>
    public const int Held = 64;

    // t[i] and t[i + 1] in each lane. A gather loads each lane on its own (16 loads for the pair), a two-register permute
    // picks eight from 32 floats at once: a table of up to 64 samples is read whole from four registers; from a longer
    // one, eight neighbouring pixels mostly read within a few samples of each other, so a window of 32 centred between
    // the first and last lanes' samples serves them (centred on the first, 31 % of `bench raster`'s reads missed it; so,
    // 2 %), and the gather the eight that stray farther.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static (Vector256<float> A, Vector256<float> B) Pick(float[] t, Vector256<int> i, int last)
    {
        ref float t0 = ref MemoryMarshal.GetArrayDataReference(t);
        if (last < 32) return Pair(ref t0, i);
        if (last < Held)
        {
            // The permute reads an index modulo 32: indices from 32 on take the upper two registers' pick.
            var (a, b) = Pair(ref t0, i);
            var (upperA, upperB) = Pair(ref Unsafe.Add(ref t0, 32), i);
            var high = Vector256.Create(31);
            return (Vector256.ConditionalSelect(Vector256.GreaterThan(i, high).AsSingle(), upperA, a),
                Vector256.ConditionalSelect(Vector256.GreaterThan(i + Vector256<int>.One, high).AsSingle(), upperB, b));
        }
        int from = Math.Clamp(((i.ToScalar() + i.GetElement(7)) >> 1) - 15, 0, t.Length - 32);
        var within = i - Vector256.Create(from);
        return Vector256.LessThanAll(within.AsUInt32(), Vector256.Create(31u)) ? Pair(ref Unsafe.Add(ref t0, from), within) : Gather(t, i);
    }

    // The samples at i and i + 1 (both under 32) of the 32 floats from t0, by two-register permutes.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static (Vector256<float> A, Vector256<float> B) Pair(ref float t0, Vector256<int> i)
    {
        Vector512<float> r0 = Vector512.LoadUnsafe(ref t0), r1 = Vector512.LoadUnsafe(ref t0, 16);
        var at = i.ToVector512Unsafe();
        return (Avx512F.PermuteVar16x32x2(r0, at, r1).GetLower(), Avx512F.PermuteVar16x32x2(r0, at + Vector512<int>.One, r1).GetLower());
    }

    /// <summary>The table read at <paramref name="f"/> (in samples, already clamped to [0, <paramref name="last"/>]),
    /// linearly between the samples around it; <paramref name="last"/> is the last sample's index.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<float> Interpolate(float[] t, Vector256<float> f, int last)
    {
        var i = Vector256.MinNative(Vector256.ConvertToInt32Native(f), Vector256.Create(last - 1));
        var (a, b) = Gather(t, i);
        return a + (f - Vector256.ConvertToSingle(i)) * (b - a);
    }
}
