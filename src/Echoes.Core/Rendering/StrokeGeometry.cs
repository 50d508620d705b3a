using Echoes.Brushes;
using Echoes.Strokes;

namespace Echoes.Rendering;

/// <summary>
/// A stroke flattened at one pixel scale: a chain of capsules (segments with a radius at each end) along the spine, or
/// scattered discs for splatter, plus the texture constants. Built into a reusable instance so the optimizer can
/// rasterize many candidates without allocating.
/// </summary>
internal sealed class StrokeGeometry
{
    internal struct Capsule
    {
        public float Ax, Ay, Dx, Dy, InvLen2, InvLen, Len, Ra, Rb, U0, U1;
        public float MinX, MaxX, MinY, MaxY;
    }

    // Pixels of deviation from the true curve: tight for drawing, looser for the optimizer's untextured ranking.
    private const float FlattenTolerance = 0.2f, CoarseTolerance = 0.6f;

    public Capsule[] Caps = new Capsule[64];
    public int Count;
    public float MinX, MaxX, MinY, MaxY;
    public bool SquareStart, SquareEnd;
    public float Opacity;
    public BrushTexture.Params Texture;
    public bool Plain; // footprint only, no texture (for measuring geometry)

    private Point2[] _poly = new Point2[128];
    private float[] _cum = new float[128];

    /// <summary>Flattens <paramref name="s"/> for a render at <paramref name="scale"/> pixels per logical unit.</summary>
    public void Build(Stroke s, float scale, float offsetX = 0, float offsetY = 0, bool textured = true)
    {
        var profile = BrushProfile.Of(s.Brush);
        Count = 0;
        Plain = !textured;
        Opacity = s.Opacity;
        float halfW = 0.5f * s.Width * scale;
        int n = Flatten(s.Points, scale, offsetX, offsetY, s.Brush == BrushKind.Splatter ? 0 : halfW, textured);
        float total = _cum[n - 1];
        float lengthLogical = total / scale;

        if (s.Brush == BrushKind.Splatter) BuildSplatter(s, n, halfW);
        else
        {
            for (int i = 0; i + 1 < n || i == 0 && n == 1; i++)
            {
                var a = _poly[i];
                var b = n == 1 ? a : _poly[i + 1];
                float ua = total > 0 ? _cum[i] / total : 0f;
                float ub = n == 1 ? 1f : total > 0 ? _cum[i + 1] / total : 1f;
                AddCapsule(a, b, halfW * Width(s, profile, ua), halfW * Width(s, profile, ub), ua, ub);
                if (n == 1) break;
            }
            if (s.Brush == BrushKind.Drip)
            {
                // The run ends in a bead of collected paint.
                var end = _poly[n - 1];
                float r = halfW * 1.25f;
                AddCapsule(end with { Y = end.Y + r * 0.4f }, end with { Y = end.Y + r * 0.4f }, r, r, 1f, 1f);
            }
        }
        SquareStart = SquareEnd = profile.SquareEnds && n > 1;

        float widthPx = 2 * halfW;
        float bristles = Math.Clamp(s.Width * profile.BristlesPerUnit, 3f, 64f);
        float pitchPx = widthPx / bristles;
        Texture = Texture with
        {
            Kind = s.Brush,
            Seed = s.Seed,
            Bristles = bristles,
            StreakAmp = Math.Clamp(pitchPx - 1f, 0f, 1f),
            EdgeAmp = Math.Clamp(widthPx / 6f - 0.5f, 0f, 1f),
            Aspect = Math.Max(lengthLogical / Math.Max(s.Width, 1e-3f), 0.25f),
            Load = s.Load,
        };
        if (textured) BrushTexture.Prepare(ref Texture);
    }

    private static float Width(Stroke s, BrushProfile profile, float u)
    {
        if (!profile.Tapers) return 1f;
        float a = s.TaperStart > 0 ? Math.Clamp(u / s.TaperStart, 0f, 1f) : 1f;
        float b = s.TaperEnd > 0 ? Math.Clamp((1f - u) / s.TaperEnd, 0f, 1f) : 1f;
        float t = Math.Min(a * a * (3 - 2 * a), b * b * (3 - 2 * b));
        return 0.45f + 0.55f * t;
    }

    /// <summary>Catmull-Rom spine → polyline in pixels, with cumulative arc length. Returns the vertex count.</summary>
    private int Flatten(Point2[] pts, float scale, float ox, float oy, float halfW, bool fine)
    {
        int n = pts.Length;
        Point2 P(int i) => new(pts[Math.Clamp(i, 0, n - 1)].X * scale + ox, pts[Math.Clamp(i, 0, n - 1)].Y * scale + oy);
        int count = 0;
        Put(ref count, P(0));
        for (int i = 0; i + 1 < n; i++)
        {
            Point2 p0 = P(i - 1), p1 = P(i), p2 = P(i + 1), p3 = P(i + 2);
            var b1 = p1 + (p2 - p0) * (1f / 6f);
            var b2 = p2 - (p3 - p1) * (1f / 6f);
            float dd = MathF.Max((p1 - b1 * 2 + b2).Length, (b1 - b2 * 2 + p2).Length);
            float chord = (p2 - p1).Length;
            int steps = (int)MathF.Ceiling(MathF.Sqrt(0.75f * dd / (fine ? FlattenTolerance : CoarseTolerance)));
            // Tapers need vertices to be seen: at least a few per control segment when the stroke is long enough.
            steps = Math.Clamp(Math.Max(steps, (int)MathF.Min((fine ? 8f : 4f) / (n - 1), chord / MathF.Max(halfW, 1f) * 2f)), 1, 96);
            for (int k = 1; k <= steps; k++)
            {
                float t = k / (float)steps, mt = 1 - t;
                var q = p1 * (mt * mt * mt) + b1 * (3 * mt * mt * t) + b2 * (3 * mt * t * t) + p2 * (t * t * t);
                Put(ref count, q);
            }
        }
        return count;
    }

