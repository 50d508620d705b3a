using Echoes.Color;
using Echoes.Strokes;

namespace Echoes.Scenes;

/// <summary>Builds the scene's own brush marks in working pixels and scales them to plan units.</summary>
/// <param name="scale">Plan units per working pixel.</param>
/// <param name="seed">Base seed of the marks' textures.</param>
internal sealed class Marks(float scale, int seed)
{
    private int _count;

    /// <summary>Plan units per working pixel.</summary>
    public float Scale => scale;

    /// <summary>Marks at this scale from a texture stream of their own, told apart by <paramref name="kind"/>: a kind of mark
    /// whose count changes then leaves every later mark's texture as it was.</summary>
    public Marks Own(int kind) => new(scale, Targets.SeedMix.Of(seed, kind));

    /// <summary>A stroke through <paramref name="points"/> (working pixels), <paramref name="width"/> pixels wide.</summary>
    public Stroke Make(BrushKind brush, float width, Rgb color, float opacity, (float Start, float End) taper,
        params ReadOnlySpan<(float X, float Y)> points)
    {
        var pts = new Point2[points.Length];
        for (int i = 0; i < pts.Length; i++) pts[i] = new Point2(points[i].X * scale, points[i].Y * scale);
        return new Stroke
        {
            Points = pts, Width = MathF.Max(width * scale, 1e-3f), Color = color.Clamped(), Opacity = Math.Clamp(opacity, 0f, 1f),
            Brush = brush, TaperStart = Math.Clamp(taper.Start, 0f, 0.5f), TaperEnd = Math.Clamp(taper.End, 0f, 0.5f), Load = 1f,
            Seed = (uint)Targets.SeedMix.Of(seed, 0x3A7C, _count++),
        };
    }
}
