using Echoes.Color;
using Echoes.Imaging;

namespace Echoes.Tests;

/// <summary>Paths to the shared photos and small synthetic images made in code.</summary>
internal static class TestImages
{
    public static string SharedDir
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !Directory.Exists(Path.Combine(dir.FullName, "shared", "images"))) dir = dir.Parent;
            return dir is null ? throw new DirectoryNotFoundException("../shared/images not found") : Path.Combine(dir.FullName, "shared", "images");
        }
    }

    public static string Photo(string name) => Path.Combine(SharedDir, name);

    public static IEnumerable<string> Photos => Directory.EnumerateFiles(SharedDir).Where(f => f.EndsWith(".png") || f.EndsWith(".jpg")).Order();

    public static string TempDir()
    {
        var d = Path.Combine(Path.GetTempPath(), "echoes-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(d);
        return d;
    }

    /// <summary>Flat colour fields: four quadrants.</summary>
    public static Picture Quadrants(int w = 96, int h = 64)
    {
        var p = new Picture(w, h);
        Rgb[] cs = [Rgb.FromHex("#d94f30"), Rgb.FromHex("#2e6f9e"), Rgb.FromHex("#f2d16b"), Rgb.FromHex("#3c8d5a")];
        for (int y = 0; y < h; y++)
            for (int x = 0; x < w; x++)
                p[x, y] = cs[(x < w / 2 ? 0 : 1) + (y < h / 2 ? 0 : 2)];
        return p;
    }
}
