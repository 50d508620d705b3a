using System.Numerics;
using Echoes.Brushes;

namespace Echoes.Rendering;

/// <summary>
/// The span-based, antialiased stroke rasterizer shared by the optimizer and the renderer. For each row it finds, per
/// capsule, the exact run of pixels the capsule can reach; each pixel centre is then tested only against those
/// capsules. The signed distance to their union gives a one-pixel antialiased edge, and the nearest capsule gives the
/// stroke coordinates (u along, v across) for the brush texture. The row loop is compiled once per brush texture: the
/// stroke's <see cref="Brush"/> names its texture type once per stroke, so no pixel pays a virtual call.
/// </summary>
internal static class Rasterizer
{
    [ThreadStatic] private static Scratch? _scratch;
    private static readonly Vector<float> Lanes = LaneOffsets();

    /// <summary>Per-thread buffers, grown to the largest stroke and row seen so far.</summary>
    private sealed class Scratch
    {
        public float[] Cov = new float[256], Height = new float[256], Along = new float[256], Across = new float[256];
        public int[] Active = new int[64], Lo = new int[64], Hi = new int[64];
        public float[] RowT = new float[64], RowT0 = new float[64]; // per active capsule: t = px·slope + intercept on this row
        public float[] RowCross = new float[64]; // signed cross product = px·Dy + this
        public float[] BestSd = new float[256], BestT = new float[256], BestK = new float[256];

        public void FitCapsules(int count)
        {
            if (Active.Length >= count) return;
            int need = Math.Max(count, 64);
            (Active, Lo, Hi) = (new int[need], new int[need], new int[need]);
            (RowT, RowT0, RowCross) = (new float[need], new float[need], new float[need]);
        }

        public void FitWidth(int width)
        {
            if (Cov.Length < width) Cov = new float[Math.Max(width, 256)];
            if (Height.Length < width) Height = new float[Math.Max(width, 256)];
            if (Along.Length < width) (Along, Across) = (new float[Math.Max(width, 256)], new float[Math.Max(width, 256)]);
        }

        public void FitRow(int n)
        {
            if (BestSd.Length >= n) return;
            int need = Math.Max(n, 256);
            (BestSd, BestT, BestK) = (new float[need], new float[need], new float[need]);
        }
    }

    /// <summary>The texture of footprint-only geometry (<see cref="StrokeGeometry.Plain"/>): full coverage, no relief.</summary>
    private readonly struct PlainTexture : IBrushTexture
    {
        public static float Sample(in BrushTexture.Params p, float u, float v, out float height)
        {
            height = 0f;
            return 1f;
        }
    }

    /// <summary>One rasterization, run with the stroke's texture type once its brush names it.</summary>
    private struct Job<TSink>(StrokeGeometry g, int x0, int y0, int x1, int y1, TSink sink) : ITextureUser
        where TSink : struct, ISpanSink
    {
        public TSink Sink = sink;

        public void Use<TTexture>() where TTexture : struct, IBrushTexture => Rasterize<TSink, TTexture>(g, x0, y0, x1, y1, ref Sink);
    }

    /// <summary>Rasterizes <paramref name="g"/> inside the pixel rectangle [x0, x1) × [y0, y1).</summary>
    public static void Rasterize<TSink>(StrokeGeometry g, int x0, int y0, int x1, int y1, ref TSink sink)
        where TSink : struct, ISpanSink
    {
        if (g.Plain)
        {
            Rasterize<TSink, PlainTexture>(g, x0, y0, x1, y1, ref sink);
            return;
        }
        var job = new Job<TSink>(g, x0, y0, x1, y1, sink);
        g.Brush.WithTexture(ref job);
        sink = job.Sink;
    }