    private void Put(ref int count, Point2 p)
    {
        if (count == _poly.Length) { Array.Resize(ref _poly, count * 2); Array.Resize(ref _cum, count * 2); }
        _poly[count] = p;
        _cum[count] = count == 0 ? 0 : _cum[count - 1] + (p - _poly[count - 1]).Length;
        count++;
    }

    private void BuildSplatter(Stroke s, int n, float halfW)
    {
        // A blob where the paint lands, and droplets thrown along the spine, spreading and shrinking with distance.
        var origin = _poly[0];
        float total = _cum[n - 1];
        float reach = MathF.Max(total, halfW * 3f);
        AddCapsule(origin, origin, halfW * 0.55f, halfW * 0.55f, 0, 0);
        int drops = Math.Clamp((int)(reach / MathF.Max(halfW, 0.5f) * 5f) + 8, 8, 72);
        for (int i = 0; i < drops; i++)
        {
            float t = MathF.Pow(Noise.Unit(s.Seed, i * 4), 1.4f);
            float along = t * reach;
            var (p, dir) = PointAt(n, MathF.Min(along, total));
            if (along > total) p += dir * (along - total);
            float spread = (0.35f + 1.1f * t) * halfW * (Noise.Unit(s.Seed, i * 4 + 1) * 2f - 1f);
            var c = new Point2(p.X - dir.Y * spread, p.Y + dir.X * spread);
            float r = halfW * (0.06f + 0.34f * MathF.Pow(Noise.Unit(s.Seed, i * 4 + 2), 3f)) * (1.1f - 0.6f * t);
            AddCapsule(c, c, r, r, t, t);
        }
    }

    private (Point2 P, Point2 Dir) PointAt(int n, float d)
    {
        if (n == 1)
        {
            float ang = Noise.Unit(0, 1) * MathF.Tau;
            return (_poly[0], new Point2(MathF.Cos(ang), MathF.Sin(ang)));
        }
        int i = 0;
        while (i < n - 2 && _cum[i + 1] < d) i++;
        var a = _poly[i]; var b = _poly[i + 1];
        float len = MathF.Max(_cum[i + 1] - _cum[i], 1e-6f);
        var dir = (b - a) * (1f / len);
        return (a + dir * Math.Clamp(d - _cum[i], 0, len), dir);
    }

    private void AddCapsule(Point2 a, Point2 b, float ra, float rb, float ua, float ub)
    {
        if (Count == Caps.Length) Array.Resize(ref Caps, Count * 2);
        float dx = b.X - a.X, dy = b.Y - a.Y, l2 = dx * dx + dy * dy;
        float r = MathF.Max(ra, rb) + 1f;
        ref var c = ref Caps[Count++];
        c.Ax = a.X; c.Ay = a.Y; c.Dx = dx; c.Dy = dy;
        c.InvLen2 = l2 > 1e-12f ? 1f / l2 : 0f;
        c.InvLen = MathF.Sqrt(c.InvLen2);
        c.Len = MathF.Sqrt(l2);
        c.Ra = ra; c.Rb = rb; c.U0 = ua; c.U1 = ub;
        c.MinX = MathF.Min(a.X, b.X) - r; c.MaxX = MathF.Max(a.X, b.X) + r;
        c.MinY = MathF.Min(a.Y, b.Y) - r; c.MaxY = MathF.Max(a.Y, b.Y) + r;
        if (Count == 1) { MinX = c.MinX; MaxX = c.MaxX; MinY = c.MinY; MaxY = c.MaxY; }
        else { MinX = MathF.Min(MinX, c.MinX); MaxX = MathF.Max(MaxX, c.MaxX); MinY = MathF.Min(MinY, c.MinY); MaxY = MathF.Max(MaxY, c.MaxY); }
    }

    /// <summary>A conservative vertical extent in pixels of a stroke at a scale, without flattening it.</summary>
    public static (float MinY, float MaxY) VerticalBounds(Stroke s, float scale)
    {
        float min = float.MaxValue, max = float.MinValue, pad = 0;
        var pts = s.Points;
        for (int i = 0; i < pts.Length; i++)
        {
            min = MathF.Min(min, pts[i].Y); max = MathF.Max(max, pts[i].Y);
            if (i > 0 && i + 1 < pts.Length) pad = MathF.Max(pad, MathF.Abs(pts[i + 1].Y - pts[i - 1].Y) / 6f);
        }
        float r = s.Width * 0.5f;
        float extra = s.Brush switch
        {
            BrushKind.Splatter => Reach(s) * 1.0f + r * 1.6f,
            BrushKind.Drip => r * 1.9f,
            _ => r,
        };
        return ((min - pad - extra) * scale - 2, (max + pad + extra) * scale + 2);
    }

    private static float Reach(Stroke s)
    {
        float len = 0;
        for (int i = 1; i < s.Points.Length; i++) len += (s.Points[i] - s.Points[i - 1]).Length;
        return MathF.Max(len * 1.2f, s.Width * 1.6f);
    }
}
