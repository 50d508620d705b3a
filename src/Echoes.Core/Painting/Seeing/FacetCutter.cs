using Echoes.Strokes;
using Echoes.Targets;

namespace Echoes.Painting;

/// <summary>
/// Cuts the picture into convex planes for the fractured seeing: the plane whose colours one ramp of light explains worst
/// (<see cref="ColourRamp"/>, weighted up on the subject) is split by a straight line, tried along the strongest edges
/// inside it and a few free directions, keeping the cut that separates its colours best; until the wanted number of
/// planes. Cuts end where they meet earlier cuts, as the planes of a cubist picture do. A cut that would leave a long thin
/// wedge (a shard, not a plane) is refused: every plane keeps a compactness of at least <see cref="MinCompactness"/>.
/// Works on a sparse grid of samples (about 160 across), so it costs little.
/// </summary>
internal static class FacetCutter
{
    private const int Across = 160;

    /// <summary>The least compactness (4π·area / perimeter², 1 for a disc, about 0.6 for an even triangle, 0.26 for a
    /// 1:10 strip) a cut may leave a plane with.</summary>
    public const float MinCompactness = 0.3f;

    // One plane being cut: its outline (working pixels) and the samples inside it.
    private sealed record Plane(Point2[] Outline, int[] Samples)
    {
        public double Cost;
    }

    // The grid of samples: position, encoded colour, how strongly an edge runs there, and how much the spot matters.
    private sealed record Samples(float[] X, float[] Y, float[] Rgb, float[] EdgeWeight, float[] Weight);

    /// <summary>The planes' outlines in working pixels, each convex, together tiling the picture.</summary>
    public static List<Point2[]> Cut(Target t, int count, float focusDetail, Random rng)
    {
        var s = Sample(t, focusDetail);
        var all = Enumerable.Range(0, s.X.Length).ToArray();
        Point2[] frame = [new(0, 0), new(t.Width, 0), new(t.Width, t.Height), new(0, t.Height)];
        var planes = new List<Plane> { Costed(new Plane(frame, all), s) };
        while (planes.Count < count)
        {
            var worst = planes.MaxBy(p => p.Cost)!;
            if (worst.Cost <= 0) break;
            if (Split(worst, s, rng) is not var (a, b)) { worst.Cost = 0; continue; }
            planes.Remove(worst);
            planes.Add(Costed(a, s));
            planes.Add(Costed(b, s));
        }
        return [.. planes.Select(p => p.Outline)];
    }

    private static Samples Sample(Target t, float focusDetail)
    {
        int step = Math.Max(1, Math.Max(t.Width, t.Height) / Across);
        var (xs, ys, rgb, edge, weight) = (new List<float>(), new List<float>(), new List<float>(), new List<float>(), new List<float>());
        for (int y = step / 2; y < t.Height; y += step)
            for (int x = step / 2; x < t.Width; x += step)
            {
                int q = y * t.Width + x;
                xs.Add(x + 0.5f); ys.Add(y + 0.5f);
                rgb.Add(t.Encoded[q * 3]); rgb.Add(t.Encoded[q * 3 + 1]); rgb.Add(t.Encoded[q * 3 + 2]);
                float e = t.Edge[q] * t.Coherence[q];
                edge.Add(e * e);
                // The subject is cut finer: its planes are smaller, so it stays legible.
                weight.Add(1f + 30f * focusDetail * t.FocusAt(q) + 2f * t.Importance[q]);
            }
        return new Samples([.. xs], [.. ys], [.. rgb], [.. edge], [.. weight]);
    }

    // How much a plane asks to be cut: what a ramp of colour across it (the plane's own light) leaves unexplained (a
    // smooth gradient needs no cut, a contour does), plus a little for its size so that even a quiet expanse is broken.
    private static Plane Costed(Plane p, Samples s)
    {
        var (sse, n) = Spread(p.Samples, s, _ => true);
        p.Cost = p.Samples.Length < 24 ? 0 : sse + 0.02 * n * n / s.X.Length;
        return p;
    }

    private static (double Sse, int N) Spread(int[] idx, Samples s, Func<int, bool> keep)
    {
        var ramp = idx.Length > 0 ? new ColourRamp(s.X[idx[0]], s.Y[idx[0]]) : new ColourRamp(0, 0);
        foreach (int i in idx)
            if (keep(i)) ramp.Add(s.X[i], s.Y[i], s.Rgb[i * 3], s.Rgb[i * 3 + 1], s.Rgb[i * 3 + 2], s.Weight[i]);
        return (ramp.Residual(), ramp.Count);
    }

