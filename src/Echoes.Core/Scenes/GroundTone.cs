using Echoes.Color;

namespace Echoes.Scenes;

/// <summary>
/// The ground's own colour lifted off it in value, as a painter draws a line of light or thread across a field: the
/// same hue, a little quieter, lighter over dark ground and darker over light, warmed toward the scene's light by
/// <c>warmth</c>. A line in it belongs to what it crosses instead of glowing over it in a colour of its own.
/// </summary>
internal static class GroundTone
{
    /// <summary>Where a ground counts as light (Oklab lightness): over it, the line is darker than the ground.</summary>
    public const float LightGround = 0.62f;

    /// <summary>The <paramref name="ground"/> lifted by <paramref name="lift"/> of Oklab lightness (away from the ground's
    /// own value), its chroma kept at <paramref name="chroma"/> of the ground's, and warmed by <paramref name="warmth"/>
    /// (0 none, 1 strongly) toward <paramref name="light"/>.</summary>
    public static Rgb Lift(Rgb ground, float lift, float chroma, float warmth, Rgb light)
    {
        var g = Oklab.FromLinear(ground);
        var l = Oklab.FromLinear(light);
        float dir = g.L > LightGround ? -1f : 1f;
        float L = Math.Clamp(g.L + dir * lift, 0.06f, 0.96f);
        // Warmth leans the hue toward the light's and toward a gold (a warm light at dusk is gold, never green).
        float a = g.A * chroma + warmth * (0.6f * l.A + 0.02f), b = g.B * chroma + warmth * (0.6f * l.B + 0.04f);
        return new Oklab(L, a, b).ToLinear().Clamped();
    }
}
