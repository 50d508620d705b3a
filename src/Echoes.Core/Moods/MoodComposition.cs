using Echoes.Brushes;
using Echoes.Imaging;
using Echoes.Targets;

namespace Echoes.Moods;

/// <summary>
/// Where a mood puts the light and the weight, and what it leaves out, as per-pixel fields of the working target: the
/// lightness the light adds (rising or sinking, gathered on the subject or opened to the edges), the top emptied into a
/// quiet dim field (sorrow), edges softened off the subject (love), and the canvas left bare or the subject thinned
/// toward the ground (loss). Nothing here moves the subject: its focus shields it from emptying, softening and bareness.
/// </summary>
internal sealed class MoodComposition
{
    /// <summary>Lightness added per pixel.</summary>
    public float[] Light { get; private init; } = [];

    /// <summary>Lightness the light falling across the subject adds (or takes, on its shadow side) per pixel; null when the
    /// mood models none. Unlike <see cref="Light"/> it is meant for the subject, so it reaches it in full.</summary>
    public float[]? Modelled { get; private init; }

    /// <summary>How far each pixel is washed to the ground, 0–1; null when nothing is.</summary>
    public float[]? Wash { get; private init; }

    /// <summary>The unit direction, from the middle of the picture, of the side that loss comes from; zero when nothing is left
    /// bare.</summary>
    public (float X, float Y) Lost { get; private init; }

    /// <summary>Where the subject sits, as fractions of the width and height (the focus's weighted centre).</summary>
    public (float X, float Y) Centre { get; private init; }

    /// <summary>The composition of <paramref name="m"/> over target <paramref name="t"/> (whose focus is known).</summary>
    public static MoodComposition Of(Target t, MoodParameters m, int seed)
    {
        var centre = SubjectCentre(t);
        var light = LightOf(t, m, centre);
        var (wash, lost) = Washes(t, m, seed);
        return new MoodComposition { Light = light, Modelled = SubjectLight.Of(t, m, centre), Wash = wash, Lost = lost, Centre = centre };
    }

    /// <summary>The lightness <paramref name="m"/>'s light adds at each pixel of <paramref name="t"/> (its
    /// <see cref="Light"/>): what a reading of the painted colours takes away to find the picture's own values under it.</summary>
    public static float[] LightOf(Target t, MoodParameters m) => LightOf(t, m, SubjectCentre(t));

    // The light risen or sunk from top to bottom, and gathered about the subject at `centre` (or opened to the edges).
    private static float[] LightOf(Target t, MoodParameters m, (float X, float Y) centre)
    {
        int w = t.Width, h = t.Height;
        float longSide = Math.Max(w, h), sigma = 0.26f;
        var light = new float[w * h];
        if (m.Rise != 0 || m.Gather != 0)
        {
            // The gathered light is a broad glow around the subject, less its mean, so it moves light without changing the key.
            double sum = 0;
            for (int y = 0; y < h; y++)
                for (int x = 0; x < w; x++)
                {
                    float dx = (x + 0.5f - centre.X * w) / longSide, dy = (y + 0.5f - centre.Y * h) / longSide;
                    float glow = MathF.Exp(-(dx * dx + dy * dy) / (2 * sigma * sigma));
                    light[y * w + x] = glow;
                    sum += glow;
                }
            float mean = (float)(sum / (w * h));
            for (int y = 0; y < h; y++)
            {
                float rise = m.Rise * (1f - 2f * (y + 0.5f) / h);
                for (int x = 0; x < w; x++) light[y * w + x] = rise + m.Gather * (light[y * w + x] - mean);
            }
        }
        return light;
    }

