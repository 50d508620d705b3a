using Echoes.Color;
using Echoes.Strokes;

namespace Echoes.Scenes;

/// <summary>
/// A short, loaded stroke of sky, laid only where the whole of it, its width and a width below it lie in open sky and
/// off the sun's or moon's near glow and the ties: the land is painted after the sky, but where its paint is thin a sky stroke under
/// it would show through (bluish slivers in the valleys).
/// </summary>
internal static class SkyDabs
{
    /// <summary>Adds a stroke <paramref name="width"/> wide and <paramref name="length"/> long centred on (x, y), at
    /// <paramref name="angle"/> (radians, within a quarter turn of level: it is drawn left to right), its end sagging by
    /// <paramref name="droop"/> widths, its ends tapering about <paramref name="taper"/>, if it lies clear; whether it was laid.</summary>
    public static bool Lay(List<Stroke> strokes, Composition c, SkyField field, Marks marks, (float X, float Y) at,
        float width, float length, float angle,
        float droop, Rgb color, float opacity, float load, float taper = 0.25f)
    {
        float dx = MathF.Cos(angle) * length / 2, dy = MathF.Sin(angle) * length / 2, sag = droop * width;
        var (a, b) = ((at.X - dx, at.Y - dy), (at.X + dx, at.Y + dy + sag));
        float keep = length / 2 + width + c.Target.Height * 0.02f;
        if (!Clear(c, a, b, width) || field.Ties.Any(q => Near(q, at, keep))) return false;
        var stroke = marks.Make(BrushKind.Round, width, color, opacity, (taper * 0.8f, taper * 1.2f), a, at, b);
        strokes.Add(stroke with { Load = load });
        return true;
    }

    private static bool Near((float X, float Y) p, (float X, float Y) q, float d) =>
        (p.X - q.X) * (p.X - q.X) + (p.Y - q.Y) * (p.Y - q.Y) < d * d;

    // Along the spine, at either side and a width under it: all sky, all off the glow.
    private static bool Clear(Composition c, (float X, float Y) a, (float X, float Y) b, float width)
    {
        float glow = CloudLayout.Glow(c) + width;
        for (int i = 0; i <= 4; i++)
        {
            float x = a.X + (b.X - a.X) * i / 4f, y = a.Y + (b.Y - a.Y) * i / 4f, gx = x - c.Light.X, gy = y - c.Light.Y;
            if (gx * gx + gy * gy < glow * glow) return false;
            foreach (var (ox, oy) in new[] { (0f, -0.6f), (0f, 1.5f), (-0.6f, 0f), (0.6f, 0f) })
                if (c.Layers.At(x + ox * width, y + oy * width) != LandLayers.Sky) return false;
        }
        return true;
    }
}
