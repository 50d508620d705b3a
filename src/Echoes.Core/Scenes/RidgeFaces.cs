using Echoes.Brushes;
using Echoes.Color;
using Echoes.Strokes;

namespace Echoes.Scenes;

/// <summary>
/// The face of a near range modelled as a painter models it: strokes that fall from under the crest down the slope, as
/// water and scree do, each in the colour of the plane it crosses (the lit flank, the flank in shade, the mist at the
/// foot), laid side by side across the range in tiers whose ends never line up; and in the hollows between the peaks a
/// few darker gullies falling the same way. Level rows across a range's face painted it as stacked dark bands.
/// </summary>
internal static class RidgeFaces
{
    /// <summary>The face strokes of the ridge on <paramref name="layer"/>, <paramref name="width"/> wide, at
    /// <paramref name="opacity"/>. From a stream of their own, seeded by the layer and the crest, as the crest's rows are.</summary>
    public static void Paint(List<Stroke> strokes, Composition c, Ridge ridge, byte layer, float width, float opacity, SceneColours colours,
        Marks marks)
    {
        var crest = ridge.Crest;
        var rng = new Random(layer * 7717 + (int)(crest[0].Y * 64f) * 29 + crest.Length);
        int w = c.Target.Width;
        float x = -width * rng.NextSingle();
        while (x < w + width)
        {
            Column(strokes, c, crest, layer, x, width, opacity, colours, marks, rng);
            x += width * (0.4f + 0.2f * rng.NextSingle());
        }
        Gullies(strokes, c, crest, layer, width, opacity, colours, marks, rng);
    }

    // One column of the face at x: tiers of strokes down the fall from under the crest to where the range is hidden (by a
    // nearer one, or the ground), the first tier starting at a height of its own so the tiers' ends are staggered.
    private static void Column(List<Stroke> strokes, Composition c, (float X, float Y)[] crest, byte layer, float x, float width,
        float opacity, SceneColours colours, Marks marks, Random rng)
    {
        float crestY = LandLayers.CrestAt(crest, x), bottom = Foot(c.Layers, layer, x, crestY + 1f);
        if (bottom - crestY < 2f) return;
        if (bottom - crestY < width * 1.5f) { Sliver(strokes, c, crest, layer, x, width, bottom - crestY, opacity, colours, marks, rng); return; }
        var fall = Fall(crest, x, width);
        float top = crestY + width * 0.35f, y = top - width * 2f * rng.NextSingle();
        while (y < bottom)
        {
            float from = MathF.Max(top, y), sx = x + fall.X * (from - top) / fall.Y;
            float len = width * (2.5f + 3f * rng.NextSingle());
            var pts = Spine(c.Layers, layer, (sx, from), fall, len, width, colours, 0.03f + 0.05f * rng.NextSingle());
            // None shorter than it is wide: cut short at the foot, such strokes stood along it in a row of round beads.
            if (pts.Length >= 2 && pts[^1].Y - pts[0].Y > width * 1.2f) Lay(strokes, pts, width, opacity, colours, marks, rng);
            // The next tier from where this one ended, overlapping it a little: where the colour turned, so it takes the next.
            y = pts.Length >= 2 ? pts[^1].Y - width * 0.3f * rng.NextSingle() : from + width * 0.5f;
        }
    }

    // Where the range shows only as a sliver over the one in front: a stroke along the crest as deep as the sliver (left
    // bare, the reference's hard edge showed there as a dark wire along the crest).
    private static void Sliver(List<Stroke> strokes, Composition c, (float X, float Y)[] crest, byte layer, float x, float width, float deep,
        float opacity, SceneColours colours, Marks marks, Random rng)
    {
        float len = width * 2.5f;
        var pts = Enumerable.Range(0, 4).Select(j => x + len * (j / 3f - 0.5f)).Select(q => (X: q, Y: LandLayers.CrestAt(crest, q) + deep * 0.5f))
            .Where(q => c.Layers.At(q.X, q.Y) == layer).ToArray();
        if (pts.Length >= 2) Lay(strokes, pts, deep, opacity, colours, marks, rng);
    }

    // Where the range at x stops showing below <paramref name="top"/>: a nearer range or the ground in front of it.
    private static float Foot(LandLayers layers, byte layer, float x, float top)
    {
        float y = top;
        while (y < layers.Height && layers.At(x, y) == layer) y += 2f;
        return y;
    }

