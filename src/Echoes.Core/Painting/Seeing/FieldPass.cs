using Echoes.Brushes;
using Echoes.Color;
using Echoes.Rendering;
using Echoes.Strokes;
using Echoes.Targets;

namespace Echoes.Painting;

/// <summary>
/// The colour-field seeing: the picture reduced to a few large fields of its dominant colours (<see cref="ColourFields"/>)
/// over a light stained ground. Each shape of a field is built from three stacked thin glazes, each laid in washes along
/// the shape's own long axis (the later ones turned a little across it): the first reaching past its edge in a lighter,
/// richer under-colour, the second in its true colour, the last, deeper, only over its core, so the fields glow at their
/// edges and meet in soft halos (Rothko, Frankenthaler, de Staël's blocks). The largest shapes are laid first, the small ones that
/// hold the subject (an eye, a cup) over them; last, where the subject is, a few thin layers of smaller glazes that
/// follow its forms (<see cref="SubjectGlazes"/>), so that it reads. The mood drives it most of all: how many fields, their colour and key,
/// how soft their edges, and the washes' tilt (rising for joy, sinking for sorrow).
/// </summary>
internal sealed class FieldPass(Target target, CanvasPyramid pyramid, PaintOptions o, Brushwork brushwork)
{
    // Each glaze of a shape: the coverage level it fills above, how much wider its washes are, its opacity against the
    // style's, and how far it turns across the shape's axis.
    private static readonly (float Level, float Widen, float Opacity, float Turn)[] Glazes =
        [(0.1f, 1.2f, 1.08f, 0f), (0.4f, 1f, 1.03f, -0.15f), (0.72f, 0.8f, 0.58f, 0.25f)];

    private readonly StrokeGeometry _geo = new();

    /// <summary>Lays the ground and the fields in, glaze by glaze; at most <paramref name="cap"/> strokes when given.
    /// Returns how many it placed.</summary>
    public int Run(int? cap, Action<Stroke> placed, CancellationToken ct)
    {
        var mood = brushwork.Mood;
        int wanted = o.Detail switch { Detail.Low => 4, Detail.High => 6, _ => 5 };
        int count = Math.Clamp((int)MathF.Round(wanted * mood.PaletteScale), 2, 7);
        // A softening mood feathers the fields over more of the grid.
        var fields = ColourFields.Find(target, count, count * 4, mood, 0.9f + 1.2f * mood.Soften);
        var rng = new Random(SeedMix.Of(o.Seed, 0xF1E1D));
        // The largest shapes first: the small ones that hold the subject are laid over them, halo and all.
        var order = Enumerable.Range(0, fields.Size.Length).OrderByDescending(p => fields.Size[p]);
        var washes = Ground(fields, rng).Concat(order.SelectMany(p => Shape(fields, p, rng))).Concat(Rims(fields, rng));
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
        // Then the subject, glazed in over the fields where they lost it.
        var layer = new StrokeLayer(target, pyramid, brushwork, placed, cap - n, ct);
        new SubjectGlazes(target, layer, brushwork, o.Seed).Run();
        return n + layer.Count;
    }

    private float Long => Math.Max(target.Width, target.Height);

    private float Sx(ColourFields f) => target.Width / (float)f.W;

    private float Sy(ColourFields f) => target.Height / (float)f.H;

    // The light stained ground the fields float on, glowing through their glazes and between them: the fields' mean
    // hue, high in key and low in chroma.
    private IEnumerable<(Stroke, float, float, float)> Ground(ColourFields fields, Random rng)
    {
        var c = fields.Colours;
        var mean = new Oklab(c.Average(x => x.L), c.Average(x => x.A), c.Average(x => x.B));
        var ground = new Oklab(0.45f + 0.5f * mean.L, mean.A * 0.6f, mean.B * 0.6f);
        float band = o.LayerRadii[0] * Long * 2f;
        int w = target.Width, h = target.Height;
        float angle = -brushwork.Mood.Lift * 0.3f + 0.6f + Gesture.Gaussian(rng) * 0.02f, spacing = band * 0.8f;
        Point2 u = new(MathF.Cos(angle), MathF.Sin(angle)), v = new(-u.Y, u.X), centre = new(w * 0.5f, h * 0.5f);
        float reach = 0.5f * MathF.Sqrt(w * w + h * h) + band;
        for (float t = -reach + rng.NextSingle() * spacing; t <= reach; t += spacing)
            yield return Wash(centre + v * t + u * -reach, centre + v * t + u * reach, band, ground, 0.85f, v, BrushKind.Round, rng);
    }

