using System.Runtime.CompilerServices;

namespace Echoes.Brushes;

/// <summary>Deterministic hash-based value noise: the same seed and coordinates give the same value on any machine.</summary>
internal static class Noise
{
    /// <summary>A well-mixed 32-bit hash of a seed and an integer.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static uint Hash(uint seed, int i)
    {
        uint h = (uint)i * 0x9E3779B1u ^ seed * 0x85EBCA77u;
        h ^= h >> 15; h *= 0x2C1B3C6Du;
        h ^= h >> 12; h *= 0x297A2D39u;
        h ^= h >> 15;
        return h;
    }

    /// <summary>A uniform value in [0, 1) from a seed and an integer.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static float Unit(uint seed, int i) => (Hash(seed, i) >> 8) * (1f / 16777216f);

    /// <summary>Smooth 1-D value noise in [0, 1].</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static float Value1(uint seed, float x)
    {
        float fl = MathF.Floor(x);
        int i = (int)fl;
        float f = x - fl;
        f = f * f * (3f - 2f * f);
        float a = Unit(seed, i);
        return a + (Unit(seed, i + 1) - a) * f;
    }

    /// <summary>Smooth 2-D value noise in [0, 1].</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static float Value2(uint seed, float x, float y)
    {
        float fx = MathF.Floor(x), fy = MathF.Floor(y);
        int ix = (int)fx, iy = (int)fy;
        float tx = x - fx, ty = y - fy;
        tx = tx * tx * (3f - 2f * tx); ty = ty * ty * (3f - 2f * ty);
        uint row0 = Hash(seed, iy), row1 = Hash(seed, iy + 1);
        float a = Unit(row0, ix), b = Unit(row0, ix + 1), c = Unit(row1, ix), d = Unit(row1, ix + 1);
        float top = a + (b - a) * tx, bottom = c + (d - c) * tx;
        return top + (bottom - top) * ty;
    }

    /// <summary>Cubic smoothstep of <paramref name="x"/> between edges <paramref name="e0"/> and <paramref name="e1"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static float Smoothstep(float e0, float e1, float x)
    {
        // Written as a product so that, inlined with constant edges, the division folds away.
        float t = (x - e0) * (1f / (e1 - e0));
        t = t < 0f ? 0f : t > 1f ? 1f : t;
        return t * t * (3f - 2f * t);
    }
}
