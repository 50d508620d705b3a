using Echoes.Color;
using Echoes.Strokes;

namespace Echoes.Scenes;

/// <summary>
/// The near ground, where a painter gives the land its form and the picture its depth: a dark mass swept up from a
/// bottom corner (the repoussoir that sets the lit middle ground back), then the texture of the land at the viewer's
/// feet, sparse far off and larger and denser near (tufts of grass, the wind's ripples in sand, on a shore the foam
/// of the last wave and the wet sand's shine), and a few rocks, lit on the side of the sun or moon. Nothing is laid on
/// the people's ground, so they keep their contrast.
/// </summary>
internal static class ForegroundStrokes
{
    /// <summary>The near ground's strokes, in painting order.</summary>
    public static void Paint(List<Stroke> strokes, Composition c, SceneColours colours, Marks marks, Random rng)
    {
        Repoussoir(strokes, c, colours, marks, rng);
        ForegroundSweep.Paint(strokes, c, colours, marks, rng);
        var kind = c.Scene.Landscape.Kind;
        if (kind == LandscapeKind.Coast) Shore(strokes, c, colours, marks, rng);
        Texture(strokes, c, colours, marks, rng, kind);
        Rocks(strokes, c, colours, marks, rng, kind == LandscapeKind.Coast ? 4 : 3);
    }

    /// <summary>How near (0 at the top of the ground, 1 at the bottom edge) a height is.</summary>
    internal static float Near(Composition c, float y) =>
        Math.Clamp((y - c.LandTop) / MathF.Max(1f, c.Target.Height - c.LandTop), 0f, 1f);

    /// <summary>Whether a mark of this reach at (x, y) stays on open ground: on the ground layer and clear of everyone's box.</summary>
    internal static bool Open(Composition c, float x, float y, float reach) =>
        c.Layers.At(x, y) == LandLayers.Ground && !c.Figures.Any(f =>
        {
            var (l, t, r, b) = f.Box;
            float m = reach + f.Height * 0.25f;
            return x > l - m && x < r + m && y > t - m && y < b + m;
        });

    // The ground's colour caught by the light: a step up from it, not the light's own colour (on dark ground at night a
    // blade or a stone lit in the moon's white would glare like a mark on the picture, not a thing in it).
    private static Rgb Lit(Rgb under, Rgb light, float k) => Rgb.Lerp(under, light, k * Math.Clamp(under.Luminance * 4f, 0.12f, 1f));

    // The dark near ground: rows of broad strokes across the bottom of the picture, deeper toward the edge and toward
    // one corner (the side away from the light), rolling as the ground does, lifted round the people so each keeps
    // the lit ground it stands on.
    private static void Repoussoir(List<Stroke> strokes, Composition c, SceneColours colours, Marks marks, Random rng)
    {
        int w = c.Target.Width, h = c.Target.Height;
        float corner = c.Light.X > w / 2f ? 0f : w; // the darker corner, away from the light
        float top = h - (h - c.LandTop) * (0.32f + 0.08f * rng.NextSingle()), width = h * 0.04f;
        float p1 = 6.283f * rng.NextSingle(), f1 = 1.2f + 0.8f * rng.NextSingle();
        for (float y0 = top; y0 < h + width; y0 += width * 0.6f)
        {
            float depth = Math.Clamp((y0 - top) / (h - top), 0f, 1f);
            var pts = new List<(float X, float Y)>();
            float shift = rng.NextSingle(); // each row's strokes start at their own places, so no seams line up
            for (int i = 0; i <= 25; i++)
            {
                float x = -w * 0.08f + w * 1.1f * (i + shift) / 24f;
                float toCorner = 1f - MathF.Abs(x - corner) / w;
                // The mass rises toward its corner, so its edge sweeps up diagonally instead of lying level.
                float y = y0 - (h - top) * 0.45f * toCorner * toCorner * (1f - depth) + width * 0.5f * MathF.Sin(6.283f * f1 * x / w + p1);
                pts.Add((x, y + width * 0.12f * (rng.NextSingle() - 0.5f)));
            }
            foreach (var run in Runs(pts, q => Open(c, q.X, q.Y, width * 0.5f)))
                for (int j = rng.Next(3); j + 2 < run.Length; j += 3)
                {
                    // Each stroke overlaps the next by half, their long tapers meeting, so no seam shows between them.
                    var seg = run[Math.Max(0, j - 1)..Math.Min(run.Length, j + 5 + rng.Next(2))];
                    var mid = seg[seg.Length / 2];
                    float toCorner = 1f - MathF.Abs(mid.X - corner) / w;
                    float opacity = (0.1f + 0.3f * depth + 0.3f * toCorner * toCorner) * colours.Mood.Opacity;
                    var color = colours.At(mid.X, mid.Y).Scaled(0.55f - 0.1f * depth);
                    strokes.Add(marks.Make(BrushKind.Round, width * (0.9f + 0.3f * rng.NextSingle()), color, opacity * 0.7f,
                        (0.5f, 0.5f), seg) with
                    { Load = 0.6f });
                }
        }
    }

