using Echoes.Color;
using Echoes.Imaging;
using Echoes.Painting;
using Echoes.Rendering;
using Echoes.Targets;

namespace Echoes.Tests;

/// <summary>A point light is painted as a painter paints a lamp (a bright core, an uneven bloom), never as the camera's
/// regular star of bright daggers; a glint on a surface is not taken for one.</summary>
public class LightBloomTests
{
    private const int W = 600, H = 400, Cx = 300, Cy = 200;

    // A lamp at dusk as a star filter draws it: a bright warm core and four thin lines through it, fading outward.
    private static Picture Star()
    {
        var p = new Picture(W, H, new Rgb(0.02f, 0.03f, 0.08f));
        for (int y = 0; y < H; y++)
            for (int x = 0; x < W; x++)
            {
                float dx = x + 0.5f - Cx, dy = y + 0.5f - Cy, d = MathF.Sqrt(dx * dx + dy * dy), spike = 0f;
                for (int j = 0; j < 4; j++)
                {
                    float a = 0.2f + j * MathF.PI / 4, across = MathF.Abs(-MathF.Sin(a) * dx + MathF.Cos(a) * dy);
                    if (across < 1.5f && d < 90f) spike = MathF.Max(spike, 0.35f * (1f - d / 90f));
                }
                float v = d < 6f ? 1f : spike;
                if (v > 0) p[x, y] = Rgb.Lerp(p[x, y], new Rgb(1f, 0.9f * (0.6f + 0.4f * v), 0.5f), v);
            }
        return p;
    }

    [Fact]
    public void A_lamps_star_is_painted_as_a_bloom_not_a_stamp()
    {
        var plan = new Painter(Styles.Expressive).Paint(Target.FromPicture(Star(), W));
        using var painting = Renderer.Render(plan, width: W);
        var (star, core) = Symmetry(painting);
        // How strong the star's eight-fold pattern is round the light (the largest of the 4- to 16-fold harmonics of the
        // luma round rings 20 to 60 px out, against their mean). Painted as the camera's star, before blooms: 0.32; as a
        // bloom: 0.01.
        Assert.True(star < 0.15, $"the painted light is a {star:F2}-strong regular star");
        Assert.True(core > 0.75, $"the light's core is painted at luma {core:F2}");
    }

    [Fact]
    public void Only_a_lamp_with_the_cameras_star_is_a_point_light()
    {
        Assert.Single(PointLights.Find(Target.FromPicture(Star(), W)));
        // Glints on a cup, a spoon, a suit's buttons: no star, so the painter's own touches stay.
        Assert.Empty(PointLights.Find(Target.FromPicture(Picture.Load(TestImages.Photo("coffee.png"), 600), 600)));
        Assert.Empty(PointLights.Find(Target.FromPicture(Picture.Load(TestImages.Photo("astronaut.png"), 600), 600)));
        Assert.True(PointLights.Find(Target.FromPicture(Picture.Load(TestImages.Photo("rocket.jpg"), 600), 600)).Count >= 2);
    }

    // The strongest n-fold (n = 4…16) harmonic of the mean luma per direction over rings 20–60 px round the light,
    // against the mean; and the luma at the light's centre.
    private static (double Star, double Core) Symmetry(Canvas c)
    {
        const int n = 128;
        var profile = new double[n];
        for (int a = 0; a < n; a++)
        {
            double angle = a * Math.Tau / n, sum = 0;
            for (int r = 20; r <= 60; r++) sum += Luma(c, (int)(Cx + r * Math.Cos(angle)), (int)(Cy + r * Math.Sin(angle)));
            profile[a] = sum / 41;
        }
        double mean = profile.Average(), strongest = 0;
        for (int k = 4; k <= 16; k++)
        {
            double re = 0, im = 0;
            for (int a = 0; a < n; a++) { re += profile[a] * Math.Cos(k * a * Math.Tau / n); im += profile[a] * Math.Sin(k * a * Math.Tau / n); }
            strongest = Math.Max(strongest, 2 * Math.Sqrt(re * re + im * im) / n / mean);
        }
        return (strongest, Luma(c, Cx, Cy));
    }

    private static double Luma(Canvas c, int x, int y)
    {
        int i = (y * c.Width + x) * 4;
        return (0.299 * c.Pixels[i] + 0.587 * c.Pixels[i + 1] + 0.114 * c.Pixels[i + 2]) / 255.0;
    }
}