    // Row by row: the capsules that reach the row, their nearest distances along it, then coverage and texture.
    private static void Rasterize<TSink, TTexture>(StrokeGeometry g, int x0, int y0, int x1, int y1, ref TSink sink)
        where TSink : struct, ISpanSink where TTexture : struct, IBrushTexture
    {
        int ry0 = Math.Max(y0, (int)MathF.Floor(g.MinY)), ry1 = Math.Min(y1, (int)MathF.Ceiling(g.MaxY) + 1);
        int rx0 = Math.Max(x0, (int)MathF.Floor(g.MinX)), rx1 = Math.Min(x1, (int)MathF.Ceiling(g.MaxX) + 1);
        if (ry0 >= ry1 || rx0 >= rx1 || g.Count == 0) return;
        var scratch = _scratch ??= new Scratch();
        scratch.FitWidth(rx1 - rx0);
        scratch.FitCapsules(g.Count);
        for (int y = ry0; y < ry1; y++)
        {
            float py = y + 0.5f;
            int na = ActiveCapsules(g, scratch, py, rx0, rx1, out int xa, out int xb);
            if (na == 0) continue;
            NearestAlongRow(g, scratch, na, xa, xb, py);
            ShadeRow<TSink, TTexture>(g, scratch, y, xa, xb, rx0, ref sink);
        }
    }

    /// <summary>The capsules within reach of row <paramref name="py"/>, each with its run of pixels [lo, hi] and the
    /// row's affine terms; returns how many, and the union of their runs [xa, xb].</summary>
    private static int ActiveCapsules(StrokeGeometry g, Scratch s, float py, int rx0, int rx1, out int xa, out int xb)
    {
        var caps = g.Caps;
        int[] active = s.Active, lo = s.Lo, hi = s.Hi;
        float[] rowT = s.RowT, rowT0 = s.RowT0, rowCross = s.RowCross;
        int na = 0;
        xa = int.MaxValue; xb = int.MinValue;
        for (int i = 0; i < g.Count; i++)
        {
            ref var cp = ref caps[i];
            if (py < cp.MinY || py > cp.MaxY) continue;
            if (!RowInterval(ref cp, py, out float fl, out float fr)) continue;
            int il = Math.Max(rx0, (int)MathF.Floor(fl - 0.5f)), ir = Math.Min(rx1 - 1, (int)MathF.Ceiling(fr - 0.5f));
            if (il > ir) continue;
            active[na] = i; lo[na] = il; hi[na] = ir;
            // Along a row, t and the cross product are affine in x: precompute them once per row.
            float dyr = py - cp.Ay;
            if (cp.Len > 1e-4f) { rowT[na] = cp.Dx * cp.InvLen2; rowT0[na] = (dyr * cp.Dy - cp.Ax * cp.Dx) * cp.InvLen2; }
            else { rowT[na] = 0f; rowT0[na] = -1f; } // a disc: always the end-point distance
            rowCross[na] = -cp.Ax * cp.Dy - dyr * cp.Dx;
            na++;
            if (il < xa) xa = il;
            if (ir > xb) xb = ir;
        }
        return na;
    }

    // Each capsule writes its signed distance over its own run of the row, keeping the nearest (a branch-free SIMD loop).
    private static void NearestAlongRow(StrokeGeometry g, Scratch s, int na, int xa, int xb, float py)
    {
        s.FitRow(xb - xa + 1);
        float[] bestSd = s.BestSd, bestT = s.BestT, bestK = s.BestK;
        bestSd.AsSpan(0, xb - xa + 1).Fill(float.MaxValue);
        for (int k = 0; k < na; k++)
            Nearest(ref g.Caps[s.Active[k]], s.RowT[k], s.RowT0[k], k, xa, s.Lo[k], s.Hi[k], py, bestSd, bestT, bestK);
    }

