using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
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
    // Row buffers run on past the row by this much, so loops over them need no scalar tail.
    private static readonly int Pad = Math.Max(Vector<float>.Count, Vector256<float>.Count);
    private static readonly Vector<float> Lanes = LaneOffsets();
    // Margins of the nearest-capsule skip test: relative on the squared reach, and absolute, both far above float rounding.
    private const float NearSlack = 1.0001f, NearTiny = 1e-6f;

    /// <summary>Per-thread buffers, grown to the largest stroke and row seen so far; rows are padded by a vector's
    /// width so every loop runs whole vectors.</summary>
    private sealed class Scratch
    {
        public int[] Active = new int[64], Lo = new int[64], Hi = new int[64];
        public readonly CapsuleReaches Reaches = new();
        public float[] RowT = new float[64], RowT0 = new float[64]; // per active capsule: t = px·slope + intercept on this row
        public float[] RowCross = new float[64]; // signed cross product = px·Dy + this
        // Per pixel of the row: the nearest capsule's signed distance, radius, u and signed offset square to its spine.
        public float[] BestSd = new float[256], BestR = new float[256], BestU = new float[256], BestPerp = new float[256];
        // Per pixel of the row: edge coverage, v and l across, then coverage × texture, height.
        public float[] Edge = new float[256], Across = new float[256], Lateral = new float[256], Cov = new float[256], Height = new float[256];

        public void FitCapsules(int count)
        {
            if (Active.Length >= count) return;
            int need = Math.Max(count, 64);
            (Active, Lo, Hi) = (new int[need], new int[need], new int[need]);
            (RowT, RowT0, RowCross) = (new float[need], new float[need], new float[need]);
        }

        public void FitRow(int n)
        {
            n += Pad;
            if (BestSd.Length >= n) return;
            int need = Math.Max(n, 256);
            (BestSd, BestR, BestU, BestPerp) = (new float[need], new float[need], new float[need], new float[need]);
            (Edge, Across, Lateral, Cov, Height) = (new float[need], new float[need], new float[need], new float[need], new float[need]);
        }
    }

    /// <summary>The texture of footprint-only geometry (<see cref="StrokeGeometry.Plain"/>): full coverage, no relief.</summary>
    private readonly struct PlainTexture : IBrushTexture
    {
        public static float Sample(in BrushTexture.Params p, float u, float v, float l, out float height)
        {
            height = 0f;
            return 1f;
        }

        public static Vector256<float> SampleLanes(in BrushTexture.Params p, Vector256<float> u, Vector256<float> v,
            Vector256<float> l, out Vector256<float> height)
        {
            height = Vector256<float>.Zero;
            return Vector256<float>.One;
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
        scratch.FitRow(rx1 - rx0);
        scratch.FitCapsules(g.Count);
        // What a row asks of each capsule's reach is set up once, not once per row.
        scratch.Reaches.Set(g);
        for (int y = ry0; y < ry1; y++)
        {
            float py = y + 0.5f;
            int na = ActiveCapsules(g, scratch, py, rx0, rx1, out int xa, out int xb);
            if (na == 0) continue;
            NearestAlongRow(g, scratch, na, xa, xb, py);
            EdgeRow(g, scratch, xb - xa + 1, xa, py);
            ShadeRow<TSink, TTexture>(g, scratch, y, xa, xb, ref sink);
        }
    }

    /// <summary>The capsules within reach of row <paramref name="py"/>, each with its run of pixels [lo, hi] and the
    /// row's affine terms; returns how many, and the union of their runs [xa, xb].</summary>
    private static int ActiveCapsules(StrokeGeometry g, Scratch s, float py, int rx0, int rx1, out int xa, out int xb)
    {
        var reaches = s.Reaches;
        int na = 0;
        xa = int.MaxValue; xb = int.MinValue;
        if (Vector256.IsHardwareAccelerated)
        {
            // Eight capsules at a time; those that reach the row join in their order.
            for (int i = 0; i < g.Count; i += Vector256<float>.Count)
                for (uint bits = reaches.Runs(i, py, rx0, rx1, out var lo, out var hi); bits != 0; bits &= bits - 1)
                {
                    int k = BitOperations.TrailingZeroCount(bits);
                    Activate(g, s, na++, i + k, lo[k], hi[k], py, ref xa, ref xb);
                }
            return na;
        }
        for (int i = 0; i < g.Count; i++)
            if (reaches.Run(i, py, rx0, rx1, out int lo, out int hi)) Activate(g, s, na++, i, lo, hi, py, ref xa, ref xb);
        return na;
    }

    // Capsule i joins the row's active list at slot k with its run [lo, hi].
    private static void Activate(StrokeGeometry g, Scratch s, int k, int i, int lo, int hi, float py, ref int xa, ref int xb)
    {
        ref var cp = ref g.Caps[i];
        s.Active[k] = i; s.Lo[k] = lo; s.Hi[k] = hi;
        // Along a row, t and the cross product are affine in x: precompute them once per row.
        float dyr = py - cp.Ay;
        if (cp.Len > 1e-4f) { s.RowT[k] = cp.Dx * cp.InvLen2; s.RowT0[k] = (dyr * cp.Dy - cp.Ax * cp.Dx) * cp.InvLen2; }
        else { s.RowT[k] = 0f; s.RowT0[k] = -1f; } // a disc: always the end-point distance
        s.RowCross[k] = -cp.Ax * cp.Dy - dyr * cp.Dx;
        if (lo < xa) xa = lo;
        if (hi > xb) xb = hi;
    }

    // Each capsule writes its signed distance over its own run of the row, keeping the nearest (a branch-free SIMD loop).
    private static void NearestAlongRow(StrokeGeometry g, Scratch s, int na, int xa, int xb, float py)
    {
        int n = xb - xa + 1 + Pad;
        s.BestSd.AsSpan(0, n).Fill(float.MaxValue);
        // Unreached pixels read as a unit radius on the spine (they are uncovered unless a square end claims them).
        s.BestR.AsSpan(0, n).Fill(1f);
        s.BestU.AsSpan(0, n).Clear();
        s.BestPerp.AsSpan(0, n).Clear();
        for (int k = 0; k < na; k++)
            Nearest(ref g.Caps[s.Active[k]], s.RowT[k], s.RowT0[k], s.RowCross[k], xa, s.Lo[k], s.Hi[k], py, s);
    }

    // Per pixel, from the nearest capsule: the antialiased edge coverage, v across its width there and l across its
    // widest (u is already there); square ends cut the footprint first. Whole vectors, the row padded.
    private static void EdgeRow(StrokeGeometry g, Scratch s, int n, int xa, float py)
    {
        // Whole vectors over the padded row buffers, unchecked as in Nearest.
        ref float bestSd = ref MemoryMarshal.GetArrayDataReference(s.BestSd), bestR = ref MemoryMarshal.GetArrayDataReference(s.BestR);
        ref float bestU = ref MemoryMarshal.GetArrayDataReference(s.BestU), bestPerp = ref MemoryMarshal.GetArrayDataReference(s.BestPerp);
        ref float edge = ref MemoryMarshal.GetArrayDataReference(s.Edge), across = ref MemoryMarshal.GetArrayDataReference(s.Across);
        ref float lateral = ref MemoryMarshal.GetArrayDataReference(s.Lateral);
        bool square = g.SquareStart || g.SquareEnd;
        var half = new Vector<float>(0.5f); var one = Vector<float>.One; var tiny = new Vector<float>(1e-3f);
        var invWidest = new Vector<float>(1f / MathF.Max(g.Widest, 1e-3f));
        for (int i = 0; i < n; i += Vector<float>.Count)
        {
            nuint at = (nuint)i;
            var best = Vector.LoadUnsafe(ref bestSd, at);
            var br = Vector.LoadUnsafe(ref bestR, at);
            var reach = best + br;
            var bp = Vector.LoadUnsafe(ref bestPerp, at);
            var bv = Vector.ConditionalSelect(Vector.LessThan(bp, Vector<float>.Zero), -reach, reach);
            if (square)
            {
                var bu = Vector.LoadUnsafe(ref bestU, at);
                SquareEnds(g, new Vector<float>(xa + i) + Lanes, py, ref best, ref bu, ref bv, ref br);
                bu.StoreUnsafe(ref bestU, at);
            }
            Vector.MinNative(Vector.MinNative(half - best, one), br + br).StoreUnsafe(ref edge, at);
            Vector.MinNative(Vector.MaxNative(bv / Vector.MaxNative(br, tiny), -one), one).StoreUnsafe(ref across, at);
            Vector.MinNative(Vector.MaxNative(bp * invWidest, -one), one).StoreUnsafe(ref lateral, at);
        }
    }

    // Each covered pixel takes the brush texture, eight at a time where the processor allows; the covered run goes to
    // the sink.
    private static void ShadeRow<TSink, TTexture>(StrokeGeometry g, Scratch s, int y, int xa, int xb, ref TSink sink)
        where TSink : struct, ISpanSink where TTexture : struct, IBrushTexture
    {
        int n = xb - xa + 1;
        var (first, end) = Vector256.IsHardwareAccelerated ? ShadeLanes<TTexture>(g, s, n) : ShadePixels<TTexture>(g, s, n);
        if (first < 0) return;
        int len = end - first;
        bool wantsHeight = sink.WantsHeight, wantsAlong = sink.WantsAlong;
        sink.Span(y, xa + first, new ShadedRun(s.Cov.AsSpan(first, len), wantsHeight ? s.Height.AsSpan(first, len) : default,
            wantsAlong ? s.BestU.AsSpan(first, len) : default, wantsAlong || wantsHeight ? s.Across.AsSpan(first, len) : default,
            wantsAlong ? s.Lateral.AsSpan(first, len) : default));
    }

    // Coverage × texture and height for the row's n pixels; returns the covered run [first, end), first −1 when none.
    private static (int First, int End) ShadeLanes<TTexture>(StrokeGeometry g, Scratch s, int n) where TTexture : struct, IBrushTexture
    {
        ref readonly var tex = ref g.Texture;
        // Whole vectors over the padded row buffers, unchecked as in Nearest.
        ref float cov = ref MemoryMarshal.GetArrayDataReference(s.Cov), hgt = ref MemoryMarshal.GetArrayDataReference(s.Height);
        ref float edge = ref MemoryMarshal.GetArrayDataReference(s.Edge), across = ref MemoryMarshal.GetArrayDataReference(s.Across);
        ref float along = ref MemoryMarshal.GetArrayDataReference(s.BestU), lateral = ref MemoryMarshal.GetArrayDataReference(s.Lateral);
        var opacity = Vector256.Create(g.Opacity);
        var zero = Vector256<float>.Zero;
        int first = -1, end = -1;
        for (int i = 0; i < n; i += Vector256<float>.Count)
        {
            nuint at = (nuint)i;
            var e = Vector256.LoadUnsafe(ref edge, at);
            var covered = Vector256.GreaterThan(e, zero);
            uint bits = covered.ExtractMostSignificantBits();
            if (n - i < Vector256<float>.Count) bits &= (1u << (n - i)) - 1; // lanes past the row
            if (bits == 0) { zero.StoreUnsafe(ref cov, at); zero.StoreUnsafe(ref hgt, at); continue; }
            var m = TTexture.SampleLanes(tex, Vector256.LoadUnsafe(ref along, at), Vector256.LoadUnsafe(ref across, at),
                Vector256.LoadUnsafe(ref lateral, at), out var h);
            Vector256.ConditionalSelect(covered, e * m * opacity, zero).StoreUnsafe(ref cov, at);
            Vector256.ConditionalSelect(covered, h, zero).StoreUnsafe(ref hgt, at);
            if (first < 0) first = i + BitOperations.TrailingZeroCount(bits);
            end = i + 32 - BitOperations.LeadingZeroCount(bits);
        }
        return (first, end);
    }

    // The same one pixel at a time, where vectors of eight are not accelerated.
    private static (int First, int End) ShadePixels<TTexture>(StrokeGeometry g, Scratch s, int n) where TTexture : struct, IBrushTexture
    {
        ref readonly var tex = ref g.Texture;
        float[] cov = s.Cov, hgt = s.Height, edge = s.Edge, across = s.Across, along = s.BestU, lateral = s.Lateral;
        float opacity = g.Opacity;
        int first = -1, end = -1;
        for (int i = 0; i < n; i++)
        {
            float coverage = edge[i];
            if (coverage <= 0f) { cov[i] = 0f; hgt[i] = 0f; continue; }
            float m = TTexture.Sample(tex, along[i], across[i], lateral[i], out float hh);
            if (first < 0) first = i;
            end = i + 1;
            cov[i] = coverage * m * opacity;
            hgt[i] = hh;
        }
        return (first, end);
    }

    private static Vector<float> LaneOffsets()
    {
        Span<float> v = stackalloc float[Vector<float>.Count];
        for (int i = 0; i < v.Length; i++) v[i] = i + 0.5f;
        return new Vector<float>(v);
    }

    /// <summary>Min-combines a capsule's signed distance (and its radius, u and offset square to its spine there) into the
    /// row buffers over [lo, hi], in whole vectors: pixels past hi get their true distance, which can only be nearer. The
    /// offset is measured from the capsule's line, also where the nearest point is an end disc, so a bristle's track
    /// keeps straight past a joint of a narrowing spine; a disc's is its distance.</summary>
    private static void Nearest(ref StrokeGeometry.Capsule cp, float slope, float intercept, float cross, int xa, int lo, int hi, float py,
        Scratch s)
    {
        // The row buffers are padded by a vector past the widest row, so whole vectors from lo to hi stay inside them:
        // unchecked loads and stores (a bounds check per buffer and vector cost as much as the distance itself).
        ref float bestSd = ref MemoryMarshal.GetArrayDataReference(s.BestSd), bestR = ref MemoryMarshal.GetArrayDataReference(s.BestR);
        ref float bestU = ref MemoryMarshal.GetArrayDataReference(s.BestU), bestPerp = ref MemoryMarshal.GetArrayDataReference(s.BestPerp);
        int end = hi - xa + 1;
        bool disc = cp.Len <= 1e-4f;
        var vInvLen = new Vector<float>(disc ? 0f : cp.InvLen);
        var vSlope = new Vector<float>(slope); var vIntercept = new Vector<float>(intercept); var vCross = new Vector<float>(cross);
        var vAx = new Vector<float>(cp.Ax); var vDx = new Vector<float>(cp.Dx); var vDy = new Vector<float>(cp.Dy);
        var vDyA = new Vector<float>(py - cp.Ay); var vRa = new Vector<float>(cp.Ra); var vDR = new Vector<float>(cp.Rb - cp.Ra);
        var vU0 = new Vector<float>(cp.U0); var vDU = new Vector<float>(cp.U1 - cp.U0);
        var zero = Vector<float>.Zero; var one = Vector<float>.One;
        var slack = new Vector<float>(NearSlack); var tiny = new Vector<float>(NearTiny);
        // Pixel centres step by a whole vector: exact in float, as is the first (an integer plus a half).
        var step = new Vector<float>(Vector<float>.Count);
        var px = new Vector<float>(lo) + Lanes;
        for (int i = lo - xa; i < end; i += Vector<float>.Count, px += step)
        {
            var t = Vector.MinNative(Vector.MaxNative(px * vSlope + vIntercept, zero), one);
            var ex = px - vAx - t * vDx;
            var ey = vDyA - t * vDy;
            var r = vRa + vDR * t;
            var d2 = ex * ex + ey * ey;
            nuint at = (nuint)i;
            var old = Vector.LoadUnsafe(ref bestSd, at);
            // Most capsules lose most pixels to a nearer one: without the square root, skip the vector when no lane can
            // come nearer than what it holds (old + r negative, or the distance squared beyond (old + r)² by a margin
            // far above rounding), so the buffers take the same bits as when every lane is worked out.
            var reach = old + r;
            if (!Vector.LessThanOrEqualAny(d2, reach * Vector.Abs(reach) * slack + tiny)) continue;
            var dist = Vector.SquareRoot(d2);
            var sd = dist - r;
            var closer = Vector.LessThan(sd, old);
            Vector.ConditionalSelect(closer, sd, old).StoreUnsafe(ref bestSd, at);
            Vector.ConditionalSelect(closer, r, Vector.LoadUnsafe(ref bestR, at)).StoreUnsafe(ref bestR, at);
            Vector.ConditionalSelect(closer, vU0 + vDU * t, Vector.LoadUnsafe(ref bestU, at)).StoreUnsafe(ref bestU, at);
            // A disc's offset is its distance; a segment's is across its line (+0 as the disc term was, so −0 reads +0).
            var perp = disc ? dist : (px * vDy + vCross) * vInvLen + zero;
            Vector.ConditionalSelect(closer, perp, Vector.LoadUnsafe(ref bestPerp, at)).StoreUnsafe(ref bestPerp, at);
        }
    }

    // Square ends cut the footprint with the half-planes through the first and last spine points: past them, the
    // distance is that of a rectangle's corner, whatever round caps the inner capsules would add.
    private static void SquareEnds(StrokeGeometry g, Vector<float> px, float py, ref Vector<float> best, ref Vector<float> bu,
        ref Vector<float> bv, ref Vector<float> br)
    {
        var before = Vector<int>.Zero;
        if (g.SquareStart)
        {
            ref var c = ref g.Caps[0];
            var (along, side) = EndFrame(ref c, px - new Vector<float>(c.Ax), py - c.Ay);
            before = Vector.LessThan(along, Vector<float>.Zero);
            Cut(before, -along, side, c.Ra, c.U0, ref best, ref bu, ref bv, ref br);
        }
        if (g.SquareEnd)
        {
            ref var c = ref g.Caps[g.Count - 1];
            var (along, side) = EndFrame(ref c, px - new Vector<float>(c.Ax + c.Dx), py - (c.Ay + c.Dy));
            // A pixel before the start is not also past the end.
            var after = Vector.AndNot(Vector.GreaterThan(along, Vector<float>.Zero), before);
            Cut(after, along, side, c.Rb, c.U1, ref best, ref bu, ref bv, ref br);
        }
    }

    // Offsets from an end point in the frame of its capsule: along the spine and across it.
    private static (Vector<float> Along, Vector<float> Side) EndFrame(ref StrokeGeometry.Capsule c, Vector<float> dx, float dy)
    {
        var inv = new Vector<float>(c.InvLen);
        return ((dx * c.Dx + new Vector<float>(dy * c.Dy)) * inv, (dx * c.Dy - new Vector<float>(dy * c.Dx)) * inv);
    }

    private static void Cut(Vector<int> mask, Vector<float> past, Vector<float> side, float r, float u, ref Vector<float> best,
        ref Vector<float> bu, ref Vector<float> bv, ref Vector<float> br)
    {
        var rv = new Vector<float>(r);
        best = Vector.ConditionalSelect(mask, Vector.MaxNative(past, Vector.Abs(side) - rv), best);
        bu = Vector.ConditionalSelect(mask, new Vector<float>(u), bu);
        br = Vector.ConditionalSelect(mask, rv, br);
        bv = Vector.ConditionalSelect(mask, side, bv);
    }
}