    /// <summary>
    /// Blends the reference toward blurred copies of itself: the top, off the subject, toward a broad dim blur (an emptied
    /// sky the fine layers find nothing to repaint in), the rest toward a soft blur where edges merge, and, farther from the
    /// subject, toward a broad one that lowers the values' contrast (love's enveloping periphery).
    /// </summary>
    public static void Dissolve(Picture pic, Target t, MoodParameters m)
    {
        int w = pic.Width, h = pic.Height;
        float longSide = Math.Max(w, h);
        var p = pic.Pixels;
        float[]? broad = null, soft = null, haze = null;
        if (m.Empty > 0) { broad = (float[])p.Clone(); Blur.Gaussian(broad, w, h, 3, longSide / 18f); }
        if (m.Soften > 0)
        {
            soft = (float[])p.Clone(); Blur.Gaussian(soft, w, h, 3, longSide / 45f);
            haze = (float[])p.Clone(); Blur.Gaussian(haze, w, h, 3, longSide / 12f);
        }
        if (broad is null && soft is null) return;
        var centre = SubjectCentre(t);
        for (int y = 0; y < h; y++)
        {
            float top = 1f - Noise.Smoothstep(0.02f, 0.5f, (y + 0.5f) / h);
            for (int x = 0; x < w; x++)
            {
                int q = y * w + x;
                float dx = (x + 0.5f) / w - centre.X, dy = (y + 0.5f) / h - centre.Y;
                float far = Noise.Smoothstep(0.12f, 0.55f, MathF.Sqrt(dx * dx + dy * dy));
                // The subject and the photo's sharp details are spared: what empties and softens is what matters least; far
                // from the subject sharp edges are spared less, as a painter lets the periphery melt, and its values close up.
                float keep = (1f - t.FocusAt(q)) * (1f - 0.7f * t.Importance[q] * (1f - 0.4f * far));
                float e = m.Empty * top * keep, s = MathF.Min(1f, m.Soften * keep * (0.6f + 0.6f * far));
                float z = 0.6f * m.Soften * keep * far * (1f - t.Importance[q]);
                for (int c = 0; c < 3; c++)
                {
                    int j = q * 3 + c;
                    float v = p[j];
                    if (soft is not null) v += (soft[j] - v) * s;
                    if (haze is not null) v += (haze[j] - v) * z;
                    // The emptied top is darker as well as quieter: the weight of the sky pressing down.
                    if (broad is not null) v += (broad[j] * 0.7f - v) * e;
                    p[j] = v;
                }
            }
        }
    }

    // The focus's weighted centre; the middle, a little high, where nothing is known of the subject.
    internal static (float X, float Y) SubjectCentre(Target t)
    {
        if (t.FocusMap is not { } f) return (0.5f, 0.45f);
        double sx = 0, sy = 0, sw = 0;
        for (int y = 0; y < t.Height; y++)
            for (int x = 0; x < t.Width; x++)
            {
                float v = f[y * t.Width + x];
                v *= v;
                sx += v * (x + 0.5); sy += v * (y + 0.5); sw += v;
            }
        return sw <= 1e-6 ? (0.5f, 0.45f) : ((float)(sx / sw / t.Width), (float)(sy / sw / t.Height));
    }

    // Bare canvas where detail matters least, and holes in the subject where it thins: the share of each washed to the ground.
    private static (float[]? Mask, (float X, float Y) Lost) Washes(Target t, MoodParameters m, int seed)
    {
        if (m.Bare <= 0 && m.Thin <= 0) return (null, default);
        var (mask, lost) = m.Bare > 0 ? BareMask(t, m.Bare, seed) : (new float[t.Width * t.Height], default);
        if (m.Thin <= 0) return (mask, lost);
        float cell = Math.Max(t.Width, t.Height) / 16f;
        for (int y = 0; y < t.Height; y++)
            for (int x = 0; x < t.Width; x++)
            {
                int q = y * t.Width + x;
                // Patches of the subject sink partway to the ground where its detail matters least: it thins out, but its
                // edges and thin structures (a mast, a whisker, an eye's rim) still read.
                float hole = Noise.Smoothstep(0.5f, 0.7f, Noise.Value2((uint)seed ^ 0x7A1Bu, x / cell, y / cell));
                float spare = 1f - Noise.Smoothstep(0.15f, 0.5f, t.Importance[q]);
                mask[q] = MathF.Max(mask[q], Math.Clamp(m.Thin * 2f, 0f, 0.6f) * hole * spare * t.FocusAt(q));
            }
        return (mask, lost);
    }

