using Echoes.Brushes;
using Echoes.Strokes;

namespace Echoes.Rendering;

/// <summary>
/// A stroke flattened at one pixel scale: a chain of capsules (segments with a radius at each end) along the spine and
/// discs beside or instead of it, as the stroke's <see cref="Brush"/> lays them, plus the texture constants. Built
/// into a reusable instance so the optimizer can rasterize many candidates without allocating.
/// </summary>
internal sealed class StrokeGeometry : IFootprint
{
    internal struct Capsule
    {
        public float Ax, Ay, Dx, Dy, InvLen2, InvLen, Len, Ra, Rb, U0, U1;
        public float MinX, MaxX, MinY, MaxY;
    }

    // Pixels of deviation from the true curve: tight for drawing, looser for the optimizer's untextured ranking.
    private const float FlattenTolerance = 0.2f, CoarseTolerance = 0.6f;

    // Depth of the bristle grooves relative to the width of a clump of bristles.
    private const float GrooveDepth = 0.1f;

    private const uint GrainSeed = 0x5BD1E995u, DabSeed = 0x2C1B3C6Du;

    // Segments of a dab's spine.
    private const int DabSteps = 8;

    public Capsule[] Caps = new Capsule[64];
    public int Count;
    /// <summary>The first <see cref="Body"/> capsules are the outlined body along the spine; the rest are discs.</summary>
    public int Body;
    public float MinX, MaxX, MinY, MaxY;
    /// <summary>The largest radius of any capsule, in pixels: the half width that <c>l</c> across is measured in.</summary>
    public float Widest;
    public bool SquareStart, SquareEnd;
    public float Opacity;
    public Brush Brush = Brush.Of(BrushKind.Round);
    public BrushTexture.Params Texture;
    public bool Plain; // footprint only, no texture (for measuring geometry)

    private Point2[] _poly = new Point2[128];
    private float[] _cum = new float[128];
    private int _spineCount;
    private Stroke? _stroke;
    private float _halfW;

    /// <summary>Flattens <paramref name="s"/> for a render at <paramref name="scale"/> pixels per logical unit.</summary>
    public void Build(Stroke s, float scale, float offsetX = 0, float offsetY = 0, bool textured = true)
    {
        Brush = Brush.Of(s.Brush);
        var profile = Brush.Profile;
        Count = Body = 0;
        Plain = !textured;
        Opacity = s.Opacity;
        float halfW = 0.5f * s.Width * scale;
        int n = _spineCount = Flatten(s.Points, scale, offsetX, offsetY, Brush.LaysSpine ? halfW : 0, textured);
        float dab = Brush.DabLength * 2f * halfW;
        if (Brush.LaysSpine && _cum[n - 1] < dab) n = _spineCount = Dab(s.Seed, n, dab);
        float lengthLogical = _cum[n - 1] / scale;
        (_stroke, _halfW) = (s, halfW);
        Brush.Lay(this, s, halfW);
        _stroke = null;
        SquareStart = SquareEnd = profile.SquareEnds && n > 1;

        float widthPx = 2 * halfW;
        // Each brush its own bristles, clumped wider or closer and grooved deeper or shallower: one comb in every stroke
        // reads as machine-made stripes.
        float clumping = Noise.Unit(s.Seed ^ GrainSeed, 1), depth = Noise.Unit(s.Seed ^ GrainSeed, 2);
        float bristles = Math.Clamp(s.Width * profile.BristlesPerUnit, 3f, 64f);
        // Broad brushes differ most: one holds eight clumps, another over twenty, so broad marks side by side are not combed alike.
        float most = 8f + 14f * Noise.Unit(s.Seed ^ GrainSeed, 3);
        float clumps = Math.Clamp(s.Width * (0.28f + 0.24f * clumping), 3f, most);
        float pitchPx = widthPx / bristles;
        float film = PaintFilm.Thickness(s, profile);
        Texture = Texture with
        {
            Seed = s.Seed,
            Bristles = bristles,
            Clumps = clumps,
            StreakAmp = Math.Clamp(pitchPx - 1f, 0f, 1f),
            EdgeAmp = Math.Clamp(widthPx / 6f - 0.5f, 0f, 1f),
            Aspect = Math.Max(lengthLogical / Math.Max(s.Width, 1e-3f), 0.25f),
            // Grooves scale with a clump's width, in logical units, so their slope is the same at any size.
            Groove = film > 0f ? GrooveDepth * (0.4f + 0.9f * depth) * s.Width / clumps / film : 0f,
            Soft = 1f / MathF.Max(widthPx, 1e-3f),
            Ragged = profile.Ragged,
            SetDown = profile.SetDown,
            LiftOff = profile.LiftOff,
            Fray = Math.Max(lengthLogical / Math.Max(s.Width, 1e-3f), 0.25f) * Math.Clamp(widthPx / 4f, 1f, 10f),
            Load = s.Load,
            Crest = PaintFilm.Crest(s),
        };
        if (textured) BrushTexture.Prepare(ref Texture, Brush);
    }

