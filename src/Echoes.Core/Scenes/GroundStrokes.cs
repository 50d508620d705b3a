using Echoes.Color;
using Echoes.Strokes;

namespace Echoes.Scenes;

/// <summary>
/// The ground in brushwork: one continuous terrain swept toward the viewer in rows that broaden with nearness and swell
/// and dip as the land does (the light pool where the people stand is in their colours; thinner round them, where the
/// painter spends its detail), then its folds painted along their slopes.
/// </summary>
internal static class GroundStrokes
{
    /// <summary>The ground's strokes, in painting order.</summary>
    public static void Paint(List<Stroke> strokes, Composition c, SceneColours colours, Marks marks, Random rng)
    {
        int h = c.Target.Height;
        var m = colours.Mood;
        float top = c.LandTop;
        // Dunes carry their form in the reference (crisp brinks between lit flanks and slip faces): broad rows softened
        // across their width blurred the brinks away, so there the rows are narrower, each keeps to its own colour and
        // breaks where it turns.
        bool dunes = c.Scene.Landscape.Kind == LandscapeKind.Dunes;
        float Width(float y) => RowWidth(c, y) * (dunes ? 0.7f : 1f);
        // Thinner where the people are (the target's focus), so the painter's finer brushwork there shows through.
        int w = c.Target.Width;
        float Thinned(float x, float y) => 1f - 0.55f * c.Target.FocusAt(Math.Clamp((int)y, 0, h - 1) * w + Math.Clamp((int)x, 0, w - 1));
        // Each row takes its colour from above and below it too: the far rows are thin, and one laid along a narrow band
        // of light in the land (a fold's lit back) carried it across the picture as a line.
        // The rows swell and dip as the land does, more toward the viewer, so the ground rolls instead of lying in bands.
        float f1 = 0.7f + 0.5f * rng.NextSingle(), f2 = 1.7f + 0.8f * rng.NextSingle();
        float p1 = 6.283f * rng.NextSingle(), p2 = 6.283f * rng.NextSingle();
        float Sweep(float x, float y) => h * 0.03f * Math.Clamp((y - top) / MathF.Max(1f, h - top), 0f, 1f)
            * (MathF.Sin(6.283f * f1 * x / w + p1) + 0.5f * MathF.Sin(6.283f * f2 * x / w + p2));
        Washes.Lay(strokes, colours, c.Layers, LandLayers.Ground, new WashRows(top, h + Width(h), Width, 8f * m.Length, 0.55f, dunes ? 0.045f : 0.07f,
            0.9f * m.Opacity, 0f, 0.45f + m.Jitter / 40f, m.Lift * 0.6f, Thinned: Thinned, Sweep: dunes ? null : Sweep, Soften: dunes ? 0.2f : 1.5f),
            marks, rng);
        foreach (var fold in c.Folds) Fold(strokes, c, colours, fold, marks, rng);
    }

