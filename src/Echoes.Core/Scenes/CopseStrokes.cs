using Echoes.Color;
using Echoes.Strokes;

namespace Echoes.Scenes;

/// <summary>
/// What gives the middle ground its scale: a few copses (soft dark masses of foliage, lit on the side of the light, a
/// shadow at their foot) and hedgerows (a low broken line of them along a swell's crest), standing on the swells and
/// smaller the farther they stand, in the land's own colour deepened and veiled by the air as the land there is. Sparse,
/// and never by anyone or across a tie, so the people and their ties keep the ground they read against. None on dunes.
/// </summary>
internal static class CopseStrokes
{
    /// <summary>The copses' and hedgerows' strokes.</summary>
    public static void Paint(List<Stroke> strokes, Composition c, SceneColours colours, Marks marks, Random rng)
    {
        var swells = GroundSwell.Of(c);
        var (copses, hedges) = c.Scene.Landscape.Kind switch
        {
            LandscapeKind.Plains => (3, 2),
            LandscapeKind.Valley => (4, 1),
            LandscapeKind.Mountains => (2, 1),
            LandscapeKind.Coast => (2, 0),
            _ => (0, 0),
        };
        if (swells.Count < 2) return;
        var ties = CloudLayout.TiePoints(c);
        var air = SwellStrokes.Air(c, colours);
        var taken = new List<(float X, float Y, float R)>();
        for (int tries = 0; tries < 60 && copses + hedges > 0; tries++)
        {
            // Not on the nearest swell (that is near ground) nor the farthest (there they would be specks on the horizon).
            var swell = swells[1 + rng.Next(swells.Count - 2)];
            bool hedge = hedges > 0 && (copses == 0 || rng.NextSingle() < 0.4f);
            float size = Size(c, swell.Near), x = c.Target.Width * (0.04f + 0.92f * rng.NextSingle()), reach = size * (hedge ? 9f : 2.5f);
            if (!Room(c, swell, x, reach, size, ties, taken)) continue;
            taken.Add((x + (hedge ? reach / 2 : 0f), swell.At(x), reach));
            if (hedge) { Hedge(strokes, c, colours, air, swell, x, reach, size, marks, rng); hedges--; }
            else { Copse(strokes, c, colours, air, x, swell.At(x) + size * 0.2f, swell.Near, size, marks, rng); copses--; }
        }
    }

    // The height of a tree standing this near (0 far, 1 at the foot of the picture), working pixels.
    private static float Size(Composition c, float near) => c.Target.Height * (0.012f + 0.06f * near);

    // Whether a feature reaching `reach` along the swell from x stands clear: on open ground all along, off the course,
    // away from the ties and from the other features.
    private static bool Room(Composition c, GroundSwell swell, float x, float reach, float size, List<(float X, float Y)> ties,
        List<(float X, float Y, float R)> taken)
    {
        float margin = size * 2f + c.Target.Height * 0.03f;
        for (float d = -size * 2f; d <= reach; d += size)
        {
            float px = x + d, py = swell.At(px) - size * 0.5f;
            if (px < 0 || px > c.Target.Width || !ForegroundStrokes.Open(c, px, py, margin) || SwellStrokes.OnCourse(c, px, py, size * 2f)
                || ties.Any(q => MathF.Abs(q.X - px) < margin && MathF.Abs(q.Y - py) < margin)) return false;
        }
        return taken.All(t => MathF.Abs(t.X - x) > t.R + reach || MathF.Abs(t.Y - swell.At(x)) > c.Target.Height * 0.06f);
    }

