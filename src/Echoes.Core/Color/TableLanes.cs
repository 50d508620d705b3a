using System.Runtime.CompilerServices;
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
