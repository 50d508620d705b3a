using Echoes.Brushes;
using Echoes.Color;
using Echoes.Rendering;
using Echoes.Strokes;
using Echoes.Targets;

namespace Echoes.Painting;

/// <summary>
/// The colour-field seeing: the picture reduced to a few large fields of its dominant colours (<see cref="ColourFields"/>),
/// each built up from thin washes laid in bands across the picture over a stained ground. Every layer cuts each field
/// at another level of its feathered coverage: the first, wide ones in a lighter, richer under-colour, the last ones
/// only in the field's core in its true colour, so the fields meet in soft edges that glow (Rothko, Frankenthaler).
/// The mood drives it most of all: how many fields, their colour and key, how soft their edges, and the bands' tilt
/// (rising for joy, sinking for sorrow).
/// </summary>
internal sealed class FieldPass(Target target, CanvasPyramid pyramid, PaintOptions o, Brushwork brushwork)
{
    private const int Layers = 4, Rims = 2;
    private readonly StrokeGeometry _geo = new();

    /// <summary>Lays the ground and the fields in, layer by layer; at most <paramref name="cap"/> strokes when given.
    /// Returns how many it placed.</summary>
    public int Run(int? cap, Action<Stroke> placed, CancellationToken ct)
    {
        var mood = brushwork.Mood;
        int wanted = o.Detail switch { Detail.Low => 4, Detail.High => 6, _ => 5 };
        int count = Math.Clamp((int)MathF.Round(wanted * mood.PaletteScale), 2, 7);
        // A softening mood feathers the fields over more of the grid.
        var fields = ColourFields.Find(target, count, mood, o.Seed, 0.8f + 1.2f * mood.Soften);
        var rng = new Random(SeedMix.Of(o.Seed, 0xF1E1D));
        var washes = Ground(fields, rng).Concat(Enumerable.Range(0, Layers).SelectMany(layer => Layer(fields, layer, rng)))
            .Concat(Enumerable.Range(0, Rims).SelectMany(rim => Rim(fields, rim, rng)));
        int n = 0;
        foreach (var (stroke, r, g, b) in washes)
        {
            ct.ThrowIfCancellationRequested();
            if (cap is int c && n >= c) return n;
            _geo.Build(stroke, 1f / brushwork.LogicalPerPixel);
            pyramid.Full.Commit(_geo, r, g, b);
            placed(stroke);
            n++;
        }
        return n;
    }

    private float Band => o.LayerRadii[0] * Math.Max(target.Width, target.Height);

    // The stained ground the fields float on: the fields' mean colour, a little deeper, over the whole picture.
    private IEnumerable<(Stroke, float, float, float)> Ground(ColourFields fields, Random rng)
    {
        var c = fields.Colours;
        var ground = new Oklab(c.Average(x => x.L) * 0.93f, c.Average(x => x.A), c.Average(x => x.B));
        float band = Band * 2f;
        foreach (var (p, u, v, reach) in Rows(band, rng, 0.6f))
            yield return Wash(p + u * -reach, p + u * reach, band, ground, 0.8f, v, rng);
    }

    // Parallel lines across the picture, a band apart (a little less, so they overlap), tilted by the mood.
    private IEnumerable<(Point2 P, Point2 U, Point2 V, float Reach)> Rows(float band, Random rng, float turn)
    {
        int w = target.Width, h = target.Height;
        float angle = -brushwork.Mood.Lift * 0.3f + turn + Gesture.Gaussian(rng) * 0.02f, spacing = band * 0.7f;
        Point2 u = new(MathF.Cos(angle), MathF.Sin(angle)), v = new(-u.Y, u.X), centre = new(w * 0.5f, h * 0.5f);
        float reach = 0.5f * MathF.Sqrt(w * w + h * h) + band;
        for (float t = -reach + rng.NextSingle() * spacing; t <= reach; t += spacing) yield return (centre + v * t, u, v, reach);
    }

    // One layer: each field's stretches of coverage above this layer's level, in rows along the field's own long axis,
    // each a thin wash. Alternate layers cross that axis at a slant, as a scrubbing hand does, so the glazes weave and
    // no banding lines up. Early layers cut low (wide, in the lighter under-colour), late ones high (the core, in the
    // true colour).
    private IEnumerable<(Stroke, float, float, float)> Layer(ColourFields fields, int layer, Random rng)
    {
        float band = Band * (0.85f + 0.3f * rng.NextSingle()), progress = layer / (float)(Layers - 1);
        float level = 0.12f + 0.7f * (layer + rng.NextSingle()) / Layers;
        for (int k = 0; k < fields.Colours.Length; k++)
        {
            var colour = Under(fields.Colours[k], 1f - progress);
            float turn = fields.Axis(k) + (layer % 2 == 0 ? 1 : -1) * (0.25f + 0.3f * rng.NextSingle());
            // A large field takes broader washes: fewer seams across it, and it reads as one expanse.
            float share = fields.Label.Count(l => l == k) / (float)fields.Label.Length;
            float wide = band * Math.Clamp(2f * MathF.Sqrt(share), 0.85f, 1.7f);
            foreach (var (p, u, v, reach) in Rows(wide, rng, turn))
                foreach (var (s0, s1) in Runs(fields, k, p, u, reach, wide * 0.2f, level + (rng.NextSingle() - 0.5f) * 0.12f))
                {
                    // A stretch shorter than the band would be a dab, not a band of colour: only its middle is kept.
                    if (s1 - s0 < wide * 0.5f) continue;
                    float a = s0 - wide * 0.25f * rng.NextSingle(), b = s1 + wide * 0.25f * rng.NextSingle();
                    var lit = Lit(fields, colour, p + u * ((a + b) * 0.5f));
                    yield return Wash(p + u * a, p + u * b, wide, lit, layer == 0 ? 0.45f : brushwork.PickOpacity(rng), v, rng);
                }
        }
    }

