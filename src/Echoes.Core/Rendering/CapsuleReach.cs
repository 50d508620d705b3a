using System.Runtime.CompilerServices;

namespace Echoes.Rendering;

/// <summary>
/// The points within reach (radius + ½ px) of one capsule, as the rows ask for them: its two end discs and the
/// quadrilateral between them, set up once per rasterization so each row only intersects them with its line.
/// </summary>
internal struct CapsuleReach
{
    private float _ax, _ay, _ra, _bx, _by, _rb;
    private float _p0x, _p0y, _p1x, _p1y, _p2x, _p2y, _p3x, _p3y;
    private bool _disc;

    /// <summary>The reach of <paramref name="cp"/>.</summary>
    public static CapsuleReach Of(ref StrokeGeometry.Capsule cp)
    {
        var r = new CapsuleReach { _ax = cp.Ax, _ay = cp.Ay, _ra = cp.Ra + 0.5f, _rb = cp.Rb + 0.5f, _disc = cp.Len <= 1e-6f };
        if (r._disc) return r;
        (r._bx, r._by) = (cp.Ax + cp.Dx, cp.Ay + cp.Dy);
        float nx = -cp.Dy / cp.Len, ny = cp.Dx / cp.Len;
        (r._p0x, r._p0y, r._p1x, r._p1y) = (cp.Ax + nx * r._ra, cp.Ay + ny * r._ra, r._bx + nx * r._rb, r._by + ny * r._rb);
        (r._p2x, r._p2y, r._p3x, r._p3y) = (r._bx - nx * r._rb, r._by - ny * r._rb, cp.Ax - nx * r._ra, cp.Ay - ny * r._ra);
        return r;
    }

    /// <summary>The x-extent on row <paramref name="py"/> of the points within reach, one interval since the capsule is
    /// convex; false where the row misses them.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public readonly bool Row(float py, out float left, out float right)
    {
        left = float.MaxValue; right = float.MinValue;
        Disc(_ax, _ay, _ra, py, ref left, ref right);
        if (_disc) return left <= right;
        Disc(_bx, _by, _rb, py, ref left, ref right);
        // Quadrilateral A+n·ra, B+n·rb, B−n·rb, A−n·ra: intersect each edge with the row.
        Edge(_p0x, _p0y, _p1x, _p1y, py, ref left, ref right);
        Edge(_p1x, _p1y, _p2x, _p2y, py, ref left, ref right);
        Edge(_p2x, _p2y, _p3x, _p3y, py, ref left, ref right);
        Edge(_p3x, _p3y, _p0x, _p0y, py, ref left, ref right);
        return left <= right;
    }

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
    private static void Edge(float ax, float ay, float bx, float by, float py, ref float left, ref float right)
    {
        if ((py < ay && py < by) || (py > ay && py > by)) return;
        float dy = by - ay;
        float x = MathF.Abs(dy) < 1e-6f ? MathF.Min(ax, bx) : ax + (bx - ax) * (py - ay) / dy;
        float x2 = MathF.Abs(dy) < 1e-6f ? MathF.Max(ax, bx) : x;
        if (x < left) left = x;
        if (x2 > right) right = x2;
    }
}
