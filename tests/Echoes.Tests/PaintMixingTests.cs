using Echoes.Color;
using Echoes.Imaging;
using Echoes.Rendering;
using Echoes.Strokes;

namespace Echoes.Tests;

/// <summary>Paint that mixes, measured on real renders: glazes and thin paint mix like pigment, strokes drag wet paint.</summary>
public class PaintMixingTests
{
    private static readonly RenderOptions Flat = new() { Impasto = false };
    private static readonly Rgb Yellow = Rgb.FromHex("#f2d21b"), Blue = Rgb.FromHex("#1b3fa8"), White = Rgb.FromHex("#f4f1ea");

    private static Rgb Pixel(Canvas c, int x, int y)
    {
        int i = (y * c.Width + x) * 4;
        return new Rgb(c.Pixels[i] / 255f, c.Pixels[i + 1] / 255f, c.Pixels[i + 2] / 255f); // encoded, 0–1
    }

    // Green above the larger of red and blue (encoded values).
    private static float Greenness(Rgb encoded) => encoded.G - MathF.Max(encoded.R, encoded.B);

    private static float Distance(Rgb a, Rgb b) => MathF.Sqrt((a.R - b.R) * (a.R - b.R) + (a.G - b.G) * (a.G - b.G) + (a.B - b.B) * (a.B - b.B));

    // A yellow band across, then a band of the given brush and opacity down through it.
    private static Canvas Crossing(BrushKind kind, float opacity)
    {
        var plan = new StrokePlan(100, 100, Rgb.White);
        plan.Strokes.Add(new Stroke { Brush = BrushKind.Flat, Points = [new(0, 50), new(100, 50)], Width = 40, Color = Yellow });
        plan.Strokes.Add(new Stroke
        {
            Brush = kind, Points = [new(50, 0), new(50, 100)], Width = 40, Color = Blue, Opacity = opacity, TaperStart = 0, TaperEnd = 0,
        });
        return Renderer.Render(plan, width: 100, options: Flat);
    }

    [Theory]
    [InlineData(BrushKind.Glaze, 0.5f)]
    [InlineData(BrushKind.Glaze, 1f)]
    [InlineData(BrushKind.Round, 0.5f)]
    public void Blue_over_yellow_is_greener_than_their_average(BrushKind kind, float opacity)
    {
        var c = Crossing(kind, opacity);
        Rgb over = Pixel(c, 50, 50), yellow = Pixel(c, 12, 50), blue = Pixel(c, 50, 12);
        var average = Rgb.Lerp(yellow, blue, 0.5f);
        Assert.True(Greenness(over) > Greenness(average) + 0.04f, $"{kind} {opacity}: {over} over yellow {yellow}, blue {blue}");
        Assert.True(over.G > over.R && over.G > over.B, $"{kind} {opacity}: {over} is not green");
    }

    [Fact]
    public void Thin_paint_mixes_inside_but_its_antialiased_edge_stays_a_plain_blend()
    {
        // Across the edge of a thin stroke the colour moves steadily from the ground to the stroke's inside: coverage at the
        // edge is area, not pigment, so the edge is never darker than both sides.
        var c = Crossing(BrushKind.Round, 0.5f);
        float Luma(Rgb e) => 0.2126f * e.R + 0.7152f * e.G + 0.0722f * e.B;
        float outside = Luma(Pixel(c, 50, 12)), inside = Luma(Pixel(c, 50, 50));
        for (int x = 20; x <= 40; x++)
        {
            float l = Luma(Pixel(c, x, 50));
            Assert.True(l >= MathF.Min(Luma(Pixel(c, 12, 50)), inside) - 0.02f, $"x={x}: {l} darker than both sides");
        }
        Assert.True(outside > 0);
    }

    // Wet red paint under the whole canvas (or none), then one long stroke of pale paint from left to right.
    private static Canvas Drag(bool wet)
    {
        var plan = new StrokePlan(300, 60, White);
        if (wet)
            plan.Strokes.Add(new Stroke { Brush = BrushKind.Flat, Points = [new(-20, 30), new(320, 30)], Width = 80, Color = Rgb.FromHex("#b3261e") });
        plan.Strokes.Add(new Stroke
        {
            Brush = BrushKind.Round, Points = [new(10, 30), new(150, 28), new(290, 30)], Width = 24, Color = Yellow, Seed = 4,
            TaperStart = 0.05f, TaperEnd = 0.05f,
        });
        return Renderer.Render(plan, width: 300, options: Flat);
    }

    private static Rgb MeanAround(Canvas c, int x, int y)
    {
        float r = 0, g = 0, b = 0;
        for (int dy = -4; dy <= 4; dy++)
            for (int dx = -6; dx <= 6; dx++) { var p = Pixel(c, x + dx, y + dy); r += p.R; g += p.G; b += p.B; }
        return new Rgb(r / 117, g / 117, b / 117);
    }

