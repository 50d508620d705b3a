using Echoes.Brushes;
using Echoes.Color;
using Echoes.Imaging;
using Echoes.Strokes;
using Echoes.Targets;

namespace Echoes.Painting;

/// <summary>
/// The finest pass of the layered painter: thin lines of the photo (whiskers, rigging, a lattice, the stripe of a flag
/// at a distance) that its brushes were too broad for. A ridge detector finds where the photo is a thin line (brighter or
/// darker than both sides across the line's direction) and the canvas has lost it; from the strongest such places, a
/// thin stroke is traced along the line, both ways, in the line's own colour, for as long as it stays a line: with a
/// round brush, tapering at both ends, or with a knife's edge, which leaves a crisp line that stops square.
/// </summary>
internal sealed class LineLayer(Target target, WorkCanvas canvas, PaintOptions o, Brushwork brushwork, BrushKind brush)
{
    // How much brighter or darker than both sides a line must be (encoded luma), and how far the canvas must have lost it.
    private const float Contrast = 0.07f, Lost = 0.1f;
    private const int MaxSteps = 12;

    private readonly int _w = target.Width, _h = target.Height;
    // Lines up to about two working pixels across (1024 px of output: three to four) are this layer's.
    private readonly float _sigma = MathF.Max(1.2f, Math.Max(target.Width, target.Height) / 400f);
    private float[] _lum = [], _sharp = [];

    /// <summary>Paints the lines, at most <paramref name="cap"/> strokes; returns how many it placed.</summary>
    public int Run(int? cap, Action<Stroke> placed, ParallelOptions po)
    {
        int n = _w * _h;
        _lum = target.EncodedLuma();
        _sharp = FocusField.Sharpness(target.Reference);
        var seeds = Seeds();
        if (cap is int c && seeds.Count > c) seeds = seeds[..c];
        var claimed = new bool[n];
        var made = new List<(Stroke Stroke, float R, float G, float B)>();
        foreach (var (x, y, _) in seeds)
        {
            if (claimed[y * _w + x]) continue;
            var rng = new Random(SeedMix.Of(o.Seed, 0x11E, x, y));
            if (Trace(x, y, claimed, rng) is { } m) made.Add(m);
        }
        canvas.CommitAll(made, 1f / brushwork.LogicalPerPixel, po);
        foreach (var m in made) placed(m.Stroke);
        return made.Count;
    }

    // The strongest lost line pixel of each small cell, strongest first.
    private List<(int X, int Y, float Score)> Seeds()
    {
        int grid = Math.Max(2, (int)MathF.Round(2.5f * _sigma));
        var seeds = new List<(int, int, float)>();
        for (int gy = 0; gy < _h; gy += grid)
            for (int gx = 0; gx < _w; gx += grid)
            {
                float best = 0; int bx = -1, by = -1;
                for (int y = gy; y < Math.Min(_h, gy + grid); y++)
                    for (int x = gx; x < Math.Min(_w, gx + grid); x++)
                    {
                        int q = y * _w + x;
                        // Canvas left bare on purpose (a mood of loss) stays bare.
                        if (target.Coherence[q] < 0.25f || canvas.Untouched(q) || !Drawn(q)) continue;
                        float ridge = MathF.Abs(Ridge(x + 0.5f, y + 0.5f, q));
                        if (ridge < Contrast) continue;
                        float lost = LostAt(q);
                        if (lost < Lost) continue;
                        if (ridge * lost > best) { best = ridge * lost; bx = x; by = y; }
                    }
                if (bx >= 0) seeds.Add((bx, by, best));
            }
        return [.. seeds.OrderByDescending(s => s.Item3).ThenBy(s => s.Item2).ThenBy(s => s.Item1)];
    }

    // Off the subject, how much in focus the photo must be for its lines to be drawn (FocusField.Sharpness, 0–1): the
    // grain of a table in front, rigging and a whisker are sharp; the soft ridges of an out-of-focus background, drawn as
    // crisp lines, scatter a blurred passage with dashes, confetti a painter would never put there.
    private const float InFocus = 0.2f;

    // Whether a line at q is this layer's to draw: on the subject always, elsewhere where the lens drew it sharp.
    private bool Drawn(int q) => _sharp[q] >= InFocus * (1f - target.FocusAt(q));

    private float LostAt(int q)
    {
        int j = q * 3;
        float dr = canvas.T[j] - canvas.C[j], dg = canvas.T[j + 1] - canvas.C[j + 1], db = canvas.T[j + 2] - canvas.C[j + 2];
        return MathF.Sqrt(dr * dr + dg * dg + db * db);
    }

    // How far the photo at (x, y) stands out of both sides across the line through it: positive for a bright line,
    // negative for a dark one, 0 where one side is as bright (an edge, not a line) or it is no line at all.
    private float Ridge(float x, float y, int q)
    {
        float nx = -target.DirY[q] * 2f * _sigma, ny = target.DirX[q] * 2f * _sigma;
        float c = Lum(x, y), a = Lum(x + nx, y + ny), b = Lum(x - nx, y - ny);
        float bright = c - MathF.Max(a, b), dark = MathF.Min(a, b) - c;
        return bright > 0 ? bright : dark > 0 ? -dark : 0f;
    }

    private float Lum(float x, float y) => _lum[Index(x, y)];

