using Echoes.Strokes;

namespace Echoes.Painting;

/// <summary>
/// The level lines of a smooth value on a grid (a colour field's feathered coverage, a distance from a form): smooth
/// curves in grid coordinates, traced by stepping along the level line and settling back onto it, so paint laid along
/// one follows the shape with its side, not a row of stroke ends.
/// </summary>
internal static class LevelLines
{
    private const float Step = 0.6f;

    /// <summary>The lines where <paramref name="value"/> (sampled at grid coordinates, cell centres at +0.5, on a grid
    /// <paramref name="w"/> × <paramref name="h"/>) equals <paramref name="level"/>, in a seeded order.</summary>
    public static List<List<Point2>> Trace(Func<float, float, float> value, int w, int h, float level, Random rng)
    {
        var grid = new Grid(value, w, h, level);
        var seeds = new List<Point2>();
        for (int y = 0; y < h; y++)
            for (int x = 0; x < w; x++)
            {
                float here = value(x + 0.5f, y + 0.5f) - level;
                if (x + 1 < w && here * (value(x + 1.5f, y + 0.5f) - level) < 0) seeds.Add(new(x + 1f, y + 0.5f));
                if (y + 1 < h && here * (value(x + 0.5f, y + 1.5f) - level) < 0) seeds.Add(new(x + 0.5f, y + 1f));
            }
        var visited = new bool[w * h];
        var lines = new List<List<Point2>>();
        foreach (int i in rng.Shuffle(seeds.Count))
        {
            var s = seeds[i];
            if (visited[grid.Cell(s)]) continue;
            var line = grid.Follow(s, visited);
            if (line.Count > 3) lines.Add(line);
        }
        return lines;
    }

    private sealed record Grid(Func<float, float, float> Value, int W, int H, float Level)
    {
        public int Cell(Point2 p) => Math.Clamp((int)p.Y, 0, H - 1) * W + Math.Clamp((int)p.X, 0, W - 1);

        // Along the level line, one way round, until it leaves the grid, fades out or meets a stretch already traced.
        public List<Point2> Follow(Point2 p, bool[] visited)
        {
            var line = new List<Point2>();
            Point2 heading = default;
            for (int i = 0; i < 400; i++)
            {
                if (Settle(p) is not { } on) break;
                p = on;
                int cell = Cell(p);
                if (p.X < 0 || p.Y < 0 || p.X > W || p.Y > H || (visited[cell] && i > 0 && !SameCell(line, cell))) break;
                visited[cell] = true;
                line.Add(p);
                var g = Gradient(p);
                var t = new Point2(-g.Y, g.X) * (1f / g.Length);
                if (i > 0 && t.X * heading.X + t.Y * heading.Y < 0) t = t * -1f;
                heading = t;
                p += t * Step;
            }
            return line;
        }

        private bool SameCell(List<Point2> line, int cell) => line.Count > 0 && Cell(line[^1]) == cell;

        // The point on the level line nearest p (two Newton steps across it); null where the value is flat.
        private Point2? Settle(Point2 p)
        {
            for (int i = 0; i < 2; i++)
            {
                var g = Gradient(p);
                float g2 = g.X * g.X + g.Y * g.Y;
                if (g2 < 1e-4f) return null;
                float e = Level - Value(p.X, p.Y);
                p += g * Math.Clamp(e / g2, -1f, 1f);
            }
            return p;
        }

        private Point2 Gradient(Point2 p) => new(
            Value(p.X + 0.5f, p.Y) - Value(p.X - 0.5f, p.Y), Value(p.X, p.Y + 0.5f) - Value(p.X, p.Y - 0.5f));
    }
}
