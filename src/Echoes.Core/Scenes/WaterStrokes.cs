using Echoes.Color;
using Echoes.Strokes;

namespace Echoes.Scenes;

/// <summary>
/// The water in brushwork of its own: finer level washes than the ground's, then broken horizontal ripples that carry
/// the reflection of what stands above the water (the sky and the far shore, mirrored about the water's far edge and
/// foreshortened), lighter and darker by turns, shorter and denser far off and longer near; then the sun's or moon's
/// glitter path under it.
/// </summary>
internal static class WaterStrokes
{
    /// <summary>The water's strokes, in painting order (none where the landscape has no water).</summary>
    public static void Paint(List<Stroke> strokes, Composition c, SceneColours colours, Marks marks, Random rng)
    {
        if (c.Regions.Water.All(v => v < 0.5f)) return;
        int h = c.Target.Height;
        float top = c.LandTop;
        float Fine(float y) => 0.6f * GroundStrokes.RowWidth(c, y) + h * 0.004f;
        Washes.Lay(strokes, colours, c.Layers, LandLayers.Water, new WashRows(top, h + Fine(h), Fine, 10f * colours.Mood.Length, 0.5f,
            0.05f, 0.9f * colours.Mood.Opacity, 0f, 0.1f, 0f), marks, rng);
        Ripples(strokes, c, colours, marks, rng);
        Glints(strokes, c, marks, rng);
    }

    // Broken level ripples: dashes in the mirrored colour of what stands above the water's far edge, each a little
    // lighter or darker than the reflection, so the surface reads as moving water holding the sky.
    private static void Ripples(List<Stroke> strokes, Composition c, SceneColours colours, Marks marks, Random rng)
    {
        int w = c.Target.Width, h = c.Target.Height;
        var shore = new float[w];
        for (int x = 0; x < w; x++)
        {
            int y = 0;
            while (y < h && c.Layers.At(x, y) != LandLayers.Water) y++;
            shore[x] = y;
        }
        int rows = (int)(h / 6f);
        for (int i = 0; i < rows; i++)
        {
            float x = rng.NextSingle() * w, y = c.HorizonY + (h - c.HorizonY) * rng.NextSingle();
            float top = shore[Math.Clamp((int)x, 0, w - 1)], near = Math.Clamp((y - top) / MathF.Max(1f, h - top), 0f, 1f);
            float width = h * (0.0015f + 0.004f * near);
            bool lighter = rng.NextSingle() < 0.5f;
            // One broken ripple: a few dashes along its row with gaps between, as a brush skips over the canvas.
            for (int k = 0, dashes = 2 + rng.Next(3); k < dashes; k++)
            {
                float len = w * (0.012f + 0.045f * near) * (0.5f + rng.NextSingle());
                if (c.Layers.At(x, y) == LandLayers.Water && c.Layers.At(x + len, y) == LandLayers.Water)
                {
                    // The reflection: the point as far above the far edge as this one lies below it, foreshortened.
                    var mirrored = colours.At(x + len / 2, MathF.Max(0f, top - (y - top) * 0.7f));
                    var color = Rgb.Lerp(Rgb.Lerp(colours.At(x, y), mirrored, 0.65f), lighter ? Rgb.White : Rgb.Black, 0.1f);
                    strokes.Add(marks.Make(rng.NextSingle() < 0.4f ? BrushKind.DryBrush : BrushKind.Round, width, color,
                        0.3f + 0.25f * rng.NextSingle(), (0.4f, 0.4f), (x, y), (x + len / 2, y + width * 0.3f * (rng.NextSingle() - 0.5f)),
                        (x + len, y)) with
                    { Load = 0.4f });
                }
                x += len * (1.3f + 0.8f * rng.NextSingle());
            }
        }
    }

    // The sun's or moon's glitter path: level dashes under the light, broken where the brush skips, of lengths and
    // widths of their own, spreading wider toward the viewer and fading off the path's sides (dashes laid evenly across a
    // band of one width read as a comb of parallel streaks). Each is a fleck of the light's own warm white, dimmed by
    // its value and not by thinning it (thin paint over the dark sea took the sea's blue: cyan), dragged dry so it
    // breaks up at a ragged end (round, evenly tapered dashes read as pills).
    private static void Glints(List<Stroke> strokes, Composition c, Marks marks, Random rng)
    {
        int w = c.Target.Width, h = c.Target.Height;
        var (sx, _, sun) = c.Light;
        var color = Rgb.Lerp(sun, Rgb.FromSrgb8(0xff, 0xf2, 0xd8), 0.45f);
        for (int i = 0; i < 160; i++)
        {
            // Drawn toward the horizon, where the path gathers under the light, and spread wider near the viewer.
            float near = MathF.Pow(rng.NextSingle(), 1.4f), y = c.HorizonY + (h - c.HorizonY) * near;
            float across = (rng.NextSingle() + rng.NextSingle() + rng.NextSingle() - 1.5f) / 1.5f, side = MathF.Abs(across);
            float fade = 1f - MathF.Pow(side, 1.5f);
            float len = w * (0.002f + 0.01f * near) * MathF.Exp(1.8f * rng.NextSingle()) * (0.4f + 0.6f * fade);
            float x = sx + across * w * (0.02f + 0.24f * near) - len / 2;
            float width = h * (0.0014f + 0.0036f * near) * (0.7f + 0.6f * rng.NextSingle());
            var lit = Rgb.Lerp(color.Scaled(0.45f), color, (0.35f + 0.65f * rng.NextSingle()) * (0.4f + 0.6f * fade));
            // Now and then one dash in two or three pieces with gaps between.
            for (int k = 0, pieces = rng.NextSingle() < 0.45f ? 2 + rng.Next(2) : 1; k < pieces; k++)
            {
                float piece = len * (pieces == 1 ? 1f : 0.25f + 0.5f * rng.NextSingle());
                if (c.Layers.At(x, y) == LandLayers.Water && c.Layers.At(x + piece, y) == LandLayers.Water)
                    strokes.Add(Fleck(marks, (x, y), piece, width, lit, rng));
                x += piece + len * (0.15f + 0.35f * rng.NextSingle());
            }
        }
    }

    // One fleck of glitter from (x, y), `len` long: laid from either end, pressed where the brush lands and dragged dry off
    // its other end, its spine a little off level where the wave it lies on tilts.
    private static Stroke Fleck(Marks marks, (float X, float Y) at, float len, float width, Rgb color, Random rng)
    {
        var (x, y) = at;
        float tilt = width * 0.6f * (rng.NextSingle() - 0.5f), lift = width * 0.4f * (rng.NextSingle() - 0.5f);
        (float X, float Y)[] spine = [(x, y - tilt), (x + len * (0.35f + 0.3f * rng.NextSingle()), y + lift), (x + len, y + tilt)];
        if (rng.NextSingle() < 0.5f) Array.Reverse(spine);
        return marks.Make(BrushKind.DryBrush, width, color, 0.85f + 0.15f * rng.NextSingle(), (0.05f + 0.15f * rng.NextSingle(),
            0.3f + 0.2f * rng.NextSingle()), spine) with
        { Load = 0.35f + 0.3f * rng.NextSingle() };
    }
}
