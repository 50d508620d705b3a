using Echoes.Color;
using Echoes.Strokes;

namespace Echoes.Bench;

/// <summary>
/// A plan shaped like a finished layered painting (Hertzmann-style): three layers from broad to fine, each covering the
/// canvas about twice, so every pixel is painted about six times in all. Mostly round and flat brushes, with some knife,
/// dry brush, glaze, splatter and drips. Deterministic from its seed.
/// </summary>
internal static class SyntheticPlan
{
    /// <summary>Strokes painted over an average pixel (the sum of stroke areas over the canvas area).</summary>
    public const double CoverageDepth = 6;

    public static StrokePlan Make(int strokes, float width, float height, int seed = 1)
    {
        var rng = new Random(seed);
        var plan = new StrokePlan(width, height, new Rgb(0.8f, 0.76f, 0.7f));
        // Layer sizes: 1 %, 9 % and 90 % of the strokes, each layer covering the canvas twice; length = 4 × width.
        (int Count, float Width)[] layers = [(strokes / 100, 0), (strokes * 9 / 100, 0), (0, 0)];
        layers[2].Count = strokes - layers[0].Count - layers[1].Count;
        for (int l = 0; l < 3; l++)
            layers[l].Width = MathF.Sqrt((float)(CoverageDepth / 3 * width * height / Math.Max(1, layers[l].Count) / 4));
        foreach (var (count, w0) in layers)
        {
            for (int i = 0; i < count; i++)
            {
                float w = w0 * (0.7f + 0.6f * rng.NextSingle());
                float len = w * (3 + 2 * rng.NextSingle());
                float a = rng.NextSingle() * MathF.Tau, bend = (rng.NextSingle() - 0.5f) * len * 0.4f;
                var p0 = new Point2(rng.NextSingle() * width, rng.NextSingle() * height);
                var dir = new Point2(MathF.Cos(a), MathF.Sin(a));
                var normal = new Point2(-dir.Y, dir.X);
                double k = rng.NextDouble();
                var brush = k < 0.5 ? BrushKind.Round : k < 0.7 ? BrushKind.Flat : k < 0.8 ? BrushKind.DryBrush : k < 0.88 ? BrushKind.Knife
                          : k < 0.95 ? BrushKind.Glaze : k < 0.98 ? BrushKind.Splatter : BrushKind.Drip;
                plan.Strokes.Add(new Stroke
                {
                    Brush = brush,
                    Points = [p0, p0 + dir * (len * 0.5f) + normal * bend, p0 + dir * len],
                    Width = w,
                    Color = new Rgb(rng.NextSingle(), rng.NextSingle(), rng.NextSingle()),
                    Opacity = brush == BrushKind.Glaze ? 0.5f : 1f,
                    Load = 0.4f + 0.6f * rng.NextSingle(),
                    Seed = (uint)rng.Next(),
                });
            }
        }
        return plan;
    }
}
