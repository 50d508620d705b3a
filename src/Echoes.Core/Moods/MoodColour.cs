using Echoes.Brushes;
using Echoes.Color;

namespace Echoes.Moods;

/// <summary>
/// Colour with intent, one pixel at a time: the key and the shadows (open or sunk), the light added where the
/// composition puts it, saturation peaking on the subject and on hues within about 60° of the mood's own (those 90° or
/// more away give some up), muted colours pulled toward the mood's hue while strongly chromatic local colour keeps its
/// hue unless the mood takes it (sorrow does, but spares a warm accent on the subject), then the light's colour laid on
/// the lights and the shadows' colour on the darks, as a painter warms the lights and cools the shadows (or the
/// reverse) rather than tinting the whole picture.
/// </summary>
internal sealed class MoodColour(MoodParameters m, float styleContrast, float styleChroma)
{
    private readonly (float X, float Y) _pull = Unit(m.Hue), _light = Unit(m.LightHue), _shadow = Unit(m.ShadowHue);

    /// <summary>The painted colour of a reference colour.</summary>
    /// <param name="lch">The reference colour.</param>
    /// <param name="focus">The subject there, 0–1.</param>
    /// <param name="free">How far the style's own pushes apply there (less on the subject), 0–1.</param>
    /// <param name="light">Lightness the composition adds there.</param>
    /// <param name="modelled">Lightness the light falling across the subject adds there (<see cref="SubjectLight"/>).</param>
    public Oklab Apply(Oklch lch, float focus, float free, float light, float modelled = 0f)
    {
        // The mood moves the subject's values only half as far as the rest, so its modelling still reads.
        float kept = 1f - 0.5f * focus;
        float contrast = 1f + (m.Contrast - 1f) * kept;
        // A high key's added light lifts the middle values; the photo's lights keep their drawing instead of burning out to
        // white (a lit face under joy turned chalky).
        float added = m.Lightness * kept + light + modelled;
        if (added > 0f) added *= 1f - m.KeepLights * Noise.Smoothstep(0.6f, 0.92f, lch.L);
        float l = 0.55f + (lch.L - 0.55f) * (1f + (styleContrast - 1f) * free) * contrast + added;
        l = Math.Clamp(l + m.Open * kept * MathF.Max(0f, 0.62f - l), 0f, 1f);
        // Lights above the ceiling are pressed toward it, not clipped, so they keep their order and drawing.
        float knee = m.Ceiling - 0.15f;
        if (l > knee && m.Ceiling < 1f) l = knee + 0.15f * (1f - MathF.Exp(-(l - knee) / 0.15f));
        var (hx, hy) = Unit(lch.H);
        float nearHue = hx * _pull.X + hy * _pull.Y;
        // A style's boost livens muted colour; colour already strong keeps its chroma, so a warm photo is not all one hue.
        float boost = styleChroma > 1f ? 1f - Noise.Smoothstep(0.05f, 0.15f, lch.C) : 1f;
        float c = lch.C * (1f + (styleChroma - 1f) * free * boost) * (m.Chroma + (m.SubjectChroma - m.Chroma) * focus)
            * (1f + m.HueChroma * Math.Clamp(2f * nearHue - 1f, -1f, 1f));
        // Local colour: how strongly chromatic the photo is here; a warm one on the subject may be the mood's accent.
        float strong = Noise.Smoothstep(0.07f, 0.17f, lch.C);
        float warm = MathF.Max(0f, hx * 0.707f + hy * 0.707f);
        float accent = m.Accent * Noise.Smoothstep(0.4f, 0.9f, focus) * warm * warm * Noise.Smoothstep(0.1f, 0.17f, lch.C);
        c += (lch.C * styleChroma - c) * accent;
        // Away from the subject a confined mood's colour gives way to the shadows' (a warm light in a cool room).
        float room = m.Confine * (1f - Noise.Smoothstep(0.15f, 0.7f, focus));
        float pull = m.HuePull * (1f - strong * (1f - m.TakesLocal)) * (1f - accent) * (1f - room);
        float a = c * hx, b = c * hy;
        // Toward the mood's hue across the a–b plane, not around the hue circle, so a far hue passes through grey rather
        // than its neighbours (sand under sorrow turns blue-grey, not green); most of the chroma is kept.
        float na = a + (c * _pull.X - a) * pull, nb = b + (c * _pull.Y - b) * pull;
        float nc = MathF.Sqrt(na * na + nb * nb);
        if (nc > 1e-4f) { float k = (nc + (c - nc) * 0.75f) / nc; na *= k; nb *= k; }
        // The light's colour on the lights, the shadows' on the darks: neutrals take it fully, strong colours barely turn;
        // where a light falls across the subject its colour goes with it, so the warmth (or cold) is in that light.
        float lit = m.LightTint * Noise.Smoothstep(0.45f, 0.9f, l) * (1f - room) + m.ModelTint * MathF.Max(0f, modelled);
        float dark = m.ShadowTint * MathF.Max(1f - Noise.Smoothstep(0.15f, 0.55f, l), room);
        na += lit * _light.X + dark * _shadow.X;
        nb += lit * _light.Y + dark * _shadow.Y;
        return new Oklab(l, na, nb);
    }

    private static (float X, float Y) Unit(float degrees)
    {
        float r = degrees * (MathF.PI / 180f);
        return (MathF.Cos(r), MathF.Sin(r));
    }
}
