using System.Runtime.Intrinsics;
using Echoes.Brushes;
using Echoes.Color;

namespace Echoes.Tests;

public class NoiseCellsTests
{
    // The ragged ends read their noises' cells from tables hashed once per stroke: every lane must take the bits the
    // hashing form gives, for eight neighbouring pixels and for lanes spread over the reach, inside the table and past
    // it (below its first cell, beyond its last, and beyond the most cells a table holds), and when a table is refilled
    // for a shorter noise.
    [Theory]
    [InlineData(1.3f)]
    [InlineData(40f)]
    [InlineData(62.5f)]
    [InlineData(6000f)]
    public void Table_cells_read_as_the_hash_does(float reach)
    {
        var rng = new Random((int)reach);
        var cells = new NoiseCells();
        cells.Fill(0xDEADBEEFu, 60f);
        uint seed = (uint)rng.Next();
        cells.Fill(seed, reach);
        Assert.Equal(Math.Min((int)reach + 1, TableLanes.Held - 1), cells.Last);
        for (int k = 0; k < 4000; k++)
        {
            bool near = k % 2 == 0, past = k % 7 == 0;
            float start = rng.NextSingle() * reach, step = (rng.NextSingle() - 0.5f) * (near ? 6f : 0f);
            var x = Vector256.Create([.. Enumerable.Range(0, 8).Select(j =>
                past ? (rng.NextSingle() * 1.4f - 0.2f) * reach : near ? Math.Clamp(start + j * step, 0f, reach) : rng.NextSingle() * reach)]);
            Assert.Equal(TextureLanes.Value1(seed, x).AsUInt32(), TextureLanes.Value1(cells, x).AsUInt32());
        }
    }
}