    // Each pixel turns the nearest distance into coverage and texture; the covered run goes to the sink.
    private static void ShadeRow<TSink, TTexture>(StrokeGeometry g, Scratch s, int y, int xa, int xb, int rx0, ref TSink sink)
        where TSink : struct, ISpanSink where TTexture : struct, IBrushTexture
    {
        bool wantsHeight = sink.WantsHeight, wantsAlong = sink.WantsAlong;
        var caps = g.Caps;
        ref readonly var tex = ref g.Texture;
        bool square = g.SquareStart || g.SquareEnd;
        float[] cov = s.Cov, hgt = s.Height, along = s.Along, across = s.Across;
        float[] bestSd = s.BestSd, bestT = s.BestT, bestK = s.BestK, rowCross = s.RowCross;
        int[] active = s.Active;
        float py = y + 0.5f, opacity = g.Opacity;
        int first = -1, end = -1;
        for (int x = xa; x <= xb; x++)
        {
            int i = x - xa;
            float px = x + 0.5f;
            float best = bestSd[i];
            if (best >= 0.5f && !square) { if (first >= 0) { cov[x - rx0] = 0; hgt[x - rx0] = 0; } continue; }
            float bu = 0, bv = 0, br = 1;
            if (best < float.MaxValue)
            {
                int kb = (int)bestK[i];
                float t = bestT[i];
                ref var cp = ref caps[active[kb]];
                br = cp.Ra + (cp.Rb - cp.Ra) * t;
                bu = cp.U0 + (cp.U1 - cp.U0) * t;
                bv = px * cp.Dy + rowCross[kb] < 0f ? -(best + br) : best + br;
            }
            if (square) SquareEnds(g, px, py, ref best, ref bu, ref bv, ref br);
            float coverage = 0.5f - best;
            if (coverage <= 0f) { if (first >= 0) { cov[x - rx0] = 0; hgt[x - rx0] = 0; } continue; }
            if (coverage > 1f) coverage = 1f;
            float twoR = 2f * br;
            if (coverage > twoR) coverage = twoR;
            float v = bv / (br > 1e-3f ? br : 1e-3f);
            v = v < -1f ? -1f : v > 1f ? 1f : v;
            float m = TTexture.Sample(tex, bu, v, out float hh);
            if (first < 0) first = x;
            end = x + 1;
            cov[x - rx0] = coverage * m * opacity;
            if (wantsHeight) hgt[x - rx0] = hh;
            if (wantsAlong) { along[x - rx0] = bu; across[x - rx0] = v; }
        }
        if (first < 0) return;
        int o = first - rx0, n = end - first;
        sink.Span(y, first, new ShadedRun(cov.AsSpan(o, n), wantsHeight ? hgt.AsSpan(o, n) : default,
            wantsAlong ? along.AsSpan(o, n) : default, wantsAlong ? across.AsSpan(o, n) : default));
    }

    private static Vector<float> LaneOffsets()
    {
        Span<float> v = stackalloc float[Vector<float>.Count];
        for (int i = 0; i < v.Length; i++) v[i] = i + 0.5f;
        return new Vector<float>(v);
    }

    /// <summary>Min-combines capsule k's signed distance (and spine parameter) into the row buffers over [lo, hi].</summary>
    private static void Nearest(ref StrokeGeometry.Capsule cp, float slope, float intercept, int k, int xa, int lo, int hi, float py,
        float[] bestSd, float[] bestT, float[] bestK)
    {
        int i = lo - xa, end = hi - xa + 1;
        float dyA = py - cp.Ay, dR = cp.Rb - cp.Ra;
        int w = Vector<float>.Count;
        if (end - i >= w)
        {
            var vSlope = new Vector<float>(slope); var vIntercept = new Vector<float>(intercept);
            var vAx = new Vector<float>(cp.Ax); var vDx = new Vector<float>(cp.Dx); var vDy = new Vector<float>(cp.Dy);
            var vDyA = new Vector<float>(dyA); var vRa = new Vector<float>(cp.Ra); var vDR = new Vector<float>(dR);
            var vK = new Vector<float>(k); var zero = Vector<float>.Zero; var one = Vector<float>.One;
            for (; i + w <= end; i += w)
            {
                var px = new Vector<float>(xa + i) + Lanes;
                var t = Vector.Min(Vector.Max(px * vSlope + vIntercept, zero), one);
                var ex = px - vAx - t * vDx;
                var ey = vDyA - t * vDy;
                var sd = Vector.SquareRoot(ex * ex + ey * ey) - (vRa + vDR * t);
                var old = new Vector<float>(bestSd, i);
                var closer = Vector.LessThan(sd, old);
                Vector.ConditionalSelect(closer, sd, old).CopyTo(bestSd, i);
                Vector.ConditionalSelect(closer, t, new Vector<float>(bestT, i)).CopyTo(bestT, i);
                Vector.ConditionalSelect(closer, vK, new Vector<float>(bestK, i)).CopyTo(bestK, i);
            }
        }
        for (; i < end; i++)
        {
            float px = xa + i + 0.5f;
            float t = Math.Clamp(px * slope + intercept, 0f, 1f);
            float ex = px - cp.Ax - t * cp.Dx, ey = dyA - t * cp.Dy;
            float sd = MathF.Sqrt(ex * ex + ey * ey) - (cp.Ra + dR * t);
            if (sd < bestSd[i]) { bestSd[i] = sd; bestT[i] = t; bestK[i] = k; }
        }
    }

