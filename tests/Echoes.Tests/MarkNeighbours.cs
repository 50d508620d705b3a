using Echoes.Color;
using Echoes.Strokes;

namespace Echoes.Tests;

/// <summary>
/// Measures of a plan's brush marks as a viewer reads them: how long a mark is in its own widths, and whether it stands
/// alone, touching no other mark of near its colour (sRGB) and width, as a dab of confetti does.
/// </summary>
internal static class MarkNeighbours
{
    /// <summary>The length of the mark's spine (its polyline), logical units.</summary>
    public static double Length(Stroke s)
    {
        double length = 0;
        for (int i = 1; i < s.Points.Length; i++) length += (s.Points[i] - s.Points[i - 1]).Length;
        return length;
    }

    /// <summary>For each mark, whether it touches no other of near its colour and width: where the spines of the two come
    /// within a little over half their mean width, their paint overlaps.</summary>
    public static bool[] Alone(List<Stroke> marks)
    {
        const float Cell = 16f;
        var samples = marks.Select(Samples).ToList();
        var colours = marks.Select(s => (Srgb.FromLinear(s.Color.R), Srgb.FromLinear(s.Color.G), Srgb.FromLinear(s.Color.B))).ToList();
        var grid = new Dictionary<(int, int), List<int>>();
        for (int i = 0; i < marks.Count; i++)
            foreach (var cell in samples[i].Select(p => ((int)MathF.Floor(p.X / Cell), (int)MathF.Floor(p.Y / Cell))).Distinct())
                (grid.TryGetValue(cell, out var list) ? list : grid[cell] = []).Add(i);
        var alone = new bool[marks.Count];
        for (int i = 0; i < marks.Count; i++)
        {
            var near = new HashSet<int>();
            foreach (var p in samples[i])
                for (int dy = -1; dy <= 1; dy++)
                    for (int dx = -1; dx <= 1; dx++)
                        if (grid.TryGetValue(((int)MathF.Floor(p.X / Cell) + dx, (int)MathF.Floor(p.Y / Cell) + dy), out var list))
                            near.UnionWith(list);
            near.Remove(i);
            alone[i] = !near.Any(j => Alike(marks[i], marks[j], colours[i], colours[j]) && Touch(samples[i], samples[j], marks[i], marks[j]));
        }
        return alone;
    }

    private static bool Alike(Stroke a, Stroke b, (float R, float G, float B) ca, (float R, float G, float B) cb)
    {
        float dr = ca.R - cb.R, dg = ca.G - cb.G, db = ca.B - cb.B;
        return dr * dr + dg * dg + db * db < 0.08f * 0.08f && MathF.Max(a.Width, b.Width) <= 1.6f * MathF.Min(a.Width, b.Width);
    }

    private static bool Touch(List<Point2> a, List<Point2> b, Stroke sa, Stroke sb)
    {
        float reach = 0.6f * (sa.Width + sb.Width) / 2f;
        return a.Any(p => b.Any(q => (p - q).Length < reach));
    }

    // Points along the spine's polyline, at most 4 logical units apart.
    private static List<Point2> Samples(Stroke s)
    {
        var pts = new List<Point2> { s.Points[0] };
        for (int i = 1; i < s.Points.Length; i++)
        {
            var a = s.Points[i - 1];
            var d = s.Points[i] - a;
            int n = Math.Max(1, (int)(d.Length / 4f));
            for (int k = 1; k <= n; k++) pts.Add(a + d * (k / (float)n));
        }
        return pts;
    }
}
