using Echoes.Color;
using Echoes.Moods;

namespace Echoes.Scenes;

/// <summary>The colours a figure is painted in, chosen against the ground it stands on (<see cref="Against"/>): the one
/// place a figure's value against its ground is decided.</summary>
/// <param name="Body">The figure itself.</param>
/// <param name="Shadow">Its shadow on the ground.</param>
/// <param name="Rim">The light caught on its edge toward the scene's light (none on the other side), which a dark figure's
/// lit side leans toward.</param>
/// <param name="RimOpacity">How strongly that lit side is painted: more on darker ground.</param>
/// <param name="Lit">The body where the scene's light falls on it, on the side toward the sun or moon.</param>
/// <param name="Pale">Whether the figure is lighter than its ground (a dark ground: dusk's shade, night) rather than a
/// dark silhouette on a lighter one.</param>
/// <param name="Most">The Oklab lightness a dark figure's clothes and hair stay under: a clear step below its ground, so
/// a dye never lifts it into a ground that is only a little lighter (1 for a pale figure).</param>
internal sealed record FigureLook(Rgb Body, Rgb Shadow, Rgb Rim, float RimOpacity, Rgb Lit, bool Pale, float Most = 1f)
{
    // How far a dark figure's clothes and hair stand under its ground at least, in Oklab lightness: about as far as a pale
    // figure stands over a dark one (Lift), so neither reads weaker where the ground is near the turn between them (at 0.21
    // a figure on a ground just over the turn read weaker once no light was laid past its outline).
    private const float Step = 0.26f;

    // The Oklab lightness of ground under which a figure is painted light rather than dark: where the dark figure
    // (about 0.22) and the light one (Lift over its ground, as its lit edge adds) stand off it about as clearly.
    private const float PaleBelow = 0.43f;

    // How far a pale figure's clothes stand above its ground in Oklab lightness, and the most they may reach: a moonlit
    // mid value, never the near-white of a ghost; high enough that with its darker hair, legs and shaded side the figure
    // as a whole (about 0.1-0.12 under its clothes, the hair painted in strands) still stands a clear step over a ground
    // just under the turn, where the painted ground round it reads up to 0.02 lighter than the land it was set against
    // (at 0.57 most, or a lift of 0.21-0.24, one stood 0.08-0.098 over it; at 0.24, once heads became one mass of hair
    // and the far ground hazed, 0.098 at valley by night).
    private const float Lift = 0.25f, PaleMost = 0.67f;

    /// <summary>The look of a figure feeling <paramref name="mood"/> on <paramref name="ground"/> (its mean colour about
    /// the figure, as painted) under the scene's <paramref name="light"/>, set against that ground by value so a viewer
    /// finds it without any contour round it: dark on a ground light enough to hold a silhouette, its edge toward the
    /// light caught in that light (stronger the darker the ground); on a darker ground, the reverse: a figure in the
    /// night's own light, a cool blue-grey of low chroma a clear step above the ground (a painter's moonlit figure, not a
    /// pastel one), warm only where a warm light catches its edge.</summary>
    public static FigureLook Against(Rgb ground, Rgb light, Mood mood)
    {
        var body = Tint(mood);
        var shadow = Rgb.FromSrgb8(0x14, 0x12, 0x1c);
        var caught = Rgb.Lerp(light, Rgb.FromSrgb8(0xff, 0xf6, 0xe8), 0.3f);
        var g = Oklab.FromLinear(ground);
        if (g.L >= PaleBelow)
            return new FigureLook(body, shadow, Rgb.Lerp(ground, caught, 0.75f), Math.Clamp(1.1f - ground.Luminance * 2.5f, 0.35f, 0.95f),
                Rgb.Lerp(body, caught, 0.3f), false, g.L - Step);
        // The ground's hue only as a whisper, leaning to the blue of night air: a figure read by its value and its lit
        // edge, not by a colour of its own.
        var pale = new Oklab(MathF.Min(g.L + Lift, PaleMost), g.A * 0.15f - 0.006f, g.B * 0.15f - 0.026f).ToLinear().Clamped();
        return new FigureLook(Rgb.Lerp(pale, body, 0.12f), shadow, Rgb.Lerp(pale, caught, 0.6f), 0.8f, Rgb.Lerp(pale, caught, 0.35f), true);
    }

    // A dark figure, its mood warming or cooling it a little: a tint, never a colour, so it stays a silhouette.
    private static Rgb Tint(Mood m)
    {
        var dark = Rgb.FromSrgb8(0x1c, 0x16, 0x16);
        float total = m.Joy + m.Sorrow + m.Love + m.Loss;
        if (total <= 0) return dark;
        var mood = new Rgb(
            (m.Joy * 0.75f + m.Sorrow * 0.08f + m.Love * 0.45f + m.Loss * 0.2f) / total,
            (m.Joy * 0.4f + m.Sorrow * 0.12f + m.Love * 0.03f + m.Loss * 0.2f) / total,
            (m.Joy * 0.05f + m.Sorrow * 0.3f + m.Love * 0.06f + m.Loss * 0.2f) / total);
        return Rgb.Lerp(dark, mood, 0.04f * MathF.Min(1f, total));
    }
}
