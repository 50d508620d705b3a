using Echoes.Color;
using Echoes.Moods;
using Echoes.Targets;

namespace Echoes.Scenes;

/// <summary>
/// The colours the scene's own brushwork takes from its composed landscape, pushed by the painting's style and mood
/// exactly as the painter's are (the wiring, <c>SceneSource</c>, styles them as the painter does), so the scene's
/// strokes and the painter's agree in key, hue and contrast; and the mood's brushwork (length, wander, droop,
/// curvature, opacity) for the scene's marks.
/// </summary>
/// <param name="styled">The composed target with the style's and mood's colours.</param>
/// <param name="covered">The same without the mood's bare canvas, or null where the mood leaves none bare.</param>
/// <param name="mood">The mood's parameters.</param>
internal sealed class SceneColours(Target styled, Target? covered, MoodParameters mood)
{
    /// <summary>The mood's parameters.</summary>
    public MoodParameters Mood { get; } = mood;

    /// <summary>Whether the mood leaves the canvas bare at (x, y): no stroke is laid there.</summary>
    public bool Bare(float x, float y) => Fade(x, y) < 0.08f;

    /// <summary>How much of a wash the mood keeps at (x, y): 1 where it leaves no canvas bare, falling to 0 across the
    /// border of the bare canvas, so the washes thin out into it as ink into paper instead of stopping at an edge.</summary>
    public float Fade(float x, float y)
    {
        if (covered is null) return 1f;
        int ix = Math.Clamp((int)x, 0, styled.Width - 1), iy = Math.Clamp((int)y, 0, styled.Height - 1);
        float d = Distance(styled.Reference[ix, iy], covered.Reference[ix, iy]);
        return 1f - Echoes.Brushes.Noise.Smoothstep(0.04f, 0.3f, d);
    }

    /// <summary>The colour at working pixel (x, y), linear, clamped to the canvas: the styled colour, or where the mood
    /// leaves canvas bare, the colour the land would have had there (what a wash fading into the bare canvas takes, and
    /// what the sky, which is always painted, is painted in).</summary>
    public Rgb At(float x, float y) =>
        (covered ?? styled).Reference[Math.Clamp((int)x, 0, styled.Width - 1), Math.Clamp((int)y, 0, styled.Height - 1)];

    /// <summary>The mean colour at these points (<see cref="At"/>).</summary>
    public Rgb Mean(IEnumerable<(float X, float Y)> points)
    {
        float r = 0, g = 0, b = 0;
        int n = 0;
        foreach (var (x, y) in points)
        {
            var q = At(x, y);
            r += q.R; g += q.G; b += q.B;
            n++;
        }
        return n == 0 ? Rgb.Black : new Rgb(r / n, g / n, b / n);
    }

    /// <summary>How different two colours look: distance of their sRGB encodings (0 to about 1.7).</summary>
    public static float Distance(Rgb a, Rgb b)
    {
        float dr = Srgb.FromLinear(a.R) - Srgb.FromLinear(b.R), dg = Srgb.FromLinear(a.G) - Srgb.FromLinear(b.G);
        float db = Srgb.FromLinear(a.B) - Srgb.FromLinear(b.B);
        return MathF.Sqrt(dr * dr + dg * dg + db * db);
    }
}