    /// <summary>The runs of consecutive points that pass a test, each of at least three points.</summary>
    internal static List<(float X, float Y)[]> Runs(List<(float X, float Y)> pts, Func<(float X, float Y), bool> keep)
    {
        var runs = new List<(float X, float Y)[]>();
        var run = new List<(float X, float Y)>();
        foreach (var q in pts.Append((X: float.NaN, Y: float.NaN)))
        {
            if (!float.IsNaN(q.X) && keep(q)) { run.Add(q); continue; }
            if (run.Count >= 3) runs.Add([.. run]);
            run.Clear();
        }
        return runs;
    }

    // The land's texture in patches that thicken toward the viewer (never an even scatter): clumps of grass on land,
    // fields of ripples on sand, each ripple lying a little below the last.
    private static void Texture(List<Stroke> strokes, Composition c, SceneColours colours, Marks marks, Random rng, LandscapeKind kind)
    {
        int w = c.Target.Width, h = c.Target.Height;
        bool sand = kind is LandscapeKind.Dunes or LandscapeKind.Coast;
        var light = c.Light.Color;
        for (int patch = 0; patch < 55; patch++)
        {
            // Nearness drawn toward 1: the patches gather in front.
            float near = 0.2f + 0.8f * MathF.Sqrt(rng.NextSingle());
            float cy = c.LandTop + (h - c.LandTop) * near, cx = rng.NextSingle() * w;
            float size = h * (0.012f + 0.03f * near * near);
            int n = 2 + rng.Next(sand ? 5 : 7);
            for (int k = 0; k < n; k++)
            {
                float x = cx + size * (sand ? 1.2f : 2.5f) * (rng.NextSingle() - 0.5f) * 2f;
                float y = sand ? cy + k * size * 0.45f : cy + size * 0.5f * (rng.NextSingle() - 0.5f);
                float sz = size * (0.7f + 0.6f * rng.NextSingle());
                if (!Open(c, x, y, sz)) continue;
                var under = colours.At(x, y);
                if (sand) Ripple(strokes, x, y, sz * 1.8f, under, light, colours.Mood.Opacity, marks, rng);
                else Tuft(strokes, x, y, sz, under, light, colours.Mood.Opacity, marks, rng);
            }
        }
    }

    // A tuft of grass: a few blades fanning up from one root, dark with one catching the light.
    private static void Tuft(List<Stroke> strokes, float x, float y, float size, Rgb under, Rgb light, float opacity, Marks marks,
        Random rng)
    {
        int blades = 3 + rng.Next(4);
        for (int b = 0; b < blades; b++)
        {
            float lean = (b - (blades - 1) / 2f) * 0.35f + 0.25f * (rng.NextSingle() - 0.5f), len = size * (0.6f + 0.5f * rng.NextSingle());
            var tip = (x + MathF.Sin(lean) * len, y - MathF.Cos(lean) * len);
            var bend = (x + MathF.Sin(lean) * len * 0.5f + len * 0.08f, y - MathF.Cos(lean) * len * 0.55f);
            var color = b == blades / 2 && rng.NextSingle() < 0.5f ? Lit(under, light, 0.35f) : under.Scaled(0.55f);
            strokes.Add(marks.Make(BrushKind.Round, size * 0.09f, color, 0.75f * opacity, (0.05f, 0.45f), (x, y), bend, tip));
        }
    }

    // A ripple of wind or water in sand: a low arc, its lit lip over its shaded trough.
    private static void Ripple(List<Stroke> strokes, float x, float y, float len, Rgb under, Rgb light, float opacity, Marks marks,
        Random rng)
    {
        float sag = len * (0.06f + 0.06f * rng.NextSingle()), tilt = len * 0.05f * (rng.NextSingle() - 0.5f);
        var shade = under.Scaled(0.7f);
        var lit = Lit(under, light, 0.3f);
        float thick = len * 0.05f;
        strokes.Add(marks.Make(BrushKind.Round, thick, shade, 0.55f * opacity, (0.4f, 0.4f), (x - len / 2, y + tilt),
            (x, y - sag), (x + len / 2, y - tilt)));
        strokes.Add(marks.Make(BrushKind.Round, thick * 0.7f, lit, 0.5f * opacity, (0.4f, 0.4f), (x - len * 0.45f, y + tilt - thick),
            (x, y - sag - thick), (x + len * 0.45f, y - tilt - thick)));
    }