    // The direction loss comes from: of eight, the one whose outer third of the picture matters least (regional
    // importance), turned a little by the seed.
    private static (float X, float Y) LostSide(float[] regional, int w, int h, int seed)
    {
        var sum = new double[8];
        var count = new int[8];
        for (int y = 0; y < h; y++)
            for (int x = 0; x < w; x++)
                for (int k = 0; k < 8; k++)
                {
                    float a = k * MathF.PI / 4f;
                    if (((x + 0.5f) / w - 0.5f) * MathF.Cos(a) + ((y + 0.5f) / h - 0.5f) * MathF.Sin(a) < 0.2f) continue;
                    sum[k] += regional[y * w + x]; count[k]++;
                }
        int best = Enumerable.Range(0, 8).MinBy(k => sum[k] / Math.Max(1, count[k]));
        float angle = best * MathF.PI / 4f + (new Random(SeedMix.Of(seed, 0x1055)).NextSingle() - 0.5f) * 0.6f;
        return (MathF.Cos(angle), MathF.Sin(angle));
    }

    // 1 where the canvas stays bare: the least important share of the picture as whole regions that reach in from the
    // edges, away from the subject, with ragged dry borders rather than holes scattered through an even field (a night sky).
    private static (float[] Mask, (float X, float Y) Lost) BareMask(Target t, float share, int seed)
    {
        int w = t.Width, h = t.Height, n = w * h;
        float longSide = Math.Max(w, h);
        // Importance smoothed to the scale of regions, so a whole quiet area goes rather than specks between details; a
        // thin sharp structure keeps its own importance and stands on the bare ground.
        var regional = (float[])t.Importance.Clone();
        Blur.Gaussian(regional, w, h, 1, longSide / 25f);
        var centre = SubjectCentre(t);
        var score = new float[n];
        float coarse = longSide / 2.5f, fine = longSide / 40f;
        // Loss comes from one side, not as an even oval round an intact centre: the side with least to lose dissolves deep,
        // into the subject itself, while the far side keeps more.
        var (sx, sy) = LostSide(regional, w, h, seed);
        for (int y = 0; y < h; y++)
            for (int x = 0; x < w; x++)
            {
                int q = y * w + x;
                float dx = (x + 0.5f) / w - centre.X, dy = (y + 0.5f) / h - centre.Y;
                float near = 1f - MathF.Min(1f, MathF.Sqrt(dx * dx + dy * dy) * 1.6f);
                float inner = MathF.Min(MathF.Min(x + 0.5f, w - x - 0.5f) / w, MathF.Min(y + 0.5f, h - y - 0.5f) / h) * 2f;
                float importance = MathF.Max(regional[q], 0.6f * t.Importance[q]);
                // The side's reach wanders at the scale of a quarter of the picture, so its border is no straight cut.
                float wander = 0.3f * (Noise.Value2((uint)seed ^ 0x10E5u, x / (longSide / 4f), y / (longSide / 4f)) - 0.5f);
                float lost = Math.Clamp(((x + 0.5f) / w - 0.5f) * sx + ((y + 0.5f) / h - 0.5f) * sy + wander, -0.5f, 0.5f) * 2f;
                score[q] = 0.5f * importance + 0.3f * near + 0.2f * inner - 0.3f * lost + 0.5f * t.FocusAt(q) * (1f - 0.45f * MathF.Max(0f, lost))
                    + 0.1f * Noise.Value2((uint)seed ^ 0xBA2Eu, x / coarse, y / coarse)
                    + 0.05f * Noise.Value2((uint)seed ^ 0x51D3u, x / fine, y / fine); // the dry, ragged border
            }
        var sorted = (float[])score.Clone();
        Array.Sort(sorted);
        float cut = sorted[Math.Clamp((int)(share * (n - 1)), 0, n - 1)];
        var mask = new float[n];
        // A wide ramp: the painting dissolves into the ground rather than stopping at a cut edge.
        for (int i = 0; i < n; i++) mask[i] = 1f - Noise.Smoothstep(cut - 0.06f, cut + 0.05f, score[i]);
        Blur.Gaussian(mask, w, h, 1, MathF.Max(1f, longSide / 150f));
        return (mask, (sx, sy));
    }
}
