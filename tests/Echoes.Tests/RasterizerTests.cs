using Echoes.Color;
using Echoes.Rendering;
using Echoes.Strokes;

namespace Echoes.Tests;

public class RasterizerTests
{
    private struct Collect : ISpanSink
    {
        public double Total;
        public int MinX, MaxX, MinY, MaxY;
        public readonly bool WantsHeight => false;

        public readonly bool WantsAlong => false;

        public void Span(int y, int x0, in ShadedRun run)
        {
            var coverage = run.Coverage;
            foreach (var c in coverage) { Assert.InRange(c, 0f, 1f); Total += c; }
            MinX = Math.Min(MinX, x0); MaxX = Math.Max(MaxX, x0 + coverage.Length);
            MinY = Math.Min(MinY, y); MaxY = Math.Max(MaxY, y + 1);
        }
    }

    private static Collect Rasterize(Stroke s, float scale, int w, int h, bool plain = false)
    {
        var g = new StrokeGeometry();
        g.Build(s, scale, textured: !plain);
        var sink = new Collect { MinX = int.MaxValue, MinY = int.MaxValue, MaxX = int.MinValue, MaxY = int.MinValue };
        Rasterizer.Rasterize(g, 0, 0, w, h, ref sink);
        return sink;
    }

    // Flat brushes at this size have bristles finer than a pixel, so their texture is uniform and coverage is pure area.
    [Theory]
    [InlineData(0f)]
    [InlineData(30f)]
    [InlineData(73f)]
    public void Coverage_of_a_straight_flat_stroke_matches_its_area(float degrees)
    {
        float a = degrees * MathF.PI / 180f, len = 100, w = 20;
        var c = new Point2(100, 100);
        var d = new Point2(MathF.Cos(a), MathF.Sin(a)) * (len / 2);
        var s = new Stroke { Brush = BrushKind.Flat, Points = [c - d, c + d], Width = w, Color = Rgb.Black };
        var r = Rasterize(s, 1f, 200, 200);
        // Frayed sides and ragged ends wander about the stroke's outline; paint is thinner in the bristle grooves.
        Assert.InRange(r.Total, len * w * 0.94, len * w * 1.03);
        Assert.InRange(Rasterize(s, 1f, 200, 200, plain: true).Total, len * w * 0.97, len * w * 1.03);
    }

    [Fact]
    public void Coverage_scales_with_the_square_of_the_render_scale()
    {
        var s = new Stroke { Brush = BrushKind.Flat, Points = [new(10, 10), new(60, 30)], Width = 12, Color = Rgb.Black };
        var a = Rasterize(s, 1f, 400, 400, plain: true).Total;
        var b = Rasterize(s, 3f, 400, 400, plain: true).Total;
        Assert.InRange(b / a, 9 * 0.97, 9 * 1.03);
    }

    [Theory]
    [InlineData(BrushKind.Round)]
    [InlineData(BrushKind.Knife)]
    [InlineData(BrushKind.Splatter)]
    [InlineData(BrushKind.Drip)]
    public void Nothing_is_drawn_outside_the_clip(BrushKind kind)
    {
        var s = new Stroke { Brush = kind, Points = [new(-30, 20), new(25, 5), new(70, 60)], Width = 30, Color = Rgb.Black, Seed = 3 };
        var r = Rasterize(s, 1f, 50, 40);
        Assert.True(r.Total > 0);
        Assert.True(r.MinX >= 0 && r.MaxX <= 50 && r.MinY >= 0 && r.MaxY <= 40, $"spans reach {r.MinX}..{r.MaxX} × {r.MinY}..{r.MaxY}");
    }

    [Fact]
    public void A_zero_opacity_stroke_changes_nothing()
    {
        var plan = Export.BrushSampler.Plan();
        var before = Renderer.Render(plan, width: 300).Pixels;
        plan.Strokes.Insert(3, plan.Strokes[5] with { Opacity = 0, Points = [new(300, 300), new(900, 600)] });
        Assert.Equal(before, Renderer.Render(plan, width: 300).Pixels);
    }

    [Fact]
    public void Vertical_bounds_contain_every_drawn_row()
    {
        foreach (var kind in Enum.GetValues<BrushKind>())
        {
            var s = new Stroke { Brush = kind, Points = [new(100, 100), new(140, 160), new(90, 230)], Width = 40, Color = Rgb.Black, Seed = 11 };
            var (y0, y1) = StrokeGeometry.VerticalBounds(s, 1f);
            var r = Rasterize(s, 1f, 400, 400);
            Assert.True(r.MinY >= y0 && r.MaxY <= y1 + 1, $"{kind}: rows {r.MinY}..{r.MaxY} outside bounds {y0}..{y1}");
        }
    }

    // A touch of the brush at one point lays a mark about a disc of the brush's width, whichever seed lays it, its
    // texture (bristle streaks, ragged ends, dry breaks) thinning it no more than a stroke's; the footprint the
    // optimizer ranks covers the disc and the band bounds hold the mark.
    [Theory]
    [InlineData(BrushKind.Round, 0.9)]
    [InlineData(BrushKind.Flat, 0.9)]
    [InlineData(BrushKind.Knife, 0.9)]
    [InlineData(BrushKind.DryBrush, 0.45)]
    [InlineData(BrushKind.Glaze, 0.9)]
    public void A_one_point_stroke_lays_a_dab_as_wide_as_the_brush(BrushKind kind, double textured)
    {
        const float w = 20, scale = 2;
        double disc = MathF.PI * (w * scale / 2) * (w * scale / 2);
        for (uint seed = 1; seed <= 6; seed++)
        {
            var s = new Stroke { Brush = kind, Points = [new(50, 50)], Width = w, Color = Rgb.Black, Seed = seed, Load = 0.8f };
            var plain = Rasterize(s, scale, 200, 200, plain: true);
            var paint = Rasterize(s, scale, 200, 200);
            var (y0, y1) = StrokeGeometry.VerticalBounds(s, scale);
            Assert.True(plain.MinY >= y0 && plain.MaxY <= y1 + 1, $"{kind}: rows {plain.MinY}..{plain.MaxY} outside bounds {y0}..{y1}");
            Assert.True(plain.Total > 0.9 * disc, $"{kind}: the footprint covers {plain.Total / disc:F2} of the disc");
            Assert.InRange(paint.Total / disc, 0.8 * textured, 1.25);
        }
    }
}