    // The way down the slope at x: straight down under a level crest, leaning toward the lower side where it falls (a unit
    // vector, y down), as far as the crest is steep.
    private static (float X, float Y) Fall((float X, float Y)[] crest, float x, float width)
    {
        float d = width * 2f, slope = (LandLayers.CrestAt(crest, x + d) - LandLayers.CrestAt(crest, x - d)) / (2f * d);
        float fx = Math.Clamp(slope, -1f, 1f) * 0.6f, n = MathF.Sqrt(fx * fx + 1f);
        return (fx / n, 1f / n);
    }

    // A stroke's spine from its start down the fall, cut where its paint would leave its range, or, past its first step,
    // where the land under it turns lighter or darker than where it began by turn: one stroke carried from the dark flank
    // into the pale mist at the foot laid their mean over both, lifting the range's body toward the sky's value. Each
    // stroke has a turn of its own (at one, every column's strokes ended at one height: a level step across the face),
    // and none is cut at its first step (under a crest whose colour turns fast that left the face's top bare, the
    // reference's hard edge a dark wire along it).
    private static (float X, float Y)[] Spine(LandLayers layers, byte layer, (float X, float Y) from, (float X, float Y) fall, float len,
        float width, SceneColours colours, float turn)
    {
        var pts = new List<(float X, float Y)>(4);
        float l0 = Oklab.FromLinear(colours.At(from.X, from.Y)).L;
        for (int j = 0; j < 4; j++)
        {
            var q = (X: from.X + fall.X * len * j / 3f, Y: from.Y + fall.Y * len * j / 3f);
            if (layers.At(q.X, q.Y) != layer || layers.At(q.X, q.Y - width * 0.3f) != layer
                || (j >= 2 && MathF.Abs(Oklab.FromLinear(colours.At(q.X, q.Y)).L - l0) > turn)) break;
            pts.Add(q);
        }
        return [.. pts];
    }

    // One stroke of the face in the mean colour of the land it crosses, its ends tapering each their own way.
    private static void Lay(List<Stroke> strokes, (float X, float Y)[] pts, float width, float opacity, SceneColours colours, Marks marks,
        Random rng, float deepen = 1f)
    {
        var color = colours.Mean(pts);
        color = color.Scaled(deepen);
        strokes.Add(marks.Make(BrushKind.Round, width * (0.8f + 0.4f * rng.NextSingle()), color, opacity * (0.85f + 0.15f * rng.NextSingle()),
            (0.2f + 0.2f * rng.NextSingle(), 0.3f + 0.2f * rng.NextSingle()), pts) with
        { Load = 0.6f + 0.3f * rng.NextSingle() });
    }

    // The gullies: in each hollow of the crest (a point lower than its neighbours on both sides), a few narrow strokes
    // falling from it a little darker than the land, where the water has cut the face.
    private static void Gullies(List<Stroke> strokes, Composition c, (float X, float Y)[] crest, byte layer, float width, float opacity,
        SceneColours colours, Marks marks, Random rng)
    {
        int reach = Math.Max(2, crest.Length / 40);
        for (int i = reach; i < crest.Length - reach; i++)
        {
            if (!Hollow(crest, i, reach)) continue;
            for (int k = 0; k < 2 + rng.Next(2); k++)
            {
                float x = crest[i].X + width * (rng.NextSingle() - 0.5f) * 1.5f, top = LandLayers.CrestAt(crest, x) + width * 0.4f;
                var pts = Spine(c.Layers, layer, (x, top + width * 1.5f * k), (0f, 1f), width * (3f + 4f * rng.NextSingle()), width * 0.4f,
                    colours, 0.05f);
                if (pts.Length >= 2) Lay(strokes, pts, width * 0.35f, opacity, colours, marks, rng, 0.8f);
            }
        }
    }

    // Whether crest point i is the lowest within reach points on either side (the first of equals).
    private static bool Hollow((float X, float Y)[] crest, int i, int reach)
    {
        for (int j = i - reach; j <= i + reach; j++)
            if (crest[j].Y > crest[i].Y || (j < i && crest[j].Y == crest[i].Y)) return false;
        return true;
    }
}
