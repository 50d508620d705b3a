using Echoes.Brushes;
using Echoes.Color;
using Echoes.Moods;
using Echoes.Strokes;

namespace Echoes.Painting;

/// <summary>
/// What loss leaves behind: where the paint has gone to the bare ground, the drawing beneath it remains, faint thin lines
/// of the photograph's strongest edges in a worn sepia, broken where the charcoal skipped; so the emptied part of the
/// picture is a memory of what was there rather than a flat band of ground (an unfinished canvas, a fading photograph).
/// </summary>
internal static class LossGhost
{
    private const int Steps = 30, Every = 3;

    public static void Lay(MoodMarks site, MoodParameters m, float[] wash, Rgb ground, Random rng, List<Stroke> into)
    {
        var bare = Oklch.FromLinear(ground);
        // A coarse grid of the places already drawn, so an edge is traced once, not by every seed that falls on it.
        int cell = Math.Max(2, (int)(site.Long / 64f)), cols = site.Width / cell + 1;
        var drawn = new bool[cols * (site.Height / cell + 1)];
        int n = (int)(70 * m.Scrub);
        for (int i = 0; i < n; i++)
        {
            if (Seed(site, wash, drawn, cell, cols, rng) is not { } p) continue;
            var line = Trace(site, wash, p, site.EdgeAt(p.X, p.Y) * 0.5f);
            if (line.Count < 3 || MoodMarks.PathLength(line) < site.Long * 0.03f) continue;
            foreach (var (x, y) in line) drawn[(int)y / cell * cols + (int)x / cell] = true;
            var colour = new Oklch(Math.Clamp(bare.L - 0.18f - 0.1f * rng.NextSingle(), 0f, 1f), 0.025f, 60f);
            var s = site.Stroke(line, site.Long * (0.0015f + 0.0015f * rng.NextSingle()), colour, BrushKind.Round,
                0.3f + 0.2f * rng.NextSingle(), 0.3f + 0.2f * rng.NextSingle(), 0.3f, 0.3f, rng);
            if (s is not null) into.Add(s);
        }
    }

    // The strongest edge of a few places where the picture has gone bare and nothing is drawn yet.
    private static (float X, float Y)? Seed(MoodMarks site, float[] wash, bool[] drawn, int cell, int cols, Random rng)
    {
        (float X, float Y)? best = null;
        float strongest = 0.3f;
        for (int tries = 0; tries < 24; tries++)
        {
            float x = rng.NextSingle() * site.Width, y = rng.NextSingle() * site.Height;
            if (wash[(int)y * site.Width + (int)x] < 0.55f || drawn[(int)y / cell * cols + (int)x / cell]) continue;
            float e = site.EdgeAt(x, y);
            // Only a clean edge is drawing; a blurred background's soft gradients would trace as squiggles.
            if (e > strongest && site.CoherenceAt(x, y) > 0.5f) { strongest = e; best = (x, y); }
        }
        return best;
    }

    // Along the edge both ways from p while it stays an edge and the paint there is gone; every third step a point.
    private static List<(float X, float Y)> Trace(MoodMarks site, float[] wash, (float X, float Y) p, float floor)
    {
        var back = Walk(site, wash, p, -1f, floor);
        back.Reverse();
        back.Add(p);
        back.AddRange(Walk(site, wash, p, 1f, floor));
        return back;
    }

    private static List<(float X, float Y)> Walk(MoodMarks site, float[] wash, (float X, float Y) p, float sign, float floor)
    {
        var points = new List<(float X, float Y)>(Steps / Every);
        float step = MathF.Max(1f, site.Long / 250f);
        var (dx, dy) = site.DirectionAt(p.X, p.Y);
        dx *= sign; dy *= sign;
        float x = p.X, y = p.Y;
        for (int k = 1; k <= Steps; k++)
        {
            x += dx * step; y += dy * step;
            if (!site.Inside(x, y) || site.EdgeAt(x, y) < floor || wash[(int)y * site.Width + (int)x] < 0.35f) break;
            // The field's direction has no sign: keep going the way we came.
            var (nx, ny) = site.DirectionAt(x, y);
            float along = nx * dx + ny * dy;
            if (along < 0) { nx = -nx; ny = -ny; along = -along; }
            // A line turns gently: a sharp turn (a lattice's crossing, a corner) ends it rather than looping.
            if (along < 0.9f || site.CoherenceAt(x, y) < 0.3f) break;
            dx = nx; dy = ny;
            if (k % Every == 0) points.Add((x, y));
        }
        return points;
    }
}
