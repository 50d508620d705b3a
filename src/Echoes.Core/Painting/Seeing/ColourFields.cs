using Echoes.Color;
using Echoes.Moods;
using Echoes.Targets;

namespace Echoes.Painting;

/// <summary>
/// The few large fields of the colour-field seeing: the picture, reduced to a coarse grid, is clustered into its dominant
/// colours (k-means in Oklab with a pull toward nearby cells, so each field is one mass), the labels are smoothed into
/// broad shapes, and each field's colour is made luminous and pushed, more than any other style does, by the mood.
/// </summary>
internal sealed class ColourFields
{
    /// <summary>Cells across the long side of the grid.</summary>
    public const int Across = 40;

    private ColourFields(int w, int h, int[] label, Oklab[] colours) => (W, H, Label, Colours) = (w, h, label, colours);

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

    /// <summary>Finds <paramref name="count"/> fields in the target.</summary>
    public static ColourFields Find(Target t, int count, MoodParameters mood, int seed)
    {
        var small = t.Reference.FitWithin(Across);
        int w = small.Width, h = small.Height, n = w * h;
        var lab = new Oklab[n];
        for (int i = 0; i < n; i++) lab[i] = Oklab.FromLinear(small[i % w, i / w]);
        var label = Cluster(lab, w, h, count, new Random(SeedMix.Of(seed, 0xF1E1D)));
        for (int pass = 0; pass < 3; pass++) label = Smooth(label, w, h, count);
        var means = new Oklab[count];
        for (int k = 0; k < count; k++) means[k] = Mean(lab, label, k);
        return new ColourFields(w, h, label, [.. Apart(means).Select(c => Luminous(c, mood))]);
    }

    // The fields' colours pushed apart from their mean: a field painting lives on how its few colours meet, so close
    // ones (a brown cat on a brown rug) are made to differ in value and hue.
    private static Oklab[] Apart(Oklab[] c)
    {
        float l = c.Average(x => x.L), a = c.Average(x => x.A), b = c.Average(x => x.B);
        // At least 1.5 times apart, and further where the colours are close: value spread to 0.12, hue spread to 0.04.
        float sl = MathF.Sqrt(c.Average(x => (x.L - l) * (x.L - l))), sab = MathF.Sqrt(c.Average(x => (x.A - a) * (x.A - a) + (x.B - b) * (x.B - b)));
        float kl = Math.Clamp(0.12f / MathF.Max(sl, 1e-3f), 1.5f, 4f), kab = Math.Clamp(0.04f / MathF.Max(sab, 1e-3f), 1.5f, 4f);
        return [.. c.Select(x => new Oklab(l + (x.L - l) * kl, a + (x.A - a) * kab, b + (x.B - b) * kab))];
    }

    private static float Position(int i, int w, int h, bool y) => (y ? i / w : i % w) / (float)Math.Max(w, h);

    // k-means over colour and place; the place weighs a fifth as much as colour, so fields are masses, not speckle.
    private static int[] Cluster(Oklab[] lab, int w, int h, int k, Random rng)
    {
        const float Place = 0.2f;
        int n = lab.Length;
        var centre = new float[k * 5];
        float[] Feature(int i) => [lab[i].L, lab[i].A, lab[i].B, Place * Position(i, w, h, false), Place * Position(i, w, h, true)];
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

    // Each cell takes the field most of its neighbours (two cells around) belong to: the fields' outlines round off.
    private static int[] Smooth(int[] label, int w, int h, int k)
    {
        var result = new int[label.Length];
        var votes = new int[k];
        for (int y = 0; y < h; y++)
            for (int x = 0; x < w; x++)
            {
                Array.Clear(votes);
                for (int dy = -2; dy <= 2; dy++)
                    for (int dx = -2; dx <= 2; dx++)
                        votes[label[Math.Clamp(y + dy, 0, h - 1) * w + Math.Clamp(x + dx, 0, w - 1)]]++;
                int best = label[y * w + x];
                for (int c = 0; c < k; c++) if (votes[c] > votes[best]) best = c;
                result[y * w + x] = best;
            }
        return result;
    }

    private static Oklab Mean(Oklab[] lab, int[] label, int k)
    {
        float l = 0, a = 0, b = 0; int n = 0;
        for (int i = 0; i < lab.Length; i++) if (label[i] == k) { l += lab[i].L; a += lab[i].A; b += lab[i].B; n++; }
        return n == 0 ? new Oklab(0.6f, 0, 0) : new Oklab(l / n, a / n, b / n);
    }

    // Luminous: lifted out of the deepest darks and richer in chroma; then the mood again, at full strength, on top of
    // what it already did to the target: its hue, its key and its chroma.
    private static Oklab Luminous(Oklab c, MoodParameters m)
    {
        var lch = c.ToOklch();
        float l = Math.Clamp(0.18f + 0.82f * lch.L + 0.8f * m.Lightness, 0.08f, 0.95f);
        float chroma = MathF.Min(0.3f, (lch.C * 1.35f + 0.015f) * MathF.Max(0.3f, m.Chroma));
        float hue = lch.H + Oklch.HueDelta(lch.H, m.Hue) * Math.Clamp(m.HuePull * 1.2f, 0f, 0.85f);
        return new Oklch(l, chroma, hue).ToOklab();
    }
}
