using Echoes.Brushes;
using Echoes.Imaging;
using Echoes.Strokes;
using Echoes.Targets;

namespace Echoes.Painting;

/// <summary>
/// How the colour-field seeing keeps its subject: over the fields, where the subject is (<see cref="SubjectMap"/>) and
/// only where the fields still differ from it there, a few thin layers of smaller glazes, each following the form (the
/// source's edge direction) and sized to the structure it mends, the larger first. Each layer looks at the canvas again,
/// so a glaze goes only where an error is left; the rest of the picture stays large luminous fields. A glaze carries
/// the source's structure in the fields' key: the source's colour shifted by part of how far the fields lie from it
/// around there (less on the subject's heart), so the subject reads without falling out of the painting's colour.
/// </summary>
internal sealed class SubjectGlazes(Target target, StrokeLayer layer, Brushwork brushwork, int seed)
{
    // Each layer: its glaze width (fraction of the long side), its opacity, the least error it mends (encoded RGB
    // distance, weighed by the subject map) and the most glazes it lays (the largest errors first). The last, finest
    // layer also mends the small parts of the subject full of detail that the map, made of what is sharp and the focus,
    // leaves weak (eyes, brows and mouth in a face's smooth skin, a patch's lettering).
    private static readonly (float Width, float Opacity, float Error, int Most, bool Detail)[] Layers =
        [(1 / 45f, 0.6f, 0.07f, 100, false), (1 / 80f, 0.55f, 0.06f, 220, false), (1 / 140f, 0.6f, 0.05f, 420, false),
            (1 / 220f, 0.6f, 0.05f, 300, true)];

    // How much of the fields' local shift from the source a glaze keeps off the subject (its colour stays in the
    // fields' key); on the subject's heart, three fifths of that: there more of the subject's own colour reads, yet its
    // glazes still belong to the few fields' colours.
    private const float Key = 0.5f;

    private readonly float _long = Math.Max(target.Width, target.Height);
    private readonly SummedArea _source = new(target.Encoded, target.Width, target.Height);
    private readonly SummedArea _fine = Fine(target);

    /// <summary>Glazes the subject in, layer by layer.</summary>
    public void Run()
    {
        var subject = SubjectMap.Of(target);
        var rng = new Random(SeedMix.Of(seed, 0x5B1E));
        foreach (var (width, opacity, error, most, detail) in Layers)
        {
            if (layer.Full) return;
            Glaze(subject, MathF.Max(detail ? 1.5f : 2.5f, width * _long), opacity, error, most, detail, rng);
        }
    }

    // One layer: the places on the subject where the canvas, seen at this glaze's scale, is furthest from what it should
    // be, a glaze on each, the worst first.
    private void Glaze(float[] subject, float width, float opacity, float error, int most, bool detail, Random rng)
    {
        var canvas = new SummedArea(layer.Canvas, layer.W, layer.H);
        float step = width * 0.9f;
        // The canvas is read once per layer (its table is not updated as glazes are laid), so each place keeps its goal.
        var places = new List<(float Score, Point2 At, (float R, float G, float B) Colour)>();
        for (float y = step * rng.NextSingle(); y < layer.H; y += step)
            for (float x = step * rng.NextSingle(); x < layer.W; x += step)
            {
                float s = Weight(subject, x, y, width, detail);
                if (s < 0.25f) continue;
                var goal = Goal(canvas, s, x, y, width);
                float score = s * Distance(goal, canvas.Mean(x, y, width * 0.5f));
                if (score > error) places.Add((score, new Point2(x, y), goal));
            }
        foreach (var (_, at, colour) in places.OrderByDescending(p => p.Score).Take(most))
        {
            var spine = Spine(at, width, colour, canvas, p => Weight(subject, p.X, p.Y, width, detail));
            layer.Lay(spine, width, colour, BrushKind.Round, opacity * (0.9f + 0.2f * rng.NextSingle()), brushwork.PickLoad(rng), (uint)rng.Next(),
                (0.2f, 0.3f));
        }
    }

