using Echoes.Strokes;

namespace Echoes.Painting;

/// <summary>
/// How far a stroke may turn over its whole length. A painter's stroke bends with the form but does not curl back on
/// itself: a path that keeps turning, however gently each step, spirals, and neighbouring spirals read as fingerprint
/// whorls. Paths are stopped where their total turning would pass <see cref="Most"/>, rather than let curl.
/// </summary>
internal static class Turning
{
    /// <summary>Most total turning of one stroke, radians (90°): a hook at most, never a loop.</summary>
    public const float Most = MathF.PI / 2;

    /// <summary>The angle, radians, between two unit directions.</summary>
    public static float Between(float ax, float ay, float bx, float by) => MathF.Acos(Math.Clamp(ax * bx + ay * by, -1f, 1f));

    /// <summary>The longest start of <paramref name="pts"/> whose total turning is at most <see cref="Most"/>.</summary>
    public static List<Point2> Within(List<Point2> pts)
    {
        float total = 0, px = 0, py = 0;
        for (int i = 1; i < pts.Count; i++)
        {
            float dx = pts[i].X - pts[i - 1].X, dy = pts[i].Y - pts[i - 1].Y, l = MathF.Sqrt(dx * dx + dy * dy);
            if (l < 1e-5f) continue;
            (dx, dy) = (dx / l, dy / l);
            if (px != 0 || py != 0) total += Between(px, py, dx, dy);
            if (total > Most) return pts[..i];
            (px, py) = (dx, dy);
        }
        return pts;
    }

    /// <summary>The path with the sideways jitter of its inner points smoothed out (two passes of a 1-2-1 filter): a
    /// path re-centred on a ridge each step zigzags by a pixel, which a thin stroke shows as a squiggle.</summary>
    public static List<Point2> Smoothed(List<Point2> pts)
    {
        var a = pts;
        for (int pass = 0; pass < 2; pass++)
        {
            var b = new List<Point2>(a);
            for (int i = 1; i < a.Count - 1; i++) b[i] = (a[i - 1] + a[i] * 2f + a[i + 1]) * 0.25f;
            a = b;
        }
        return a;
    }
}