    // One shape, glaze by glaze: washes as wide as the shape is large (a sky takes broad ones, an eye narrow ones).
    private IEnumerable<(Stroke, float, float, float)> Shape(ColourFields fields, int p, Random rng)
    {
        int k = fields.FieldOf[p];
        float wide = Math.Clamp(0.3f * MathF.Sqrt(fields.Size[p] * Sx(fields) * Sy(fields)), Long / 90f, Long / 14f);
        for (int layer = 0; layer < Glazes.Length; layer++)
        {
            var (level, widen, opacity, turn) = Glazes[layer];
            float t = fields.Axis[p] - brushwork.Mood.Lift * 0.3f + turn + Gesture.Gaussian(rng) * 0.08f;
            var colour = layer switch { 0 => Under(fields.ShapeColours[p]), 1 => fields.ShapeColours[p], _ => Deeper(fields.ShapeColours[p]) };
            var u = new Point2(MathF.Cos(t), MathF.Sin(t));
            foreach (var (a, b) in Washes(fields, p, u, wide * widen, level, rng))
                yield return Wash(a, b, wide * widen, Lit(fields, colour, (a + b) * 0.5f), opacity * brushwork.PickOpacity(rng), new(-u.Y, u.X),
                    BrushKind.Round, rng);
        }
    }

    // Washes along u in rows half a wash apart over shape p, each running as long as its field covers more than level
    // (past the picture's border a field runs on as it meets it), a long run cut into a few overlapping washes.
    private IEnumerable<(Point2 A, Point2 B)> Washes(ColourFields f, int p, Point2 u, float wide, float level, Random rng)
    {
        var v = new Point2(-u.Y, u.X);
        float sx = Sx(f), sy = Sy(f), u0 = float.MaxValue, u1 = float.MinValue, v0 = float.MaxValue, v1 = float.MinValue;
        for (int i = 0; i < f.Part.Length; i++)
        {
            if (f.Part[i] != p) continue;
            var c = new Point2((i % f.W + 0.5f) * sx, (i / f.W + 0.5f) * sy);
            float cu = c.X * u.X + c.Y * u.Y, cv = c.X * v.X + c.Y * v.Y;
            (u0, u1, v0, v1) = (MathF.Min(u0, cu), MathF.Max(u1, cu), MathF.Min(v0, cv), MathF.Max(v1, cv));
        }
        float step = wide * 0.25f, sv = wide * 0.55f, most = wide * 8f;
        (u0, u1) = (u0 - 2f * wide, u1 + 2f * wide);
        for (float t = v0 - sv * rng.NextSingle(); t <= v1 + sv * 0.5f; t += sv)
        {
            float start = float.NaN;
            bool mine = false;
            for (float s = u0; s <= u1 + step; s += step)
            {
                var q = u * s + v * t;
                var g = new Point2(Math.Clamp(q.X, 0, target.Width) / sx, Math.Clamp(q.Y, 0, target.Height) / sy);
                bool inside = s <= u1 && f.Cover(f.FieldOf[p], g.X, g.Y) > level;
                if (inside && float.IsNaN(start)) (start, mine) = (s, false);
                mine |= inside && f.PartAt(g.X, g.Y) == p;
                if (inside || float.IsNaN(start)) continue;
                // Only the stretches that cross this shape: another shape of the field is laid with its own grain.
                if (mine) foreach (var (a, b) in Pieces(start, s - step, wide, most, rng)) yield return (u * a + v * t, u * b + v * t);
                start = float.NaN;
            }
        }
    }

