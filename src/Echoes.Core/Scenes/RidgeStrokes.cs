using Echoes.Color;
using Echoes.Strokes;

namespace Echoes.Scenes;

/// <summary>
/// Brushwork the landscape gets from the scene itself, over the painter's, for depth: a band of translucent mist at
/// the foot of each far ridge (layered, so the ranges step back), each crest drawn as a broken line with a hand's
/// jitter, heavier and darker near, faint and hazy far, and short strokes down the slope clustered in a few places
/// under the crest (never the same hatching everywhere).
/// </summary>
internal static class RidgeStrokes
{
    /// <summary>The strokes for every ridge, far to near.</summary>
    public static List<Stroke> Paint(Composition c, Marks marks, Random rng)
    {
        var strokes = new List<Stroke>();
        int h = c.Target.Height;
        var haze = Rgb.Lerp(c.SkyHorizon, c.Light.Color, 0.2f);
        foreach (var ridge in c.Ridges)
        {
            var crest = ridge.Crest;
            float low = crest.Max(p => p.Y), mean = crest.Average(p => p.Y);
            if (ridge.Depth < 0.99f)
            {
                // Mist lying in the hollows at the ridge's foot.
                float y = mean + (low - mean) * 0.8f;
                for (int i = 0; i < 3; i++)
                {
                    float x0 = c.Target.Width * (i / 3f - 0.05f), x1 = c.Target.Width * ((i + 1) / 3f + 0.05f);
                    float wob = h * 0.03f * (rng.NextSingle() - 0.5f);
                    strokes.Add(marks.Make(BrushKind.Round, h * (0.03f + 0.03f * rng.NextSingle()), haze, 0.1f + 0.14f * (1 - ridge.Depth),
                        (0.45f, 0.45f), (x0, y + wob), ((x0 + x1) / 2, y - wob), (x1, y + wob * 0.5f)));
                }
            }
            var ink = Rgb.Lerp(new Rgb(ridge.Color.R * 0.35f, ridge.Color.G * 0.35f, ridge.Color.B * 0.4f), haze, 0.7f * (1 - ridge.Depth));
            Crest(strokes, crest, ink, h * (0.0012f + 0.0035f * ridge.Depth), 0.45f + 0.4f * ridge.Depth, marks, rng);
            Slopes(strokes, crest, ink, h, ridge.Depth, marks, rng);
        }
        return strokes;
    }

    // The crest as a broken line of segments, each with its own weight and a little jitter.
    private static void Crest(List<Stroke> strokes, (float X, float Y)[] crest, Rgb ink, float width, float opacity, Marks marks, Random rng)
    {
        int i = 0;
        while (i < crest.Length - 2)
        {
            int n = Math.Min(crest.Length - i, 6 + rng.Next(10));
            if (rng.NextSingle() < 0.15f) { i += n / 2; continue; } // a break, as a brush lifts
            var pts = new (float X, float Y)[n];
            for (int j = 0; j < n; j++) pts[j] = (crest[i + j].X, crest[i + j].Y + width * 0.6f * (rng.NextSingle() - 0.5f));
            strokes.Add(marks.Make(BrushKind.Round, width * (0.6f + 0.8f * rng.NextSingle()), ink, opacity, (0.2f, 0.3f), pts));
            i += n - 1;
        }
    }

    // Short strokes down the slope under the crest, in a few clusters.
    private static void Slopes(List<Stroke> strokes, (float X, float Y)[] crest, Rgb ink, int h, float depth, Marks marks, Random rng)
    {
        int clusters = 2 + rng.Next(4);
        for (int k = 0; k < clusters; k++)
        {
            int at = 2 + rng.Next(crest.Length - 4), count = 4 + rng.Next(8);
            for (int j = 0; j < count; j++)
            {
                int q = Math.Clamp(at + rng.Next(-3, 4), 1, crest.Length - 2);
                var (x, y) = crest[q];
                // Down the slope, along the hillside; where the crest is nearly level there is no slope to follow.
                float sx = crest[q + 1].X - crest[q - 1].X, sy = crest[q + 1].Y - crest[q - 1].Y;
                float len = MathF.Max(1e-3f, MathF.Sqrt(sx * sx + sy * sy));
                (sx, sy) = (sx / len, sy / len);
                if (MathF.Abs(sy) < 0.25f) continue;
                if (sy < 0) (sx, sy) = (-sx, -sy);
                float l = h * (0.012f + 0.03f * depth) * (0.5f + rng.NextSingle());
                float off = h * 0.006f * rng.NextSingle();
                var a = (x + sy * off * 0.3f, y + off);
                var b = (a.Item1 + sx * l, a.Item2 + sy * l);
                strokes.Add(marks.Make(BrushKind.Round, h * (0.001f + 0.002f * depth) * (0.7f + 0.6f * rng.NextSingle()), ink,
                    0.35f + 0.3f * depth, (0.05f, 0.5f), a, b));
            }
        }
    }
}
