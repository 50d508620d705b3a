using System.Runtime.CompilerServices;

namespace Echoes.Scenes;

/// <summary>
/// Where a scene's ties run, for the land's lines to keep clear of: a dune's crest or brink drawn through a tie's line
/// tangled with it (at night the crests crossed the broken ties, and no one could tell the tie's gap from the sand's
/// lines), so those lines stop short of each tie by a little more than its width.
/// </summary>
internal sealed class TieLanes
{
    private static readonly ConditionalWeakTable<Composition, TieLanes> Made = [];

    // Each tie's arc as a polyline, the room it keeps about itself and its bounds grown by that room.
    private readonly List<Lane> _lanes = [];

    private readonly record struct Lane((float X, float Y)[] Arc, float Room, (float L, float T, float R, float B) Bounds);

    private TieLanes(Composition c)
    {
        var byName = c.Figures.ToDictionary(f => f.Figure.Name, StringComparer.Ordinal);
        foreach (var (tie, arc) in TieRoutes.Arcs(c, byName))
        {
            var pts = arc.Points(0f, 1f, 48);
            // The line's widest (a strong bond's press, a frayed end's drift) and a gap the eye sees as air around it.
            float room = 0.16f * (byName[tie.From].Height + byName[tie.To].Height) / 2;
            _lanes.Add(new Lane(pts, room, (pts.Min(p => p.X) - room, pts.Min(p => p.Y) - room, pts.Max(p => p.X) + room, pts.Max(p => p.Y) + room)));
        }
    }

    /// <summary>The ties of composition <paramref name="c"/>, routed once however many strokes ask.</summary>
    public static TieLanes Of(Composition c) => Made.GetValue(c, k => new TieLanes(k));

    /// <summary>Whether a line's point at (<paramref name="x"/>, <paramref name="y"/>), <paramref name="reach"/> working
    /// pixels wide on either side, keeps clear of every tie.</summary>
    public bool Clear(float x, float y, float reach)
    {
        foreach (var (pts, room, (l, t, r, b)) in _lanes)
        {
            if (x < l - reach || x > r + reach || y < t - reach || y > b + reach) continue;
            for (int k = 0; k < pts.Length - 1; k++)
                if (ToSegment(x, y, pts[k], pts[k + 1]) < room + reach) return false;
        }
        return true;
    }

    private static float ToSegment(float x, float y, (float X, float Y) a, (float X, float Y) b)
    {
        float dx = b.X - a.X, dy = b.Y - a.Y, len = dx * dx + dy * dy;
        float t = len < 1e-6f ? 0f : Math.Clamp(((x - a.X) * dx + (y - a.Y) * dy) / len, 0f, 1f);
        float ex = a.X + dx * t - x, ey = a.Y + dy * t - y;
        return MathF.Sqrt(ex * ex + ey * ey);
    }
}
