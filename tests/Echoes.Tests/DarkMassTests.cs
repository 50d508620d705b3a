using Echoes.Color;
using Echoes.Imaging;
using Echoes.Painting;
using Echoes.Rendering;
using Echoes.Strokes;
using Echoes.Targets;

namespace Echoes.Tests;

/// <summary>
/// A near-black mass (a helmet, a dark panel, a shadow) is painted as a painter mixes a dark: strokes of slightly varied
/// value and of cool and warm colour, so it reads as paint with light in it, not as a flat hole, while it stays dark.
/// </summary>
public class DarkMassTests
{
    private const int W = 300, H = 200;

    [Fact]
    public void A_black_mass_is_painted_in_varied_coloured_darks_and_stays_dark()
    {
        var plan = new Painter(Styles.Expressive with { WorkingSize = W }).Paint(Target.FromPicture(Scene(), W));
        using var c = Renderer.Render(plan, width: W);
        // The mass's inside, well clear of its edges (where the light field's strokes end).
        var (luma, chroma, chromaSpread) = Measure(c, 150, 60, 280, 180);
        // The photo's mass is 3.6 levels of 255. Before its darks were mixed the painting's was 1.3 (its black crushed)
        // and flat: luma spread 2.7 levels (the relief's light alone), Oklab chroma 0.003 and its spread 0.005. Then the
        // optimizer's late corrections mixed their darks fully while the layers' strokes round them, in this smooth
        // mass, mixed theirs about a quarter as much: each stood out as a lifted slab (2.6 levels, spread 4.3, chroma
        // 0.010). Mixed as the layers mix theirs: 1.8 levels, spread 3.2, chroma 0.0086 and its spread 0.0116. Flat marks
        // whose square ends fray (2026-12-04) raise a little more border into the light: spread 3.59, still well under
        // the lifted slabs' 4.3.
        Assert.True(luma.Mean < 10, $"the dark mass was lightened to {luma.Mean:F1} levels (of 255)");
        Assert.True(luma.Spread > 2.9, $"the dark mass is flat in value: luma spread {luma.Spread:F2} levels");
        Assert.True(luma.Spread < 3.8, $"lifted slabs stand out of the dark mass: luma spread {luma.Spread:F2} levels");
        Assert.True(chroma > 0.008, $"the dark mass is a colourless black: mean Oklab chroma {chroma:F4}");
        Assert.True(chromaSpread > 0.01, $"the dark mass is one colour throughout: chroma spread {chromaSpread:F4}");
    }

    [Fact]
    public void The_lay_in_under_a_neutral_black_mass_is_black_not_navy_or_rust()
    {
        var plan = new Painter(Styles.Expressive with { WorkingSize = W }).Paint(Target.FromPicture(Scene(), W));
        float k = W / plan.Width;
        // The lay-in is laid first, one broad flat brush: the plan's leading run of flat strokes of the first's width.
        var layIn = plan.Strokes.TakeWhile(s => s.Brush == BrushKind.Flat && s.Width == plan.Strokes[0].Width)
            .Where(s => s.Points[s.Points.Length / 2] * k is var c && c.X > 155 && c.X < 290 && c.Y > 60 && c.Y < 175)
            .Select(s => Oklab.FromLinear(s.Color)).ToList();
        float most = layIn.Max(c => MathF.Sqrt(c.A * c.A + c.B * c.B));
        // Seen on 2026-12-03: the lay-in's darks were mixed fully (ultramarine and umber) where the layers above, in this
        // smooth mass, mix theirs about a quarter as much: scrubs up to Oklab chroma 0.039 here (on the astronaut's visor a
        // navy or rust band showing in the layers' gaps); mixed by the layers' rule, at most 0.015 (the ground's tone).
        Assert.True(layIn.Count > 20, $"only {layIn.Count} lay-in strokes over the mass: nothing measured");
        Assert.True(most < 0.022f, $"a lay-in stroke over a neutral black mass is coloured: Oklab chroma {most:F3}");
    }

    // A light warm wall with a mild fade, an orange form on it (something to paint with care) and a near-black mass
    // with a little sensor noise filling the right half, as a dark helmet or panel in a studio photograph.
    private static Picture Scene()
    {
        var p = new Picture(W, H);
        var rng = new Random(5);
        var wall = Rgb.FromHex("#d8cfc2");
        var orange = Rgb.FromHex("#d9652b");
        for (int y = 0; y < H; y++)
            for (int x = 0; x < W; x++)
            {
                float fade = 0.85f + 0.15f * y / H;
                float dx = x - 70, dy = y - 100;
                bool mass = x > 135 && y > 40 && y < H - 5;
                p[x, y] = mass ? new Rgb(0.0009f + 0.0004f * rng.NextSingle(), 0.0009f + 0.0004f * rng.NextSingle(), 0.001f)
                    : dx * dx + dy * dy < 35 * 35 ? orange : new Rgb(wall.R * fade, wall.G * fade, wall.B * fade);
            }
        return p;
    }

    // Over a box: the mean and spread of luma (0–255 levels), the mean Oklab chroma and how far chroma spreads (the
    // spread of a and b about their means).
    private static ((double Mean, double Spread) Luma, double Chroma, double ChromaSpread) Measure(Canvas c, int x0, int y0, int x1, int y1)
    {
        double sl = 0, sll = 0, sc = 0, sa = 0, saa = 0, sb = 0, sbb = 0;
        int n = 0;
        for (int y = y0; y < y1; y++)
            for (int x = x0; x < x1; x++, n++)
            {
                int i = (y * c.Width + x) * 4;
                byte r = c.Pixels[i], g = c.Pixels[i + 1], b = c.Pixels[i + 2];
                double l = 0.3 * r + 0.59 * g + 0.11 * b;
                var lab = Oklab.FromLinear(new Rgb(Srgb.ToLinear(r / 255f), Srgb.ToLinear(g / 255f), Srgb.ToLinear(b / 255f)));
                sl += l; sll += l * l;
                sc += MathF.Sqrt(lab.A * lab.A + lab.B * lab.B);
                sa += lab.A; saa += lab.A * lab.A; sb += lab.B; sbb += lab.B * lab.B;
            }
        double mean = sl / n, ma = sa / n, mb = sb / n;
        double spread = Math.Sqrt(Math.Max(0, sll / n - mean * mean));
        double chromaSpread = Math.Sqrt(Math.Max(0, saa / n - ma * ma + sbb / n - mb * mb));
        return ((mean, spread), sc / n, chromaSpread);
    }
}