    // A fold painted along its swell: broad strokes of its shade that follow the crest down the slope toward the viewer
    // (over the level rows, so the land curves), its lit back, then the crest as broken accents of a deeper shade.
    private static void Fold(List<Stroke> strokes, Composition c, SceneColours colours, GroundFold fold, Marks marks, Random rng)
    {
        int h = c.Target.Height;
        var crest = fold.Crest;
        float near = Math.Clamp((crest.Average(p => p.Y) - c.LandTop) / MathF.Max(1f, h - c.LandTop), 0f, 1f);
        // A row of dunes is painted along its brinks instead: three strokes along each crest, offset copies of one line,
        // read as tire tracks across the sand.
        float accent = h * (0.004f + 0.008f * near);
        if (fold.Lee != 0f)
        {
            // In marks and draws of their own: how many strokes a row of dunes takes then moves nothing painted after it.
            int salt = Targets.SeedMix.Of(0xD0E5, (int)fold.Foot);
            var (own, draws) = (marks.Own(salt), new Random(Targets.SeedMix.Of(c.Scene.Seed, salt)));
            DuneBrinks.Paint(strokes, c, colours, fold, near, own, draws);
            DuneBrinks.Crest(strokes, c, colours, fold, near, own, draws);
            return;
        }
        for (int k = 0; k < 3; k++)
            Along(strokes, c, colours, fold, fold.Band * (0.12f + 0.28f * k), fold.Band * 0.32f, BrushKind.Round,
                (0.5f - 0.12f * k) * colours.Mood.Opacity, 1f, 14, 0.15f, marks, rng);
        // At night the moon on the swells is what shows the land: their lit backs, a broad soft light on the slope above
        // each crest, in patches (a thin light line along the whole crest read as a stray line drawn across the picture).
        // Then the crest itself, dark, in a few broken accents, never one line from edge to edge.
        // Never narrower than a near row of the ground (a far fold's narrow band of light was a line all the same), and
        // fainter far off.
        float back = MathF.Max(fold.Band * 0.9f, h * 0.03f);
        if (c.Scene.Landscape.Time == TimeOfDay.Night)
            Along(strokes, c, colours, fold, -back * 0.45f, back, BrushKind.Round, (0.1f + 0.2f * near) * colours.Mood.Opacity, 1.12f, 16,
                0.45f, marks, rng);
        // The crest's accents are the top of the swell's shade, painted with it: a band whose top edge lies on the crest,
        // a little deeper than the shade and half covering (a thin line of 0.7 at full paint, under the lit back at night,
        // read as a dark wire over a see-through form).
        Along(strokes, c, colours, fold, accent * 0.5f, accent, BrushKind.Round, 0.5f * colours.Mood.Opacity, 0.85f, 8, 0.5f, marks, rng);
    }

    // Strokes along a crest, <paramref name="drop"/> below it, in the colour there (scaled by <paramref name="tone"/>),
    // broken into runs of about <paramref name="run"/> points where the ground ends or the brush lifts (at
    // <paramref name="lift"/> of the runs).
    private static void Along(List<Stroke> strokes, Composition c, SceneColours colours, GroundFold fold, float drop, float width,
        BrushKind brush, float opacity, float tone, int run, float lift, Marks marks, Random rng)
    {
        var (crest, lanes) = (fold.Crest, TieLanes.Of(c));
        int i = rng.Next(4);
        while (i < crest.Length - 2)
        {
            int n = Math.Min(crest.Length - i, run / 2 + rng.Next(run));
            var mid = crest[i + n / 2];
            float y = mid.Y + drop;
            bool ground = c.Layers.At(mid.X, y) == LandLayers.Ground && !colours.Bare(mid.X, y) && !Behind(c, mid.X, y, width)
                && fold.Visible(mid.X, mid.Y);
            if (n < 2 || !ground || rng.NextSingle() < lift) { i += Math.Max(2, n / 2); continue; } // a lift of the brush
            var shade = colours.At(mid.X, y);
            var color = new Rgb(shade.R * tone, shade.G * tone, shade.B * (tone < 1f ? tone * 1.08f : tone));
            var pts = new (float X, float Y)[n];
            float wobble = width * 0.15f;
            for (int j = 0; j < n; j++) pts[j] = (crest[i + j].X, crest[i + j].Y + drop + wobble * (rng.NextSingle() - 0.5f));
            // Never through a tie's line: a fold drawn across it tangled with the tie.
            if (!pts.All(q => lanes.Clear(q.X, q.Y, width * 0.5f))) { i += n - 1; continue; }
            strokes.Add(marks.Make(brush, width * (0.8f + 0.4f * rng.NextSingle()), color, opacity, (0.3f, 0.4f), pts));
            i += n - 1;
        }
    }

    // Whether (x, y) lies behind someone (within a stroke's width and a little more of their box): the folds leave the people their ground.
    internal static bool Behind(Composition c, float x, float y, float width) => c.Figures.Any(f =>
    {
        var (l, t, r, b) = f.Box;
        float m = width + f.Height * 0.3f;
        return x > l - m && x < r + m && y > t - m && y < b + m;
    });

    /// <summary>The width of a ground row at height <paramref name="y"/>: broader toward the viewer.</summary>
    public static float RowWidth(Composition c, float y)
    {
        int h = c.Target.Height;
        return h * (0.01f + 0.045f * Math.Clamp((y - c.LandTop) / MathF.Max(1f, h - c.LandTop), 0f, 1f));
    }
}
