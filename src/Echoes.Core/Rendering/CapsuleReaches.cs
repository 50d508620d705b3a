using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Echoes.Rendering;

/// <summary>
/// The points within reach (radius + ½ px) of each capsule of a stroke, as the rows ask for them: its two end discs and
/// the quadrilateral between them, set up once per rasterization, one array per term so eight capsules intersect a row
/// at once. Each lane does the one-capsule arithmetic in its order, so both forms give the same runs.
/// </summary>
internal sealed class CapsuleReaches
{
    private float[] _ax = [], _ay = [], _ra = [], _bx = [], _by = [], _rb = [], _minY = [], _maxY = [];
    private float[] _p0x = [], _p0y = [], _p1x = [], _p1y = [], _p2x = [], _p2y = [], _p3x = [], _p3y = [];
    private int[] _disc = []; // all bits set for a disc (no segment)

    /// <summary>Sets up the reach of <paramref name="g"/>'s capsules; lanes past the last reach no row.</summary>
    public void Set(StrokeGeometry g)
    {
        int room = (g.Count + 7) & ~7;
        if (_ax.Length < room) Grow(Math.Max(room, 64));
        for (int i = 0; i < g.Count; i++) Set(i, ref g.Caps[i]);
        for (int i = g.Count; i < room; i++) (_minY[i], _maxY[i]) = (float.MaxValue, float.MinValue);
    }

    private void Grow(int n)
    {
        (_ax, _ay, _ra, _bx, _by, _rb, _minY, _maxY) = (new float[n], new float[n], new float[n], new float[n], new float[n],
            new float[n], new float[n], new float[n]);
        (_p0x, _p0y, _p1x, _p1y, _p2x, _p2y, _p3x, _p3y) = (new float[n], new float[n], new float[n], new float[n], new float[n],
            new float[n], new float[n], new float[n]);
        _disc = new int[n];
    }

    private void Set(int i, ref StrokeGeometry.Capsule cp)
    {
        float ra = cp.Ra + 0.5f, rb = cp.Rb + 0.5f;
        (_ax[i], _ay[i], _ra[i], _rb[i], _minY[i], _maxY[i]) = (cp.Ax, cp.Ay, ra, rb, cp.MinY, cp.MaxY);
        bool disc = cp.Len <= 1e-6f;
        _disc[i] = disc ? -1 : 0;
        float bx = cp.Ax + cp.Dx, by = cp.Ay + cp.Dy;
        (_bx[i], _by[i]) = (bx, by);
        // A disc's lanes compute its quadrilateral too, then drop it: any finite corners will do.
        float nx = disc ? 0f : -cp.Dy / cp.Len, ny = disc ? 0f : cp.Dx / cp.Len;
        (_p0x[i], _p0y[i], _p1x[i], _p1y[i]) = (cp.Ax + nx * ra, cp.Ay + ny * ra, bx + nx * rb, by + ny * rb);
        (_p2x[i], _p2y[i], _p3x[i], _p3y[i]) = (bx - nx * rb, by - ny * rb, cp.Ax - nx * ra, cp.Ay - ny * ra);
    }

    /// <summary>The pixels [lo, hi] within [rx0, rx1) that capsule <paramref name="i"/> can reach on row
    /// <paramref name="py"/>; false where it reaches none.</summary>
    public bool Run(int i, float py, int rx0, int rx1, out int lo, out int hi)
    {
        lo = hi = 0;
        if (py < _minY[i] || py > _maxY[i]) return false;
        float left = float.MaxValue, right = float.MinValue;
        Disc(_ax[i], _ay[i], _ra[i], py, ref left, ref right);
        if (_disc[i] == 0)
        {
            Disc(_bx[i], _by[i], _rb[i], py, ref left, ref right);
            // Quadrilateral A+n·ra, B+n·rb, B−n·rb, A−n·ra: intersect each edge with the row.
            Edge(_p0x[i], _p0y[i], _p1x[i], _p1y[i], py, ref left, ref right);
            Edge(_p1x[i], _p1y[i], _p2x[i], _p2y[i], py, ref left, ref right);
            Edge(_p2x[i], _p2y[i], _p3x[i], _p3y[i], py, ref left, ref right);
            Edge(_p3x[i], _p3y[i], _p0x[i], _p0y[i], py, ref left, ref right);
        }
        if (left > right) return false;
        (lo, hi) = (Math.Max(rx0, (int)MathF.Floor(left - 0.5f)), Math.Min(rx1 - 1, (int)MathF.Ceiling(right - 0.5f)));
        return lo <= hi;
    }

