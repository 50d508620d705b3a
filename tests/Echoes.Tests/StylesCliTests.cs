using Echoes.Color;
using Echoes.Imaging;
using Echoes.Painting;

namespace Echoes.Tests;

public class StylesCliTests
{
    [Fact]
    public void Styles_writes_a_sheet_with_every_style_in_rows_of_four()
    {
        var dir = TestImages.TempDir();
        var sheet = Path.Combine(dir, "styles.png");
        var r = Cli.Run("styles", TestImages.Photo("coffee.png"), "-o", sheet, "--tile-width", "80", "-m", "joy");
        Assert.True(r.Code == 0, r.Err);
        foreach (var name in Styles.All.Keys) Assert.Contains(name, r.Out);
        var pic = Picture.Load(sheet);
        int rows = (Styles.All.Count + 3) / 4;
        Assert.True(pic.Width > 4 * 80 && pic.Width < 5 * 80, $"{pic.Width} px wide");
        // Each row is a painting (coffee is 3:2, so 53 px high) and its label.
        Assert.InRange(pic.Height, rows * 53, rows * 100 + 30);
        // The tiles differ from each other: the first row's first and second paintings are not the same picture (over a
        // window, since any one pixel may match by chance).
        double diff = TileDifference(pic, 88);
        Assert.True(diff > 0.01, $"mean difference {diff:F4}");
        Cli.AssertUserError(Cli.Run("styles", TestImages.Photo("coffee.png"), "-o", sheet, "--tile-width", "5"), "tile width");
        Cli.AssertUserError(Cli.Run("styles", TestImages.Photo("coffee.png"), "-o", Path.Combine(dir, "s.svg")), "cannot write '.svg'");
        Cli.AssertUserError(Cli.Run("styles", TestImages.Photo("coffee.png"), "-o", sheet, "-m", "glee"), "glee");
    }

    private static double TileDifference(Picture p, int offset)
    {
        double sum = 0;
        int n = 0;
        for (int y = 10; y < 45; y++)
            for (int x = 10; x < 70; x++, n++)
            {
                Rgb a = p[x, y], b = p[x + offset, y];
                sum += (MathF.Abs(a.R - b.R) + MathF.Abs(a.G - b.G) + MathF.Abs(a.B - b.B)) / 3;
            }
        return sum / n;
    }
}