    int IFootprint.SpineCount => _spineCount;

    float IFootprint.SpineLength => _cum[_spineCount - 1];

    Point2 IFootprint.Spine(int i) => _poly[i];

    void IFootprint.AddDisc(Point2 centre, float r, float u) => AddCapsule(centre, centre, r, r, u, u);

    void IFootprint.AddSpine()
    {
        int n = _spineCount;
        float total = _cum[n - 1];
        var s = _stroke!;
        var profile = Brush.Profile;
        // A textured stroke frays inward from its sides and square ends: its footprint is widened and lengthened so
        // the frayed edge averages out where the painter put it.
        float halfW = Plain ? _halfW : _halfW * profile.Flare;
        bool frays = !Plain && profile.SquareEnds && n >= 2;
        // Each end is lengthened by no more than its fray can eat back (capped by the mark's length, as the texture caps
        // it): a short touch lengthened by the full depth would keep the extra length, a square stamp.
        float most = BrushTexture.MostEndShare * total / MathF.Max(2f * _halfW, 1e-3f);
        float ext = frays ? BrushProfile.MeanEndInset * MathF.Min(profile.SetDown, most) * 2f * _halfW : 0f;
        float extEnd = frays ? BrushProfile.MeanEndInset * MathF.Min(profile.LiftOff, most) * 2f * _halfW : 0f;
        float span = total + ext + extEnd;
        for (int i = 0; i + 1 < n || i == 0 && n == 1; i++)
        {
            var a = i == 0 && ext > 0 ? _poly[0] - Direction(0) * ext : _poly[i];
            var b = n == 1 ? a : i + 2 == n && extEnd > 0 ? _poly[n - 1] + Direction(n - 2) * extEnd : _poly[i + 1];
            float ua = i == 0 ? 0f : span > 0 ? (_cum[i] + ext) / span : 0f;
            float ub = n == 1 || i + 2 == n ? 1f : span > 0 ? (_cum[i + 1] + ext) / span : 1f;
            AddCapsule(a, b, halfW * Width(s, profile, ua), halfW * Width(s, profile, ub), ua, ub);
            if (n == 1) break;
        }
        Body = Count;
    }

    // The unit direction of spine segment i.
    private Point2 Direction(int i) => (_poly[i + 1] - _poly[i]) * (1f / MathF.Max(_cum[i + 1] - _cum[i], 1e-6f));

    private static float Width(Stroke s, BrushProfile profile, float u)
    {
        float pressure = Pressure(s.Seed, profile.Swell, u);
        if (!profile.Tapers) return pressure;
        float a = s.TaperStart > 0 ? Math.Clamp(u / s.TaperStart, 0f, 1f) : 1f;
        float b = s.TaperEnd > 0 ? Math.Clamp((1f - u) / s.TaperEnd, 0f, 1f) : 1f;
        float t = Math.Min(a * a * (3 - 2 * a), b * b * (3 - 2 * b));
        return pressure * (0.45f + 0.55f * t);
    }

