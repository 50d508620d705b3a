using Echoes.Color;
using Echoes.Imaging;
using Echoes.Moods;
using Echoes.Targets;

namespace Echoes.Painting;

/// <summary>
/// The few large fields of the colour-field seeing: the picture, reduced to a coarse grid, is clustered into its dominant
/// colours (k-means in Oklab with a pull toward nearby cells, stronger up and down than across, so where colours are
/// alike the fields settle into stacked bands as a field painter's do), the labels are smoothed into broad shapes and
/// blurred into soft coverages, and each field's true colour is made luminous and pushed, more than any other style
/// does, by the mood.
/// </summary>
internal sealed class ColourFields
{
    /// <summary>Cells across the long side of the grid.</summary>
    public const int Across = 56;

    private readonly float[][] _cover;
    private readonly float[] _shade;
    private readonly float[] _axis;

    private ColourFields(int w, int h, int[] label, Oklab[] colours, float[][] cover, float[] shade) =>
        (W, H, Label, Colours, _cover, _shade, _axis) =
            (w, h, label, colours, cover, shade, [.. Enumerable.Range(0, colours.Length).Select(k => LongAxis(label, w, k))]);

    /// <summary>Grid size.</summary>
    public int W { get; }

    /// <summary>Grid height.</summary>
    public int H { get; }

    /// <summary>The field of each cell, row by row.</summary>
    public int[] Label { get; }

    /// <summary>Each field's colour.</summary>
    public Oklab[] Colours { get; }

    /// <summary>The field at grid cell (x, y), clamped to the grid.</summary>
    public int At(float x, float y) => Label[Math.Clamp((int)y, 0, H - 1) * W + Math.Clamp((int)x, 0, W - 1)];

    /// <summary>How much of grid point (x, y) belongs to field <paramref name="k"/>, 0–1, interpolated: the field's
    /// shape with its edge feathered over a few cells.</summary>
    public float Cover(int k, float x, float y) => Sample(_cover[k], x, y);

    /// <summary>The direction (radians) field <paramref name="k"/> is longest in: its washes follow it, so each field has
    /// its own grain and no rows run across the whole picture.</summary>
    public float Axis(int k) => _axis[k];

    /// <summary>How much lighter (Oklab L) the source is at grid point (x, y), softly, than its field's mean: the light
    /// that breathes inside a field.</summary>
    public float Shade(float x, float y) => Sample(_shade, x, y);

    private float Sample(float[] c, float x, float y)
    {
        x = Math.Clamp(x - 0.5f, 0f, W - 1.001f);
        y = Math.Clamp(y - 0.5f, 0f, H - 1.001f);
        int x0 = (int)x, y0 = (int)y, x1 = Math.Min(W - 1, x0 + 1), y1 = Math.Min(H - 1, y0 + 1);
        float fx = x - x0, fy = y - y0;
        float top = c[y0 * W + x0] + (c[y0 * W + x1] - c[y0 * W + x0]) * fx;
        float bottom = c[y1 * W + x0] + (c[y1 * W + x1] - c[y1 * W + x0]) * fx;
        return top + (bottom - top) * fy;
    }

    /// <summary>Finds up to <paramref name="count"/> fields in the target (fewer where one was only small patches),
    /// their edges feathered over <paramref name="feather"/> grid cells.</summary>
    public static ColourFields Find(Target t, int count, MoodParameters mood, int seed, float feather = 1.5f)
    {
        var small = t.Reference.FitWithin(Across);
        int w = small.Width, h = small.Height, n = w * h;
        var lab = new Oklab[n];
        for (int i = 0; i < n; i++) lab[i] = Oklab.FromLinear(small[i % w, i / w]);
        var label = Shapes(Accent(lab, Cluster(lab, w, h, count - 1, new Random(SeedMix.Of(seed, 0xF1E1D))), count - 1), w, h, count);
        // Where the accent was only a speck, the picture's colours are clustered into the full count instead.
        if (!label.Contains(count - 1)) label = Shapes(Cluster(lab, w, h, count, new Random(SeedMix.Of(seed, 0xF1E1D))), w, h, count);
        int[] present = [.. Enumerable.Range(0, count).Where(k => label.Contains(k))];
        label = [.. label.Select(l => Array.IndexOf(present, l))];
        var means = present.Select((_, k) => Mean(lab, label, k)).ToArray();
        var cover = new float[means.Length][];
        for (int k = 0; k < means.Length; k++)
        {
            cover[k] = [.. label.Select(l => l == k ? 1f : 0f)];
            Blur.Gaussian(cover[k], w, h, 1, feather);
        }
        var shade = lab.Select(c => c.L).ToArray();
        Blur.Gaussian(shade, w, h, 1, 1f);
        for (int i = 0; i < n; i++) shade[i] -= means[label[i]].L;
        Blur.Gaussian(shade, w, h, 1, feather);
        return new ColourFields(w, h, label, [.. Apart(means).Select(c => Luminous(c, mood))], cover, shade);
    }

