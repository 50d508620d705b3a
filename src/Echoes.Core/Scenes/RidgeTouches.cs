using Echoes.Brushes;
using Echoes.Color;
using Echoes.Strokes;

namespace Echoes.Scenes;

/// <summary>
/// The modelling touches on a near range's peaks, laid over its faces as an oil painter works into the lay-in: broken
/// strokes down the fall lines of each flank and a few across them along the strata, gathered toward the crest and
/// thinning down the slope; on the flank toward the sun or moon a lighter, warmer paint catching the light, on the flank
/// turned away a deeper, cooler one, so each peak shows its two planes and its surface (the faces alone read as one smooth
/// cone of paint). Against a light low ahead (a dark mass in its own shade) it has none.
/// </summary>
internal static class RidgeTouches
{
    /// <summary>The touches on the ridge on <paramref name="layer"/>. From streams of their own (draws and marks), seeded by
    /// the layer and the crest, so every other stroke of the scene stays as it was.</summary>
    public static void Paint(List<Stroke> strokes, Composition c, Ridge ridge, byte layer, SceneColours colours, Marks marks)
    {
        var crest = ridge.Crest;
        var rng = new Random(layer * 6607 + (int)(crest[0].Y * 64f) * 43 + crest.Length);
        var own = marks.Own(0x70C4 + layer);
        int h = c.Target.Height;
        float toward = -c.Lee;
        // None against a light low ahead: the range is one dark mass there, and touches gathered at its crest drew a dark
        // edge over a lighter body.
        if (RidgeShade.Backlight(c.Light.Y, c.HorizonY, h) > 0.5f) return;
        var light = Rgb.Lerp(c.Light.Color, Rgb.FromSrgb8(0xe0, 0xa8, 0x70), 0.3f);
        // By night only a breath of the moon's light: lifted as by day, the touches on a dark range stood out as stray glints.
        float lift = c.Scene.Landscape.Time == TimeOfDay.Night ? 0.04f : 0.16f;
        foreach (int p in RidgeShade.Peaks(crest, crest.Length / 16))
            foreach (float side in (float[])[-1f, 1f])
                Flank(strokes, c, ridge, layer, p, side, side == toward ? (light, lift) : null, colours, own, rng);
    }

    // The touches on the flank of peak p toward side, lifted toward the colour of light (or, null, in shade), as many as the
    // flank is broad, most near the crest.
    private static void Flank(List<Stroke> strokes, Composition c, Ridge ridge, byte layer, int p, float side, (Rgb Color, float Lift)? light,
        SceneColours colours, Marks marks, Random rng)
    {
        var crest = ridge.Crest;
        int v = p, step = side > 0 ? 1 : -1;
        while (v + step > 0 && v + step < crest.Length - 1 && crest[v + step].Y >= crest[v].Y - 0.5f) v += step;
        float broad = MathF.Abs(crest[v].X - crest[p].X), h = c.Target.Height;
        if (broad < h * 0.02f) return;
        float reach = MathF.Max(h * 0.02f, (crest[v].Y - crest[p].Y) * 0.9f), width = h * (0.0025f + 0.003f * ridge.Depth);
        int count = (int)(broad / width * 0.5f * (0.6f + 0.8f * rng.NextSingle()));
        for (int k = 0; k < count; k++)
        {
            // Along the flank, more toward the peak; down the slope, more toward the crest: the texture gathers at the edge.
            float along = MathF.Pow(rng.NextSingle(), 1.3f), down = MathF.Pow(rng.NextSingle(), 2.2f);
            float x = crest[p].X + side * broad * along, top = LandLayers.CrestAt(crest, x) + width * 1.5f;
            var (fall, steep) = Fall(crest, x, side, width);
            // A few across the fall, along the strata; most down it, but none straight down from a level top (a comb of posts).
            bool strata = rng.NextSingle() < 0.25f || steep < 0.45f;
            var way = strata ? (X: fall.Y * side, Y: -fall.X * side * 0.6f + 0.15f) : fall;
            float len = width * (strata ? 2.5f + 3f * rng.NextSingle() : 4f + 6f * rng.NextSingle()) * (1f - 0.4f * down);
            var from = (X: x + fall.X * reach * down, Y: top + fall.Y * reach * down);
            var pts = Spine(c.Layers, layer, from, way, len, width);
            // None shorter than a few times its width: cut short, touches stood about as round dabs.
            if (pts.Length < 3 || MathF.Abs(pts[^1].X - pts[0].X) + MathF.Abs(pts[^1].Y - pts[0].Y) < width * 3f) continue;
            var under = colours.Mean(pts);
            // Lit: the land lifted toward the light; in shade: deepened and cooled, never toward black.
            var color = light is { } l ? Rgb.Lerp(under, l.Color, l.Lift) : new Rgb(under.R * 0.8f, under.G * 0.82f, under.B * 0.9f);
            float opacity = (0.35f + 0.35f * ridge.Depth) * (1f - 0.5f * down);
            strokes.Add(marks.Make(rng.NextSingle() < 0.6f ? BrushKind.DryBrush : BrushKind.Round, width * (0.6f + 0.8f * rng.NextSingle()),
                color, opacity, (0.25f, 0.4f), pts) with
            { Load = 0.45f + 0.35f * rng.NextSingle() });
        }
    }

    // The fall line at x on the flank toward side: down and out, leaning as far as the crest there is steep (a unit vector,
    // y down), and how steep the crest is there.
    private static ((float X, float Y) Way, float Steep) Fall((float X, float Y)[] crest, float x, float side, float width)
    {
        float d = width * 3f, slope = MathF.Abs(LandLayers.CrestAt(crest, x + d) - LandLayers.CrestAt(crest, x - d)) / (2f * d);
        float fx = side * MathF.Min(1f, slope) * 0.7f, n = MathF.Sqrt(fx * fx + 1f);
        return ((fx / n, 1f / n), slope);
    }

    // A touch's spine from its start along way, cut where its paint (its width about it) would leave its range.
    private static (float X, float Y)[] Spine(LandLayers layers, byte layer, (float X, float Y) from, (float X, float Y) way, float len,
        float width)
    {
        var pts = new List<(float X, float Y)>(4);
        for (int j = 0; j < 4; j++)
        {
            var q = (X: from.X + way.X * len * j / 3f, Y: from.Y + way.Y * len * j / 3f);
            if (layers.At(q.X, q.Y) != layer || layers.At(q.X, q.Y - width) != layer) break;
            pts.Add(q);
        }
        return [.. pts];
    }
}
