using Echoes.Strokes;

namespace Echoes.Rendering;

/// <summary>
/// The closed outline of a chain stroke (not splatter): the left offset curve along the spine, the end cap, the right
/// offset curve back, the start cap. The SVG writer draws it; the optimizer fills it to rank candidates quickly.
/// </summary>
internal static class Outline
{
    private const int CapSegments = 6;

    /// <summary>Appends the outline's vertices for the first <paramref name="count"/> capsules of <paramref name="g"/>.</summary>
    public static void Build(StrokeGeometry g, int count, List<Point2> into)
    {
        int n = count + 1;
        Span<float> px = n <= 256 ? stackalloc float[n] : new float[n], py = n <= 256 ? stackalloc float[n] : new float[n];
        Span<float> pr = n <= 256 ? stackalloc float[n] : new float[n];
        for (int i = 0; i < count; i++) { px[i] = g.Caps[i].Ax; py[i] = g.Caps[i].Ay; pr[i] = g.Caps[i].Ra; }
        ref var last = ref g.Caps[count - 1];
        px[n - 1] = last.Ax + last.Dx; py[n - 1] = last.Ay + last.Dy; pr[n - 1] = last.Rb;
        if (count == 1 && last.Len < 1e-4f) { Arc(into, px[0], py[0], pr[0], 0, MathF.Tau, CapSegments * 2); return; }
        Point2 Normal(int i, Span<float> x, Span<float> y)
        {
            float dx = x[Math.Min(n - 1, i + 1)] - x[Math.Max(0, i - 1)], dy = y[Math.Min(n - 1, i + 1)] - y[Math.Max(0, i - 1)];
            float l = MathF.Max(MathF.Sqrt(dx * dx + dy * dy), 1e-6f);
            return new Point2(-dy / l, dx / l);
        }
        for (int i = 0; i < n; i++) { var nm = Normal(i, px, py); into.Add(new Point2(px[i] + nm.X * pr[i], py[i] + nm.Y * pr[i])); }
        var ne = Normal(n - 1, px, py);
        if (!g.SquareEnd) Arc(into, px[n - 1], py[n - 1], pr[n - 1], MathF.Atan2(ne.Y, ne.X), -MathF.PI, CapSegments);
        for (int i = n - 1; i >= 0; i--) { var nm = Normal(i, px, py); into.Add(new Point2(px[i] - nm.X * pr[i], py[i] - nm.Y * pr[i])); }
        var ns = Normal(0, px, py);
        if (!g.SquareStart) Arc(into, px[0], py[0], pr[0], MathF.Atan2(-ns.Y, -ns.X), -MathF.PI, CapSegments);
    }

    // Points strictly inside the arc from angle a0 sweeping by 'sweep' (the ends are already in the outline).
    private static void Arc(List<Point2> into, float cx, float cy, float r, float a0, float sweep, int segments)
    {
        for (int k = 1; k < segments; k++)
        {
            float a = a0 + sweep * k / segments;
            into.Add(new Point2(cx + r * MathF.Cos(a), cy + r * MathF.Sin(a)));
        }
    }
}
