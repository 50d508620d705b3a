using Echoes.Brushes;
using Echoes.Color;

namespace Echoes.Painting;

/// <summary>
/// How a painter mixes a dark: never flat black from the tube, but a deep colour (ultramarine against umber, or a
/// deeper mix of the object's own hue) laid stroke by stroke at slightly varied values, cool beside warm, so a shadow
/// mass reads as paint with light in it rather than as a hole. The mass keeps its value: each stroke's linear light is
/// varied about the colour's own (so their mean stays), and only a photo's clipped black is lifted to the deepest mix.
/// </summary>
internal static class Darks
{
    // Oklab lightness at and below which a colour is fully a dark, and above which it is none.
    private const float DarkFrom = 0.12f, DarkTo = 0.3f;

    // The deepest a dark is painted (Oklab L; about 4 % of the way to white in sRGB): a painter's blackest mix
    // still shows its colour.
    private const float Deepest = 0.15f;

    // Most chroma a dark takes (Oklab), and how far its linear light varies, as a share of its own.
    private const float MostChroma = 0.042f, Spread = 0.5f;

    // The cool and warm darks a painter mixes (Oklab hue, degrees): ultramarine and burnt umber.
    private const float CoolHue = 265f, WarmHue = 55f;

    // Chroma above which a dark has a hue of its own, which its strokes then keep instead of a borrowed one.
    private const float OwnHueFrom = 0.02f, OwnHueTo = 0.06f;

    /// <summary>How much <paramref name="lab"/> is a dark, 0 (none) to 1 (fully).</summary>
    public static float Depth(Oklab lab) => 1f - Noise.Smoothstep(DarkFrom, DarkTo, lab.L);

    /// <summary>The colour a stroke of <paramref name="lab"/> is painted with where it is dark, <paramref name="amount"/>
    /// 0 (as it is) to 1 (fully mixed, as off the subject); lighter colours come back unchanged.</summary>
    public static Oklab Mixed(Oklab lab, Random rng, float amount)
    {
        float dark = amount * Depth(lab);
        if (dark <= 0f) return lab;
        // A dark with a hue of its own (a shadowed red cup, a night sky) keeps it and varies less; a neutral black
        // borrows the painter's cool and warm darks.
        float own = Noise.Smoothstep(OwnHueFrom, OwnHueTo, MathF.Sqrt(lab.A * lab.A + lab.B * lab.B));
        // Lightness is the cube root of linear light: a share of linear light drawn evenly about 1 keeps the mean.
        float share = Spread * dark * (1f - 0.5f * own) * (2f * rng.NextSingle() - 1f);
        float l = MathF.Max(lab.L, Deepest * dark) * MathF.Cbrt(1f + share);
        // Mostly cool in the depths, with warm strokes among them.
        float hue = (rng.NextSingle() < 0.55f ? CoolHue : WarmHue) * (MathF.PI / 180f);
        float c = MostChroma * dark * (0.3f + 0.7f * rng.NextSingle()) * (1f - own);
        return new Oklab(l, lab.A + c * MathF.Cos(hue), lab.B + c * MathF.Sin(hue));
    }
}
