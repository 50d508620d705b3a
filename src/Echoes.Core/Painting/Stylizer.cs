using Echoes.Brushes;
using Echoes.Color;
using Echoes.Imaging;
using Echoes.Moods;
using Echoes.Targets;

namespace Echoes.Painting;

/// <summary>
/// Pushes the target's colours the way the style and mood ask, before any stroke is placed, so every pass paints toward
/// the feeling rather than correcting against it: the mood's composition (<see cref="MoodComposition"/>: where the light
/// sits, what empties, softens or is left bare) and its colour (<see cref="MoodColour"/>: key, light and shadow colour,
/// where saturation peaks, which colours it takes). The style's own chroma and contrast pushes fade toward the photo's
/// colour on the subject (<see cref="PaintOptions.FocusTruth"/>).
/// </summary>
internal static class Stylizer
{
    public static Target Apply(Target t, PaintOptions o, MoodParameters m, Rgb ground) => Apply(t, o, m, ground, out _);

    /// <summary>The pushed target, and the mood's composition (null when nothing was pushed), which the mood's own marks
    /// follow.</summary>
    public static Target Apply(Target t, PaintOptions o, MoodParameters m, Rgb ground, out MoodComposition? composition)
    {
        composition = null;
        if (o.ChromaBoost == 1f && o.Contrast == 1f && m == MoodParameters.Neutral) return t;
        var pic = t.Reference.Clone();
        MoodComposition.Dissolve(pic, t, m);
        var p = pic.Pixels;
        var groundLab = Oklab.FromLinear(ground);
        var meanLab = Oklab.FromLinear(t.Reference.Mean());
        var composed = MoodComposition.Of(t, m, o.Seed);
        composition = composed;
        var colour = new MoodColour(m, o.Contrast, o.ChromaBoost);
        var light = composed.Light;
        var wash = composed.Wash;
        var modelled = composed.Modelled;
        Parallel.For(0, t.Width * t.Height, i =>
        {
            var lch = Oklch.FromLinear(new Rgb(p[i * 3], p[i * 3 + 1], p[i * 3 + 2]));
            float focus = t.FocusAt(i);
            // A light that darkens reaches the subject only halfway, so its drawing keeps its values.
            float lit = light[i] < 0 ? light[i] * (1f - 0.5f * focus) : light[i];
            var lab = colour.Apply(lch, focus, 1f - o.FocusTruth * focus, lit, modelled?[i] ?? 0f);
            // Fading flattens colours toward the picture's own mean (memories lose their contrast; the subject least); bare areas
            // become canvas.
            if (m.Fade > 0) lab = Toward(lab, meanLab, m.Fade * (1f - 0.6f * focus));
            if (wash is not null && wash[i] > 0) lab = Toward(lab, groundLab, wash[i]);
            var rgb = lab.ToOklch().ToLinearInGamut();
            p[i * 3] = rgb.R; p[i * 3 + 1] = rgb.G; p[i * 3 + 2] = rgb.B;
        });
        return MoodField.Bend(t.WithReference(pic), m, composed.Centre);
    }

    private static Oklab Toward(Oklab a, Oklab b, float k) => new(a.L + (b.L - a.L) * k, a.A + (b.A - a.A) * k, a.B + (b.B - a.B) * k);

    /// <summary>The ground the painting starts from, pushed like the colours, and paler where canvas is left bare (in a
    /// composed scene no paler than its key allows).</summary>
    public static Rgb Ground(Target t, PaintOptions o, MoodParameters m)
    {
        var mean = t.Reference.Mean();
        if (o.LayerRadii.Length == 0 && m.Bare == 0) return mean; // faithful painting starts from the mean, as primitive does
        var toned = Rgb.Lerp(mean, Rgb.FromHex("#a88658"), 0.35f);
        var lch = Oklch.FromLinear(toned);
        toned = new Oklch(Math.Clamp(lch.L + m.Lightness * 0.5f, 0f, 1f), lch.C * MathF.Min(1f, m.Chroma), lch.H + Oklch.HueDelta(lch.H,
            m.Hue) * m.HuePull * 0.5f).ToLinearInGamut();
        // Bare canvas is pale linen for a light picture; a dark picture is painted on a darker-toned ground, as painters do.
        var own = Oklch.FromLinear(mean);
        float key = Math.Clamp(own.L * 1.4f, 0.2f, 1f);
        var ground = Rgb.Lerp(toned, Rgb.FromHex("#e6dfd0"), Math.Clamp(m.Bare * 2.2f, 0f, 1f) * key);
        return t.Guide is null ? ground : InKey(ground, own);
    }

    /// <summary>How much lighter than a composed scene's mean (its key, Oklab L) its bare ground may lie: a day's linen,
    /// 0.08 over a light key, is kept; the margin closes as the key darkens, to none at a night's.</summary>
    internal static float BareOverKey(float key) => 0.08f * Math.Clamp((key - 0.45f) / 0.25f, 0f, 1f);

    // A composed scene's bare ground toned into the picture's key: at night or dusk the linen, 0.15 to 0.3 over the
    // picture's mean, was its brightest thing, a hole or a light where the mood meant absence. A photo keeps its linen:
    // capped there too, its paintings turned muddy. Darkened, it is a toned ground no greyer than the picture's own mean
    // (`own`): the linen's little chroma, cut with its light, left a dusk field's bare ground half as colourful as the
    // field, a flat grey film over it.
    private static Rgb InKey(Rgb ground, Oklch own)
    {
        var lch = Oklch.FromLinear(ground);
        float most = own.L + BareOverKey(own.L);
        return lch.L <= most ? ground : new Oklch(most, MathF.Max(lch.C * most / lch.L, own.C), lch.H).ToLinearInGamut();
    }
}
