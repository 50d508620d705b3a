using Echoes.Brushes;

namespace Echoes.Targets;

/// <summary>Derives independent seeds from a base seed and indices (stable across processes, unlike HashCode).</summary>
internal static class SeedMix
{
    public static int Of(int a, int b, int c = 0, int d = 0)
    {
        uint h = Noise.Hash((uint)a, b);
        h = Noise.Hash(h, c);
        h = Noise.Hash(h, d);
        return (int)(h & 0x7FFFFFFF);
    }
}
