using Echoes.Color;
using Echoes.Strokes;

namespace Echoes.Scenes;

/// <summary>
/// The glow round the moon, or round the sun low at dusk, as a painter scumbles it: short touches laid round the light,
/// ring inside ring from the outside in, each in the glowing sky's own colour where it lies and a little more of the
/// light toward the middle, the outer ones thinner, so the glow is a soft round bloom of overlapping touches with no edge
/// of its own. Level strokes there (the wash's rows, the sky's short strokes kept off the glow) left a striped box.
/// </summary>
internal static class SkyBloom
{
    /// <summary>Lays the bloom round a disc of radius <paramref name="disc"/> (working pixels) out to four times that,
    /// six round a sun, colours from <paramref name="field"/>.</summary>
    public static void Paint(List<Stroke> strokes, Composition c, SkyField field, float disc, Marks marks, Random rng)
    {
        float reach = disc * (field.Time == TimeOfDay.Night ? 4f : 6f), width = (reach - disc) / 4f;
        for (float ring = reach - width * 0.5f; ring > disc * 0.3f; ring -= width * 0.35f)
        {
            // 0 at the disc, 1 at the reach: the nearer the light, the more of its colour and the fuller the paint.
            float far = Math.Clamp((ring - disc) / (reach - disc), 0f, 1f), step = width * 0.6f / ring;
            for (float a = rng.NextSingle() * step; a < MathF.Tau; a += step * (0.75f + 0.4f * rng.NextSingle()))
            {
                float at = ring + width * 0.4f * (rng.NextSingle() - 0.5f), breadth = width * (0.8f + 0.4f * rng.NextSingle());
                // Round the light give or take a little under half a right angle: touches, not rings.
                float turn = a + MathF.PI / 2f + 1.4f * (rng.NextSingle() - 0.5f), len = breadth * (0.6f + 0.5f * rng.NextSingle());
                var mid = (X: c.Light.X + MathF.Cos(a) * at, Y: c.Light.Y + MathF.Sin(a) * at);
                var (dx, dy) = (MathF.Cos(turn) * len / 2f, MathF.Sin(turn) * len / 2f);
                (float X, float Y)[] touch = [(mid.X - dx, mid.Y - dy), mid, (mid.X + dx, mid.Y + dy)];
                if (!touch.All(p => Open(c, p, breadth))) continue;
                var color = Rgb.Lerp(field.At(mid.X, mid.Y), c.Light.Color, 0.35f * (1f - far) * (1f - far));
                // Thinning out to nothing at the reach: its outer touches lost in the sky's own.
                float opacity = 0.8f * MathF.Pow(1f - far, 1.5f) * (0.85f + 0.3f * rng.NextSingle());
                strokes.Add(marks.Make(BrushKind.Round, breadth, color, opacity, (0.4f, 0.4f), touch) with { Load = 0.15f });
            }
        }
    }

    // Sky at the point and a width under it: the land is painted after the sky, and where its paint is thin a light
    // stroke under it would show through.
    private static bool Open(Composition c, (float X, float Y) p, float width) =>
        c.Layers.At(p.X, p.Y) == LandLayers.Sky && c.Layers.At(p.X, p.Y + width) == LandLayers.Sky;
}
