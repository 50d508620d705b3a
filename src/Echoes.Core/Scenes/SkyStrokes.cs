using Echoes.Color;
using Echoes.Strokes;

namespace Echoes.Scenes;

/// <summary>
/// The sky in brushwork: broad level washes graded from the top to the horizon (broken where the colour turns, so the
/// gradient and the clouds keep their places and nothing is stamped in blocks), then the sun or moon as a soft dab in
/// its glow, and at night a scatter of stars.
/// </summary>
internal static class SkyStrokes
{
    /// <summary>The sky's strokes, in painting order.</summary>
    public static void Paint(List<Stroke> strokes, Composition c, SceneColours colours, Marks marks, Random rng)
    {
        int w = c.Target.Width, h = c.Target.Height;
        var m = colours.Mood;
        float width = h * 0.034f;
        Washes.Lay(strokes, colours, c.Layers, LandLayers.Sky, new WashRows(0, c.LandTop + width, _ => width, 12f * m.Length, 0.55f, 0.05f,
            0.92f * m.Opacity, 0f, 0.2f + m.Jitter / 60f, m.Lift * 0.4f), marks, rng);
        var (sx, sy, sun) = c.Light;
        bool night = c.Scene.Landscape.Time == TimeOfDay.Night;
        if (c.Layers.At(sx, sy) == LandLayers.Sky)
        {
            float r = MathF.Min(w, h) * (night ? 0.03f : 0.045f);
            var glow = colours.At(sx + r * 2.5f, sy);
            strokes.Add(marks.Make(BrushKind.Round, r * 5f, Rgb.Lerp(glow, sun, 0.35f), 0.35f, (0.5f, 0.5f), (sx - r * 3f, sy), (sx + r * 3f, sy)));
            strokes.Add(marks.Make(BrushKind.Round, r * 2f, sun, 0.95f, (0.45f, 0.45f), (sx - r * 0.45f, sy), (sx + r * 0.45f, sy)));
        }
        if (!night) return;
        for (int i = 0; i < 45; i++)
        {
            float x = rng.NextSingle() * w, y = rng.NextSingle() * c.HorizonY * 0.85f;
            if (c.Layers.At(x, y) != LandLayers.Sky) continue;
            float size = h * (0.002f + 0.003f * rng.NextSingle() * rng.NextSingle());
            strokes.Add(marks.Make(BrushKind.Round, size, Rgb.FromSrgb8(0xee, 0xee, 0xf6), 0.5f + 0.4f * rng.NextSingle(), (0.4f, 0.4f),
                (x - size * 0.3f, y), (x + size * 0.3f, y)));
        }
    }
}