    // The labels smoothed and their small patches absorbed: a few large shapes.
    private static int[] Shapes(int[] label, int w, int h, int count)
    {
        for (int pass = 0; pass < 3; pass++) label = Smooth(label, w, h, count);
        Absorb(label, w, h, label.Length / 70);
        return label;
    }

    // A field painting lives on how its few colours meet, so fields of nearly one value (a brown cat on a brown rug)
    // are spread apart in value only: their hues stay the photo's own.
    private static Oklab[] Apart(Oklab[] c)
    {
        float l = c.Average(x => x.L);
        float sl = MathF.Sqrt(c.Average(x => (x.L - l) * (x.L - l)));
        float kl = Math.Clamp(0.15f / MathF.Max(sl, 1e-3f), 1f, 2.5f);
        return [.. c.Select(x => new Oklab(l + (x.L - l) * kl, x.A, x.B))];
    }

    // One decisive accent: the colour least like the fields it fell in (a white rocket in a blue dusk, a lamp) becomes a
    // field of its own, with every cell nearer to it than to its own field's mean; if it is only a speck, smoothing
    // and absorbing take it back.
    private static int[] Accent(Oklab[] lab, int[] label, int k)
    {
        var means = Enumerable.Range(0, k).Select(c => Mean(lab, label, c)).ToArray();
        static float D(Oklab p, Oklab q) => 2.5f * (p.L - q.L) * (p.L - q.L) + (p.A - q.A) * (p.A - q.A) + (p.B - q.B) * (p.B - q.B);
        // The mean of the few cells that stand out most, not one cell: a shape, not a glint.
        var far = Enumerable.Range(0, lab.Length).OrderByDescending(i => D(lab[i], means[label[i]])).Take(lab.Length / 30 + 1).ToArray();
        var accent = new Oklab(far.Average(i => lab[i].L), far.Average(i => lab[i].A), far.Average(i => lab[i].B));
        return [.. label.Select((l, i) => D(lab[i], accent) < D(lab[i], means[l]) ? k : l)];
    }

    // The principal axis of the field's cells (the angle of their second moments).
    private static float LongAxis(int[] label, int w, int k)
    {
        double sx = 0, sy = 0, n = 0;
        for (int i = 0; i < label.Length; i++) if (label[i] == k) { sx += i % w; sy += i / w; n++; }
        if (n < 2) return 0f;
        double mx = sx / n, my = sy / n, xx = 0, yy = 0, xy = 0;
        for (int i = 0; i < label.Length; i++)
            if (label[i] == k) { double dx = i % w - mx, dy = i / w - my; xx += dx * dx; yy += dy * dy; xy += dx * dy; }
        return 0.5f * MathF.Atan2(2f * (float)xy, (float)(xx - yy));
    }

    private static float Position(int i, int w, int h, bool y) => (y ? i / w : i % w) / (float)Math.Max(w, h);

    // k-means over colour and place. Place weighs little across and more up and down: fields are masses, not speckle,
    // and where the colour says little (one tabby coat) they part into bands, not columns. Value weighs more than hue:
    // the subject's darkest and lightest masses (a cup, a face) become fields of their own, so its silhouette survives.
    private static int[] Cluster(Oklab[] lab, int w, int h, int k, Random rng)
    {
        const float Sideways = 0.06f, Downward = 0.12f, Value = 1.6f;
        int n = lab.Length;
        var centre = new float[k * 5];
        float[] Feature(int i) => [Value * lab[i].L, lab[i].A, lab[i].B, Sideways * Position(i, w, h, false), Downward * Position(i, w, h, true)];
        // k-means++ seeding: each next centre far from those chosen.
        var first = Feature(rng.Next(n));
        Array.Copy(first, 0, centre, 0, 5);
        var d2 = new double[n];
        for (int c = 1; c < k; c++)
        {
            double total = 0;
            for (int i = 0; i < n; i++) { d2[i] = Nearest(Feature(i), centre, c).D; total += d2[i]; }
            double pick = rng.NextDouble() * total;
            int at = n - 1;
            for (int i = 0; i < n; i++) { pick -= d2[i]; if (pick <= 0) { at = i; break; } }
            Array.Copy(Feature(at), 0, centre, c * 5, 5);
        }
        var label = new int[n];
        for (int iter = 0; iter < 12; iter++)
        {
            var sum = new double[k * 6];
            for (int i = 0; i < n; i++)
            {
                var f = Feature(i);
                label[i] = Nearest(f, centre, k).K;
                for (int d = 0; d < 5; d++) sum[label[i] * 6 + d] += f[d];
                sum[label[i] * 6 + 5]++;
            }
            for (int c = 0; c < k; c++)
                if (sum[c * 6 + 5] > 0) for (int d = 0; d < 5; d++) centre[c * 5 + d] = (float)(sum[c * 6 + d] / sum[c * 6 + 5]);
        }
        return label;
    }

