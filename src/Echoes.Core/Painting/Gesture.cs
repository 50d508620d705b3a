using Echoes.Color;
using Echoes.Strokes;

namespace Echoes.Painting;

/// <summary>
/// A stroke as the optimizer handles it: centre, angle, length, width and bend in working pixels, which mutate
/// smoothly; <see cref="ToStroke"/> turns it into a plan stroke in logical units.
/// </summary>
internal record struct Gesture(float X, float Y, float Angle, float Length, float Width, float Bend, BrushKind Brush, uint Seed,
    float Opacity, float Load, float TaperStart, float TaperEnd)
{
    public readonly Stroke ToStroke(float logicalPerPixel, Rgb color)
    {
        float dx = MathF.Cos(Angle), dy = MathF.Sin(Angle);
        float hl = 0.5f * Length;
        float k = logicalPerPixel;
        var a = new Point2((X - dx * hl) * k, (Y - dy * hl) * k);
        // A broad brush cannot turn tighter than about one and a half times its width (an arc's radius is about
        // Length / (8 Bend)): bent further, its inner edge bunches into rings, fingerprint whorls in flat places.
        float most = Length / (12f * MathF.Max(Width, 1e-3f)), bend = Math.Clamp(Bend, -most, most);
        var b = new Point2((X - dy * bend * Length) * k, (Y + dx * bend * Length) * k);
        var c = new Point2((X + dx * hl) * k, (Y + dy * hl) * k);
        return new Stroke
        {
            Points = [a, b, c], Width = Width * k, Color = color, Opacity = Opacity, Brush = Brushwork.ForLength(Brush, Length, Width),
            Seed = Seed, Load = Load,
            TaperStart = TaperStart, TaperEnd = TaperEnd,
        };
    }

    public readonly Gesture Mutate(Random rng, int w, int h, float minWidth, float maxWidth, bool freeTaper)
    {
        var g = this;
        switch (rng.Next(freeTaper ? 9 : 6))
        {
            case 0: g.X = Math.Clamp(X + Gaussian(rng) * MathF.Max(Width, 2f) * 0.5f, 0, w - 1); break;
            case 1: g.Y = Math.Clamp(Y + Gaussian(rng) * MathF.Max(Width, 2f) * 0.5f, 0, h - 1); break;
            case 2: g.Angle = Angle + Gaussian(rng) * 0.35f; break;
            case 3: g.Length = Math.Clamp(Length * MathF.Exp(Gaussian(rng) * 0.3f), minWidth, Math.Max(w, h)); break;
            case 4: g.Width = Math.Clamp(Width * MathF.Exp(Gaussian(rng) * 0.25f), minWidth, maxWidth); break;
            case 5: g.Bend = Math.Clamp(Bend + Gaussian(rng) * 0.12f, -0.45f, 0.45f); break;
            case 6: g.TaperStart = Math.Clamp(TaperStart + Gaussian(rng) * 0.15f, 0f, 0.5f); break;
            case 7: g.TaperEnd = Math.Clamp(TaperEnd + Gaussian(rng) * 0.15f, 0f, 0.5f); break;
            default: g.Opacity = Math.Clamp(Opacity + Gaussian(rng) * 0.2f, 0.25f, 1f); break;
        }
        return g;
    }

    public static float Gaussian(Random rng)
    {
        // Box–Muller; one value per call keeps the sequence simple and deterministic.
        double u1 = 1.0 - rng.NextDouble(), u2 = rng.NextDouble();
        return (float)(Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2 * Math.PI * u2));
    }
}
