using System.Runtime.Intrinsics;
using Echoes.Color;

namespace Echoes.Brushes;

/// <summary>
/// The lattice values of one seed's value noise (<see cref="Noise.Unit"/> at cells 0 … <see cref="Last"/>), hashed once
/// per stroke: a pixel's <see cref="TextureLanes.Value1(in NoiseCells, Vector256{float})"/> then reads its two cells from
/// the table instead of hashing both, the same bits either way.
/// </summary>
internal struct NoiseCells
{
    /// <summary>The noise's seed, for cells past the table.</summary>
    public uint Seed;

    /// <summary>Cell i's value at [i], room for <see cref="TableLanes.Held"/> floats at least.</summary>
    public float[] Units;

    /// <summary>The last cell held.</summary>
    public int Last;

    // Beyond the cells four registers hold a noise is hashed per pixel: a longer table is read through a window whose
    // placement costs about what the two hashes do.
    private const int MostCells = TableLanes.Held;

    /// <summary>Holds the cells a noise sampled over [0, <paramref name="reach"/>] reads, reusing the table when it is
    /// large enough.</summary>
    public void Fill(uint seed, float reach)
    {
        int n = Math.Clamp((int)MathF.Floor(MathF.Min(reach, MostCells)) + 2, 2, MostCells);
        // Room for whole vectors: the last one's lanes run on past n.
        int room = n + Vector256<float>.Count;
        if (Units is null || Units.Length < room) Units = new float[Math.Max(room, TableLanes.Held)];
        (Seed, Last) = (seed, n - 1);
        for (int i = 0; i < n; i += Vector256<float>.Count)
            TextureLanes.Unit(seed, Vector256.Create(i) + Vector256<int>.Indices).CopyTo(Units.AsSpan(i));
    }
}
