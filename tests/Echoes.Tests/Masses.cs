using Echoes.Color;
using Echoes.Imaging;
using Echoes.Rendering;
using Echoes.Strokes;

namespace Echoes.Tests;

/// <summary>Whether a painting keeps its source's main masses where they are: both reduced to a few pixels across and
/// compared, beside the same comparison against the source turned upside down (what a painting that kept no masses
/// in place would score).</summary>
internal static class Masses
{
    /// <summary>Mean absolute difference (sRGB-encoded, 0–1) between the painting and the source, and between the
    /// painting and the upside-down source, at <paramref name="across"/> pixels wide.</summary>
    public static (double InPlace, double Flipped) Error(StrokePlan plan, Picture source, int across = 16)
    {
        int down = Math.Max(1, (int)Math.Round(across * source.Height / (double)source.Width));
        using var painting = Renderer.Render(plan, width: source.Width, options: new RenderOptions { Impasto = false });
        var small = painting.ToPicture().Resize(across, down);
        var reference = source.Resize(across, down);
        double inPlace = 0, flipped = 0;
        for (int y = 0; y < down; y++)
            for (int x = 0; x < across; x++)
            {
                inPlace += Diff(small[x, y], reference[x, y]);
                flipped += Diff(small[x, y], reference[x, down - 1 - y]);
            }
        int n = across * down * 3;
        return (inPlace / n, flipped / n);
    }

    private static double Diff(Rgb a, Rgb b) =>
        Math.Abs(Srgb.FromLinear(a.R) - Srgb.FromLinear(b.R)) + Math.Abs(Srgb.FromLinear(a.G) - Srgb.FromLinear(b.G))
        + Math.Abs(Srgb.FromLinear(a.B) - Srgb.FromLinear(b.B));
}
