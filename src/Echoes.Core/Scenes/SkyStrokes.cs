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
        // The first row lies half over the top edge, so its wander never leaves a sliver of canvas there.
        Washes.Lay(strokes, colours, c.Layers, LandLayers.Sky, new WashRows(-width * 0.5f, c.LandTop + width, _ => width, 12f * m.Length,
            0.55f, 0.05f, 0.92f * m.Opacity, 0f, 0.2f + m.Jitter / 60f, m.Lift * 0.4f, Cover: true), marks, rng);
        var (sx, sy, sun) = c.Light;
        bool night = c.Scene.Landscape.Time == TimeOfDay.Night;
        if (c.Layers.At(sx, sy) == LandLayers.Sky) Light(strokes, c, colours, marks, rng, night);
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

    // The sun or moon and its glow, each built of level strokes as the sky is: the glow in rows of thin paint, longest
    // through the middle, each of its own length (a soft halo with a hand's edge, not a stamped disc), then the disc
    // itself in a few crossing strokes; the moon keeps a few faint grey seas on its face.
    private static void Light(List<Stroke> strokes, Composition c, SceneColours colours, Marks marks, Random rng, bool night)
    {
        var (sx, sy, sun) = c.Light;
        float r = MathF.Min(c.Target.Width, c.Target.Height) * (night ? 0.03f : 0.045f);
        float halo = r * (night ? 4.5f : 5.5f), row = r * 0.9f;
        for (float dy = -halo * 0.7f; dy <= halo * 0.7f; dy += row * (0.4f + 0.2f * rng.NextSingle()))
        {
            float half = halo * MathF.Sqrt(MathF.Max(0f, 1f - dy * dy / (halo * halo * 0.49f))) * (0.75f + 0.45f * rng.NextSingle());
            if (half < row) continue;
            float x0 = sx - half + r * 0.6f * (rng.NextSingle() - 0.5f), x1 = sx + half + r * 0.6f * (rng.NextSingle() - 0.5f);
            var air = colours.At(sx + half * 1.2f, sy + dy);
            float near = 1f - MathF.Abs(dy) / halo;
            strokes.Add(Thin(marks.Make(BrushKind.Round, row * 1.3f, Rgb.Lerp(air, sun, 0.25f + 0.35f * near), 0.05f + 0.1f * near,
                (0.4f, 0.4f), (x0, sy + dy), (sx, sy + dy + r * 0.08f * (rng.NextSingle() - 0.5f)), (x1, sy + dy)), 0.4f));
        }
        // The disc in a few short strokes crossing at their own angles: their rounded ends together make it round, and
        // their bristles cross instead of circling (a single dab's bristles would ring it like a stamp).
        float turn = rng.NextSingle() * MathF.PI;
        for (int i = 0; i < 3; i++)
        {
            float a = turn + i * MathF.PI / 3f + 0.2f * (rng.NextSingle() - 0.5f), len = r * (0.32f + 0.1f * rng.NextSingle());
            var (dx, dy) = (MathF.Cos(a) * len, MathF.Sin(a) * len);
            strokes.Add(Thin(marks.Make(BrushKind.Round, r * 1.45f, Rgb.Lerp(sun, Rgb.FromSrgb8(0xff, 0xfb, 0xf0), 0.2f * rng.NextSingle()),
                0.8f, (0f, 0f), (sx - dx, sy - dy), (sx + dx, sy + dy)), 0.45f));
        }
        if (!night) return;
        var sea = Rgb.Lerp(sun, c.SkyTop, 0.45f);
        for (int i = 0; i < 3; i++)
        {
            float a = rng.NextSingle() * 6.283f, d = r * (0.15f + 0.4f * rng.NextSingle()), len = r * (0.2f + 0.25f * rng.NextSingle());
            float x = sx + d * MathF.Cos(a), y = sy + d * MathF.Sin(a) * 0.8f;
            strokes.Add(Thin(marks.Make(BrushKind.Round, r * (0.2f + 0.15f * rng.NextSingle()), sea, 0.25f + 0.15f * rng.NextSingle(), (0.4f, 0.4f),
                (x - len, y), (x + len, y + r * 0.05f)), 0.4f));
        }
    }

    // Thin paint: little relief, so a glow or a disc never stands up from the sky like a stamp.
    private static Stroke Thin(Stroke s, float load) => s with { Load = load };
}
