namespace Echoes.Scenes;

/// <summary>
/// A circular arc from one figure's chest to another's (Lombardi's arcs: each tie a circle's arc, the arcs leaving a
/// person spread apart, so a web of them stays legible). <see cref="Bend"/> is half the angle it sweeps: positive bulges
/// upward, negative downward (a tie routed under someone standing in its way).
/// </summary>
internal readonly record struct TieArc((float X, float Y) A, (float X, float Y) B, float Bend)
{
    /// <summary>The point at <paramref name="t"/> in [0, 1] from A to B.</summary>
    public (float X, float Y) At(float t)
    {
        float dx = B.X - A.X, dy = B.Y - A.Y, d = MathF.Sqrt(dx * dx + dy * dy);
        float bend = MathF.Abs(Bend);
        if (d < 1e-3f || bend < 1e-3f) return (A.X + dx * t, A.Y + dy * t);
        // The normal on the side the arc bulges toward (the upper side of the chord unless Bend is negative); the centre
        // lies on the other side.
        var (nx, ny) = (dy / d, -dx / d);
        if ((ny > 0) == (Bend > 0)) (nx, ny) = (-nx, -ny);
        float r = d / (2 * MathF.Sin(bend)), off = r * MathF.Cos(bend);
        float cx = (A.X + B.X) / 2 - nx * off, cy = (A.Y + B.Y) / 2 - ny * off;
        float a0 = MathF.Atan2(A.Y - cy, A.X - cx), a1 = MathF.Atan2(B.Y - cy, B.X - cx);
        float sweep = a1 - a0;
        if (sweep > MathF.PI) sweep -= 2 * MathF.PI;
        else if (sweep <= -MathF.PI) sweep += 2 * MathF.PI;
        // Go round the side the arc bulges toward: the sweep is 2·|Bend| in magnitude.
        float mid = a0 + sweep / 2;
        if ((MathF.Cos(mid) * nx + MathF.Sin(mid) * ny) < 0) sweep = sweep > 0 ? sweep - 2 * MathF.PI : sweep + 2 * MathF.PI;
        float a = a0 + sweep * t;
        return (cx + r * MathF.Cos(a), cy + r * MathF.Sin(a));
    }

    /// <summary>Direction the arc leaves A (radians), and the direction it arrives back at B seen from B.</summary>
    public (float AtA, float AtB) Tangents
    {
        get
        {
            var (a1, b1) = (At(0.02f), At(0.98f));
            return (MathF.Atan2(a1.Y - A.Y, a1.X - A.X), MathF.Atan2(b1.Y - B.Y, b1.X - B.X));
        }
    }

    /// <summary>Highest point of the arc (smallest y).</summary>
    public float Top => Points(0f, 1f, 17).Min(q => q.Y);

    /// <summary>Lowest point of the arc (largest y).</summary>
    public float Bottom => Points(0f, 1f, 17).Max(q => q.Y);

    /// <summary>The arc's length, pixels.</summary>
    public float Length
    {
        get
        {
            var pts = Points(0f, 1f, 17);
            return pts.Zip(pts.Skip(1), (p, q) => MathF.Sqrt((q.X - p.X) * (q.X - p.X) + (q.Y - p.Y) * (q.Y - p.Y))).Sum();
        }
    }

    /// <summary>The points of [t0, t1], <paramref name="count"/> of them.</summary>
    public (float X, float Y)[] Points(float t0, float t1, int count)
    {
        var pts = new (float X, float Y)[count];
        for (int i = 0; i < count; i++) pts[i] = At(t0 + (t1 - t0) * i / (count - 1));
        return pts;
    }
}