    /// <summary><see cref="Run"/> for the eight capsules from <paramref name="i"/> (a multiple of eight): a bit per capsule
    /// that reaches the row, and each one's run.</summary>
    public uint Runs(int i, float py, int rx0, int rx1, out Vector256<int> lo, out Vector256<int> hi)
    {
        var y = Vector256.Create(py);
        var rows = Vector256.GreaterThanOrEqual(y, Load(_minY, i)) & Vector256.LessThanOrEqual(y, Load(_maxY, i));
        if (rows == Vector256<float>.Zero) { lo = hi = default; return 0u; }
        Vector256<float> left = Vector256.Create(float.MaxValue), right = Vector256.Create(float.MinValue);
        Discs(Load(_ax, i), Load(_ay, i), Load(_ra, i), y, Vector256<float>.AllBitsSet, ref left, ref right);
        var segment = ~Vector256.LoadUnsafe(ref MemoryMarshal.GetArrayDataReference(_disc), (nuint)i).AsSingle();
        Discs(Load(_bx, i), Load(_by, i), Load(_rb, i), y, segment, ref left, ref right);
        Vector256<float> p0x = Load(_p0x, i), p0y = Load(_p0y, i), p1x = Load(_p1x, i), p1y = Load(_p1y, i);
        Vector256<float> p2x = Load(_p2x, i), p2y = Load(_p2y, i), p3x = Load(_p3x, i), p3y = Load(_p3y, i);
        Edges(p0x, p0y, p1x, p1y, y, segment, ref left, ref right);
        Edges(p1x, p1y, p2x, p2y, y, segment, ref left, ref right);
        Edges(p2x, p2y, p3x, p3y, y, segment, ref left, ref right);
        Edges(p3x, p3y, p0x, p0y, y, segment, ref left, ref right);
        var half = Vector256.Create(0.5f);
        lo = Vector256.Max(Vector256.Create(rx0), Vector256.ConvertToInt32(Vector256.Floor(left - half)));
        hi = Vector256.Min(Vector256.Create(rx1 - 1), Vector256.ConvertToInt32(Vector256.Ceiling(right - half)));
        var some = rows & Vector256.LessThanOrEqual(left, right) & Vector256.LessThanOrEqual(lo, hi).AsSingle();
        return some.ExtractMostSignificantBits();
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<float> Load(float[] a, int i) => Vector256.LoadUnsafe(ref MemoryMarshal.GetArrayDataReference(a), (nuint)i);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Disc(float cx, float cy, float r, float py, ref float left, ref float right)
    {
        float dy = py - cy, q = r * r - dy * dy;
        if (q < 0f) return;
        float hw = MathF.Sqrt(q);
        if (cx - hw < left) left = cx - hw;
        if (cx + hw > right) right = cx + hw;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Discs(Vector256<float> cx, Vector256<float> cy, Vector256<float> r, Vector256<float> py, Vector256<float> use,
        ref Vector256<float> left, ref Vector256<float> right)
    {
        var dy = py - cy;
        var q = r * r - dy * dy;
        use &= Vector256.GreaterThanOrEqual(q, Vector256<float>.Zero);
        var hw = Vector256.Sqrt(q);
        Vector256<float> l = cx - hw, rr = cx + hw;
        left = Vector256.ConditionalSelect(use & Vector256.LessThan(l, left), l, left);
        right = Vector256.ConditionalSelect(use & Vector256.GreaterThan(rr, right), rr, right);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Edge(float ax, float ay, float bx, float by, float py, ref float left, ref float right)
    {
        if ((py < ay && py < by) || (py > ay && py > by)) return;
        float dy = by - ay;
        float x = MathF.Abs(dy) < 1e-6f ? MathF.Min(ax, bx) : ax + (bx - ax) * (py - ay) / dy;
        float x2 = MathF.Abs(dy) < 1e-6f ? MathF.Max(ax, bx) : x;
        if (x < left) left = x;
        if (x2 > right) right = x2;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Edges(Vector256<float> ax, Vector256<float> ay, Vector256<float> bx, Vector256<float> by, Vector256<float> py,
        Vector256<float> use, ref Vector256<float> left, ref Vector256<float> right)
    {
        var off = (Vector256.LessThan(py, ay) & Vector256.LessThan(py, by)) | (Vector256.GreaterThan(py, ay) & Vector256.GreaterThan(py, by));
        use = Vector256.AndNot(use, off);
        var dy = by - ay;
        var level = Vector256.LessThan(Vector256.Abs(dy), Vector256.Create(1e-6f));
        var x = Vector256.ConditionalSelect(level, Vector256.Min(ax, bx), ax + (bx - ax) * (py - ay) / dy);
        var x2 = Vector256.ConditionalSelect(level, Vector256.Max(ax, bx), x);
        left = Vector256.ConditionalSelect(use & Vector256.LessThan(x, left), x, left);
        right = Vector256.ConditionalSelect(use & Vector256.GreaterThan(x2, right), x2, right);
    }
}
