using Echoes.Color;
using Echoes.Rendering;
using Echoes.Strokes;

namespace Echoes.Tests;

/// <summary>
/// The relief of single marks on a bare ground, measured as the light it adds (lit render minus flat render, in 8-bit
/// luma levels): a mark's border is not lit more than its body, a thin mark is no steeper than a broad one, a splatter
/// drop raises no dome and a knife slab lies flat but for the ridge where the knife lifts.
/// </summary>
public class ReliefTests
{
    private const int Scale = 2;
    private static readonly Rgb Ground = Rgb.FromHex("#8a8478"), Paint = Rgb.FromHex("#9a8a70");

    [Theory]
    [InlineData(BrushKind.Round)]
    [InlineData(BrushKind.Flat)]
    [InlineData(BrushKind.Knife)]
    public void A_marks_border_is_lit_no_more_than_its_body(BrushKind kind)
    {
        const float width = 20, y = 50;
        var (lit, _) = Light(Mark(kind, width, y));
        // Rows within 2 px of either side, and rows well inside the mark, over its middle (away from its ends).
        double Band(float from, float to) => Mean(lit, 60, 140, from, to);
        const float near = 2f / Scale; // 2 px
        double border = 0.5 * (Band(y - width / 2 - near, y - width / 2 + near) + Band(y + width / 2 - near, y + width / 2 + near));
        double inside = Band(y - width / 4, y + width / 4);
        // Before the paint settled to one level, a mark on the bare ground stood on a cliff: its border was lit 2–4 times its body.
        Assert.True(border <= 1.5 * inside + 0.05, $"{kind}: border lit {border:F2} levels, body {inside:F2}");
    }

    [Fact]
    public void A_thin_mark_is_no_steeper_than_a_broad_one()
    {
        var plan = Mark(BrushKind.Round, 20, 30);
        plan.Strokes.Add(Mark(BrushKind.Round, 1.5f, 75).Strokes[0]);
        var (lit, _) = Light(plan);
        double broad = P95(lit, 60, 140, 18, 42), thin = P95(lit, 60, 140, 72, 78);
        // Before, a thin stroke took nearly a broad one's height over a fraction of its width: a bright worm along it.
        Assert.True(thin <= broad, $"light over the thin mark {thin:F1} levels (95th percentile), over the broad one {broad:F1}");
        Assert.True(broad > 0.5, $"the broad mark's relief hardly shows ({broad:F2})");
    }

    [Fact]
    public void A_splatter_lies_flat()
    {
        var plan = new StrokePlan(200, 100, Ground);
        plan.Strokes.Add(new Stroke { Brush = BrushKind.Splatter, Points = [new(60, 50), new(140, 50)], Width = 16, Color = Paint, Seed = 11 });
        var (lit, covered) = Light(plan);
        double light = Mean(lit, 0, 200, 0, 100, covered);
        // Before, every drop was a dome lit on one side and shaded on the other.
        Assert.True(light < 0.3, $"the splatter's drops are lit by {light:F2} levels");
    }

    [Fact]
    public void A_knife_slab_is_flat_but_for_the_ridge_where_it_lifts()
    {
        var plan = Mark(BrushKind.Knife, 20, 50);
        var (lit, _) = Light(plan);
        // The slab runs from x = 30 to 170: its middle, and its last few units where the knife lifts.
        double middle = Mean(lit, 70, 130, 44, 56), lift = Mean(lit, 160, 168, 44, 56);
        Assert.True(lift > 2 * middle, $"the lift's ridge {lift:F2} levels, the slab's middle {middle:F2}");
    }

    private static StrokePlan Mark(BrushKind kind, float width, float y)
    {
        var plan = new StrokePlan(200, 100, Ground);
        plan.Strokes.Add(new Stroke
        {
            Brush = kind, Points = [new(30, y), new(100, y), new(170, y)], Width = width, Color = Paint, Load = 1f, Seed = 7,
            TaperStart = 0f, TaperEnd = 0f,
        });
        return plan;
    }

    // Per pixel: the light the relief adds (|lit − flat| luma), and whether paint covers it.
    private static (float[] Light, bool[] Covered) Light(StrokePlan plan)
    {
        using var lit = Renderer.Render(plan, width: 200 * Scale);
        using var flat = Renderer.Render(plan, width: 200 * Scale, options: new RenderOptions { Impasto = false });
        var light = new float[lit.Width * lit.Height];
        var covered = new bool[light.Length];
        for (int i = 0; i < light.Length; i++)
        {
            light[i] = MathF.Abs(Luma(lit.Pixels, i) - Luma(flat.Pixels, i));
            covered[i] = MathF.Abs(Luma(flat.Pixels, i) - Luma(Ground)) > 2f;
        }
        return (light, covered);
    }

    private static float Luma(byte[] p, int i) => 0.3f * p[4 * i] + 0.59f * p[4 * i + 1] + 0.11f * p[4 * i + 2];

    private static float Luma(Rgb c) => 255f * (0.3f * Srgb.FromLinear(c.R) + 0.59f * Srgb.FromLinear(c.G) + 0.11f * Srgb.FromLinear(c.B));

    // Pixels in the logical box [x0, x1) × [y0, y1), optionally only those covered.
    private static IEnumerable<float> Box(float[] light, float x0, float x1, float y0, float y1, bool[]? only = null)
    {
        int w = 200 * Scale;
        for (int y = (int)(y0 * Scale); y < (int)(y1 * Scale); y++)
            for (int x = (int)(x0 * Scale); x < (int)(x1 * Scale); x++)
                if (only is null || only[y * w + x]) yield return light[y * w + x];
    }

    private static double Mean(float[] light, float x0, float x1, float y0, float y1, bool[]? only = null) =>
        Box(light, x0, x1, y0, y1, only).DefaultIfEmpty(0f).Average();

    private static double P95(float[] light, float x0, float x1, float y0, float y1)
    {
        var v = Box(light, x0, x1, y0, y1).Order().ToArray();
        return v[(int)(0.95 * (v.Length - 1))];
    }
}
