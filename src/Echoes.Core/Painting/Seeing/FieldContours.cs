using Echoes.Strokes;

namespace Echoes.Painting;

/// <summary>
/// The outlines of a colour field at one level of its feathered coverage (<see cref="ColourFields.Cover"/>): smooth
/// curves in grid coordinates, traced by stepping along the level line and settling back onto it, so a rim of paint
/// laid along one follows the field's shape with its side, not a row of stroke ends.
/// </summary>
internal static class FieldContours
{
    private const float Step = 0.6f;

    /// <summary>The level lines where field <paramref name="k"/> covers <paramref name="level"/>, in grid
    /// coordinates, in a seeded order.</summary>
    public static List<List<Point2>> Trace(ColourFields f, int k, float level, Random rng)
    {
        var seeds = new List<Point2>();
        for (int y = 0; y < f.H; y++)
            for (int x = 0; x < f.W; x++)
            {
                float here = f.Cover(k, x + 0.5f, y + 0.5f) - level;
                if (x + 1 < f.W && here * (f.Cover(k, x + 1.5f, y + 0.5f) - level) < 0) seeds.Add(new(x + 1f, y + 0.5f));
                if (y + 1 < f.H && here * (f.Cover(k, x + 0.5f, y + 1.5f) - level) < 0) seeds.Add(new(x + 0.5f, y + 1f));
            }
        var visited = new bool[f.W * f.H];
        var lines = new List<List<Point2>>();
        foreach (int i in rng.Shuffle(seeds.Count))
        {
            var s = seeds[i];
            if (visited[Cell(f, s)]) continue;
            var line = Follow(f, k, level, s, visited);
            if (line.Count > 3) lines.Add(line);
        }
        return lines;
    }

    private static int Cell(ColourFields f, Point2 p) => Math.Clamp((int)p.Y, 0, f.H - 1) * f.W + Math.Clamp((int)p.X, 0, f.W - 1);

    // Along the level line, one way round, until it leaves the grid, fades out or meets a stretch already traced.
    private static List<Point2> Follow(ColourFields f, int k, float level, Point2 p, bool[] visited)
    {
        var line = new List<Point2>();
        Point2 heading = default;
        for (int i = 0; i < 400; i++)
        {
            if (Settle(f, k, level, p) is not { } on) break;
            p = on;
            int cell = Cell(f, p);
            if (p.X < 0 || p.Y < 0 || p.X > f.W || p.Y > f.H || (visited[cell] && i > 0 && !SameCell(f, line, cell))) break;
            visited[cell] = true;
            line.Add(p);
            var g = Gradient(f, k, p);
            var t = new Point2(-g.Y, g.X) * (1f / g.Length);
            if (i > 0 && t.X * heading.X + t.Y * heading.Y < 0) t = t * -1f;
            heading = t;
            p += t * Step;
        }
        return line;
    }

    private static bool SameCell(ColourFields f, List<Point2> line, int cell) => line.Count > 0 && Cell(f, line[^1]) == cell;

    // The point on the level line nearest p (two Newton steps across it); null where the coverage is flat.
    private static Point2? Settle(ColourFields f, int k, float level, Point2 p)
    {
        for (int i = 0; i < 2; i++)
        {
            var g = Gradient(f, k, p);
            float g2 = g.X * g.X + g.Y * g.Y;
            if (g2 < 1e-4f) return null;
            float e = level - f.Cover(k, p.X, p.Y);
            p += g * Math.Clamp(e / g2, -1f, 1f);
        }
        return p;
    }

    private static Point2 Gradient(ColourFields f, int k, Point2 p) => new(
        f.Cover(k, p.X + 0.5f, p.Y) - f.Cover(k, p.X - 0.5f, p.Y), f.Cover(k, p.X, p.Y + 0.5f) - f.Cover(k, p.X, p.Y - 0.5f));
}
