using Echoes.Strokes;

namespace Echoes.Rendering;

/// <summary>
/// Fills a stroke's outline polygon with whole-pixel coverage (non-zero winding, pixel centres), skipping
/// antialiasing and texture: several times cheaper than <see cref="Rasterizer"/>, for ranking optimizer candidates.
/// Edges enter and leave an active list as rows advance, so a row costs only the edges that cross it.
/// Footprints with discs beside or instead of a body (splatter, drips) fall back to the exact rasterizer.
/// </summary>
internal static class ScanFill
{
    private struct Edge
    {
        public float YMin, YMax, X0, Slope;
        public int Dir;
    }

    [ThreadStatic] private static List<Point2>? _poly;
    [ThreadStatic] private static float[]? _ones;
    [ThreadStatic] private static Edge[]? _edges;
    [ThreadStatic] private static (float X, int Dir)[]? _hits;

    public static void Fill<TSink>(StrokeGeometry g, Stroke s, int width, int height, ref TSink sink) where TSink : struct, ISpanSink
    {
        if (g.Body != g.Count || g.Count == 0)
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
        var edges = _edges is { } e && e.Length >= n ? e : _edges = new Edge[Math.Max(n, 128)];
        var hits = _hits is { } hh && hh.Length >= n ? hh : _hits = new (float, int)[Math.Max(n, 128)];
        int ne = 0;
        for (int i = 0, j = n - 1; i < n; j = i++)
        {
            var a = poly[j]; var b = poly[i];
            if (a.Y == b.Y) continue;
            var (lo, hi, dir) = a.Y < b.Y ? (a, b, 1) : (b, a, -1);
            edges[ne++] = new Edge { YMin = lo.Y, YMax = hi.Y, X0 = lo.X, Slope = (hi.X - lo.X) / (hi.Y - lo.Y), Dir = dir };
        }
        Array.Sort(edges, 0, ne, EdgeOrder.Instance);
        int y0 = Math.Max(0, (int)MathF.Floor(g.MinY)), y1 = Math.Min(height, (int)MathF.Ceiling(g.MaxY) + 1);
        int next = 0; // edges[next..] have not started yet
        Span<int> active = ne <= 512 ? stackalloc int[ne] : new int[ne];
        int na = 0;
        for (int y = y0; y < y1; y++)
        {
            float py = y + 0.5f;
            while (next < ne && edges[next].YMin <= py) active[na++] = next++;
            int nh = 0, keep = 0;
            for (int k = 0; k < na; k++)
            {
                ref var ed = ref edges[active[k]];
                if (ed.YMax <= py) continue;
                active[keep++] = active[k];
                if (ed.YMin <= py) hits[nh++] = (ed.X0 + (py - ed.YMin) * ed.Slope, ed.Dir);
            }
            na = keep;
            if (nh < 2) continue;
            Array.Sort(hits, 0, nh, HitOrder.Instance);
            int winding = 0;
            for (int k = 0; k < nh - 1; k++)
            {
                winding += hits[k].Dir;
                if (winding == 0) continue;
                int xa = Math.Max(0, (int)MathF.Ceiling(hits[k].X - 0.5f)), xb = Math.Min(width, (int)MathF.Ceiling(hits[k + 1].X - 0.5f));
                if (xb > xa) sink.Span(y, xa, new ShadedRun(ones.AsSpan(0, xb - xa)));
            }
        }
    }

    private sealed class EdgeOrder : IComparer<Edge>
    {
        public static readonly EdgeOrder Instance = new();
        public int Compare(Edge a, Edge b) => a.YMin.CompareTo(b.YMin);
    }

    private sealed class HitOrder : IComparer<(float X, int Dir)>
    {
        public static readonly HitOrder Instance = new();
        public int Compare((float X, int Dir) a, (float X, int Dir) b) => a.X.CompareTo(b.X);
    }
}