    // A stroke along the line through (x0, y0), both ways from it, in the line's averaged colour; null where the line
    // is too short to be drawn as one.
    private (Stroke, float, float, float)? Trace(int x0, int y0, bool[] claimed, Random rng)
    {
        int q0 = y0 * _w + x0;
        float polarity = MathF.Sign(Ridge(x0 + 0.5f, y0 + 0.5f, q0));
        var forward = Follow(x0 + 0.5f, y0 + 0.5f, target.DirX[q0], target.DirY[q0], polarity);
        var back = Follow(x0 + 0.5f, y0 + 0.5f, -target.DirX[q0], -target.DirY[q0], polarity);
        if (forward.Count + back.Count < 2 + Apart(q0)) return null;
        back.Reverse();
        var traced = new List<Point2>(back) { new(x0 + 0.5f, y0 + 0.5f) };
        traced.AddRange(forward);
        // Smoothed, so the ridge's pixel-wide zigzag does not squiggle, and at most a hook long.
        var pts = Turning.Within(Turning.Smoothed(traced));
        var (r, g, b) = Colour(pts);
        foreach (var p in pts) Claim(p, claimed);
        (r, g, b) = brushwork.Styled(r, g, b, rng, 1f);
        float k = brushwork.LogicalPerPixel;
        var stroke = new Stroke
        {
            Points = [.. LayeredPass.Simplify(pts).Select(p => p * k)],
            Width = 1.4f * _sigma * k,
            Color = new Rgb(Srgb.ToLinear(r), Srgb.ToLinear(g), Srgb.ToLinear(b)),
            Opacity = 0.85f + 0.15f * rng.NextSingle(),
            Brush = brush,
            Load = 0.9f + 0.1f * rng.NextSingle(),
            Seed = (uint)rng.Next(),
            TaperStart = brush == BrushKind.Round ? 0.25f : 0f,
            TaperEnd = brush == BrushKind.Round ? 0.3f : 0f,
        };
        return (stroke, r, g, b);
    }

    // The line's colour: its pixels' mean, pushed away from the mean of both sides, since at working size a line
    // narrower than a pixel or two is already mixed with its surroundings and would be painted paler than it is.
    private (float R, float G, float B) Colour(List<Point2> pts)
    {
        float[] line = new float[3], side = new float[3];
        var enc = target.Encoded;
        foreach (var p in pts)
        {
            int q = Index(p.X, p.Y);
            float nx = -target.DirY[q] * 2f * _sigma, ny = target.DirX[q] * 2f * _sigma;
            int j = q * 3, ja = Index(p.X + nx, p.Y + ny) * 3, jb = Index(p.X - nx, p.Y - ny) * 3;
            for (int c = 0; c < 3; c++) { line[c] += enc[j + c]; side[c] += 0.5f * (enc[ja + c] + enc[jb + c]); }
        }
        float n = pts.Count;
        float Pushed(int c) => Math.Clamp(line[c] / n + 0.5f * (line[c] - side[c]) / n, 0f, 1f);
        return (Pushed(0), Pushed(1), Pushed(2));
    }

    // How many more steps than the least a line at q must run to be drawn: away from the subject, under a style that lays
    // its touches looser there (Touch.Loose), a short thin dash is confetti, while a long line (a mast, a wire) still reads.
    private int Apart(int q) => (int)(LooseSteps * _loose * (1f - target.FocusAt(q)));

    private const float LooseSteps = 6f;

    private readonly float _loose = target.Guide is null ? o.Touch.Under(brushwork.Mood).Loose : 0f;

    private int Index(float x, float y) => Math.Clamp((int)y, 0, _h - 1) * _w + Math.Clamp((int)x, 0, _w - 1);

    // Steps along the line from (x, y) while it stays a line of the same polarity and keeps its course, re-centring on
    // the ridge each step.
    private List<Point2> Follow(float x, float y, float dx, float dy, float polarity)
    {
        var pts = new List<Point2>();
        float step = 1.5f * _sigma;
        for (int i = 0; i < MaxSteps; i++)
        {
            float nx = x + dx * step, ny = y + dy * step;
            if (nx < 0 || ny < 0 || nx >= _w || ny >= _h) break;
            int q = (int)ny * _w + (int)nx;
            float fx = target.DirX[q], fy = target.DirY[q];
            if (fx * dx + fy * dy < 0) { fx = -fx; fy = -fy; }
            // A line that bends more than about 35° in one step has ended or met another.
            if (fx * dx + fy * dy < 0.82f) break;
            (nx, ny) = Recentre(nx, ny, -fy, fx, polarity);
            q = Index(nx, ny);
            if (Ridge(nx, ny, q) * polarity < Contrast * 0.5f || canvas.Untouched(q)) break;
            pts.Add(new Point2(nx, ny));
            (x, y, dx, dy) = (nx, ny, fx, fy);
        }
        return pts;
    }

    // The point across the line (within a pixel each way) where it is most a line of its polarity.
    private (float, float) Recentre(float x, float y, float nx, float ny, float polarity)
    {
        float bx = x, by = y, best = float.MinValue;
        for (int k = -1; k <= 1; k++)
        {
            float px = x + nx * k, py = y + ny * k;
            float v = Ridge(px, py, Index(px, py)) * polarity;
            if (v > best) { best = v; bx = px; by = py; }
        }
        return (bx, by);
    }

    private void Claim(Point2 p, bool[] claimed)
    {
        int reach = (int)MathF.Ceiling(_sigma);
        for (int y = (int)p.Y - reach; y <= (int)p.Y + reach; y++)
            for (int x = (int)p.X - reach; x <= (int)p.X + reach; x++)
                if (x >= 0 && y >= 0 && x < _w && y < _h) claimed[y * _w + x] = true;
    }
}