    // Where the sea meets the sand: the shine of the wet sand under the sky's colour, and the foam of the last waves in
    // broken lines along the water's edge.
    private static void Shore(List<Stroke> strokes, Composition c, SceneColours colours, Marks marks, Random rng)
    {
        int w = c.Target.Width, h = c.Target.Height;
        var edge = new (float X, float Y)[33];
        for (int i = 0; i < edge.Length; i++)
        {
            float x = w * i / 32f, y = c.LandTop;
            while (y < h - 1 && (c.Layers.At(x, y) != LandLayers.Ground || c.Layers.At(x, y + 2) == LandLayers.Water)) y += 1f;
            edge[i] = (x, y);
        }
        var foam = Rgb.Lerp(c.Light.Color, Rgb.White, 0.6f);
        var shine = Rgb.Lerp(c.SkyHorizon, c.Light.Color, 0.3f);
        float band = h * 0.012f;
        for (int wave = 0; wave < 3; wave++)
        {
            float drop = band * (0.3f + 1.6f * wave);
            var pts = edge.Select(q => (q.X, q.Y + drop + band * 0.4f * MathF.Sin(q.X / w * 12f + wave * 2f))).ToList();
            foreach (var run in Runs(pts, q => Open(c, q.X, q.Y, band) && rng.NextSingle() > 0.3f))
                strokes.Add(marks.Make(BrushKind.DryBrush, band * (0.45f - 0.1f * wave) * (0.7f + 0.6f * rng.NextSingle()),
                    wave == 0 ? foam : Rgb.Lerp(foam, shine, 0.5f), (0.7f - 0.2f * wave) * colours.Mood.Opacity, (0.4f, 0.45f), run)
                    with
                { Load = 0.5f + 0.3f * rng.NextSingle() });
        }
        // The wet sand: a few long level strokes of the sky's shine just below the foam.
        for (int i = 0; i < 14; i++)
        {
            var q = edge[rng.Next(edge.Length)];
            float y = q.Y + band * (1.5f + 5f * rng.NextSingle()), len = w * (0.04f + 0.1f * rng.NextSingle());
            if (!Open(c, q.X, y, band)) continue;
            strokes.Add(marks.Make(BrushKind.Round, band * 0.7f, shine, 0.35f * colours.Mood.Opacity, (0.4f, 0.4f), (q.X - len / 2, y),
                (q.X + len / 2, y + band * 0.1f)));
        }
    }

    // A few rocks in the near ground, half sunk in it: a dark body of two overlapping masses, the face toward the sun or
    // moon lit in a slanting plane, the other side in deeper shade, and a shadow at the foot.
    private static void Rocks(List<Stroke> strokes, Composition c, SceneColours colours, Marks marks, Random rng, int count)
    {
        int w = c.Target.Width, h = c.Target.Height;
        for (int i = 0, tries = 0; i < count && tries < 40; tries++)
        {
            float near = 0.45f + 0.55f * rng.NextSingle();
            float x = rng.NextSingle() * w, y = c.LandTop + (h - c.LandTop) * near;
            float s = h * (0.02f + 0.05f * near * near) * (0.7f + 0.6f * rng.NextSingle());
            if (!Open(c, x, y, s * 1.5f)) continue;
            i++;
            float lit = c.Light.X > x ? 1f : -1f, hump = (rng.NextSingle() - 0.5f) * 0.5f;
            var under = colours.At(x, y);
            var body = Rgb.Lerp(under, new Rgb(0.05f, 0.05f, 0.06f), 0.35f).Scaled(0.55f);
            var face = Rgb.Lerp(body, Lit(under, c.Light.Color, 0.4f), 0.5f);
            strokes.Add(marks.Make(BrushKind.Round, s * 0.22f, under.Scaled(0.4f), 0.5f, (0.3f, 0.5f), (x - lit * s * 0.7f, y + s * 0.05f),
                (x - lit * s * 1.3f, y + s * 0.1f)));
            strokes.Add(marks.Make(BrushKind.Round, s * 0.5f, body, 0.95f, (0.3f, 0.3f), (x - s * 0.75f, y - s * 0.16f),
                (x, y - s * 0.22f), (x + s * 0.7f, y - s * 0.14f)));
            strokes.Add(marks.Make(BrushKind.Round, s * 0.5f, body, 0.95f, (0.35f, 0.35f), (x + (hump - 0.35f) * s, y - s * 0.35f),
                (x + (hump + 0.3f) * s, y - s * 0.42f)));
            // The lit edge: a thin stroke along the upper face toward the light, the light catching the rock's top.
            strokes.Add(marks.Make(BrushKind.Round, s * 0.12f, face, 0.75f, (0.3f, 0.45f), (x + (hump - 0.05f * lit) * s, y - s * 0.6f),
                (x + (hump + 0.3f * lit) * s, y - s * 0.6f), (x + (hump + 0.55f * lit) * s, y - s * 0.42f)));
            strokes.Add(marks.Make(BrushKind.Round, s * 0.14f, body.Scaled(0.6f), 0.7f, (0.3f, 0.3f), (x - lit * s * 0.6f, y - s * 0.3f),
                (x - lit * s * 0.7f, y - s * 0.05f)));
        }
    }
}
