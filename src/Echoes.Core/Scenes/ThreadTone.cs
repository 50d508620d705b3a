using Echoes.Color;

namespace Echoes.Scenes;

/// <summary>
/// The colours of a thread of light, the one language every tie and echo is painted in: a light core, always lighter
/// than the ground it crosses (brighter the stronger the bond, warm for a bond and cold for an estrangement), over a
/// thin darker underside that parts it from a light ground where the core alone could not (on a dark ground the
/// underside is left out: the core's light already parts it). So a tie reads the same on green, on sand, at noon and at
/// night: a line of light with its shadow, its warmth in its hue and its strength in its weight and brightness.
/// </summary>
internal static class ThreadTone
{
    /// <summary>The core of a thread over <paramref name="ground"/>: lifted off it in Oklab lightness by more the
    /// <paramref name="bright"/>er it is (0 dim to 1 full), leaning gold toward <paramref name="light"/> where
    /// <paramref name="warmth"/> is positive and toward a cold blue-grey where it is negative.</summary>
    public static Rgb Core(Rgb ground, float bright, float warmth, Rgb light)
    {
        var g = Oklab.FromLinear(ground);
        var l = Oklab.FromLinear(light);
        float lift = 0.18f + 0.26f * bright;
        float L = Math.Clamp(g.L + lift, 0.45f, Palest - 0.08f * (1f - bright));
        // The hue: a gold for warmth and a slate blue for cold, whatever the light (a warm bond stays warm under the moon),
        // leaning a little to the scene's light and the ground's own hue so it belongs to the place it crosses; fuller
        // the brighter the thread, and quieter the nearer white it is (a light, not a dye).
        float chroma = (0.5f + 0.5f * bright) * (1f - 0.35f * Echoes.Brushes.Noise.Smoothstep(0.8f, 0.97f, L));
        float a = warmth >= 0 ? warmth * (0.035f + 0.15f * l.A) : warmth * 0.012f;
        float b = warmth >= 0 ? warmth * (0.13f + 0.15f * l.B) : warmth * 0.06f;
        return new Oklab(L, chroma * (a + (0.1f * g.A)), chroma * (b + (0.1f * g.B))).ToLinear().Clamped();
    }

    /// <summary>The underside of a thread over <paramref name="ground"/>: the ground darkened, the shadow a thread of
    /// light casts on what it crosses.</summary>
    public static Rgb Underside(Rgb ground)
    {
        var g = Oklab.FromLinear(ground);
        return new Oklab(MathF.Max(0.05f, g.L - 0.18f - (0.3f * Light(ground))), g.A * 0.8f, (g.B * 0.8f) - 0.01f).ToLinear().Clamped();
    }

    /// <summary>How strongly the underside is painted over <paramref name="ground"/>: not at all on a dark ground, where
    /// the core's light parts the thread, full on a light one, where only the underside can.</summary>
    public static float UndersideOpacity(Rgb ground) => 0.9f * Light(ground);

    /// <summary>How much wider than the core its underside is over <paramref name="ground"/>: a little on a dark ground,
    /// more on a light one, where seen small the thread is read by its shadow more than by its light.</summary>
    public static float UndersideWidth(Rgb ground) => 1.6f + (0.9f * Light(ground));

    // How light the ground is, 0 at a mid-dark ground to 1 at a light one (Oklab lightness 0.4 to 0.75).
    private static float Light(Rgb ground) => Echoes.Brushes.Noise.Smoothstep(0.4f, 0.75f, Oklab.FromLinear(ground).L);

    // The lightest a thread's core is: a light in the scene, not the white of the paper.
    private const float Palest = 0.97f;
}
