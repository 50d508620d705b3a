using Echoes.Strokes;

namespace Echoes.Tests;

/// <summary>
/// Dry brush measured on single strokes rasterized alone: it breaks into streaks across its whole width, not into a
/// hollow loop of streaks along its edges, and breaks more toward its tail, where the load is spent.
/// </summary>
public class DryBrushTests
{
    [Fact]
    public void Dry_brush_breaks_across_its_width_and_more_toward_its_tail()
    {
        double middle = 0, edges = 0, head = 0, tail = 0, changeAlong = 0, changeAcross = 0;
        for (uint seed = 1; seed <= 12; seed++)
        {
            var m = MarkSurface.Of(BrushKind.DryBrush, 40, 160, seed, load: 0.5f);
            middle += Mean(m, (u, v) => u > 0.15f && u < 0.85f && MathF.Abs(v) < 0.4f);
            edges += Mean(m, (u, v) => u > 0.15f && u < 0.85f && MathF.Abs(v) is > 0.5f and < 0.8f);
            head += Mean(m, (u, v) => u is > 0.1f and < 0.4f && MathF.Abs(v) < 0.8f);
            tail += Mean(m, (u, v) => u is > 0.6f and < 0.9f && MathF.Abs(v) < 0.8f);
            var (x, y) = Changes(m);
            changeAlong += x;
            changeAcross += y;
        }
        // Streaks that followed the outline left the middle of a mark bare: a hollow loop.
        Assert.True(middle >= 0.9 * edges, $"the middle holds {middle / 12:F2} of paint, the edges {edges / 12:F2}");
        Assert.True(tail < 0.85 * head, $"the tail holds {tail / 12:F2} of paint, the head {head / 12:F2}");
        // Streaks run along the stroke: coverage changes far more across it than along it.
        Assert.True(changeAlong < 0.5 * changeAcross, $"coverage changes along {changeAlong:F0}, across {changeAcross:F0}");
    }

    private static double Mean(MarkSurface m, Func<float, float, bool> where)
    {
        double sum = 0;
        int n = 0;
        for (int i = 0; i < m.Coverage.Length; i++)
        {
            if (m.Coverage[i] <= 0f && m.Across[i] == 0f || !where(m.Along[i], m.Across[i])) continue;
            sum += m.Coverage[i];
            n++;
        }
        return n > 0 ? sum / n : 0;
    }

    // Absolute changes of coverage between neighbouring pixels along x and along y, inside the mark's body.
    private static (double X, double Y) Changes(MarkSurface m)
    {
        double cx = 0, cy = 0;
        for (int y = 1; y < m.Height - 1; y++)
            for (int x = 1; x < m.Width - 1; x++)
            {
                int i = y * m.Width + x;
                if (m.Along[i] is < 0.2f or > 0.8f || MathF.Abs(m.Across[i]) > 0.7f) continue;
                cx += MathF.Abs(m.Coverage[i + 1] - m.Coverage[i]);
                cy += MathF.Abs(m.Coverage[i + m.Width] - m.Coverage[i]);
            }
        return (cx, cy);
    }
}