    // A field is not flat: each wash takes a little of the source's light where it lies, so the field breathes and
    // the subject's light is felt through it.
    private Oklab Lit(ColourFields f, Oklab c, Point2 p)
    {
        float shade = f.Shade(p.X * f.W / target.Width, p.Y * f.H / target.Height);
        return c with { L = c.L + Math.Clamp(0.4f * shade, -0.07f, 0.07f) };
    }

    // The fields' edges drawn once more with the side of the brush, in thin washes along a level line of each one's
    // coverage: the band ends beneath are veiled and each field closes in a soft, smooth rim.
    private IEnumerable<(Stroke, float, float, float)> Rim(ColourFields fields, int rim, Random rng)
    {
        float band = Band * (0.7f + 0.3f * rng.NextSingle());
        float sx = target.Width / (float)fields.W, sy = target.Height / (float)fields.H;
        for (int k = 0; k < fields.Colours.Length; k++)
            foreach (var line in FieldContours.Trace(fields, k, 0.4f + 0.3f * (rim + rng.NextSingle()) / Rims, rng))
            {
                const int Length = 18;
                for (int from = 0; from < line.Count - 3; from += Length - 2)
                {
                    var pts = line.GetRange(from, Math.Min(Length, line.Count - from)).Select(p => new Point2(p.X * sx, p.Y * sy)).ToList();
                    var lit = Lit(fields, fields.Colours[k], pts[pts.Count / 2]);
                    yield return Wash(pts, band, lit, brushwork.PickOpacity(rng), rng);
                }
            }
    }

    // The field's colour lifted and enriched by t (0: its own), the under-colour that glows through at its edges.
    private static Oklab Under(Oklab c, float t)
    {
        var lch = c.ToOklch();
        return new Oklch(MathF.Min(0.97f, lch.L + 0.04f * t), MathF.Min(0.32f, lch.C * (1f + 0.25f * t)), lch.H).ToOklab();
    }

    // Stretches of the line o + s·u where field k covers more than level.
    private List<(float S0, float S1)> Runs(ColourFields f, int k, Point2 o0, Point2 u, float reach, float step, float level)
    {
        int w = target.Width, h = target.Height;
        var runs = new List<(float, float)>();
        float start = float.NaN, last = 0;
        for (float s = -reach; s <= reach; s += step)
        {
            var p = o0 + u * s;
            // Past the picture's border a field runs on as it meets it, so no band ends raggedly along the border.
            bool inside = f.Cover(k, Math.Clamp(p.X, 0, w) * f.W / w, Math.Clamp(p.Y, 0, h) * f.H / h) > level;
            if (inside && float.IsNaN(start)) start = s;
            if (!inside && !float.IsNaN(start)) { runs.Add((start, last)); start = float.NaN; }
            last = s;
        }
        if (!float.IsNaN(start)) runs.Add((start, last));
        return runs;
    }

    // A thin wash of one colour from a to b, a band wide, its spine bowed a little.
    private (Stroke, float, float, float) Wash(Point2 a, Point2 b, float band, Oklab colour, float opacity, Point2 v, Random rng) =>
        Wash([a, (a + b) * 0.5f + v * (Gesture.Gaussian(rng) * band * 0.06f), b], band, colour, opacity, rng);

    // A thin wash of one colour along the spine pts (working pixels), a band wide.
    private (Stroke, float, float, float) Wash(IEnumerable<Point2> pts, float band, Oklab colour, float opacity, Random rng)
    {
        float k = brushwork.LogicalPerPixel;
        var lab = new Oklab(colour.L + Gesture.Gaussian(rng) * 0.012f, colour.A, colour.B);
        var c = lab.ToOklch().ToLinearInGamut();
        var stroke = new Stroke
        {
            Points = [.. pts.Select(p => p * k)], Width = band * k, Color = c, Opacity = opacity, Brush = BrushKind.Round,
            Load = brushwork.PickLoad(rng), Seed = (uint)rng.Next(), TaperStart = o.Taper.Start, TaperEnd = o.Taper.End,
        };
        return (stroke, Srgb.FromLinear(c.R), Srgb.FromLinear(c.G), Srgb.FromLinear(c.B));
    }
}
