using Echoes.Color;
using Echoes.Strokes;

namespace Echoes.Scenes;

/// <summary>
/// The open sky as a plein-air painter lays it over its ground wash: short strokes of loaded paint, each at a slant of
/// its own about the level, a little lighter or darker, warmer toward the light and cooler away from it, so the sky
/// breathes as paint instead of lying as a flat graded band. Where the sky turns into a cloud's soft edge they take the
/// cloud's colour, so its edge is lost in them. After the sun has gone they lie longer and nearer level, as the bands of an
/// afterglow are laid, and in thinner paint, by night closer in value, dark on dark, so none glints.
/// </summary>
internal static class OpenSkyStrokes
{
    /// <summary>Lays them, colours from <paramref name="field"/>.</summary>
    public static void Paint(List<Stroke> strokes, Composition c, SkyField field, SkyWeather weather, Marks marks, Random rng)
    {
        var m = field.Mood;
        bool late = field.Time is TimeOfDay.Dusk or TimeOfDay.Night;
        float h = c.Target.Height, width = h * 0.022f, step = width * 1.1f;
        // Their length follows the mood's hand (sorrow's drag, joy's quick touch), kept short: 7 widths at the most.
        float length = width * Math.Clamp(3f * m.Length, 1.6f, 5f) * (late ? 1.6f : 1f), turn = weather.Turn * (late ? 0.5f : 1f);
        float value = field.Time == TimeOfDay.Night ? 0.025f : 0.05f;
        for (float y = width * 0.3f; y < c.LandTop; y += step * (0.8f + 0.3f * rng.NextSingle()))
            for (float x = -width * rng.NextSingle(); x < c.Target.Width + width; x += step * (0.9f + 0.5f * rng.NextSingle()))
            {
                var at = (x + step * 0.4f * (rng.NextSingle() - 0.5f), y + step * 0.4f * (rng.NextSingle() - 0.5f));
                float angle = turn * (rng.NextSingle() + rng.NextSingle() - 1f);
                float len = length * (late ? 0.5f + 0.9f * rng.NextSingle() : 0.6f + 0.7f * rng.NextSingle());
                // Inside a cloud's body its own strokes paint it.
                if (field.CloudAt(at.Item1, at.Item2).Density > 0.35f) continue;
                var color = Vary(field.At(at.Item1, at.Item2), c, at, value * (rng.NextSingle() - 0.5f));
                SkyDabs.Lay(strokes, c, field, marks, at, width * (0.85f + 0.3f * rng.NextSingle()), len, angle, 0.4f * m.Lift, color,
                    (0.45f + 0.25f * rng.NextSingle()) * m.Opacity, (0.35f + 0.3f * rng.NextSingle()) * (late ? 0.6f : 1f));
            }
    }

    // A little lighter or darker (by `value`, a share of its lightness), and warmer toward the light, cooler away from it.
    // After the sun has gone the warmth is the light's hue at the sky's own value: a bright light mixed into a dark sky
    // lifted it, and greyed its deep violet into a murky olive-brown band under the top (blind).
    private static Rgb Vary(Rgb sky, Composition c, (float X, float Y) at, float value)
    {
        float toward = 1f - Math.Clamp(MathF.Abs(at.X - c.Light.X) / c.Target.Width, 0f, 1f) * 2f;
        var light = c.Scene.Landscape.Time is TimeOfDay.Dusk or TimeOfDay.Night
            ? c.Light.Color.Scaled(sky.Luminance / MathF.Max(1e-4f, c.Light.Color.Luminance)) : c.Light.Color;
        var tint = Rgb.Lerp(sky, light, 0.04f * MathF.Max(0f, toward));
        tint = new Rgb(tint.R * (1f - 0.02f * MathF.Max(0f, -toward)), tint.G, tint.B * (1f + 0.03f * MathF.Max(0f, -toward)));
        float k = 1f + value * 2.2f;
        return tint.Scaled(k);
    }
}
