using Echoes.Strokes;

namespace Echoes.Tests;

/// <summary>
/// How alike neighbouring strokes lie: the plan is cut into square cells, and in each the strokes whose middles fall
/// in a chosen region are summed as doubled-angle unit vectors (a stroke and its reverse are one direction). The
/// resultant's length is 1 where they all lie alike and about 1/√n for n strokes at random angles; cells are averaged
/// by their counts (drips and splatter left out). A painter's sky or wall scores near 1; a jumble of dabs far lower.
/// </summary>
internal static class StrokeAgreement
{
    /// <summary>The agreement (0–1) of strokes whose middle (in logical units) satisfies <paramref name="inside"/>, over
    /// cells <paramref name="cell"/> logical units wide with at least three such strokes, and how many strokes counted.</summary>
    public static (double Agreement, int Strokes) Of(StrokePlan plan, Func<float, float, bool> inside, float cell)
    {
        int cols = Math.Max(1, (int)MathF.Ceiling(plan.Width / cell)), rows = Math.Max(1, (int)MathF.Ceiling(plan.Height / cell));
        var (c, s, n) = (new double[cols * rows], new double[cols * rows], new int[cols * rows]);
        foreach (var stroke in plan.Strokes)
        {
            // Drips run down and splatter scatters whatever the hand's way: they are not strokes laid along it.
            if (stroke.Points.Length < 2 || stroke.Brush is BrushKind.Drip or BrushKind.Splatter) continue;
            Point2 a = stroke.Points[0], b = stroke.Points[^1], m = stroke.Points[stroke.Points.Length / 2];
            if (!inside(m.X, m.Y) || (a.X == b.X && a.Y == b.Y)) continue;
            int k = Math.Clamp((int)(m.Y / cell), 0, rows - 1) * cols + Math.Clamp((int)(m.X / cell), 0, cols - 1);
            double angle = 2 * Math.Atan2(b.Y - a.Y, b.X - a.X);
            c[k] += Math.Cos(angle); s[k] += Math.Sin(angle); n[k]++;
        }
        double sum = 0; int total = 0;
        for (int k = 0; k < n.Length; k++)
        {
            if (n[k] < 3) continue;
            sum += Math.Sqrt(c[k] * c[k] + s[k] * s[k]);
            total += n[k];
        }
        return (total == 0 ? 0 : sum / total, total);
    }
}