    // What the subject should be at (x, y) at this scale: the source's colour over the glaze's width, shifted by part
    // (Key) of how far the canvas lies from the source over a few glaze widths around.
    private (float R, float G, float B) Goal(SummedArea canvas, float weight, float x, float y, float width)
    {
        var (r, g, b) = _source.Mean(x, y, width * 0.5f);
        var (cr, cg, cb) = canvas.Mean(x, y, width * 3f);
        var (sr, sg, sb) = _source.Mean(x, y, width * 3f);
        float k = Key * (1f - 0.4f * weight);
        return (Math.Clamp(r + k * (cr - sr), 0f, 1f), Math.Clamp(g + k * (cg - sg), 0f, 1f), Math.Clamp(b + k * (cb - sb), 0f, 1f));
    }

    // How much a place matters to the glazes: the subject map, and for a layer that mends detail, on and about the
    // subject (fully where the map is at least a quarter), how full of small forms the source is there, whichever is more.
    private float Weight(float[] subject, float x, float y, float width, bool detail)
    {
        float s = subject[layer.Index(x, y)];
        return detail ? MathF.Max(s, Detail(x, y, width) * MathF.Min(1f, s * 4f)) : s;
    }

    // How full of small forms the source is around (x, y): its fine variation averaged over a few glaze widths, 0 in a
    // smooth expanse (a sky, a wall, a plain sleeve), 1 among eyes, brows, mouth and nostrils or a patch's lettering.
    private float Detail(float x, float y, float width)
    {
        var (r, g, b) = _fine.Mean(x, y, width * 4f);
        return Noise.Smoothstep(0.03f, 0.07f, r + g + b);
    }

    // The source's fine variation per channel: how far each pixel lies from the mean of its 3 × 3 neighbourhood.
    private static SummedArea Fine(Target t)
    {
        var source = new SummedArea(t.Encoded, t.Width, t.Height);
        var fine = new float[t.Encoded.Length];
        for (int y = 0; y < t.Height; y++)
            for (int x = 0; x < t.Width; x++)
            {
                int j = (y * t.Width + x) * 3;
                var (r, g, b) = source.Mean(x + 0.5f, y + 0.5f, 1f);
                (fine[j], fine[j + 1], fine[j + 2]) = (MathF.Abs(t.Encoded[j] - r), MathF.Abs(t.Encoded[j + 1] - g), MathF.Abs(t.Encoded[j + 2] - b));
            }
        return new SummedArea(fine, t.Width, t.Height);
    }

    private static float Distance((float R, float G, float B) a, (float R, float G, float B) b) =>
        MathF.Sqrt((a.R - b.R) * (a.R - b.R) + (a.G - b.G) * (a.G - b.G) + (a.B - b.B) * (a.B - b.B));

    // A glaze's spine: from the place, a few steps each way along the source's edge direction, stopping where the goal's
    // colour changes (the glaze stays inside its form).
    private List<Point2> Spine(Point2 at, float width, (float R, float G, float B) colour, SummedArea canvas, Func<Point2, float> weight)
    {
        var pts = new List<Point2> { at };
        foreach (float sign in (ReadOnlySpan<float>)[1f, -1f])
        {
            var (p, dir) = (at, new Point2(0, 0));
            for (int k = 0; k < 3; k++)
            {
                int q = layer.Index(p.X, p.Y);
                var d = new Point2(target.DirX[q], target.DirY[q]) * sign;
                // The field's direction has no sign: keep going the way the spine already runs.
                if (k > 0 && d.X * dir.X + d.Y * dir.Y < 0) d = d * -1f;
                var next = p + d * (width * 0.7f);
                if (!layer.Inside(next) || Distance(colour, Goal(canvas, weight(next), next.X, next.Y, width)) > 0.2f) break;
                (p, dir) = (next, d);
                if (sign > 0) pts.Add(p); else pts.Insert(0, p);
            }
        }
        return pts;
    }
}