    // A copse: a few trees standing together, each a crown of dabs over a dark mass, dark on the side away from the light
    // and lit toward it and on top, over their shadow lying on the ground.
    private static void Copse(List<Stroke> strokes, Composition c, SceneColours colours, Rgb air, float x, float y, float near, float size,
        Marks marks, Random rng)
    {
        var m = colours.Mood;
        float toward = c.Light.X > x ? 1f : -1f, far = 1f - near;
        var ground = colours.At(x, y + size * 0.3f);
        int trees = 1 + rng.Next(4);
        float spread = size * 0.25f * (trees - 1);
        // The shadow at their foot, away from the light, lying flat on the ground.
        strokes.Add(marks.Make(BrushKind.Round, size * 0.3f, Foliage(ground, -0.1f, c, air, far), 0.45f * m.Opacity, (0.4f, 0.4f),
            (x + toward * spread, y), (x - toward * size * 0.5f, y + size * 0.05f), (x - toward * (spread + size * 1.2f), y)));
        for (int t = 0; t < trees; t++)
        {
            float tx = x + spread * (trees == 1 ? 0f : 2f * t / (trees - 1f) - 1f) + size * 0.2f * (rng.NextSingle() - 0.5f);
            float height = size * (0.6f + 0.7f * rng.NextSingle()), crown = size * (0.5f + 0.35f * rng.NextSingle());
            // The crown's mass, then dabs over it: the ones toward the light and on top catch it.
            strokes.Add(marks.Make(BrushKind.Round, crown, Foliage(ground, -0.28f, c, air, far), 0.85f * m.Opacity, (0.4f, 0.4f),
                (tx, y), (tx + 0.05f * crown, y - height * 0.5f), (tx, y - height + crown * 0.4f)) with
            { Load = 0.8f });
            int n = 4 + rng.Next(4);
            for (int k = 0; k < n; k++)
            {
                float u = rng.NextSingle() * 2f - 1f, v = rng.NextSingle();
                float dx = u * crown * 0.45f, dy = -height * (0.35f + 0.55f * v);
                float lit = Math.Clamp(u * toward * 0.7f + v * 0.6f - 0.3f, 0f, 1f);
                float r = crown * (0.4f + 0.25f * rng.NextSingle()), lean = (rng.NextSingle() - 0.5f) * r;
                var leaf = Foliage(ground, -0.28f + 0.2f * lit, c, air, far);
                strokes.Add(marks.Make(BrushKind.Round, r, leaf, (0.7f + 0.2f * rng.NextSingle()) * m.Opacity, (0.35f, 0.4f),
                    (tx + dx - lean, y + dy + r * 0.3f), (tx + dx, y + dy), (tx + dx + lean, y + dy - r * 0.3f)) with
                { Load = 0.8f });
            }
        }
    }

    // Foliage over this ground: its colour deepened by `shift` of lightness (by day a little greener and fuller; at night
    // quieter, as the land is: a green copse on grey moonlit land glared), warmed where lit, and veiled by the air only
    // lightly (a far copse veiled as the land is read as a grey stone).
    private static Rgb Foliage(Rgb ground, float shift, Composition c, Rgb air, float far)
    {
        // Against a low light (dawn, dusk) they stand as darker, quieter masses, nearly silhouettes.
        bool night = c.Scene.Landscape.Time == TimeOfDay.Night;
        float back = RidgeShade.Backlight(c.Light.Y, c.HorizonY, c.Target.Height), full = (night ? 0.8f : 1.1f) - 0.5f * back;
        var g = Oklab.FromLinear(ground);
        var leaf = new Oklab(g.L, g.A * full - (night ? 0f : 0.015f), g.B * full).ToLinear().Clamped();
        return Rgb.Lerp(SwellStrokes.Faced(leaf, shift - 0.1f * back, c.Light.Color, air, 0f), air, 0.12f * far);
    }

    // A hedgerow along the swell's crest from x: low dabs in a broken line, now and then a taller tree in it.
    private static void Hedge(List<Stroke> strokes, Composition c, SceneColours colours, Rgb air, GroundSwell swell, float x, float reach,
        float size, Marks marks, Random rng)
    {
        var m = colours.Mood;
        float far = 1f - swell.Near;
        for (float d = 0; d < reach; d += size * (0.3f + 0.2f * rng.NextSingle()))
        {
            if (rng.NextSingle() < 0.15f) { d += size; continue; } // a gap in the hedge
            float px = x + d, py = swell.At(px) + size * 0.15f;
            if (rng.NextSingle() < 0.12f) { Copse(strokes, c, colours, air, px, py, swell.Near, size * 0.8f, marks, rng); continue; }
            var color = Foliage(colours.At(px, py + size * 0.3f), -0.26f, c, air, far);
            float r = size * (0.35f + 0.2f * rng.NextSingle()), run = size * (0.5f + 0.5f * rng.NextSingle());
            strokes.Add(marks.Make(BrushKind.Round, r, color, 0.75f * m.Opacity, (0.3f, 0.3f),
                (px, py - r * 0.4f), (px + run / 2, swell.At(px + run / 2) + size * 0.15f - r * 0.6f),
                (px + run, swell.At(px + run) + size * 0.15f - r * 0.3f)));
        }
    }
}