    /// <summary>
    /// The x-extent on row <paramref name="py"/> of the points within reach (radius + ½ px) of a capsule: the union of
    /// its two end discs and the rectangle between them, which is one interval since the capsule is convex.
    /// </summary>
    private static bool RowInterval(ref StrokeGeometry.Capsule cp, float py, out float left, out float right)
    {
        left = float.MaxValue; right = float.MinValue;
        float ra = cp.Ra + 0.5f, rb = cp.Rb + 0.5f;
        Disc(cp.Ax, cp.Ay, ra, py, ref left, ref right);
        if (cp.Len <= 1e-6f) return left <= right;
        float bx = cp.Ax + cp.Dx, by = cp.Ay + cp.Dy;
        Disc(bx, by, rb, py, ref left, ref right);
        float nx = -cp.Dy / cp.Len, ny = cp.Dx / cp.Len;
        // Quadrilateral A+n·ra, B+n·rb, B−n·rb, A−n·ra: intersect each edge with the row.
        float p0x = cp.Ax + nx * ra, p0y = cp.Ay + ny * ra, p1x = bx + nx * rb, p1y = by + ny * rb;
        float p2x = bx - nx * rb, p2y = by - ny * rb, p3x = cp.Ax - nx * ra, p3y = cp.Ay - ny * ra;
        Edge(p0x, p0y, p1x, p1y, py, ref left, ref right);
        Edge(p1x, p1y, p2x, p2y, py, ref left, ref right);
        Edge(p2x, p2y, p3x, p3y, py, ref left, ref right);
        Edge(p3x, p3y, p0x, p0y, py, ref left, ref right);
        return left <= right;
    }

    private static void Disc(float cx, float cy, float r, float py, ref float left, ref float right)
    {
        float dy = py - cy, q = r * r - dy * dy;
        if (q < 0f) return;
        float hw = MathF.Sqrt(q);
        if (cx - hw < left) left = cx - hw;
        if (cx + hw > right) right = cx + hw;
    }

    private static void Edge(float ax, float ay, float bx, float by, float py, ref float left, ref float right)
    {
        if ((py < ay && py < by) || (py > ay && py > by)) return;
        float dy = by - ay;
        float x = MathF.Abs(dy) < 1e-6f ? MathF.Min(ax, bx) : ax + (bx - ax) * (py - ay) / dy;
        float x2 = MathF.Abs(dy) < 1e-6f ? MathF.Max(ax, bx) : x;
        if (x < left) left = x;
        if (x2 > right) right = x2;
    }

    // Square ends cut the footprint with the half-planes through the first and last spine points: past them, the
    // distance is that of a rectangle's corner, whatever round caps the inner capsules would add.
    private static void SquareEnds(StrokeGeometry g, float px, float py, ref float best, ref float bu, ref float bv, ref float br)
    {
        if (g.SquareStart)
        {
            ref var c = ref g.Caps[0];
            float dx = px - c.Ax, dy = py - c.Ay;
            float inv = c.InvLen;
            float along = (dx * c.Dx + dy * c.Dy) * inv;
            if (along < 0f)
            {
                float side = (dx * c.Dy - dy * c.Dx) * inv;
                best = MathF.Max(-along, MathF.Abs(side) - c.Ra);
                bu = c.U0; br = c.Ra; bv = side < 0f ? -MathF.Abs(side) : MathF.Abs(side);
                return;
            }
        }
        if (g.SquareEnd)
        {
            ref var c = ref g.Caps[g.Count - 1];
            float bx = c.Ax + c.Dx, by = c.Ay + c.Dy;
            float dx = px - bx, dy = py - by;
            float inv = c.InvLen;
            float along = (dx * c.Dx + dy * c.Dy) * inv;
            if (along > 0f)
            {
                float side = (dx * c.Dy - dy * c.Dx) * inv;
                best = MathF.Max(along, MathF.Abs(side) - c.Rb);
                bu = c.U1; br = c.Rb; bv = side < 0f ? -MathF.Abs(side) : MathF.Abs(side);
            }
        }
    }
}
