using Echoes.Rendering;
using Echoes.Strokes;

namespace Echoes.Tests;

/// <summary>
/// A calm passage (a sky, a wall, a blurred background) is laid with loaded, blended strokes whose relief is faint and
/// irregular, not corrugated stroke after stroke by the bristles' grooves (a washboard); full paint closes over the
/// grooves that a thin load leaves open.
/// </summary>
public class CalmGroundTests
{
    [Fact]
    public void Full_paint_closes_over_the_grooves()
    {
        double full = 0, thin = 0;
        for (uint seed = 1; seed <= 6; seed++)
        {
            full += GrooveEnergy(MarkSurface.Of(BrushKind.Flat, 60, 240, seed, load: 1f, taperStart: 0f, taperEnd: 0f));
            thin += GrooveEnergy(MarkSurface.Of(BrushKind.Flat, 60, 240, seed, load: 0.5f, taperStart: 0f, taperEnd: 0f));
        }
        double ratio = Math.Sqrt(full / thin);
        // Before, a full brush left grooves 0.62 as deep as a half-loaded one (energy's root); after, 0.10.
        Assert.True(ratio < 0.3, $"a full brush's grooves are {ratio:F2} as deep as a half-loaded one's");
    }

    [Fact]
    public void A_calm_sky_is_not_corrugated()
    {
        double fine = Enumerable.Range(1, 2).Average(seed => SkyCorrugation(FlatPassageTests.Paint(seed)));
        // The light the relief adds across the sky's level strokes, less its mean over 11 pixels (the grooves and
        // ridges, not the slow swelling of the film), RMS in 8-bit levels. Before the calm passage was laid loaded and
        // blended: 1.76; after, 1.49.
        Assert.True(fine < 1.6, $"the calm sky is corrugated by {fine:F2} levels");
    }

    // Squared fine relief across a stroke (down the columns of a level mark), over its middle.
    private static double GrooveEnergy(MarkSurface m)
    {
        double sum = 0; int n = 0;
        for (int x = 40; x < m.Width - 40; x += 2)
            for (int y = 3; y < m.Height - 3; y++)
            {
                if (!m.Inside(x, y) || MathF.Abs(m.Across[y * m.Width + x]) > 0.6f) continue;
                float mean = 0;
                for (int k = -3; k <= 3; k++) mean += m.Relief[(y + k) * m.Width + x] / 7f;
                float d = m.Relief[y * m.Width + x] - mean;
                sum += d * d; n++;
            }
        return sum / n;
    }

    // RMS of the lit-minus-flat luma in the sky less its running mean down each column.
    private static double SkyCorrugation(StrokePlan plan)
    {
        const int scale = 2, k = 5;
        int w = FlatPassageTests.W * scale, sky = (FlatPassageTests.SkyEnd - 24) * scale;
        using var lit = Renderer.Render(plan, width: w);
        using var flat = Renderer.Render(plan, width: w, options: new RenderOptions { Impasto = false });
        float Relief(int x, int y) => ReliefTests.Luma(lit.Pixels, y * w + x) - ReliefTests.Luma(flat.Pixels, y * w + x);
        double sum = 0; int n = 0;
        for (int x = 0; x < w; x++)
            for (int y = k; y < sky - k; y++)
            {
                float mean = 0;
                for (int j = -k; j <= k; j++) mean += Relief(x, y + j) / (2 * k + 1);
                float d = Relief(x, y) - mean;
                sum += d * d; n++;
            }
        return Math.Sqrt(sum / n);
    }
}
