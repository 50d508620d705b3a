using Echoes.Brushes;
using Echoes.Color;
using Echoes.Strokes;

namespace Echoes.Scenes;

/// <summary>
/// The ridges in brushwork, far to near, each as ink-wash painters build a range: washes across it, dark under the
/// crest and lost in mist at the foot (the composed colours carry that grading); texture strokes that start on the
/// crest and run down the slope, clustered in a few places and thinning away from the edge (never the same hatching
/// on every hill; none on the farthest ranges, which are wash alone); the crest drawn over them as a broken line of
/// varying weight, heavier and darker near; and a band of translucent mist in front of each far ridge, so the ranges
/// step back.
/// </summary>
internal static class RidgeStrokes
{
    /// <summary>The strokes for every ridge, far to near.</summary>
    public static void Paint(List<Stroke> strokes, Composition c, SceneColours colours, Marks marks, Random rng)
    {
        int h = c.Target.Height;
        var m = colours.Mood;
        for (int r = 0; r < c.Ridges.Count; r++)
        {
            var ridge = c.Ridges[r];
            byte layer = LandLayers.RidgeLayer(r);
            float top = ridge.Crest.Min(p => p.Y);
            // The far ranges in a few broad washes (they are air more than land), the near in narrower rows.
            float width = h * (ridge.Depth < 0.3f ? 0.034f : 0.016f + 0.012f * ridge.Depth);
            Washes.Lay(strokes, colours, c.Layers, layer, new WashRows(top, c.LandTop + width, _ => width, 9f * m.Length, 0.5f, 0.08f,
                0.9f * m.Opacity, 0.45f, 0.25f + m.Jitter / 60f, m.Lift * 0.5f, Cover: true), marks, rng);
            var ink = Ink(colours, ridge, c.Layers, layer);
            var crest = Smooth(ridge.Crest);
            // The edge in the ridge's own colour first, so the silhouette is one clean line whatever the rows did.
            Crest(strokes, c.Layers, layer, crest, 0.5f, colours, width * 0.8f, 0.95f, marks, rng);
            if (ridge.Depth > 0.2f) Slopes(strokes, c, ridge, layer, ink, colours, marks, rng);
            if (ridge.Depth > 0.2f)
                Crest(strokes, c.Layers, layer, crest, ink, h * (0.001f + 0.0026f * ridge.Depth), 0.25f + 0.5f * ridge.Depth, marks, rng);
            if (r < c.Ridges.Count - 1) Mist(strokes, c, ridge, colours, marks, rng);
        }
    }

    // The ridge's ink: its own colour under the crest, deepened a little more the nearer it is (the far ones stay in the
    // air's colour); never toward black, which outlined the hills like a cut-out.
    private static Rgb Ink(SceneColours colours, Ridge ridge, LandLayers layers, byte layer)
    {
        var under = ridge.Crest.Where((p, i) => i % 4 == 0 && layers.At(p.X, p.Y + 3) == layer).Select(p => (p.X, p.Y + 3)).ToList();
        var c = under.Count > 0 ? colours.Mean(under) : ridge.Color;
        float k = 0.85f - 0.25f * ridge.Depth;
        return new Rgb(c.R * k, c.G * k, c.B * k * 1.05f);
    }

    // The crest, softened: a moving average, so the line follows the form and not every step of it.
    private static (float X, float Y)[] Smooth((float X, float Y)[] crest)
    {
        var s = new (float X, float Y)[crest.Length];
        for (int i = 0; i < crest.Length; i++)
        {
            float y = 0; int n = 0;
            for (int j = Math.Max(0, i - 2); j <= Math.Min(crest.Length - 1, i + 2); j++) { y += crest[j].Y; n++; }
            s[i] = (crest[i].X, y / n);
        }
        return s;
    }

    // The silhouette in the ridge's own colour just under the crest, unbroken, lying half a width below it.
    private static void Crest(List<Stroke> strokes, LandLayers layers, byte layer, (float X, float Y)[] crest, float sink,
        SceneColours colours, float width, float opacity, Marks marks, Random rng)
    {
        for (int i = 0; i < crest.Length - 1; i += 6)
        {
            int n = Math.Min(crest.Length - i, 9);
            var mid = crest[i + n / 2];
            if (layers.At(mid.X, mid.Y + width) != layer) continue;
            var pts = new (float X, float Y)[n];
            for (int j = 0; j < n; j++) pts[j] = (crest[i + j].X, crest[i + j].Y + width * sink);
            strokes.Add(marks.Make(BrushKind.Round, width, colours.At(mid.X, mid.Y + width * 1.2f), opacity, (0.15f, 0.15f), pts));
        }
    }

    // The crest as a broken line: segments of their own length and weight, lifted where a nearer ridge hides it.
    private static void Crest(List<Stroke> strokes, LandLayers layers, byte layer, (float X, float Y)[] crest, Rgb ink, float width,
        float opacity, Marks marks, Random rng)
    {
        int i = 0;
        while (i < crest.Length - 2)
        {
            int n = Math.Min(crest.Length - i, 8 + rng.Next(18));
            bool visible = layers.At(crest[i + n / 2].X, crest[i + n / 2].Y + 2) == layer;
            if (!visible || rng.NextSingle() < 0.25f) { i += Math.Max(3, n / 2); continue; } // a lift of the brush
            var pts = new (float X, float Y)[n];
            for (int j = 0; j < n; j++) pts[j] = (crest[i + j].X, crest[i + j].Y + width * 0.35f * (rng.NextSingle() - 0.5f));
            // Each segment of its own weight, some pressed, some barely touching: a line of even weight reads as a drawn outline.
            float press = 0.35f + 1.3f * rng.NextSingle() * rng.NextSingle();
            strokes.Add(marks.Make(rng.NextSingle() < 0.3f ? BrushKind.DryBrush : BrushKind.Round, width * press, ink, opacity, (0.3f, 0.35f), pts));
            i += n - 2;
        }
    }

