using Echoes.Color;
using Echoes.Rendering;
using Echoes.Strokes;

namespace Echoes.Tests;

/// <summary>
/// The grooves bristles leave in a mark, measured on single strokes rasterized alone: they run along the stroke to its
/// tapered ends instead of closing into rings, and they vary in depth across a stroke and in spacing from one broad
/// stroke to the next instead of ruling every mark with one even corrugation.
/// </summary>
public class BristleGrooveTests
{
    [Theory]
    [InlineData(BrushKind.Round, 120f)]
    [InlineData(BrushKind.Round, 30f)] // a dab: all taper
    [InlineData(BrushKind.DryBrush, 120f)]
    public void Streaks_run_along_a_tapered_mark_not_round_its_ends(BrushKind kind, float length)
    {
        double coverage = Bends(kind, length);
        // The bends of where paint lies along the stroke against those across it, in the tapers: streaks parallel to the
        // spine bend only across it; those that follow the narrowing outline curve round into rings.
        // Before, the streaks ringed the tapers: 0.39 and 0.23 along long round and dry marks, 2.3 along a dab.
        Assert.True(coverage < 0.15, $"{kind} {length}: where paint lies bends along the tapers {coverage:F2} as much as across them");
    }

    // Over six strokes, the bends of their coverage along x against those along y, in their tapers.
    private static double Bends(BrushKind kind, float length)
    {
        double across = 0, along = 0;
        for (uint seed = 1; seed <= 6; seed++)
        {
            var m = MarkSurface.Of(kind, 40, length, seed, taperStart: 0.3f, taperEnd: 0.35f);
            var (x, y) = Gradients(m, m.Coverage, (u, v) => MathF.Min(u, 1f - u) < 0.3f && MathF.Abs(v) < 0.85f);
            along += x;
            across += y;
        }
        return along / across;
    }

    [Fact]
    public void Grooves_vary_in_depth_across_a_stroke()
    {
        var depths = new List<double>();
        for (uint seed = 1; seed <= 8; seed++)
            depths.AddRange(GrooveDepths(MarkSurface.Of(BrushKind.Flat, 80, 240, seed, load: 0.5f, taperStart: 0f, taperEnd: 0f)));
        double spread = Spread(depths);
        // Before, every clump was grooved alike: 0.68.
        Assert.True(spread > 0.75, $"groove depth varies across a stroke by only {spread:P0} (coefficient of variation)");
    }

    [Fact]
    public void Broad_strokes_of_one_width_are_not_combed_alike()
    {
        var clumps = new List<double>();
        var g = new StrokeGeometry();
        for (uint seed = 1; seed <= 12; seed++)
        {
            g.Build(new Stroke { Brush = BrushKind.Flat, Points = [new(0, 0), new(200, 0)], Width = 80, Color = Rgb.Black, Seed = seed }, 1f);
            clumps.Add(g.Texture.Clumps);
        }
        double spread = Spread(clumps);
        // Before, every stroke 60 units wide or more held sixteen clumps: one groove spacing in every broad mark.
        Assert.True(spread > 0.2, $"the clumps of broad brushes vary by only {spread:P0}");
    }

    // Squared bends of a field along x and along y over the inside pixels whose stroke coordinates pass.
    private static (double X, double Y) Gradients(MarkSurface m, float[] field, Func<float, float, bool> where)
    {
        double gx = 0, gy = 0;
        for (int y = 1; y < m.Height - 1; y++)
            for (int x = 1; x < m.Width - 1; x++)
            {
                int i = y * m.Width + x;
                if (!m.Inside(x, y) || !where(m.Along[i], m.Across[i])) continue;
                // Second differences: the fine bends of grooves, not the slow swelling and thinning of the film.
                float dx = field[i + 1] - 2f * field[i] + field[i - 1], dy = field[i + m.Width] - 2f * field[i] + field[i - m.Width];
                gx += dx * dx;
                gy += dy * dy;
            }
        return (gx, gy);
    }

    // Across the middle of the stroke, column by column, the relief less its mean over a few pixels: the depth of the
    // grooves in bands six pixels wide.
    private static List<double> GrooveDepths(MarkSurface m)
    {
        var depth = new List<double>();
        for (int x = 60; x < m.Width - 60; x += 8)
        {
            var rows = Enumerable.Range(0, m.Height).Where(y => m.Inside(x, y) && MathF.Abs(m.Across[y * m.Width + x]) < 0.7f).ToArray();
            var fine = rows.Skip(3).SkipLast(3)
                .Select(y => m.Relief[y * m.Width + x] - Enumerable.Range(y - 3, 7).Average(k => m.Relief[k * m.Width + x])).ToArray();
            for (int k = 0; k + 6 <= fine.Length; k += 6) depth.Add(Math.Sqrt(fine.Skip(k).Take(6).Average(f => f * f)));
        }
        return depth;
    }

    private static double Spread(List<double> v)
    {
        double mean = v.Average();
        return Math.Sqrt(v.Sum(x => (x - mean) * (x - mean)) / v.Count) / mean;
    }
}
