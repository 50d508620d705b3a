using Echoes.Color;

namespace Echoes.Scenes;

/// <summary>
/// The colours of a thread, the one language every tie and echo is painted in: a core lighter than the ground it
/// crosses (brighter the stronger the bond, warm for a bond and cold for an estrangement), or, over a ground too light
/// to leave a light room above it, darker than that ground by as much: a line of deeper colour laid in the paint. No
/// shadow is cast under it (a thread over its own shadow looks pasted on the painting). So a tie reads the same on
/// green, on sand, at noon and at night: its warmth in its hue and its strength in its weight and value.
/// </summary>
internal static class ThreadTone
{
    /// <summary>The core of a thread over <paramref name="ground"/>: lifted off it in Oklab lightness by more the
    /// <paramref name="bright"/>er it is (0 dim to 1 full), or sunk below it by nearly as much where the ground leaves too
    /// little room above; leaning gold toward <paramref name="light"/> where <paramref name="warmth"/> is positive and
    /// toward a cold blue-grey where it is negative. <paramref name="sunk"/>, where the thread's way is known (see
    /// <see cref="Sunk"/>), sets which way it stands off, so one thread is not light on one stretch and dark on the next;
    /// else the ground alone sets it.</summary>
    public static Rgb Core(Rgb ground, float bright, float warmth, Rgb light, bool? sunk = null)
    {
        var g = Oklab.FromLinear(ground);
        var l = Oklab.FromLinear(light);
        float lift = Lift(bright), top = Top(bright);
        // Over a light ground a light thread has too little room above it: there it is laid darker than the ground. The
        // way is set by the ground alone, so presses of one thread, brighter or dimmer, all go the same way.
        bool down = sunk ?? g.L > Sinks;
        float L = !down ? Math.Clamp(g.L + lift, 0.45f, top) : g.L - Sinking * lift;
        // The hue: a gold for warmth and a slate blue for cold, whatever the light (a warm bond stays warm under the moon),
        // leaning a little to the scene's light and the ground's own hue so it belongs to the place it crosses; fuller
        // the brighter the thread, and quieter the nearer white it is (a light, not a dye).
        float chroma = (0.5f + 0.5f * bright) * (1f - 0.35f * Echoes.Brushes.Noise.Smoothstep(0.8f, 0.97f, L));
        // Sunk darker into a light ground, a gold is a dirty ochre: there a warm thread is a red earth instead.
        float a = warmth >= 0 ? warmth * (down ? 0.1f : 0.035f + 0.15f * l.A) : warmth * 0.02f;
        float b = warmth >= 0 ? warmth * (down ? 0.07f : 0.11f + 0.12f * l.B) : warmth * 0.11f;
        return new Oklab(L, chroma * (a + (0.1f * g.A)), chroma * (b + (0.1f * g.B))).ToLinear().Clamped();
    }

    /// <summary>Whether a thread of <paramref name="bright"/>ness is laid darker than its ground the whole way, not lighter:
    /// where the ground under it is, as a whole (<paramref name="whole"/>, Oklab lightness), too light to leave room above
    /// it; or where, over the lightest stretch it crosses (<paramref name="lightest"/>), a light thread would stand off by
    /// too little to be seen and a dark one under its darkest stretch (<paramref name="darkest"/>) by more. Toned to the
    /// mean alone, a thread over sand, wet sand and water rose too near the pale dry sand to be seen there.</summary>
    public static bool Sunk(float whole, float lightest, float darkest, float bright)
    {
        if (whole > Sinks) return true;
        float above = MathF.Min(Lift(bright), Top(bright) - lightest), below = MathF.Min(Sinking * Lift(bright), darkest);
        return above < Enough && below > above;
    }

    // How far a thread is lifted off its ground, in Oklab lightness: more the brighter it is.
    private static float Lift(float bright) => 0.18f + 0.26f * bright;

    // A thread's ceiling: a dim one's well under the palest, so over the lightest stretch it crosses a broken thread still
    // stays under every bond (0.08 let an estrangement reach a bond's light once grounds were read as painted).
    private static float Top(float bright) => Palest - 0.12f * (1f - bright);

    // How much of its lift a thread laid darker than its ground is sunk by.
    private const float Sinking = 0.85f;

    // The least a thread stands off the lightest stretch it crosses, in Oklab lightness, before it is laid darker instead:
    // a cold line 0.1 over pale sand was "icy pale and almost disappears".
    private const float Enough = 0.15f;

    // The Oklab lightness of a ground over which a thread is laid darker than it rather than lighter. Read off the land as
    // painted (its lighter strokes and what its washes let through count), a field at dusk stands about 0.67 and
    // one at noon 0.72: the turn lies between (0.66, on the composed picture, sank the dusk field's bonds).
    private const float Sinks = 0.70f;

    // The lightest a thread's core is: a light in the scene, not the white of the paper.
    private const float Palest = 0.97f;
}
