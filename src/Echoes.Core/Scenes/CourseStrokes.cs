using Echoes.Color;
using Echoes.Strokes;

namespace Echoes.Scenes;

/// <summary>
/// The banks of a river or path cut in as a painter cuts in an edge: short strokes laid along each bank, one chain just
/// outside it in the land's colour and one just inside in the course's own, so the course winds with a drawn edge
/// instead of the steps the level rows of the ground and the water leave where each row ends (a staircase down both
/// banks); and along a path, a few broken ruts that run with it toward the viewer.
/// </summary>
internal static class CourseStrokes
{
    // How far apart a path's colour and its land's must be, along most of it, for it to be laid in lanes.
    private const float Seen = 0.05f;

    /// <summary>The land's side of each bank, and a path's own strokes (nothing where the landscape has no course).</summary>
    public static void Land(List<Stroke> strokes, Composition c, SceneColours colours, Marks marks, Random rng)
    {
        if (c.Course is not { } course) return;
        foreach (bool left in (ReadOnlySpan<bool>)[true, false]) Bank(strokes, c, colours, course, left, false, LandLayers.Ground, marks, rng);
        if (course.River) return;
        // A path that hardly shows against its land along most of its length (a trodden track a step off it) is not laid
        // in lanes: painted over its width, it is a wipe over the ground; its banks and ruts draw it.
        bool shows = Shows(course, colours);
        if (shows)
            foreach (float u in (ReadOnlySpan<float>)[0.25f, 0.5f, 0.75f]) Lane(strokes, c, colours, course, u, 0.34f, 0.8f, 1f, 0f, marks, rng);
        foreach (bool left in (ReadOnlySpan<bool>)[true, false]) Bank(strokes, c, colours, course, left, true, LandLayers.Ground, marks, rng);
        if (shows)
            foreach (float u in (ReadOnlySpan<float>)[0.35f, 0.65f]) Lane(strokes, c, colours, course, u, 0.1f, 0.4f, 0.92f, 0.35f, marks, rng);
        // Whether it shows or not, two broken ruts a little darker than the track run with it to the viewer's feet: with
        // the banks, they draw it as a trodden track.
        foreach (float u in (ReadOnlySpan<float>)[0.4f, 0.6f]) Lane(strokes, c, colours, course, u, 0.06f, 0.5f, 0.84f, 0.3f, marks, rng, true);
    }

    /// <summary>The water's side of a river's banks (nothing where the course is a path or there is none).</summary>
    public static void Water(List<Stroke> strokes, Composition c, SceneColours colours, Marks marks, Random rng)
    {
        if (c.Course is not { River: true } course) return;
        foreach (bool left in (ReadOnlySpan<bool>)[true, false]) Bank(strokes, c, colours, course, left, true, LandLayers.Water, marks, rng);
    }

    // A chain of short strokes along one bank, inside the course or outside it, each in the colour a little further on
    // that side, as wide as the steps it must cover: a ground row's width there, the more the flatter the bank runs (a
    // level row ends far from a bank that runs across it); inside, never more than a third of the course's width.
    private static void Bank(List<Stroke> strokes, Composition c, SceneColours colours, Course course, bool left, bool inward, byte layer,
        Marks marks, Random rng)
    {
        var bank = left ? course.Left : course.Right;
        float side = left == inward ? 1f : -1f;
        int i = 0;
        while (i < bank.Length - 1)
        {
            var (nx, ny, slope) = Normal(bank, i, side);
            float y = bank[i].Y, across = MathF.Abs(course.Right[i].X - course.Left[i].X);
            float width = MathF.Max(c.Target.Height * 0.003f, GroundStrokes.RowWidth(c, y) * (0.45f + 0.5f * slope));
            if (inward) width = MathF.Min(width, across * 0.33f);
            // About five widths long, never shorter than two samples: a short dab per row would be a staircase again.
            int run = Math.Max(2, Steps(bank, i, width * (4f + 2f * rng.NextSingle())));
            var pts = new (float X, float Y)[run + 1];
            float off = width * 0.42f, jig = width * 0.08f;
            for (int j = 0; j <= run; j++)
            {
                var (bx, by) = bank[Math.Min(i + j, bank.Length - 1)];
                float o = off + jig * (rng.NextSingle() - 0.5f);
                pts[j] = (bx + nx * o, by + ny * o);
            }
            var mid = pts[run / 2];
            var (bx0, by0) = bank[Math.Min(i + run / 2, bank.Length - 1)];
            float reach = inward ? MathF.Min(width, across * 0.2f) : width;
            float sx = bx0 + nx * (off + reach), sy = by0 + ny * (off + reach);
            var color = colours.At(sx, sy);
            if (width >= 1f && c.Layers.At(mid.X, mid.Y) == layer && c.Layers.At(sx, sy) == layer && !colours.Bare(mid.X, mid.Y)
                && !GroundStrokes.Behind(c, mid.X, mid.Y, width))
            {
                // A path's edge a step darker than the light it is sampled in: the light pool round the people lies pale
                // on the picture the colours come from, and a bank in it read as a milky streak over the painted ground.
                float tone = (0.97f + 0.06f * rng.NextSingle()) * (course.River ? 1f : 0.88f);
                strokes.Add(marks.Make(BrushKind.Round, width, color.Scaled(tone),
                    0.9f * colours.Mood.Opacity, (0.25f, 0.3f), pts) with
                { Load = 0.6f });
            }
            i += Math.Max(1, run - 1);
        }
    }