    [Fact]
    public void A_stroke_dragged_through_wet_paint_shifts_colour_along_its_length()
    {
        var wet = Drag(wet: true);
        var yellow = Pixel(Renderer.Render(new StrokePlan(1, 1, Yellow), width: 1), 0, 0);
        Rgb start = MeanAround(wet, 40, 30), end = MeanAround(wet, 260, 30);
        // It starts close to its own colour and ends carrying visibly more of the red it crossed, but still reads as yellow.
        Assert.True(Distance(end, yellow) > Distance(start, yellow) + 0.05f, $"start {start}, end {end}");
        Assert.True(end.R > start.R - 0.01f && end.G < start.G - 0.03f, $"start {start}, end {end}");
        Assert.True(end.G > 0.5f, $"the end {end} should still read as the stroke's paint (start {start})");
        // On a bare ground there is nothing wet to pick up: the stroke keeps its colour.
        var dry = Drag(wet: false);
        Assert.True(Distance(MeanAround(dry, 40, 30), MeanAround(dry, 260, 30)) < 0.03f);
    }

    private static StrokePlan Busy()
    {
        var rng = new Random(11);
        var plan = new StrokePlan(200, 150, White);
        var kinds = Enum.GetValues<BrushKind>();
        for (int i = 0; i < 300; i++)
        {
            var p0 = new Point2(rng.NextSingle() * 200, rng.NextSingle() * 150);
            var p1 = p0 + new Point2(rng.NextSingle() * 80 - 40, rng.NextSingle() * 80 - 40);
            plan.Strokes.Add(new Stroke
            {
                Brush = kinds[rng.Next(kinds.Length)],
                Points = [p0, p1, p0 + new Point2(rng.NextSingle() * 120 - 60, rng.NextSingle() * 90)],
                Width = 3 + rng.NextSingle() * 20,
                Color = new Rgb(rng.NextSingle(), rng.NextSingle(), rng.NextSingle()),
                Opacity = 0.3f + 0.7f * rng.NextSingle(),
                Load = rng.NextSingle(),
                Seed = (uint)i,
            });
        }
        return plan;
    }

    [Fact]
    public void Mixing_and_pickup_render_identically_on_any_number_of_cores_bands_and_frames()
    {
        var plan = Busy();
        var one = Renderer.Render(plan, width: 400, options: new RenderOptions { MaxDegreeOfParallelism = 1 }).Pixels;
        Assert.Equal(one, Renderer.Render(plan, width: 400, options: new RenderOptions { MaxDegreeOfParallelism = 8 }).Pixels);
        Assert.Equal(one, Renderer.Render(plan, width: 400, options: new RenderOptions { BandHeight = 9 }).Pixels);
        // A time-lapse paints the strokes in steps onto one canvas and ends where the banded render does.
        var frames = new IncrementalRenderer(plan, 400);
        while (frames.Painted < plan.Strokes.Count) frames.Advance(37);
        var last = new byte[frames.Width * frames.Height * 4];
        frames.Snapshot(last);
        Assert.Equal(one, last);
        // Its frames are painted in row bands on several cores (one band each on one core): the same pixels.
        var five = new IncrementalRenderer(plan, 400, new RenderOptions { MaxDegreeOfParallelism = 5 });
        var single = new IncrementalRenderer(plan, 400, new RenderOptions { MaxDegreeOfParallelism = 1 });
        var a = new byte[last.Length];
        var b = new byte[last.Length];
        while (five.Painted < plan.Strokes.Count)
        {
            five.Advance(53);
            single.Advance(53);
            five.Snapshot(a);
            single.Snapshot(b);
            Assert.Equal(b, a);
        }
        Assert.Equal(one, a);
    }

    [Fact]
    public void A_plan_still_growing_renders_frame_by_frame_as_the_finished_plan_does()
    {
        var plan = Busy();
        var growing = new StrokePlan(plan.Width, plan.Height, plan.Background) { Relief = plan.Relief, Warmth = plan.Warmth };
        var live = new IncrementalRenderer(growing, 400, growing: true);
        var whole = new IncrementalRenderer(plan, 400);
        var a = new byte[live.Width * live.Height * 4];
        var b = new byte[a.Length];
        // Strokes arrive in uneven batches, as the studio's preview reads them; each frame matches the finished plan's
        // time-lapse at the same stroke.
        for (int n = 0, step = 1; n < plan.Strokes.Count; n += step, step = step * 3 % 97 + 1)
        {
            int end = Math.Min(plan.Strokes.Count, n + step);
            growing.Strokes.AddRange(plan.Strokes.Skip(n).Take(end - n));
            live.Advance(end - n);
            whole.Advance(end - n);
            live.Snapshot(a);
            whole.Snapshot(b);
            Assert.Equal(b, a);
        }
        Assert.Equal(Renderer.Render(plan, width: 400).Pixels, a);
    }
}