    // The stretch a … b as washes no longer than most, overlapping a little; none where it is shorter than half the
    // wash's width (a dab's round end would curl at the field's edge).
    private static IEnumerable<(float A, float B)> Pieces(float a, float b, float wide, float most, Random rng)
    {
        if (b - a < wide * 0.5f) yield break;
        int n = (int)MathF.Ceiling((b - a) / most);
        float piece = (b - a) / n;
        for (int i = 0; i < n; i++)
            yield return (a + piece * i - (i > 0 ? wide * 0.5f * rng.NextSingle() : 0f), a + piece * (i + 1));
    }

    // A field is not flat: each wash takes a little of the source's light where it lies, so the field breathes and
    // the subject's light is felt through it.
    private Oklab Lit(ColourFields f, Oklab c, Point2 p)
    {
        float shade = f.Shade(p.X / Sx(f), p.Y / Sy(f));
        return c with { L = c.L + Math.Clamp(0.5f * shade, -0.07f, 0.07f) };
    }

    // Each field's edge drawn once more with the side of the brush, a thin wash along a level line of its coverage a
    // little deeper than the field, as a soak stain's pigment gathers at its rim: the wash ends beneath are veiled
    // and each field closes in a soft, smooth line.
    private IEnumerable<(Stroke, float, float, float)> Rims(ColourFields fields, Random rng)
    {
        float band = Long / 45f;
        float sx = Sx(fields), sy = Sy(fields);
        for (int k = 0; k < fields.Colours.Length; k++)
            foreach (var line in LevelLines.Trace((x, y) => fields.Cover(k, x, y), fields.W, fields.H, 0.5f + 0.1f * rng.NextSingle(), rng))
            {
                const int Length = 40;
                for (int from = 0; from < line.Count - 3; from += Length - 8)
                {
                    var pts = line.GetRange(from, Math.Min(Length, line.Count - from)).Select(p => new Point2(p.X * sx, p.Y * sy)).ToList();
                    var lit = Lit(fields, Deeper(fields.Colours[k]), pts[pts.Count / 2]);
                    yield return Wash(pts, band, lit, 0.22f, BrushKind.Round, rng);
                }
            }
    }

    // The field's colour lifted and enriched: the under-colour that glows through at its edges.
    private static Oklab Under(Oklab c)
    {
        var lch = c.ToOklch();
        return new Oklch(MathF.Min(0.97f, lch.L + 0.06f), MathF.Min(0.32f, lch.C * 1.3f), lch.H).ToOklab();
    }

    // The field's colour a little deeper and richer: the last glaze over its core and the pigment gathered at its rim.
    private static Oklab Deeper(Oklab c)
    {
        var lch = c.ToOklch();
        return new Oklch(MathF.Max(0.05f, lch.L - 0.06f), MathF.Min(0.32f, lch.C * 1.15f), lch.H).ToOklab();
    }

    // A thin wash of one colour from a to b, a band wide, its spine bowed a little.
    private (Stroke, float, float, float) Wash(Point2 a, Point2 b, float band, Oklab colour, float opacity, Point2 v, BrushKind brush,
        Random rng) =>
        Wash([a, (a + b) * 0.5f + v * (Gesture.Gaussian(rng) * band * 0.06f), b], band, colour, opacity, brush, rng);

    // A thin wash of one colour along the spine pts (working pixels), a band wide.
    private (Stroke, float, float, float) Wash(IEnumerable<Point2> pts, float band, Oklab colour, float opacity, BrushKind brush, Random rng)
    {
        float k = brushwork.LogicalPerPixel;
        var lab = new Oklab(colour.L + Gesture.Gaussian(rng) * 0.012f, colour.A, colour.B);
        var c = lab.ToOklch().ToLinearInGamut();
        var stroke = new Stroke
        {
            Points = [.. pts.Select(p => p * k)], Width = band * k, Color = c, Opacity = opacity, Brush = brush,
            Load = brushwork.PickLoad(rng), Seed = (uint)rng.Next(), TaperStart = o.Taper.Start, TaperEnd = o.Taper.End,
        };
        return (stroke, Srgb.FromLinear(c.R), Srgb.FromLinear(c.G), Srgb.FromLinear(c.B));
    }
}