    // Texture on the slopes (the hemp-fibre strokes of ink landscapes): in clusters where a noise along the ridge runs
    // high, lines that follow the crest's own fall a little below it, one under another, shorter, lighter and further
    // apart as they leave the edge; the mood's curvature bends them.
    private static void Slopes(List<Stroke> strokes, Composition c, Ridge ridge, byte layer, Rgb ink, SceneColours colours, Marks marks,
        Random rng)
    {
        var crest = ridge.Crest;
        int h = c.Target.Height;
        uint seed = (uint)rng.Next();
        float curl = colours.Mood.Curvature, gap = h * (0.006f + 0.008f * ridge.Depth);
        for (int i = 2; i < crest.Length - 3; i += 3)
        {
            float cluster = Noise.Value1(seed, i / 14f);
            if (cluster < 0.45f || rng.NextSingle() > (cluster - 0.45f) * 2.5f) continue;
            int lines = 1 + (int)(cluster * 5 * rng.NextSingle());
            for (int k = 0; k < lines; k++)
            {
                float drop = gap * (k + 0.6f + 0.8f * rng.NextSingle()) * (1f + 0.3f * k);
                int n = Math.Clamp((int)((3 + rng.Next(6)) * (1f - 0.12f * k)), 2, crest.Length - i);
                var pts = new (float X, float Y)[n];
                bool inside = true;
                // The mood's bend, never more than a twelfth of the stroke's own length: a short mark bent deeper reads as a
                // gull, not as the slope's fibre.
                float sag = MathF.Min(gap * 0.6f * curl, MathF.Abs(crest[i + n - 1].X - crest[i].X) / 12f);
                for (int j = 0; j < n; j++)
                {
                    var (x, y) = crest[i + j];
                    float bend = MathF.Sin(j / (float)Math.Max(1, n - 1) * MathF.PI) * sag;
                    pts[j] = (x + drop * 0.25f, y + drop + bend);
                    inside &= c.Layers.At(pts[j].X, pts[j].Y) == layer;
                }
                if (!inside) continue;
                var color = Rgb.Lerp(ink, colours.At(pts[n / 2].X, pts[n / 2].Y), 0.2f + 0.15f * k);
                strokes.Add(marks.Make(rng.NextSingle() < 0.35f ? BrushKind.DryBrush : BrushKind.Round,
                    h * (0.001f + 0.0028f * ridge.Depth) * (0.6f + 0.8f * rng.NextSingle()), color,
                    (0.3f + 0.45f * ridge.Depth) * (1f - 0.12f * k), (0.3f, 0.5f), pts));
            }
        }
    }

    // Mist lying in the hollows at the ridge's foot, in front of it: long translucent strokes of the air's colour. A heavy
    // mood (its strokes droop) thickens it and lets it rise over the ranges, a light one clears the air.
    private static void Mist(List<Stroke> strokes, Composition c, Ridge ridge, SceneColours colours, Marks marks, Random rng)
    {
        float droop = colours.Mood.Lift, heavy = 1f + 1.4f * MathF.Max(0f, droop) - 0.5f * MathF.Max(0f, -droop);
        int w = c.Target.Width, h = c.Target.Height;
        // The air's colour as the mood and style paint it: the sky just above the horizon, across the painting.
        var air = colours.Mean(Enumerable.Range(0, 9).Select(i => (w * (i + 0.5f) / 9f, c.HorizonY - h * 0.03f)));
        var haze = Rgb.Lerp(air, Rgb.FromSrgb8(0xf0, 0xf0, 0xf0), 0.12f);
        float low = MathF.Min(c.LandTop, ridge.Crest.Max(p => p.Y)), mean = ridge.Crest.Average(p => p.Y);
        float y = mean + (low - mean) * 0.75f;
        int bands = (int)MathF.Round((2 + rng.Next(3)) * heavy);
        for (int i = 0; i < bands; i++)
        {
            float x0 = w * (rng.NextSingle() * 0.7f - 0.15f), x1 = x0 + w * (0.3f + 0.4f * rng.NextSingle());
            float wob = h * 0.015f * (rng.NextSingle() - 0.5f);
            float yy = y - h * 0.03f * (heavy - 1f) * rng.NextSingle() + h * 0.02f * (rng.NextSingle() - 0.5f);
            strokes.Add(marks.Make(BrushKind.Round, h * (0.02f + 0.025f * rng.NextSingle()) * MathF.Sqrt(heavy), haze,
                MathF.Min(0.5f, (0.12f + 0.16f * (1 - ridge.Depth)) * MathF.Sqrt(heavy)),
                (0.45f, 0.45f), (x0, yy + wob), ((x0 + x1) / 2, yy - wob), (x1, yy + wob * 0.5f)));
        }
    }
}
