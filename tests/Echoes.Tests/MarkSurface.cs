using Echoes.Color;
using Echoes.Rendering;
using Echoes.Strokes;

namespace Echoes.Tests;

/// <summary>One stroke rasterized alone into grids of coverage, height and stroke coordinates, for measuring its marks.</summary>
internal sealed class MarkSurface
{
    public readonly int Width, Height;
    public readonly float[] Coverage, Relief, Along, Across;

    private MarkSurface(int width, int height)
    {
        (Width, Height) = (width, height);
        Coverage = new float[width * height];
        Relief = new float[width * height];
        Along = new float[width * height];
        Across = new float[width * height];
    }

    /// <summary>A horizontal stroke from x = 20 to 20 + <paramref name="length"/> along y = <paramref name="width"/>,
    /// rasterized at one pixel per unit.</summary>
    public static MarkSurface Of(BrushKind kind, float width, float length, uint seed, float load = 0.6f,
        float taperStart = 0.15f, float taperEnd = 0.25f)
    {
        var s = new Stroke
        {
            Brush = kind, Points = [new(20, width), new(20 + length / 2, width), new(20 + length, width)], Width = width,
            Color = Rgb.Black, Load = load, Seed = seed, TaperStart = taperStart, TaperEnd = taperEnd,
        };
        return Of(s, (int)length + 40, (int)(2 * width));
    }

    /// <summary>The stroke <paramref name="s"/> rasterized at one pixel per unit on a surface of the given size.</summary>
    public static MarkSurface Of(Stroke s, int width, int height)
    {
        var surface = new MarkSurface(width, height);
        var g = new StrokeGeometry();
        g.Build(s, 1f);
        var sink = new Sink(surface);
        Rasterizer.Rasterize(g, 0, 0, surface.Width, surface.Height, ref sink);
        return surface;
    }

    /// <summary>Whether the pixel and its eight neighbours are all painted at least half.</summary>
    public bool Inside(int x, int y)
    {
        if (x < 1 || y < 1 || x >= Width - 1 || y >= Height - 1) return false;
        for (int dy = -1; dy <= 1; dy++)
            for (int dx = -1; dx <= 1; dx++)
                if (Coverage[(y + dy) * Width + x + dx] < 0.5f) return false;
        return true;
    }

    private readonly struct Sink(MarkSurface m) : ISpanSink
    {
        public bool WantsHeight => true;

        public bool WantsAlong => true;

        public void Span(int y, int x0, in ShadedRun run)
        {
            for (int i = 0; i < run.Coverage.Length; i++)
            {
                int at = y * m.Width + x0 + i;
                m.Coverage[at] = run.Coverage[i];
                m.Relief[at] = run.Height[i];
                m.Along[at] = run.Along[i];
                m.Across[at] = run.Across[i];
            }
        }
    }
}
