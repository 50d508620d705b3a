using Echoes.Color;
using Echoes.Strokes;

namespace Echoes.Tests;

/// <summary>No mark reads as a geometric stamp: the bead at a drip's foot hangs in a shape of its own, not a ruled disc.</summary>
public class StampTests
{
    [Fact]
    public void A_drips_bead_is_no_disc()
    {
        double lopsided = 0;
        for (uint seed = 1; seed <= 6; seed++)
        {
            var drip = new Stroke
            {
                Brush = BrushKind.Drip, Points = [new(60, 20), new(60, 80), new(60, 140)], Width = 30, Color = Rgb.Black,
                Load = 0.8f, Seed = seed,
            };
            lopsided += Lopsided(MarkSurface.Of(drip, 120, 200), 60, 146);
        }
        lopsided /= 6;
        // How far the bead's sides stand unequally from the run's line, against its half breadth, row by row below the
        // run's end. Before, a disc centred on the run: 0.00.
        Assert.True(lopsided > 0.1, $"the bead's sides differ by {lopsided:P0} of its half breadth");
    }

    // Mean over the rows from y0 down of |right − left| reach from x = cx, against their mean reach.
    private static double Lopsided(MarkSurface m, int cx, int y0)
    {
        double diff = 0, reach = 0;
        for (int y = y0; y < m.Height; y++)
        {
            int left = 0, right = 0;
            while (cx - left - 1 >= 0 && m.Coverage[y * m.Width + cx - left - 1] >= 0.5f) left++;
            while (cx + right + 1 < m.Width && m.Coverage[y * m.Width + cx + right + 1] >= 0.5f) right++;
            if (left + right < 4) continue;
            diff += Math.Abs(right - left);
            reach += 0.5 * (left + right);
        }
        return diff / reach;
    }
}
