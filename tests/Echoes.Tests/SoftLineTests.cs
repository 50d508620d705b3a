using Echoes.Brushes;
using Echoes.Imaging;
using Echoes.Painting;
using Echoes.Strokes;
using Echoes.Targets;

namespace Echoes.Tests;

/// <summary>
/// The line layer draws the lines the lens drew sharp (the grain of a table in front, rigging, whiskers) and leaves the
/// soft ridges of an out-of-focus background to the brushes: drawn as crisp lines they scatter it with dashes (confetti).
/// </summary>
public class SoftLineTests
{
    private const int W = 960, H = 660;

    // A brown ground crossed by slightly slanted grain, dark and light lines three pixels wide; the left half as the lens
    // drew it sharp, the right half the same grain out of focus (blurred, σ of three pixels).
    private static Picture GrainSharpAndSoft()
    {
        var sharp = new Picture(W, H);
        for (int y = 0; y < H; y++)
            for (int x = 0; x < W; x++)
            {
                int row = (y + x / 12) % 26;
                float v = row < 3 ? 0.05f : row is >= 13 and < 16 ? 0.75f : 0.3f;
                int i = (y * W + x) * 3;
                (sharp.Pixels[i], sharp.Pixels[i + 1], sharp.Pixels[i + 2]) = (v, 0.7f * v, 0.45f * v);
            }
        var soft = (float[])sharp.Pixels.Clone();
        Blur.Gaussian(soft, W, H, 3, 3f);
        for (int y = 0; y < H; y++) Array.Copy(soft, (y * W + W / 2) * 3, sharp.Pixels, (y * W + W / 2) * 3, W / 2 * 3);
        return sharp;
    }

    // The line layer's marks: thin round strokes with its own taper (0.25, 0.3), which no other pass of the expressive
    // style lays.
    private static bool IsLine(Stroke s) => s.Brush == BrushKind.Round && s.TaperStart == 0.25f && s.TaperEnd == 0.3f;

    [Fact]
    public void Grain_out_of_focus_gets_no_line_strokes_while_sharp_grain_keeps_them()
    {
        var target = Target.FromPicture(GrainSharpAndSoft(), Painter.WorkingSizeFor(Styles.Expressive));
        var plan = new Painter(Styles.Expressive with { Focus = Focus.None }).Paint(target);
        int sharp = 0, soft = 0;
        foreach (var s in plan.Strokes.Where(IsLine))
        {
            // Clear of the seam, where the sharp half's lines end.
            float x = s.Points[s.Points.Length / 2].X;
            if (x < 0.45f * plan.Width) sharp++;
            else if (x > 0.55f * plan.Width) soft++;
        }
        // Seen on 2026-12-02: 374 line strokes on the sharp grain; on the soft grain 155 before the line layer asked
        // whether the photo is in focus there, none after.
        Assert.True(sharp >= 20, $"the sharp grain got only {sharp} line strokes");
        Assert.True(soft <= 0.2 * sharp, $"the soft grain got {soft} line strokes against the sharp grain's {sharp}");
    }
}
