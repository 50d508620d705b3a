using Echoes.Strokes;

namespace Echoes.Rendering;

/// <summary>
/// Fills a stroke's outline polygon with whole-pixel coverage (non-zero winding, pixel centres), skipping
/// antialiasing and texture: about five times cheaper than <see cref="Rasterizer"/>, for ranking optimizer candidates.
/// Splatter and drips fall back to the exact rasterizer.
/// </summary>
internal static class ScanFill
{
    [ThreadStatic] private static List<Point2>? _poly;
    [ThreadStatic] private static float[]? _ones;
    [ThreadStatic] private static (float X, int Dir)[]? _hits;

    public static void Fill<TSink>(StrokeGeometry g, Stroke s, int width, int height, ref TSink sink) where TSink : struct, ISpanSink
    {
        if (s.Brush is BrushKind.Splatter or BrushKind.Drip || g.Count == 0)
        {
            Rasterizer.Rasterize(g, 0, 0, width, height, ref sink);
            return;
        }
        var poly = _poly ??= new List<Point2>(128);
        poly.Clear();
        Outline.Build(g, g.Count, poly);
        int n = poly.Count;
        var ones = _ones is { } o && o.Length >= width ? o : _ones = new float[Math.Max(width, 256)];
        if (ones[0] != g.Opacity || ones[width - 1] != g.Opacity) Array.Fill(ones, g.Opacity);
        var hits = _hits is { } hh && hh.Length >= n ? hh : _hits = new (float, int)[Math.Max(n, 64)];
        int y0 = Math.Max(0, (int)MathF.Floor(g.MinY)), y1 = Math.Min(height, (int)MathF.Ceiling(g.MaxY) + 1);
        for (int y = y0; y < y1; y++)
        {
            float py = y + 0.5f;
            int nh = 0;
            for (int i = 0, j = n - 1; i < n; j = i++)
            {
                float ay = poly[j].Y, by = poly[i].Y;
                if ((ay <= py) == (by <= py)) continue;
                float t = (py - ay) / (by - ay);
                hits[nh++] = (poly[j].X + t * (poly[i].X - poly[j].X), by > ay ? 1 : -1);
            }
            if (nh < 2) continue;
            Array.Sort(hits, 0, nh, HitComparer.Instance);
            int winding = 0;
            for (int k = 0; k < nh - 1; k++)
            {
                winding += hits[k].Dir;
                if (winding == 0) continue;
                int xa = Math.Max(0, (int)MathF.Ceiling(hits[k].X - 0.5f)), xb = Math.Min(width, (int)MathF.Ceiling(hits[k + 1].X - 0.5f));
                if (xb > xa) sink.Span(y, xa, ones.AsSpan(0, xb - xa), default);
            }
        }
    }

    private sealed class HitComparer : IComparer<(float X, int Dir)>
    {
        public static readonly HitComparer Instance = new();
        public int Compare((float X, int Dir) a, (float X, int Dir) b) => a.X.CompareTo(b.X);
    }
}