    // The unit normal of the bank at sample i toward `side`, and how flat the bank runs there (0 straight down the picture,
    // toward 1 across it).
    private static (float X, float Y, float Slope) Normal((float X, float Y)[] bank, int i, float side)
    {
        var (ax, ay) = bank[Math.Max(0, i - 1)];
        var (bx, by) = bank[Math.Min(bank.Length - 1, i + 1)];
        float dx = bx - ax, dy = by - ay, len = MathF.Max(1e-3f, MathF.Sqrt(dx * dx + dy * dy));
        // The normal to (dx, dy) is (dy, −dx) or its opposite; pick the one on `side` in x.
        float nx = dy / len, ny = -dx / len;
        if (MathF.Sign(nx) != MathF.Sign(side) && nx != 0f) (nx, ny) = (-nx, -ny);
        return (nx, ny, MathF.Abs(dx) / len);
    }

    // Whether a path shows against the land beside it along most of its length (its middle against just outside its
    // left bank, at every fourth sample).
    private static bool Shows(Course course, SceneColours colours)
    {
        var turns = new List<float>();
        for (int i = 0; i < course.Left.Length; i += 4)
        {
            var (l, r) = (course.Left[i], course.Right[i]);
            float across = MathF.Abs(r.X - l.X);
            turns.Add(SceneColours.Distance(colours.At((l.X + r.X) * 0.5f, (l.Y + r.Y) * 0.5f), colours.At(l.X - across * 0.3f - 2f, l.Y)));
        }
        turns.Sort();
        return turns[turns.Count / 2] >= Seen;
    }

    // How many samples from i along the bank cover `length` pixels.
    private static int Steps((float X, float Y)[] bank, int i, float length)
    {
        float run = 0f;
        int j = i;
        while (j < bank.Length - 1 && run < length)
        {
            run += MathF.Sqrt((bank[j + 1].X - bank[j].X) * (bank[j + 1].X - bank[j].X) + (bank[j + 1].Y - bank[j].Y) * (bank[j + 1].Y - bank[j].Y));
            j++;
        }
        return j - i;
    }

    // A lane of strokes along a path, `u` of the way across from its left bank, `share` of its width wide, in its colour
    // there times `tone` (or, unless `dark`, its inverse, by turns), lifting at `lift` of the runs: three broad lanes lay
    // the path as a surface that runs toward the viewer (the level rows blur it into the land), thin darker ones are its ruts.
    private static void Lane(List<Stroke> strokes, Composition c, SceneColours colours, Course course, float u, float share, float opacity,
        float tone, float lift, Marks marks, Random rng, bool dark = false)
    {
        var lane = new (float X, float Y)[course.Left.Length];
        for (int i = 0; i < lane.Length; i++)
            lane[i] = (course.Left[i].X + (course.Right[i].X - course.Left[i].X) * u, course.Left[i].Y + (course.Right[i].Y - course.Left[i].Y) * u);
        int k = rng.Next(3);
        while (k < lane.Length - 2)
        {
            float width = MathF.Max(1f, MathF.Abs(course.Right[k].X - course.Left[k].X) * share);
            int run = Math.Max(2, Steps(lane, k, width * (5f + 3f * rng.NextSingle())));
            var mid = lane[Math.Min(lane.Length - 1, k + run / 2)];
            var color = colours.At(mid.X, mid.Y);
            if (rng.NextSingle() >= lift && c.Layers.At(mid.X, mid.Y) == LandLayers.Ground && !colours.Bare(mid.X, mid.Y)
                && !GroundStrokes.Behind(c, mid.X, mid.Y, width))
            {
                float t = dark || rng.NextSingle() < 0.5f ? tone : 2f - tone;
                strokes.Add(marks.Make(BrushKind.Round, width, color.Scaled(t), opacity * colours.Mood.Opacity,
                    (0.3f, 0.35f), lane.AsSpan(k, Math.Min(run + 1, lane.Length - k))) with
                { Load = 0.6f });
            }
            k += Math.Max(1, run - 1);
        }
    }
}
