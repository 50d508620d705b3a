using Echoes.Color;
using Echoes.Moods;
using Echoes.Strokes;
using Echoes.Targets;

namespace Echoes.Painting;

/// <summary>
/// The mood's own marks, laid last over the painting, away from the subject: joy's rays of light rising round it
/// (<see cref="JoyRays"/>), sorrow's cold veil falling past it (<see cref="SorrowVeil"/>), love's warm arcs holding it
/// (<see cref="LoveEmbrace"/>), loss's dry strokes of bare ground wiping the picture away from one side
/// (<see cref="LossScrub"/>). Colour and value alone read as a grade laid over the same picture; these are gestures a
/// painter in that mood would make, so the mood lives in the forms. They take their colours from the pushed target
/// (what the painting under them approximates), so they belong to the picture they cross. A composed scene gets none:
/// its figures and ties carry its moods.
/// </summary>
internal sealed class MoodMarks
{
    /// <summary>The part every mood mark carries, so an SVG keeps them on a layer of their own.</summary>
    public const string Part = "mood";

    private readonly Target _t;
    private readonly float _logicalPerPixel;
    private readonly float _a, _b, _ux, _uy;

    private MoodMarks(Target t, (float X, float Y) centre, float logicalPerPixel)
    {
        _t = t;
        _logicalPerPixel = logicalPerPixel;
        Long = Math.Max(t.Width, t.Height);
        Centre = (centre.X * t.Width, centre.Y * t.Height);
        (_a, _b, _ux, _uy) = Extent(t, Centre, Long);
    }

    /// <summary>The marks of mood <paramref name="m"/> over target <paramref name="t"/> (working pixels), in logical units and
    /// painting order; at most <paramref name="limit"/> of them (an exact stroke count leaves them that many).</summary>
    public static List<Stroke> Of(Target t, MoodComposition c, MoodParameters m, float logicalPerPixel, int seed, Rgb ground,
        int limit = int.MaxValue)
    {
        var marks = new List<Stroke>();
        if (t.Guide is not null || limit <= 0) return marks;
        var site = new MoodMarks(t, c.Centre, logicalPerPixel);
        if (m.Embrace > 0) LoveEmbrace.Lay(site, m, new Random(SeedMix.Of(seed, 0x10E)), marks);
        if (m.Bloom > 0) JoyRays.Lay(site, m, new Random(SeedMix.Of(seed, 0x10F)), marks);
        if (m.Veil > 0) SorrowVeil.Lay(site, m, new Random(SeedMix.Of(seed, 0x110)), marks);
        if (m.Scrub > 0 && c.Wash is { } wash) LossScrub.Lay(site, m, c.Lost, wash, ground, new Random(SeedMix.Of(seed, 0x111)), marks);
        if (marks.Count <= limit) return marks;
        // An even selection keeps every mood's share and the order.
        return [.. Enumerable.Range(0, limit).Select(i => marks[(int)((long)i * marks.Count / limit)])];
    }

    /// <summary>The working canvas's long side, pixels.</summary>
    public float Long { get; }

    /// <summary>The subject's centre, working pixels.</summary>
    public (float X, float Y) Centre { get; }

    /// <summary>The target's size, working pixels.</summary>
    public int Width => _t.Width;

    /// <inheritdoc cref="Width"/>
    public int Height => _t.Height;

    /// <summary>Whether (x, y) lies on the canvas.</summary>
    public bool Inside(float x, float y) => x >= 0 && y >= 0 && x < _t.Width && y < _t.Height;

    /// <summary>The focus at (x, y), 0 off the canvas.</summary>
    public float Focus(float x, float y) => Inside(x, y) ? _t.FocusAt((int)y * _t.Width + (int)x) : 0f;

    /// <summary>The pushed target's colour round (x, y), a 3×3 mean.</summary>
    public Oklch Colour(float x, float y)
    {
        int cx = Math.Clamp((int)x, 1, _t.Width - 2), cy = Math.Clamp((int)y, 1, _t.Height - 2);
        float r = 0, g = 0, b = 0;
        var p = _t.Reference.Pixels;
        for (int dy = -1; dy <= 1; dy++)
            for (int dx = -1; dx <= 1; dx++)
            {
                int i = ((cy + dy) * _t.Width + cx + dx) * 3;
                r += p[i]; g += p[i + 1]; b += p[i + 2];
            }
        return Oklch.FromLinear(new Rgb(r / 9, g / 9, b / 9));
    }

    /// <summary>The point at angle <paramref name="angle"/> (radians) on the subject's outline scaled by
    /// <paramref name="scale"/>: an ellipse fitted to the focus.</summary>
    public (float X, float Y) OnOutline(float angle, float scale)
    {
        float u = _a * scale * MathF.Cos(angle), v = _b * scale * MathF.Sin(angle);
        return (Centre.X + u * _ux - v * _uy, Centre.Y + u * _uy + v * _ux);
    }