    private static (int K, double D) Nearest(float[] f, float[] centre, int k)
    {
        int best = 0; double bd = double.MaxValue;
        for (int c = 0; c < k; c++)
        {
            double d = 0;
            for (int j = 0; j < 5; j++) { double e = f[j] - centre[c * 5 + j]; d += e * e; }
            if (d < bd) { bd = d; best = c; }
        }
        return (best, bd);
    }

    // Each cell takes the field most of its eight neighbours belong to: the fields' outlines round off, yet a narrow
    // decisive shape (a rocket, a mast) two cells wide survives.
    private static int[] Smooth(int[] label, int w, int h, int k)
    {
        var result = new int[label.Length];
        var votes = new int[k];
        for (int y = 0; y < h; y++)
            for (int x = 0; x < w; x++)
            {
                Array.Clear(votes);
                for (int dy = -1; dy <= 1; dy++)
                    for (int dx = -1; dx <= 1; dx++)
                        votes[label[Math.Clamp(y + dy, 0, h - 1) * w + Math.Clamp(x + dx, 0, w - 1)]]++;
                int best = label[y * w + x];
                for (int c = 0; c < k; c++) if (votes[c] > votes[best]) best = c;
                result[y * w + x] = best;
            }
        return result;
    }

    // Patches smaller than least cells are taken into the field around them: a field painting has a few large shapes,
    // not islands.
    private static void Absorb(int[] label, int w, int h, int least)
    {
        var seen = new bool[label.Length];
        var patch = new List<int>();
        var stack = new Stack<int>();
        for (int start = 0; start < label.Length; start++)
        {
            if (seen[start]) continue;
            patch.Clear();
            var around = new Dictionary<int, int>();
            stack.Push(start);
            seen[start] = true;
            while (stack.TryPop(out int i))
            {
                patch.Add(i);
                int x = i % w, y = i / w;
                foreach (int j in (ReadOnlySpan<int>)[x > 0 ? i - 1 : -1, x < w - 1 ? i + 1 : -1, y > 0 ? i - w : -1, y < h - 1 ? i + w : -1])
                {
                    if (j < 0) continue;
                    if (label[j] != label[start]) around[label[j]] = around.GetValueOrDefault(label[j]) + 1;
                    else if (!seen[j]) { seen[j] = true; stack.Push(j); }
                }
            }
            if (patch.Count >= least || around.Count == 0) continue;
            int into = around.MaxBy(e => e.Value).Key;
            foreach (int i in patch) label[i] = into;
        }
    }

    private static Oklab Mean(Oklab[] lab, int[] label, int k)
    {
        float l = 0, a = 0, b = 0; int n = 0;
        for (int i = 0; i < lab.Length; i++) if (label[i] == k) { l += lab[i].L; a += lab[i].A; b += lab[i].B; n++; }
        return n == 0 ? new Oklab(0.6f, 0, 0) : new Oklab(l / n, a / n, b / n);
    }

    // Luminous: a little lifted out of the deepest darks and richer in chroma; then the mood again, at full strength, on
    // top of what it already did to the target: its hue, its key and its chroma.
    private static Oklab Luminous(Oklab c, MoodParameters m)
    {
        var lch = c.ToOklch();
        float l = Math.Clamp(0.1f + 0.9f * lch.L + 0.8f * m.Lightness, 0.08f, 0.95f);
        float chroma = MathF.Min(0.3f, (lch.C * 1.2f + 0.01f) * MathF.Max(0.3f, m.Chroma));
        float hue = lch.H + Oklch.HueDelta(lch.H, m.Hue) * Math.Clamp(m.HuePull * 1.2f, 0f, 0.85f);
        return new Oklch(l, chroma, hue).ToOklab();
    }
}
