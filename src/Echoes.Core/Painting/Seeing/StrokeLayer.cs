using Echoes.Brushes;
using Echoes.Color;
using Echoes.Imaging;
using Echoes.Rendering;
using Echoes.Strokes;
using Echoes.Targets;

namespace Echoes.Painting;

/// <summary>
/// What the gesture and echo passes share: marks made in working pixels and encoded colour, turned into plan strokes,
/// drawn on the working canvas (so later marks see what is there) and handed on in painting order.
/// </summary>
internal sealed class StrokeLayer(Target target, CanvasPyramid pyramid, Brushwork brushwork, Action<Stroke> placed, int? cap,
    CancellationToken ct)
{
    private readonly StrokeGeometry _geo = new();

    /// <summary>How many strokes were laid.</summary>
    public int Count { get; private set; }

    /// <summary>The working canvas, sRGB-encoded, three floats a pixel.</summary>
    public float[] Canvas => pyramid.Full.C;

    /// <summary>Working width and height.</summary>
    public int W => target.Width;

    /// <summary>Working height.</summary>
    public int H => target.Height;

    /// <summary>The target's encoded pixels blurred to <paramref name="sigma"/> working pixels.</summary>
    public float[] Blurred(float sigma)
    {
        var b = (float[])target.Encoded.Clone();
        if (sigma > 0.3f) Blur.Gaussian(b, W, H, 3, sigma);
        return b;
    }

    /// <summary>The colour of <paramref name="img"/> at a working point (clamped into the picture).</summary>
    public (float R, float G, float B) At(float[] img, float x, float y)
    {
        int j = Index(x, y) * 3;
        return (img[j], img[j + 1], img[j + 2]);
    }

    /// <summary>The pixel index of a working point, clamped into the picture.</summary>
    public int Index(float x, float y) => Math.Clamp((int)y, 0, H - 1) * W + Math.Clamp((int)x, 0, W - 1);

    /// <summary>Whether a working point lies inside the picture.</summary>
    public bool Inside(Point2 p) => p.X >= 0 && p.Y >= 0 && p.X < W && p.Y < H;

    /// <summary>Strokes of the budget held back for marks laid later (the last layers of a pass).</summary>
    public int Held { get; set; }

    /// <summary>Whether the stroke budget (less what is held back) is spent: later marks are dropped.</summary>
    public bool Full => cap is int c && Count >= c - Held;

    /// <summary>Lays one mark: <paramref name="pts"/> and <paramref name="width"/> in working pixels, the colour encoded;
    /// nothing once the budget is spent.</summary>
    public void Lay(IReadOnlyList<Point2> pts, float width, (float R, float G, float B) c, BrushKind brush, float opacity, float load,
        uint seed, (float Start, float End) taper)
    {
        ct.ThrowIfCancellationRequested();
        if (Full || pts.Count == 0) return;
        float k = brushwork.LogicalPerPixel;
        var points = new Point2[Math.Min(pts.Count, Limits.MaxStrokePoints)];
        for (int i = 0; i < points.Length; i++) points[i] = pts[(int)MathF.Round(i * (pts.Count - 1) / (float)Math.Max(1, points.Length - 1))] * k;
        var (r, g, b) = (Math.Clamp(c.R, 0f, 1f), Math.Clamp(c.G, 0f, 1f), Math.Clamp(c.B, 0f, 1f));
        var stroke = new Stroke
        {
            Points = points,
            Width = MathF.Max(0.5f, width) * k,
            Color = new Rgb(Srgb.ToLinear(r), Srgb.ToLinear(g), Srgb.ToLinear(b)),
            Opacity = Math.Clamp(opacity, 0.05f, 1f),
            Brush = brush,
            Load = Math.Clamp(load, 0.05f, 1f),
            Seed = seed,
            TaperStart = Math.Clamp(taper.Start, 0f, 0.5f),
            TaperEnd = Math.Clamp(taper.End, 0f, 0.5f),
        };
        _geo.Build(stroke, 1f / k);
        pyramid.Full.Commit(_geo, r, g, b);
        placed(stroke);
        Count++;
    }
}
