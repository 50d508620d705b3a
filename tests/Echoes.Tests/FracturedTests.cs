using Echoes.Color;
using Echoes.Imaging;
using Echoes.Painting;
using Echoes.Strokes;
using Echoes.Targets;

namespace Echoes.Tests;

public class FracturedTests
{
    private static Target Photo(string name, int size) => Target.FromPicture(Picture.Load(TestImages.Photo(name), size), size);

    [Fact]
    public void The_cutter_tiles_the_picture_with_the_wanted_number_of_convex_planes()
    {
        var t = Photo("astronaut.png", 200);
        var planes = FacetCutter.Cut(t, 50, 0.8f, new Random(3));
        Assert.InRange(planes.Count, 45, 50);
        double area = planes.Sum(Area);
        Assert.InRange(area, t.Width * t.Height * 0.999, t.Width * t.Height * 1.001);
        foreach (var p in planes) Assert.True(Convex(p), "a plane is not convex");
    }

    [Theory]
    [InlineData("chelsea.png", 1.6)]
    [InlineData("coffee.png", 1.2)]
    [InlineData("rocket.jpg", 0.9)]
    public void Its_drawing_is_made_of_straight_lines_as_the_layered_styles_is_not(string photo, double factor)
    {
        var t = Photo(photo, 256);
        var fractured = SeeingMeasures.Flat(new Painter(Styles.Fractured with { WorkingSize = 256 }).Paint(t), 256);
        var expressive = SeeingMeasures.Flat(new Painter(Styles.Expressive with { WorkingSize = 256 }).Paint(t), 256);
        double f = SeeingMeasures.LineShare(fractured, 20), e = SeeingMeasures.LineShare(expressive, 20);
        // Measured 0.129, 0.099, 0.104 against 0.058, 0.074, 0.105: on a curved subject twenty straight lines carry far
        // more of the planes' drawing than of the curved strokes'. The rocket's source is itself a scaffold of straight
        // lines (0.153), which the curved strokes keep too; there the planes must only not lose them. (With hairline
        // edges and long wedges the planes scored 0.125–0.209; compact planes have shorter sides.)
        Assert.True(f > factor * e, $"share of the edges on twenty lines: fractured {f:F3}, expressive {e:F3}");
    }

    [Theory]
    [InlineData("astronaut.png")]
    [InlineData("chelsea.png")]
    [InlineData("rocket.jpg")]
    public void The_planes_are_never_slivers(string photo)
    {
        var t = Photo(photo, 320);
        var planes = FacetCutter.Cut(t, 160, 0.8f, new Random(5));
        // Many planes, as the style asks for, and none a shard: the thinnest keeps the cutter's least compactness (a
        // 1:9 strip or an even triangle cut in a thin wedge would not).
        Assert.True(planes.Count > 100, $"{planes.Count} planes");
        float thinnest = planes.Min(FacetCutter.Compactness);
        Assert.True(thinnest >= FacetCutter.MinCompactness - 1e-3f, $"the thinnest plane has compactness {thinnest:F3}");
    }

    [Theory]
    [InlineData("chelsea.png")]
    [InlineData("coffee.png")]
    public void Its_lines_are_painted_with_a_brush_never_hairlines(string photo)
    {
        const int Size = 512;
        var plan = new Painter(Styles.Fractured with { WorkingSize = Size }).Paint(Photo(photo, Size));
        float perPixel = plan.Width / Size;
        // A line is a slab much longer than it is wide: the planes' drawn edges and the slabs along their hard sides.
        var lines = plan.Strokes.Select(s => (Width: s.Width / perPixel, Length: (s.Points[^1] - s.Points[0]).Length / perPixel))
            .Where(s => s.Length > 8 * s.Width).ToList();
        Assert.NotEmpty(lines);
        float thinnest = lines.Min(s => s.Width), least = FracturedPass.MinLine * Size;
        Assert.True(thinnest >= least * 0.99f, $"a line {thinnest:F2} px wide at {Size} px (at least {least:F2})");
        // And nothing in the plan is a hairline: the finest mark, a clue on the subject, is still a brush's width.
        float finest = plan.Strokes.Min(s => s.Width) / perPixel;
        Assert.True(finest >= 0.002f * Size * 0.99f, $"a stroke {finest:F2} px wide at {Size} px");
    }

    [Fact]
    public void Its_strokes_are_straight_slabs()
    {
        var plan = new Painter(Styles.Fractured with { WorkingSize = 160 }).Paint(Photo("coffee.png", 160));
        Assert.All(plan.Strokes, s => Assert.Equal(2, s.Points.Length));
        Assert.All(plan.Strokes, s => Assert.True(s.Brush is BrushKind.Flat or BrushKind.Knife, s.Brush.ToString()));
    }

    [Fact]
    public void A_planes_slanting_side_is_one_clean_straight_cut()
    {
        // One plane of a warm light colour on a cool dark ground, its lower side slanting at 25° to the rows of slabs
        // that may fill it: whichever way its light falls and its rows run, that side is painted as a straight cut,
        // not a staircase of the rows' square ends. Measured 0.22–0.33 px over six lights; a staircase scored 1.5–6.1.
        const int Size = 480;
        double slope = Math.Tan(25 * Math.PI / 180);
        Point2[] plane = [new(60, 60), new(440, 60), new(440, 360), new(60, (float)(360 - 380 * slope))];
        var pic = new Picture(Size, Size, new Rgb(0.05f, 0.07f, 0.16f));
        for (int y = 60; y < 360; y++)
            for (int x = 60; x < 440; x++)
                if (y < 360 - (440 - x) * slope) pic[x, y] = new Rgb(0.75f, 0.55f, 0.35f);
        var o = Styles.Fractured with { WorkingSize = Size };
        var t = Target.FromPicture(pic, Size);
        var worst = 0.0;
        for (int seed = 1; seed <= 6; seed++)
        {
            var pass = new FracturedPass(t, new CanvasPyramid(t, 0.3f, 0.3f, 0.4f), o, new Brushwork(o, null, 1f));
            var plan = new StrokePlan(Size, Size, new Rgb(0.02f, 0.03f, 0.06f));
            foreach (var (stroke, _, _, _) in pass.Lay(plane, new Random(seed))) plan.Strokes.Add(stroke);
            double wobble = SeeingMeasures.BorderWobble(SeeingMeasures.Flat(plan, Size), 360 - 440 * slope, slope, 24, 120, 380);
            worst = Math.Max(worst, wobble);
        }
        Assert.True(worst < 0.8, $"the side wanders up to {worst:F2} px from a straight line");
    }

    private static double Area(Point2[] p)
    {
        double s = 0;
        for (int i = 0; i < p.Length; i++) { var (a, b) = (p[i], p[(i + 1) % p.Length]); s += a.X * b.Y - b.X * a.Y; }
        return Math.Abs(s) / 2;
    }

    private static bool Convex(Point2[] p)
    {
        int sign = 0;
        for (int i = 0; i < p.Length; i++)
        {
            Point2 a = p[i], b = p[(i + 1) % p.Length], c = p[(i + 2) % p.Length];
            double cross = (b.X - a.X) * (c.Y - b.Y) - (b.Y - a.Y) * (c.X - b.X);
            if (Math.Abs(cross) < 1e-3) continue;
            int s = Math.Sign(cross);
            if (sign != 0 && s != sign) return false;
            sign = s;
        }
        return true;
    }
}
