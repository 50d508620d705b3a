using Echoes.Imaging;
using SkiaSharp;

namespace Echoes.Tests;

/// <summary>Image comparisons with tolerance.</summary>
internal static class Images
{
    public static Picture Decode(Canvas c) => Picture.Load(SaveTemp(c));

    public static string SaveTemp(Canvas c)
    {
        var p = Path.Combine(TestImages.TempDir(), "c.png");
        c.Save(p);
        return p;
    }

    public static double MeanAbsDiff(Canvas a, Canvas b)
    {
        Assert.Equal((a.Width, a.Height), (b.Width, b.Height));
        long sum = 0;
        for (int i = 0; i < a.Pixels.Length; i += 4)
            for (int k = 0; k < 3; k++) sum += Math.Abs(a.Pixels[i + k] - b.Pixels[i + k]);
        return sum / (a.Width * (double)a.Height * 3);
    }

    /// <summary>Fraction of pixels whose largest channel difference exceeds <paramref name="tolerance"/>.</summary>
    public static double FractionDiffering(Canvas a, Canvas b, int tolerance)
    {
        int n = 0;
        for (int i = 0; i < a.Pixels.Length; i += 4)
        {
            int d = Math.Max(Math.Abs(a.Pixels[i] - b.Pixels[i]), Math.Max(Math.Abs(a.Pixels[i + 1] - b.Pixels[i + 1]), Math.Abs(a.Pixels[i + 2] - b.Pixels[i + 2])));
            if (d > tolerance) n++;
        }
        return n / (a.Width * (double)a.Height);
    }

    public static double Mean(Canvas c)
    {
        long s = 0;
        for (int i = 0; i < c.Pixels.Length; i += 4) s += c.Pixels[i] + c.Pixels[i + 1] + c.Pixels[i + 2];
        return s / (c.Width * (double)c.Height * 3);
    }

    public static Canvas LoadCanvas(string path)
    {
        using var bmp = SKBitmap.Decode(path) ?? throw new InvalidOperationException($"cannot decode {path}");
        return Canvas.FromBitmap(bmp);
    }
}
