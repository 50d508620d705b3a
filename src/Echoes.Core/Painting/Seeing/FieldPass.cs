using Echoes.Brushes;
using Echoes.Color;
using Echoes.Rendering;
using Echoes.Strokes;
using Echoes.Targets;

namespace Echoes.Painting;

/// <summary>
/// The colour-field seeing: the picture reduced to a few large fields of its dominant colours (<see cref="ColourFields"/>),
/// each built up from thin washes laid in broad bands across the picture and deepened by a last glaze, the bands of each
/// layer shifted and their ends feathered past the field's border, so fields meet in soft, breathing edges (Rothko,
/// Frankenthaler). The mood drives it most of all: how many fields, their colour and key, how soft their edges, and the
/// bands' tilt (rising for joy, sinking for sorrow).
/// </summary>
internal sealed class FieldPass(Target target, CanvasPyramid pyramid, PaintOptions o, Brushwork brushwork)
{
    private const int Layers = 5;
    private readonly StrokeGeometry _geo = new();

    /// <summary>Lays the fields in, layer by layer; at most <paramref name="cap"/> strokes when given. Returns how many
    /// it placed.</summary>
    public int Run(int? cap, Action<Stroke> placed, CancellationToken ct)
    {
        var mood = brushwork.Mood;
        int wanted = o.Detail switch { Detail.Low => 3, Detail.High => 5, _ => 4 };
        int count = Math.Clamp((int)MathF.Round(wanted * mood.PaletteScale), 2, 6);
        var fields = ColourFields.Find(target, count, mood, o.Seed);
        var rng = new Random(SeedMix.Of(o.Seed, 0xF1E1D));
        int n = 0;
        for (int layer = 0; layer < Layers; layer++)
            foreach (var (stroke, r, g, b) in Layer(fields, layer, rng))
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

    // One layer: bands across the picture, each broken into runs of one field, every run a thin wash of that field's
    // colour that reaches a little past its ends.
    private IEnumerable<(Stroke, float, float, float)> Layer(ColourFields fields, int layer, Random rng)
    {
        int w = target.Width, h = target.Height;
        var mood = brushwork.Mood;
        float band = o.LayerRadii[0] * Math.Max(w, h) * 2f, spacing = band * 0.55f;
        float angle = -mood.Lift * 0.3f + Gesture.Gaussian(rng) * 0.03f;
        Point2 u = new(MathF.Cos(angle), MathF.Sin(angle)), v = new(-u.Y, u.X), centre = new(w * 0.5f, h * 0.5f);
        float reach = 0.5f * MathF.Sqrt(w * w + h * h), feather = band * (0.2f + 0.6f * mood.Soften);
        for (float t = -reach + rng.NextSingle() * spacing; t <= reach; t += spacing)
            foreach (var (k, s0, s1) in Runs(fields, centre + v * t, u, reach, band * 0.2f))
            {
                // A run shorter than the band would be a round dab, not a band of colour.
                float grow = MathF.Max(0f, 1.5f * band - (s1 - s0)) * 0.5f;
                float a = s0 - grow - feather * (0.3f + rng.NextSingle()), b = s1 + grow + feather * (0.3f + rng.NextSingle());
                var p = centre + v * t;
                yield return Wash(p + u * a, p + u * b, band, fields.Colours[k], layer, v, rng);
            }
    }

    // Stretches of the line o + s·u (within the picture) that lie in one field.
    private List<(int K, float S0, float S1)> Runs(ColourFields f, Point2 o0, Point2 u, float reach, float step)
    {
        int w = target.Width, h = target.Height;
        var runs = new List<(int, float, float)>();
        int current = -1; float start = 0, last = 0;
        for (float s = -reach; s <= reach; s += step)
        {
            var p = o0 + u * s;
            bool inside = p.X >= 0 && p.Y >= 0 && p.X < w && p.Y < h;
            int k = inside ? f.At(p.X * f.W / w, p.Y * f.H / h) : -1;
            if (k != current)
            {
                if (current >= 0) runs.Add((current, start, last));
                current = k; start = s;
            }
            last = s;
        }
        if (current >= 0) runs.Add((current, start, last));
        return runs;
    }

    // A thin wash of the field's colour; the last layer is a glaze that deepens what the washes left toward it.
    private (Stroke, float, float, float) Wash(Point2 a, Point2 b, float band, Oklab colour, int layer, Point2 v, Random rng)
    {
        float k = brushwork.LogicalPerPixel;
        var lab = new Oklab(colour.L + Gesture.Gaussian(rng) * 0.015f, colour.A, colour.B);
        var c = lab.ToOklch().ToLinearInGamut();
        float r = Srgb.FromLinear(c.R), g = Srgb.FromLinear(c.G), bl = Srgb.FromLinear(c.B);
        // The first wash stains the ground; the later ones are thinner.
        float opacity = layer == 0 ? 0.7f : brushwork.PickOpacity(rng);
        var kind = BrushKind.Round;
        var paint = c;
        if (layer == Layers - 1 && Under((a + b) * 0.5f) is var (ur, ug, ub))
        {
            var ratio = new Rgb(Ratio(c.R, ur), Ratio(c.G, ug), Ratio(c.B, ub));
            float least = MathF.Min(ratio.R, MathF.Min(ratio.G, ratio.B)), most = MathF.Max(ratio.R, MathF.Max(ratio.G, ratio.B));
            if (least > 0.6f && most < 0.99f) { kind = BrushKind.Glaze; paint = ratio; opacity = 0.5f; }
        }
        var mid = (a + b) * 0.5f + v * (Gesture.Gaussian(rng) * band * 0.08f);
        var stroke = new Stroke
        {
            Points = [a * k, mid * k, b * k], Width = band * k, Color = paint, Opacity = opacity, Brush = kind,
            Load = brushwork.PickLoad(rng), Seed = (uint)rng.Next(), TaperStart = o.Taper.Start, TaperEnd = o.Taper.End,
        };
        return (stroke, r, g, bl);
    }

    // What the canvas holds at p, linear.
    private (float, float, float)? Under(Point2 p)
    {
        int x = (int)p.X, y = (int)p.Y;
        if (x < 0 || y < 0 || x >= target.Width || y >= target.Height) return null;
        var cv = pyramid.Full.C;
        int j = (y * target.Width + x) * 3;
        return (Srgb.ToLinear(cv[j]), Srgb.ToLinear(cv[j + 1]), Srgb.ToLinear(cv[j + 2]));
    }

    private static float Ratio(float want, float have) => Math.Clamp(want / MathF.Max(have, 1e-4f), 0f, 1f);
}
