using Echoes.Brushes;
using Echoes.Color;
using Echoes.Imaging;
using Echoes.Painting;
using Echoes.Strokes;
using Echoes.Targets;

namespace Echoes.Tests;

/// <summary>
/// No foreign-coloured or flat blocks: the lay-in, which shows between the layers' strokes, is not toned across into
/// another hue (a blue sky into mauve), and the optimizer does not stamp a flat block over texture the canvas already
/// has right on the whole (beige slabs on a cat's furred nose).
/// </summary>
public class ForeignColourTests
{
    private const int W = 300, H = 200, Size = 400;

    [Fact]
    public void The_lay_in_keeps_the_hue_of_the_photo_it_tones()
    {
        var photo = Picture.Load(TestImages.Photo("rocket.jpg"), Size);
        var plan = new Painter(Styles.Expressive with { WorkingSize = Size }).Paint(Target.FromPicture(photo, Size));
        float k = photo.Width / plan.Width;
        var soft = Soft(photo);
        // The lay-in is laid first, one broad flat brush: the plan's leading run of flat strokes of the first's width.
        var turns = new List<float>();
        foreach (var s in plan.Strokes.TakeWhile(s => s.Brush == BrushKind.Flat && s.Width == plan.Strokes[0].Width))
        {
            var p = s.Points[s.Points.Length / 2] * k;
            if (p.X < 0 || p.Y < 0 || p.X >= photo.Width || p.Y >= photo.Height) continue;
            var want = soft[(int)p.Y * photo.Width + (int)p.X];
            if (want.ToOklch().C < 0.03f) continue;
            turns.Add(Turn(Oklch.FromLinear(s.Color).H, want.ToOklch().H));
        }
        Assert.True(turns.Count > 30, $"only {turns.Count} lay-in strokes over coloured passages: nothing measured");
        double mean = turns.Average();
        // Seen on 2026-12-03: toned toward the warm ground channel by channel, the night sky's blue lay-in turned toward
        // mauve (on the full photo, scrubs of hue 283° under a sky of 266° showed between the strokes as purple blocks):
        // 11.0° from the photo's hue on average here. Turned back to its own hue after toning: 5.7° (the style's
        // jitter and palette).
        Assert.True(mean < 9, $"the lay-in is {mean:F1}° off the photo's hue on average");
    }

    // The photo softened (a 5×5 box), in Oklab, so a stroke is compared with the colour of its place, not a grain.
    private static Oklab[] Soft(Picture p)
    {
        var o = new Oklab[p.Width * p.Height];
        for (int y = 0; y < p.Height; y++)
            for (int x = 0; x < p.Width; x++)
            {
                float r = 0, g = 0, b = 0;
                int n = 0;
                for (int yy = Math.Max(0, y - 2); yy <= Math.Min(p.Height - 1, y + 2); yy++)
                    for (int xx = Math.Max(0, x - 2); xx <= Math.Min(p.Width - 1, x + 2); xx++, n++)
                    {
                        var c = p[xx, yy];
                        r += c.R; g += c.G; b += c.B;
                    }
                o[y * p.Width + x] = Oklab.FromLinear(new Rgb(r / n, g / n, b / n));
            }
        return o;
    }

    private static float Turn(float a, float b) => MathF.Abs(MathF.IEEERemainder(a - b, 360f));

    [Fact]
    public void The_optimizer_does_not_flatten_texture_the_canvas_has_right_on_the_whole()
    {
        var t = Target.FromPicture(Fur(), W);
        var pyramid = new CanvasPyramid(t, 0.5f, 0.5f, 0.5f);
        // The canvas holds the fur's texture, its mean right but its stripes a stripe out of step, as the layers leave a
        // furred passage: there is nothing to correct on the whole, only texture a flat colour would wipe out.
        var full = pyramid.Full;
        for (int y = 0; y < H; y++)
            for (int x = 0; x < W; x++)
                for (int ch = 0; ch < 3; ch++)
                    full.C[(y * W + x) * 3 + ch] = full.T[(y * W + Math.Min(W - 1, x + 2)) * 3 + ch];
        full.UpdateError(0, 0, W, H);
        pyramid.Resync();
        double before = LayeredPass.Contrast(full.C);
        var o = Styles.Expressive with { WorkingSize = W, MaxDegreeOfParallelism = 1 };
        var strokes = new List<Stroke>();
        new Optimizer(t, pyramid, o, new Brushwork(o, null, 1f), null).Run(60, 0, strokes.Add, CancellationToken.None);
        double after = LayeredPass.Contrast(full.C);
        // Seen on 2026-12-03: broad strokes of the passage's mean colour won for the error they removed by flattening
        // it, and the canvas kept 62 % of its texture (on a cat's nose, flat beige slabs over the fur). Searched again
        // narrower where that is all a broad stroke does: 80 %.
        Assert.True(after > 0.72 * before, $"the canvas kept {after / before:P0} of its texture");
    }

    // Fine fur: two tan tones in stripes two pixels wide, each stripe's tone drawn at random.
    private static Picture Fur()
    {
        var p = new Picture(W, H);
        var rng = new Random(7);
        var light = Rgb.FromHex("#c89a68");
        var dark = Rgb.FromHex("#7a5434");
        var stripes = Enumerable.Range(0, W / 2 + 1).Select(_ => rng.Next(2) == 0).ToArray();
        for (int y = 0; y < H; y++)
            for (int x = 0; x < W; x++)
                p[x, y] = stripes[x / 2] ? light : dark;
        return p;
    }
}