    // The hand's pressure along a stroke, as a width factor: the brush lands, presses into a swell that wanders a
    // little, and lifts off narrower. About 1 on average, so a mark keeps the width the painter chose.
    private static float Pressure(uint seed, float swell, float u)
    {
        if (swell <= 0f) return 1f;
        float land = 1f - Noise.Smoothstep(0f, 0.2f, u), lift = Noise.Smoothstep(0.6f, 1f, u);
        float wander = Noise.Value1(seed ^ 0x68E31DA4u, u * 2.5f);
        return 1f + swell * (0.3f - MathF.Min(1f, 0.45f * land + 0.7f * lift + 0.3f * wander));
    }

    /// <summary>
    /// A dab: a spine too short to lay the brush's own mark (a point, a touch) becomes a straight one
    /// <paramref name="length"/> pixels long, centred where the painter touched, along the way the spine went or, for a
    /// single point, at the stroke's own angle; its tapers round it into an elliptic mark. Returns the vertex count.
    /// </summary>
    private int Dab(uint seed, int n, float length)
    {
        Point2 a = _poly[0], b = _poly[n - 1];
        var mid = (a + b) * 0.5f;
        float chord = (b - a).Length, angle = Noise.Unit(seed ^ DabSeed, 3) * MathF.PI;
        var dir = chord > 1e-3f ? (b - a) * (1f / chord) : new Point2(MathF.Cos(angle), MathF.Sin(angle));
        // Vertices enough for its tapers to round it.
        int count = 0;
        for (int k = 0; k <= DabSteps; k++) Put(ref count, mid + dir * ((k / (float)DabSteps - 0.5f) * length));
        return count;
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

    (Point2 P, Point2 Dir) IFootprint.PointAt(float d)
    {
        int n = _spineCount;
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
        Widest = Count == 1 ? MathF.Max(ra, rb) : MathF.Max(Widest, MathF.Max(ra, rb));
        c.MinX = MathF.Min(a.X, b.X) - r; c.MaxX = MathF.Max(a.X, b.X) + r;
        c.MinY = MathF.Min(a.Y, b.Y) - r; c.MaxY = MathF.Max(a.Y, b.Y) + r;
        if (Count == 1) { MinX = c.MinX; MaxX = c.MaxX; MinY = c.MinY; MaxY = c.MaxY; }
        else { MinX = MathF.Min(MinX, c.MinX); MaxX = MathF.Max(MaxX, c.MaxX); MinY = MathF.Min(MinY, c.MinY); MaxY = MathF.Max(MaxY, c.MaxY); }
    }

    /// <summary>A conservative vertical extent in pixels of a stroke at a scale, without flattening it.</summary>
    public static (float MinY, float MaxY) VerticalBounds(Stroke s, float scale)
    {
        float min = float.MaxValue, max = float.MinValue, left = float.MaxValue, right = float.MinValue, pad = 0;
        var pts = s.Points;
        for (int i = 0; i < pts.Length; i++)
        {
            min = MathF.Min(min, pts[i].Y); max = MathF.Max(max, pts[i].Y);
            left = MathF.Min(left, pts[i].X); right = MathF.Max(right, pts[i].X);
            if (i > 0 && i + 1 < pts.Length) pad = MathF.Max(pad, MathF.Abs(pts[i + 1].Y - pts[i - 1].Y) / 6f);
        }
        var brush = Brush.Of(s.Brush);
        float extra = brush.Overhang(s);
        // A dab reaches half its length from where it was touched, whichever way it lies.
        float dab = brush.DabLength * s.Width;
        if (brush.LaysSpine && MathF.Max(max - min, right - left) < dab) extra += 0.5f * dab;
        return ((min - pad - extra) * scale - 2, (max + pad + extra) * scale + 2);
    }
}
