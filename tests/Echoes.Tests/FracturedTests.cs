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

    [Fact]
    public void Its_edges_are_straighter_than_the_layered_styles()
    {
        var t = Photo("chelsea.png", 256);
        var fractured = SeeingMeasures.Flat(new Painter(Styles.Fractured with { WorkingSize = 256 }).Paint(t), 256);
        var expressive = SeeingMeasures.Flat(new Painter(Styles.Expressive with { WorkingSize = 256 }).Paint(t), 256);
        // At a quarter size the slabs' texture is gone and the planes' borders remain.
        double f = SeeingMeasures.Straightness(fractured.FitWithin(64), 3), e = SeeingMeasures.Straightness(expressive.FitWithin(64), 3);
        // Measured 0.572 against 0.530 on this photo: the planes' borders are long straight lines, the layered strokes curve.
        Assert.True(f > e + 0.02, $"straightness fractured {f:F3}, expressive {e:F3}");
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
