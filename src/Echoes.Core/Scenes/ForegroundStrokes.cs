using Echoes.Color;
using Echoes.Strokes;

namespace Echoes.Scenes;

/// <summary>
/// The near ground, where a painter gives the land its form and the picture its depth: a dark mass swept up from a
/// bottom corner (the repoussoir that sets the lit middle ground back), then the texture of the land at the viewer's
/// feet, in drifts that thicken toward the viewer (grass, <see cref="GrassStrokes"/>; the wind's ripples in sand,
/// <see cref="RippleStrokes"/>; on a shore the foam of the last wave and the wet sand's shine), and a few rocks
/// (<see cref="RockStrokes"/>). Nothing is laid on the people's ground, so they keep their contrast.
/// </summary>
internal static class ForegroundStrokes
{
    /// <summary>The near ground's strokes, in painting order.</summary>
    public static void Paint(List<Stroke> strokes, Composition c, SceneColours colours, Marks marks, Random rng)
    {
        var kind = c.Scene.Landscape.Kind;
        // A dune sea's near ground is its nearest dunes, their form in their own light and shade: a level dark mass and
        // sweeps toward the people laid over them hid the slip faces (curators: "no dune form"). They are still drawn there,
        // and set aside, so the ripples and rocks after them land where they always did (moved, they fell on the ties).
        List<Stroke> massed = kind == LandscapeKind.Dunes ? [] : strokes;
        Repoussoir(massed, c, colours, marks, rng);
        ForegroundSweep.Paint(massed, c, colours, marks, rng);
        if (kind == LandscapeKind.Coast) Shore(strokes, c, colours, marks, rng);
        if (kind is LandscapeKind.Dunes or LandscapeKind.Coast) RippleStrokes.Paint(strokes, c, colours, marks, rng);
        else GrassStrokes.Paint(strokes, c, colours, marks, rng);
        RockStrokes.Paint(strokes, c, colours, marks, rng, kind == LandscapeKind.Coast ? 4 : 3);
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
    internal static Rgb Lit(Rgb under, Rgb light, float k) => Rgb.Lerp(under, light, k * Math.Clamp(under.Luminance * 4f, 0.12f, 1f));

    // A warm earth the ground's own colour may lean toward, as a grey of its own luminance is the cool it may lean toward.
    private static readonly Rgb Ochre = Rgb.FromSrgb8(0xa0, 0x80, 0x40);

    /// <summary>
    /// A mark's colour at <paramref name="value"/> times the ground's luminance, its hue leaning off the ground's by
    /// <paramref name="tint"/> toward a warm earth (above 0) or a grey (below): the broken colour a painter lays in the
    /// ground's own value, so a mark varies the ground instead of sitting on it. On dark ground the lean is less (an
    /// earth brought down to a night's value glows orange).
    /// </summary>
    internal static Rgb Broken(Rgb under, float tint, float value)
    {
        float l = under.Luminance, lean = MathF.Abs(tint) * Math.Clamp(l * 4f, 0.15f, 1f);
        var mixed = Rgb.Lerp(under, tint >= 0f ? Ochre : new Rgb(l, l, l), lean);
        return mixed.Scaled(value * l / MathF.Max(1e-4f, mixed.Luminance)).Clamped();
    }

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
}
