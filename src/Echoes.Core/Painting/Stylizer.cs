using Echoes.Brushes;
using Echoes.Color;
using Echoes.Imaging;
using Echoes.Moods;
using Echoes.Targets;

namespace Echoes.Painting;

/// <summary>
/// Pushes the target's colours the way the style and mood ask, before any stroke is placed, so every pass paints toward
/// the feeling rather than correcting against it: hue pulled toward the mood's hue (along the shorter arc), chroma and
/// lightness key, contrast, a wash toward the canvas (loss), and the areas left bare (where detail matters least). The
/// style's own chroma and contrast pushes fade toward the photo's colour on the subject (<see cref="PaintOptions.FocusTruth"/>).
/// </summary>
internal static class Stylizer
{
    public static Target Apply(Target t, PaintOptions o, MoodParameters m, Rgb ground)
    {
        float chroma = o.ChromaBoost * m.Chroma, contrast = o.Contrast * m.Contrast;
        if (chroma == 1f && contrast == 1f && m.HuePull == 0 && m.Lightness == 0 && m.Fade == 0 && m.Bare == 0) return t;
        var pic = t.Reference.Clone();
        var p = pic.Pixels;
        var groundLab = Oklab.FromLinear(ground);
        var meanLab = Oklab.FromLinear(t.Reference.Mean());
        var bare = m.Bare > 0 ? BareMask(t, m.Bare, o.Seed) : null;
        float hueX = MathF.Cos(m.Hue * MathF.PI / 180f), hueY = MathF.Sin(m.Hue * MathF.PI / 180f);
        Parallel.For(0, t.Width * t.Height, i =>
        {
            var lch = Oklch.FromLinear(new Rgb(p[i * 3], p[i * 3 + 1], p[i * 3 + 2]));
            float free = 1f - o.FocusTruth * t.FocusAt(i);
            float l = Math.Clamp(0.55f + (lch.L - 0.55f) * (1f + (o.Contrast - 1f) * free) * m.Contrast + m.Lightness, 0f, 1f);
            float c = lch.C * (1f + (o.ChromaBoost - 1f) * free) * m.Chroma;
            var lab = new Oklch(l, c, lch.H).ToOklab();
            // Colours move toward the mood's hue in the a–b plane rather than around the hue circle, so a far hue passes
            // through grey instead of its neighbours (sand under sorrow turns blue-grey, not green).
            float ta = c * hueX, tb = c * hueY;
            float na = lab.A + (ta - lab.A) * m.HuePull, nb = lab.B + (tb - lab.B) * m.HuePull;
            // Most of the chroma is kept: the colour changes hue, it does not just go grey.
            float nc = MathF.Sqrt(na * na + nb * nb);
            if (nc > 1e-4f) { float k = (nc + (c - nc) * 0.75f) / nc; na *= k; nb *= k; }
            lab = new Oklab(lab.L, na, nb);
            // Fading flattens colours toward the picture's own mean (memories lose their contrast); bare areas become canvas.
            if (m.Fade > 0) lab = new Oklab(lab.L + (meanLab.L - lab.L) * m.Fade, lab.A + (meanLab.A - lab.A) * m.Fade, lab.B
                + (meanLab.B - lab.B) * m.Fade);
            float wash = bare is null ? 0f : bare[i];
            if (wash > 0) lab = new Oklab(lab.L + (groundLab.L - lab.L) * wash, lab.A + (groundLab.A - lab.A) * wash, lab.B
                + (groundLab.B - lab.B) * wash);
            var rgb = lab.ToOklch().ToLinearInGamut();
            p[i * 3] = rgb.R; p[i * 3 + 1] = rgb.G; p[i * 3 + 2] = rgb.B;
        });
        return t.WithReference(pic);
    }

    /// <summary>The ground the painting starts from, pushed like the colours, and paler where canvas is left bare.</summary>
    public static Rgb Ground(Target t, PaintOptions o, MoodParameters m)
    {
        var mean = t.Reference.Mean();
        if (o.LayerRadii.Length == 0 && m.Bare == 0) return mean; // faithful painting starts from the mean, as primitive does
        var toned = Rgb.Lerp(mean, Rgb.FromHex("#a88658"), 0.35f);
        var lch = Oklch.FromLinear(toned);
        toned = new Oklch(Math.Clamp(lch.L + m.Lightness * 0.5f, 0f, 1f), lch.C * MathF.Min(1f, m.Chroma), lch.H + Oklch.HueDelta(lch.H,
            m.Hue) * m.HuePull * 0.5f).ToLinearInGamut();
        // Bare canvas is pale linen for a light picture; a dark picture is painted on a darker-toned ground, as painters do.
        float key = Math.Clamp(Oklab.FromLinear(mean).L * 1.4f, 0.2f, 1f);
        return Rgb.Lerp(toned, Rgb.FromHex("#e6dfd0"), Math.Clamp(m.Bare * 2.2f, 0f, 1f) * key);
    }

    // 1 where the canvas stays bare: the least important share of the picture, broken up by noise and favouring the edges.
    private static float[] BareMask(Target t, float share, int seed)
    {
        int w = t.Width, h = t.Height, n = w * h;
        var score = new float[n];
        float cell = Math.Max(w, h) / 7f;
        for (int y = 0; y < h; y++)
            for (int x = 0; x < w; x++)
            {
                float cx = (x + 0.5f) / w - 0.5f, cy = (y + 0.5f) / h - 0.5f;
                float centre = 1f - MathF.Min(1f, MathF.Sqrt(cx * cx + cy * cy) * 1.6f);
                float noise = Noise.Value2((uint)seed ^ 0xBA2Eu, x / cell, y / cell);
                // The subject, where the target knows it, is the last place left bare.
                score[y * w + x] = 0.5f * t.Importance[y * w + x] + 0.25f * noise + 0.25f * centre + 0.5f * t.FocusAt(y * w + x);
            }
        var sorted = (float[])score.Clone();
        Array.Sort(sorted);
        float cut = sorted[Math.Clamp((int)(share * (n - 1)), 0, n - 1)];
        float soft = 0.04f;
        var mask = new float[n];
        for (int i = 0; i < n; i++) mask[i] = 1f - Noise.Smoothstep(cut - soft, cut + soft, score[i]);
        Blur.Gaussian(mask, w, h, 1, MathF.Max(1f, Math.Max(w, h) / 200f));
        return mask;
    }
}