    // The best straight cut of the plane: along one of its strong edges, or failing those a free line through it.
    private static (Plane, Plane)? Split(Plane p, Samples s, Random rng)
    {
        var idx = p.Samples;
        double whole = Spread(idx, s, _ => true).Sse, bestGain = 0;
        (Point2 At, Point2 Dir)? best = null;
        for (int c = 0; c < 16; c++)
        {
            var (at, dir) = c < 11 ? AlongEdge(idx, s, rng) : Free(idx, s, rng);
            bool Left(int i) => (s.X[i] - at.X) * dir.Y - (s.Y[i] - at.Y) * dir.X > 0;
            var across = new Point2(dir.Y, -dir.X);
            // Slivers and shards are not planes.
            if (Compactness(Clip(p.Outline, at, across)) < MinCompactness || Compactness(Clip(p.Outline, at, across * -1f)) < MinCompactness)
                continue;
            var (l, nl) = Spread(idx, s, Left);
            var (r, nr) = Spread(idx, s, i => !Left(i));
            if (Math.Min(nl, nr) < idx.Length * 0.12) continue;
            double gain = whole - l - r;
            if (gain > bestGain) { bestGain = gain; best = (at, dir); }
        }
        if (best is not var (bp, bd)) return null;
        bool Side(int i) => (s.X[i] - bp.X) * bd.Y - (s.Y[i] - bp.Y) * bd.X > 0;
        var normal = new Point2(bd.Y, -bd.X);
        return (new Plane(Clip(p.Outline, bp, normal * -1f), [.. idx.Where(Side)]),
            new Plane(Clip(p.Outline, bp, normal), [.. idx.Where(i => !Side(i))]));
    }

    // A line through a sample chosen with odds by edge strength, running along the edge there.
    private static (Point2, Point2) AlongEdge(int[] idx, Samples s, Random rng)
    {
        double total = 0;
        foreach (int i in idx) total += s.EdgeWeight[i];
        if (total <= 1e-9) return Free(idx, s, rng);
        double pick = rng.NextDouble() * total;
        int at = idx[^1];
        foreach (int i in idx) { pick -= s.EdgeWeight[i]; if (pick <= 0) { at = i; break; } }
        // The gradient is perpendicular to the edge; the Target's field runs along it.
        float gx = 0, gy = 0;
        foreach (int j in Near(idx, s, at))
        {
            float dx = s.Rgb[j * 3] + s.Rgb[j * 3 + 1] + s.Rgb[j * 3 + 2] - s.Rgb[at * 3] - s.Rgb[at * 3 + 1] - s.Rgb[at * 3 + 2];
            gx += dx * (s.X[j] - s.X[at]); gy += dx * (s.Y[j] - s.Y[at]);
        }
        float len = MathF.Sqrt(gx * gx + gy * gy);
        if (len < 1e-6f) return Free(idx, s, rng);
        return (new Point2(s.X[at], s.Y[at]), new Point2(-gy / len, gx / len));
    }

    // The sample's neighbours in the plane, within three grid steps.
    private static IEnumerable<int> Near(int[] idx, Samples s, int at)
    {
        float step = s.X.Length > 1 ? MathF.Max(1f, s.X[1] - s.X[0]) : 1f, r = 3.5f * step;
        int k = Array.BinarySearch(idx, at), lo = Math.Max(0, k - 2000), hi = Math.Min(idx.Length, k + 2000);
        for (int n = lo; n < hi; n++)
        {
            int j = idx[n];
            if (MathF.Abs(s.X[j] - s.X[at]) <= r && MathF.Abs(s.Y[j] - s.Y[at]) <= r) yield return j;
        }
    }

    private static (Point2, Point2) Free(int[] idx, Samples s, Random rng)
    {
        int at = idx[rng.Next(idx.Length)];
        float a = rng.NextSingle() * MathF.PI;
        return (new Point2(s.X[at], s.Y[at]), new Point2(MathF.Cos(a), MathF.Sin(a)));
    }

    /// <summary>4π·area / perimeter² of an outline: 1 for a disc, near 0 for a sliver.</summary>
    public static float Compactness(Point2[] poly)
    {
        if (poly.Length < 3) return 0f;
        float area = 0, perimeter = 0;
        for (int i = 0; i < poly.Length; i++)
        {
            Point2 a = poly[i], b = poly[(i + 1) % poly.Length];
            area += a.X * b.Y - b.X * a.Y;
            perimeter += (b - a).Length;
        }
        return perimeter <= 0 ? 0f : 2f * MathF.PI * MathF.Abs(area) / (perimeter * perimeter);
    }

    /// <summary>The part of a convex outline on the side of the line through <paramref name="at"/> that
    /// <paramref name="normal"/> points away from (Sutherland–Hodgman with one edge).</summary>
    private static Point2[] Clip(Point2[] poly, Point2 at, Point2 normal)
    {
        var result = new List<Point2>(poly.Length + 1);
        for (int i = 0; i < poly.Length; i++)
        {
            Point2 a = poly[i], b = poly[(i + 1) % poly.Length];
            float da = (a.X - at.X) * normal.X + (a.Y - at.Y) * normal.Y, db = (b.X - at.X) * normal.X + (b.Y - at.Y) * normal.Y;
            if (da <= 0) result.Add(a);
            if ((da < 0) != (db < 0) && da != db) result.Add(a + (b - a) * (da / (da - db)));
        }
        return [.. result];
    }
}
