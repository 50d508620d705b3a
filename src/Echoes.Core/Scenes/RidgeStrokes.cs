using Echoes.Brushes;
using Echoes.Color;
using Echoes.Strokes;

namespace Echoes.Scenes;

/// <summary>
/// The ridges in brushwork, far to near, each as ink-wash painters build a range: washes across it over a ground that
/// covers its body, shaded on the side turned from the light and lost in mist at the foot (the composed colours carry
/// that grading), their top rows following the crest so the silhouette is laid as thinly as the body; texture strokes
/// that start on the crest and run down the slope into the body, clustered in a few places, most on the shade side, and
/// thinning away from the edge (never the same hatching on every hill; none on the far half of the ranges, which are
/// wash alone); the crest a thin top of the mass, broken and
/// of varying weight, painted into the body below it (never a separate dark wire over it), and against a low sun its lit
/// rim; and drifts of translucent mist along the foot of each far ridge, so the ranges step back.
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
            // First a ground of broad, unbroken rows that covers the range's body: rows broken at every turn of colour left
            // the canvas bare between them, so the body read lighter than its edge (where the shoulder rows lie over the
            // wash) and the range as a hollow arch. From a stream of its own, as the shoulder's. Not under a range of dunes,
            // whose slip faces and lit flanks are its form: covered, its lower flanks ran across the picture as a dark strip.
            bool dunes = c.Scene.Landscape.Kind == LandscapeKind.Dunes;
            if (!dunes)
                Washes.Lay(strokes, colours, c.Layers, layer, new WashRows(top, c.LandTop + width, _ => 1.5f * width, 12f * m.Length, 0.6f,
                    0.25f, 1f, 0.45f, 0.2f, 0f, Cover: true, Soften: 0.5f), marks, new Random(layer * 7919 + (int)top));
            // The middle dune ranges' rows run up to their crest (no shoulder rows lay a dune's top): stopping short of it, they
            // left up to 1 % of the canvas bare under the horizon. Not the farthest (its top against the sky keeps the air's
            // soft edge) nor the nearest (its crest line is the dune field's).
            bool toCrest = dunes && r > 0 && r < c.Ridges.Count - 1;
            // The nearer mountains' faces in strokes that fall down the slope: level rows there stacked into dark bands. Not a
            // coast's headlands nor the low ranges over plains, whose faces are too low to fall and read as one mass; nor by
            // night, when a range is a dark mass against the moonlit sky and its falls caught the light as stray glints.
            bool falls = c.Scene.Landscape.Kind is LandscapeKind.Mountains or LandscapeKind.Valley && ridge.Depth >= 0.5f
                && c.Scene.Landscape.Time != TimeOfDay.Night;
            if (falls) RidgeFaces.Paint(strokes, c, ridge, layer, width, 0.9f * m.Opacity, colours, marks);
            else Washes.Lay(strokes, colours, c.Layers, layer, new WashRows(top, c.LandTop + width, _ => width, 9f * m.Length, 0.5f, 0.08f,
                0.9f * m.Opacity, toCrest ? 0f : 0.45f, 0.25f + m.Jitter / 60f, m.Lift * 0.5f, Cover: true, Soften: 1f), marks, rng);
            var ink = Ink(colours, ridge, c.Layers, layer);
            var crest = Smooth(ridge.Crest);
            // A dune range's top is the line between its lit flank and its slip face, drawn by the dune field; a row in
            // the colour under it would lay one level dark band across the picture.
            if (!dunes) Shoulder(strokes, c.Layers, layer, crest, width, 0.9f * m.Opacity, colours, marks);
            // Texture and a crest line on the nearer half only: the far ranges are washes, air more than land (a lone dark
            // texture stroke on a far summit read as a hooked ink mark on the sky).
            if (ridge.Depth >= 0.5f)
            {
                Slopes(strokes, c, ridge, layer, ink, colours, marks, rng);
                if (!dunes) RidgeTouches.Paint(strokes, c, ridge, layer, colours, marks);
                Crest(strokes, c.Layers, layer, crest, ink, colours, h * (0.002f + 0.004f * ridge.Depth), 0.2f + 0.25f * ridge.Depth,
                    RidgeShade.Backlight(c.Light.Y, c.HorizonY, h), marks, rng);
            }
            // A middle dune range's crest drawn as the dune field's are, over its level rows (which stepped its faces' tops
            // into flat-topped blocks).
            if (toCrest)
                DuneBrinks.Crest(strokes, c, colours, ridge.Crest, c.Folds.FirstOrDefault(f => f.Lee != 0f)?.Lee ?? 0f, 0f,
                    (x, y) => c.Layers.At(x, y) == layer && !GroundStrokes.Behind(c, x, y, 2f), marks, rng);
            // Over dunes, whose swells have no valleys between them, the mist lies level across the picture.
            if (r < c.Ridges.Count - 1 && dunes) LevelMist(strokes, c, ridge, colours, marks, rng);
            else if (r < c.Ridges.Count - 1) Mist(strokes, c, r, ridge, colours, marks, rng);
        }
    }

    // The ridge's ink: its own colour under the crest, deepened a little more the nearer it is (the far ones stay in the
    // air's colour); never toward black, which outlined the hills like a cut-out; and deepened only a little where what
    // lies behind the crest is darker than the ridge (a moonlit range before a night sky), where dark texture gathered at
    // the crest drew it as a wire over a lighter form.
    private static Rgb Ink(SceneColours colours, Ridge ridge, LandLayers layers, byte layer)
    {
        var under = ridge.Crest.Where((p, i) => i % 4 == 0 && layers.At(p.X, p.Y + 3) == layer).Select(p => (p.X, p.Y + 3)).ToList();
        var c = under.Count > 0 ? colours.Mean(under) : ridge.Color;
        var behind = colours.Mean(ridge.Crest.Where((_, i) => i % 4 == 0).Select(p => (p.X, p.Y - 4)).ToList());
        float lighter = Math.Clamp(8f * (Oklab.FromLinear(behind).L - Oklab.FromLinear(c).L) + 0.3f, 0.3f, 1f);
        float k = 1f - (0.15f + 0.25f * ridge.Depth) * lighter;
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

    // The top of the mass laid with its body: two passes of rows that follow the crest, their upper edge on it, in the
    // colour just under it, as wide and as translucent as the wash rows below, so the silhouette is painted as densely
    // as the body and never by one denser (darker) stroke over it: that edge stroke was the dark rope along every crest.
    // It draws from a stream of its own, seeded by its crest, so laying it leaves every later draw of the scene (the
    // figures, their echoes and ties) as it was.
    private static void Shoulder(List<Stroke> strokes, LandLayers layers, byte layer, (float X, float Y)[] crest, float width, float opacity,
        SceneColours colours, Marks marks)
    {
        var rng = new Random(layer * 9973 + (int)(crest[0].Y * 64f) * 31 + crest.Length);
        for (int pass = 0; pass < 2; pass++)
        {
            int i = rng.Next(6);
            while (i < crest.Length - 2)
            {
                int n = Math.Min(crest.Length - i, 10 + rng.Next(14));
                // Shorter down a steep flank, so each row takes the colour of its own height: one row from a peak's dark top
                // down into the pale air at its foot, in one colour between, drew the peak as an arch lighter or darker than
                // the body under it.
                while (n > 4 && MathF.Abs(crest[i + n - 1].Y - crest[i].Y) > width * 2f) n--;
                // Nor over a peak or a hollow: each flank turned in the light takes its own colour (one row over both, in
                // their mean, drew a lit arch over the peak's shade side).
                for (int j = i + 3; j < i + n - 3; j++)
                    if ((crest[j].Y - crest[j - 3].Y) * (crest[j + 3].Y - crest[j].Y) < -1f) { n = Math.Max(4, j + 2 - i); break; }
                float sink = width * (0.5f + 0.2f * pass);
                var mid = crest[i + n / 2];
                if (layers.At(mid.X, mid.Y + sink) != layer) { i += Math.Max(3, n / 2); continue; }
                var pts = new (float X, float Y)[n];
                for (int j = 0; j < n; j++) pts[j] = (crest[i + j].X, crest[i + j].Y + sink + width * 0.06f * (rng.NextSingle() - 0.5f));
                // In the colour of the body further in, not of the edge: an edge band darker than the body inside it read as
                // the dark outline of a hollow arch.
                var color = colours.Mean(pts.Where((_, j) => j % 3 == 0).Select(q => (X: q.X, Y: q.Y + width * 1.5f))
                    .Where(q => layers.At(q.X, q.Y) == layer)
                    .DefaultIfEmpty((mid.X, mid.Y + sink)));
                strokes.Add(marks.Make(BrushKind.Round, width * (0.9f + 0.2f * rng.NextSingle()), color, opacity * (0.85f + 0.15f * rng.NextSingle()),
                    (0.2f, 0.2f), pts) with
                { Load = 0.7f + 0.3f * rng.NextSingle() });
                i += Math.Max(2, n - 4);
            }
        }
    }

    // The crest as the darker top of the mass, painted with it: broken segments of their own length and weight, each a
    // band whose top edge lies on the crest and whose paint is the body's own colour deepened toward the ink, so the edge
    // darkens into the form below it rather than lying over it as a wire; lifted where a nearer ridge hides it.
    private static void Crest(List<Stroke> strokes, LandLayers layers, byte layer, (float X, float Y)[] crest, Rgb ink,
        SceneColours colours, float width, float opacity, float back, Marks marks, Random rng)
    {
        int i = 0;
        while (i < crest.Length - 2)
        {
            int n = Math.Min(crest.Length - i, 8 + rng.Next(18));
            var mid = crest[i + n / 2];
            // Seen only where the mass under it is as deep as the band: along a sliver it drew a line in the air.
            bool visible = layers.At(mid.X, mid.Y + 2) == layer && layers.At(mid.X, mid.Y + width * 1.5f) == layer;
            if (!visible || rng.NextSingle() < 0.25f) { i += Math.Max(3, n / 2); continue; } // a lift of the brush
            // Each segment of its own weight, some pressed, some barely touching: an edge of even weight reads as an outline.
            float band = width * (0.45f + 1.1f * rng.NextSingle() * rng.NextSingle());
            var pts = new (float X, float Y)[n];
            for (int j = 0; j < n; j++) pts[j] = (crest[i + j].X, crest[i + j].Y + band * (0.45f + 0.1f * (rng.NextSingle() - 0.5f)));
            // Deepened toward the ink only as far as what lies behind is lighter than the body: against a darker sky or
            // range, a dark edge over a lighter body is the wire again.
            var (body, behind) = (colours.At(mid.X, mid.Y + band * 1.5f), colours.At(mid.X, mid.Y - band * 2f));
            // Against a light low ahead the crest is the lit rim of a mass in its own shade (the composed colour just
            // under the edge), never darker than the body: a dark line along a backlit crest drew it as stuck on the sky.
            float deepen = Math.Clamp(8f * (Oklab.FromLinear(behind).L - Oklab.FromLinear(body).L), 0f, 1f) * (1f - back);
            var color = Rgb.Lerp(Rgb.Lerp(body, ink, deepen * (0.1f + 0.25f * rng.NextSingle())), colours.At(mid.X, mid.Y + band * 0.5f), back);
            strokes.Add(marks.Make(rng.NextSingle() < 0.4f ? BrushKind.DryBrush : BrushKind.Round, band, color, opacity, (0.3f, 0.35f), pts) with
            { Load = 0.6f + 0.3f * rng.NextSingle() });
            i += n - 2;
        }
    }

    // Texture on the slopes (the hemp-fibre strokes of ink landscapes): in clusters where a noise along the ridge runs
    // high, strokes that start at the crest and run down the fall of the slope on its flanks (none on a level top), most
    // on the flank turned from the light, a few side by side, shorter, lighter and further apart as they leave the edge,
    // so the texture gathers at the crest and the form is read from it; the mood's curvature bends them. Crest-parallel
    // lines repeated under a dome only drew the same dome again, in stripes.
    private static void Slopes(List<Stroke> strokes, Composition c, Ridge ridge, byte layer, Rgb ink, SceneColours colours, Marks marks,
        Random rng)
    {
        var crest = ridge.Crest;
        int h = c.Target.Height;
        uint seed = (uint)rng.Next();
        float reach = h * (0.04f + 0.07f * ridge.Depth), curl = colours.Mood.Curvature;
        // The side turned from the sun or moon, where the texture gathers (the lit flank keeps a few strokes); against a
        // light low ahead both flanks face away from it, and the texture takes either.
        float lee = c.Lee, back = RidgeShade.Backlight(c.Light.Y, c.HorizonY, h);
        for (int i = 2; i < crest.Length - 2; i += 2)
        {
            float cluster = Noise.Value1(seed, i / 12f);
            var fall = Fall(crest, i);
            // Only on the flanks: strokes straight down from a level top stood in a row like a comb, or alone like posts.
            if (MathF.Abs(fall.X) < 0.2f || cluster < 0.45f || rng.NextSingle() > (cluster - 0.45f) * 2.5f) continue;
            if (MathF.Sign(fall.X) != lee && rng.NextSingle() < 0.65f * (1f - back)) continue;
            int lines = 1 + (int)(cluster * 4 * rng.NextSingle());
            for (int k = 0; k < lines; k++)
            {
                // Each further stroke starts lower and a little along, shorter and fainter: the texture thins from the edge.
                float start = reach * (0.04f + 0.22f * k + 0.1f * rng.NextSingle());
                float len = reach * (0.35f + 0.5f * rng.NextSingle()) / (1f + 0.5f * k);
                float along = (rng.NextSingle() - 0.5f) * reach * 0.3f;
                float width = h * (0.0012f + 0.003f * ridge.Depth) * (0.6f + 0.8f * rng.NextSingle());
                // Started under the crest where it lies, a stroke's width inside it: started level with a crest point but
                // moved along a falling flank, it began in the sky and hung off the peak like a claw mark.
                float x0 = crest[i].X + along + fall.X * start, y0 = LandLayers.CrestAt(crest, x0) + fall.Y * start + 1.5f + width;
                float bend = len * 0.08f * curl * (rng.NextSingle() < 0.5f ? -1f : 1f);
                var pts = Spine((x0, y0), fall, len, bend, width, c.Layers, layer, colours);
                if (pts.Length < 3) continue;
                // In the mass's own values, a little deepened toward its ink: the ink alone, carried down into the lighter
                // mist at a range's foot, hung there as dark hairs. Over a range modelled in light and shade (not dunes), more of
                // the land's: the ink, taken under a crest in its shade plane, carried into the lit plane as a dark scratch.
                var under = colours.Mean(pts);
                var color = Rgb.Lerp(ink, under, (c.Scene.Landscape.Kind == LandscapeKind.Dunes ? 0.33f : 0.45f) + 0.15f * k);
                strokes.Add(marks.Make(rng.NextSingle() < 0.4f ? BrushKind.DryBrush : BrushKind.Round, width, color,
                    (0.3f + 0.45f * ridge.Depth) * (1f - 0.18f * k), (0.1f, 0.55f), pts) with
                { Load = 0.5f + 0.3f * rng.NextSingle() });
            }
        }
    }

    // The way down the slope from crest point i: down into the body, leaning with the crest where it falls steeply and
    // straight down where it is level (a unit vector, y down). Laid along the crest, strokes hugged the outline as one
    // dark band over a lighter body: a hollow arch, not a mass.
    private static (float X, float Y) Fall((float X, float Y)[] crest, int i)
    {
        float dx = crest[i + 2].X - crest[i - 2].X, dy = crest[i + 2].Y - crest[i - 2].Y;
        float slope = dy / MathF.Max(1e-3f, dx);
        // Downhill along the crest: toward the side where it is lower.
        float side = slope > 0 ? 1f : -1f, steep = MathF.Min(1f, MathF.Abs(slope));
        float fx = side * steep * 0.45f, fy = 1f;
        float n = MathF.Sqrt(fx * fx + fy * fy);
        return (fx / n, fy / n);
    }

    // A stroke's spine from its start down the fall, bent by <paramref name="bend"/> across it, cut where it (its width
    // about it) would leave its layer, or where the land under it turns lighter than where it began: it ends in the mass,
    // before the mist at its foot.
    private static (float X, float Y)[] Spine((float X, float Y) from, (float X, float Y) fall, float len, float bend, float width,
        LandLayers layers, byte layer, SceneColours colours)
    {
        var pts = new List<(float X, float Y)>(5);
        float l0 = Oklab.FromLinear(colours.At(from.X, from.Y)).L;
        for (int j = 0; j < 5; j++)
        {
            float t = j / 4f, side = MathF.Sin(t * MathF.PI) * bend;
            var q = (X: from.X + fall.X * len * t - fall.Y * side, Y: from.Y + fall.Y * len * t + fall.X * side);
            if (layers.At(q.X, q.Y) != layer || layers.At(q.X - width, q.Y - width) != layer || layers.At(q.X + width, q.Y - width) != layer
                || Oklab.FromLinear(colours.At(q.X, q.Y)).L > l0 + 0.1f) break;
            pts.Add(q);
        }
        return [.. pts];
    }

    // Mist in long translucent level strokes of the air's colour at the ridge's foot, in front of it, over dunes: a
    // heavy mood (its strokes droop) thickens it and lets it rise over the ranges, a light one clears the air.
    private static void LevelMist(List<Stroke> strokes, Composition c, Ridge ridge, SceneColours colours, Marks marks, Random rng)
    {
        var (heavy, haze) = Air(c, colours);
        int w = c.Target.Width, h = c.Target.Height;
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

    // How heavy the mood makes the air (its strokes droop: thicker mist; a light one clears it), and the mist's colour: the
    // air's as the mood and style paint it, the sky just above the horizon across the painting, a little paler.
    private static (float Heavy, Rgb Haze) Air(Composition c, SceneColours colours)
    {
        float droop = colours.Mood.Lift, heavy = 1f + 1.4f * MathF.Max(0f, droop) - 0.5f * MathF.Max(0f, -droop);
        int w = c.Target.Width, h = c.Target.Height;
        var air = colours.Mean(Enumerable.Range(0, 9).Select(i => (w * (i + 0.5f) / 9f, c.HorizonY - h * 0.03f)));
        return (heavy, Rgb.Lerp(air, Rgb.FromSrgb8(0xf0, 0xf0, 0xf0), 0.12f));
    }

    // Mist lying in the hollows at the ridge's foot, in front of it: drifts of the air's colour along the line where a
    // nearer range or the ground hides it, so the mist follows the land into the valleys and thins out over the saddles
    // where that line rises; each drift a few translucent strokes stacked from the foot up, narrower as they rise, so it
    // is thickest at the foot and fades upward, with no edge of its own. Level bands laid across the picture at one height
    // crossed ranges and sky alike as hard-edged bars. A heavy mood (its strokes droop) thickens it and lets it rise, a
    // light one clears the air.
    private static void Mist(List<Stroke> strokes, Composition c, int r, Ridge ridge, SceneColours colours, Marks marks, Random rng)
    {
        var (heavy, haze) = Air(c, colours);
        int w = c.Target.Width, h = c.Target.Height;
        var foot = RidgeFoot.Of(c.Layers, LandLayers.RidgeLayer(r), ridge.Crest, MathF.Max(2f, w / 200f));
        float thick = h * 0.03f * MathF.Sqrt(heavy), opacity = MathF.Min(0.5f, (0.12f + 0.16f * (1 - ridge.Depth)) * MathF.Sqrt(heavy));
        int i = rng.Next(4);
        while (i < foot.Length)
        {
            int n = 6 + rng.Next(foot.Length / 5 + 1);
            // A drift only where the range shows tall enough above its foot to hold it (in the valleys), as long as it does.
            int j = i;
            while (j < Math.Min(foot.Length, i + n) && foot[j].Shown >= thick * 0.6f) j++;
            // None on the farthest range, which is air already: drifts there made it busier than the near ranges.
            if (j - i >= 4 && rng.NextSingle() < 0.8f && r > 0) Drift(strokes, foot[i..j], thick, haze, opacity, marks, rng);
            i = j + 1 + rng.Next(4);
        }
    }

    // One drift of mist along the foot points (left to right): stacked strokes, their lower edges just above the foot.
    private static void Drift(List<Stroke> strokes, RidgeFoot[] foot, float thick, Rgb haze, float opacity, Marks marks, Random rng)
    {
        float least = foot.Min(f => f.Shown);
        float width = MathF.Min(thick * (0.7f + 0.5f * rng.NextSingle()), least * 0.8f);
        for (int k = 0; k < 3; k++)
        {
            float wk = width * (1f - 0.3f * k), wob = wk * 0.15f;
            var pts = foot.Select(f => (f.X, f.Y - wk * 0.5f - 1f + wob * (rng.NextSingle() - 0.5f))).ToArray();
            strokes.Add(marks.Make(BrushKind.Round, wk, haze, opacity * 0.4f, (0.35f + 0.15f * rng.NextSingle(), 0.35f + 0.15f * rng.NextSingle()),
                pts) with
            { Load = 0.5f });
        }
    }
}
