using System.Runtime.Intrinsics;
using Echoes.Color;

namespace Echoes.Tests;

public class TableLanesTests
{
    // Texture tables are read from registers by permutes (whole up to 64 samples, through a window of 32 beyond) instead
    // of gathered: every lane must take the same bits as the gather, for tables either side of each size the permutes
    // switch at, for neighbouring pixels (in the window) and for lanes spread over the whole table (past it).
    [Theory]
    [InlineData(9)]
    [InlineData(32)]
    [InlineData(33)]
    [InlineData(64)]
    [InlineData(65)]
    [InlineData(264)]
    [InlineData(1024)]
    public void Held_tables_read_as_the_gather_does(int samples)
    {
        var rng = new Random(samples);
        var table = new float[Math.Max(samples, TableLanes.Held)];
        for (int i = 0; i < samples; i++) table[i] = rng.NextSingle() * 2f - 1f;
        int last = samples - 1;
        var end = Vector256.Create((float)last);
        Assert.Equal(TableLanes.Interpolate(table, end, last), TableLanes.InterpolateHeld(table, end, last));
        for (int k = 0; k < 4000; k++)
        {
            // Half the vectors are eight neighbouring pixels a few samples apart, half lanes anywhere in the table.
            bool near = k % 2 == 0;
            float start = rng.NextSingle() * last, step = (rng.NextSingle() - 0.5f) * (near ? 6f : 0f);
            var f = Vector256.Create([.. Enumerable.Range(0, 8).Select(j =>
                Math.Clamp(near ? start + j * step : rng.NextSingle() * last, 0f, last))]);
            Assert.Equal(TableLanes.Interpolate(table, f, last), TableLanes.InterpolateHeld(table, f, last));
        }
    }
}
