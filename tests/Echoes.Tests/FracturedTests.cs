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
    [InlineData("chelsea.png")]
    [InlineData("coffee.png")]
    [InlineData("rocket.jpg")]
    public void Its_drawing_is_made_of_straight_lines_as_the_layered_styles_is_not(string photo)
    {
        var t = Photo(photo, 256);
        var fractured = SeeingMeasures.Flat(new Painter(Styles.Fractured with { WorkingSize = 256 }).Paint(t), 256);
        var expressive = SeeingMeasures.Flat(new Painter(Styles.Expressive with { WorkingSize = 256 }).Paint(t), 256);
        double f = SeeingMeasures.LineShare(fractured, 20), e = SeeingMeasures.LineShare(expressive, 20);
        // Measured 0.125–0.209 against 0.058–0.105 on the four photos (the source itself 0.058–0.153): twenty straight
        // lines carry about twice as much of the planes' drawing as of the curved strokes'.
        Assert.True(f > 1.5 * e, $"share of the edges on twenty lines: fractured {f:F3}, expressive {e:F3}");
    }

    [Fact]
    public void Its_strokes_are_straight_slabs()
    {
        var plan = new Painter(Styles.Fractured with { WorkingSize = 160 }).Paint(Photo("coffee.png", 160));
        Assert.All(plan.Strokes, s => Assert.Equal(2, s.Points.Length));
        Assert.All(plan.Strokes, s => Assert.True(s.Brush is BrushKind.Flat or BrushKind.Knife, s.Brush.ToString()));
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