    /// <summary>Where the focus, going out from the subject's centre at angle <paramref name="angle"/> (radians, along the
    /// fitted ellipse's proportions), falls below <paramref name="level"/> after rising to it: the subject's edge at that
    /// level; null where the ray leaves the canvas first.</summary>
    public (float X, float Y)? OnContour(float angle, float level)
    {
        var (ex, ey) = OnOutline(angle, 1f);
        float dx = ex - Centre.X, dy = ey - Centre.Y, step = 1f / MathF.Max(1f, MathF.Sqrt(dx * dx + dy * dy));
        bool within = false;
        for (float r = 0; r < 4f; r += step)
        {
            float x = Centre.X + dx * r, y = Centre.Y + dy * r;
            if (!Inside(x, y)) return null;
            if (Focus(x, y) >= level) within = true;
            else if (within) return (x, y);
        }
        return null;
    }

    /// <summary>How far from the centre the subject's outline lies in direction (dx, dy) (a unit vector), pixels.</summary>
    public float Reach(float dx, float dy)
    {
        float u = dx * _ux + dy * _uy, v = -dx * _uy + dy * _ux;
        return 1f / MathF.Sqrt(u * u / (_a * _a) + v * v / (_b * _b));
    }

    /// <summary>Colour <paramref name="a"/> moved toward <paramref name="b"/> by <paramref name="k"/> in Oklab, so a warm light over
    /// a blue sky passes through grey, not round the hue circle through green.</summary>
    public static Oklch Toward(Oklch a, Oklch b, float k)
    {
        Oklab x = a.ToOklab(), y = b.ToOklab();
        return new Oklab(x.L + (y.L - x.L) * k, x.A + (y.A - x.A) * k, x.B + (y.B - x.B) * k).ToOklch();
    }

    /// <summary>The length of the polyline through <paramref name="points"/>.</summary>
    public static float PathLength(List<(float X, float Y)> points)
    {
        float sum = 0;
        for (int i = 1; i < points.Count; i++)
            sum += MathF.Sqrt(MathF.Pow(points[i].X - points[i - 1].X, 2) + MathF.Pow(points[i].Y - points[i - 1].Y, 2));
        return sum;
    }

    /// <summary>A plan stroke through <paramref name="points"/> (working pixels); null for fewer than two.</summary>
    public Stroke? Stroke(List<(float X, float Y)> points, float width, Oklch colour, BrushKind brush, float opacity, float load,
        float taperStart, float taperEnd, Random rng)
    {
        if (points.Count < 2) return null;
        float k = _logicalPerPixel;
        return new Stroke
        {
            Points = [.. points.Select(p => new Point2(p.X * k, p.Y * k))], Width = width * k, Color = colour.ToLinearInGamut(),
            Opacity = Math.Clamp(opacity, 0f, 1f), Brush = brush, Load = Math.Clamp(load, 0f, 1f), Seed = (uint)rng.Next(),
            TaperStart = taperStart, TaperEnd = taperEnd, Part = Part,
        };
    }

    // The subject as an ellipse: the focus's weighted spread round its centre (two standard deviations), at least a tenth
    // of the long side; a circle of a fifth where nothing is known of it.
    private static (float A, float B, float Ux, float Uy) Extent(Target t, (float X, float Y) c, float longSide)
    {
        if (t.FocusMap is not { } f) return (0.2f * longSide, 0.2f * longSide, 1f, 0f);
        double sxx = 0, syy = 0, sxy = 0, sw = 0;
        for (int y = 0; y < t.Height; y++)
            for (int x = 0; x < t.Width; x++)
            {
                float v = f[y * t.Width + x];
                v *= v;
                float dx = x + 0.5f - c.X, dy = y + 0.5f - c.Y;
                sxx += v * dx * dx; syy += v * dy * dy; sxy += v * dx * dy; sw += v;
            }
        if (sw <= 1e-6) return (0.2f * longSide, 0.2f * longSide, 1f, 0f);
        double a = sxx / sw, d = syy / sw, b = sxy / sw;
        double mid = 0.5 * (a + d), spread = Math.Sqrt(0.25 * (a - d) * (a - d) + b * b);
        double angle = 0.5 * Math.Atan2(2 * b, a - d);
        float lo = 0.1f * longSide, hi = 0.45f * longSide;
        return (Math.Clamp(2f * (float)Math.Sqrt(mid + spread), lo, hi), Math.Clamp(2f * (float)Math.Sqrt(Math.Max(0, mid - spread)), lo, hi),
            (float)Math.Cos(angle), (float)Math.Sin(angle));
    }
}
