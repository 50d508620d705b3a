using Echoes.Color;
using Echoes.Imaging;
using Echoes.Moods;
using Echoes.Strokes;
using Echoes.Targets;

namespace Echoes.Scenes;

/// <summary>
/// The colours the scene's own brushwork takes from its composed landscape, pushed by the painting's style and mood
/// exactly as the painter's are (the wiring, <c>SceneSource</c>, styles them as the painter does), so the scene's
/// strokes and the painter's agree in key, hue and contrast; and the mood's brushwork (length, wander, droop,
/// curvature, opacity) for the scene's marks.
/// </summary>
/// <param name="styled">The composed target with the style's and mood's colours, without the mood's bare canvas.</param>
/// <param name="wash">How far the mood washes each working pixel to the bare ground, 0–1, or null where it leaves none bare.
/// (Read off the colours the wash left, the bare canvas lay only where the land differed from a pale linen ground: a
/// ground toned into a dark picture's key hid it.)</param>
/// <param name="bared">What the painter's underpainting paints toward where it is not <paramref name="styled"/>: the same
/// with the mood's bare canvas washed to its ground (null where none is bare). A tie or a figure is seen against that
/// ground, not against the land the wash took away.</param>
/// <param name="mood">The mood's parameters.</param>
/// <param name="lay">Renders a plan of strokes, flat, this many pixels wide (the wiring lends the renderer, which the
/// scenes may not reach); null where none is lent: then <see cref="Laid"/> keeps the composed colours.</param>
/// <param name="canvas">What the scene's own strokes are laid on where they are laid on a bare canvas of this colour;
/// null where they are laid over the painter's underpainting (a painting's own landscape).</param>
internal sealed class SceneColours(Target styled, float[]? wash, Picture? bared, MoodParameters mood, Func<StrokePlan, int, Picture>? lay = null,
    Rgb? canvas = null)
{
    // The landscape as its strokes laid it, once they are (Laid), read instead of the composed colours.
    private Picture? _laid;

    // How wide the laid landscape is rendered, at most: what the ground about a figure or along a tie needs (its mean
    // over a neighbourhood of a few of these pixels), at a small part of a full render's cost.
    private const int LaidWidth = 480;

    /// <summary>The mood's parameters.</summary>
    public MoodParameters Mood { get; } = mood;

    /// <summary>Whether the mood leaves the canvas bare at (x, y): no stroke is laid there.</summary>
    public bool Bare(float x, float y) => Fade(x, y) < 0.08f;

    /// <summary>How much of a wash the mood keeps at (x, y): 1 where it leaves no canvas bare, falling to 0 across the
    /// border of the bare canvas, so the washes thin out into it as ink into paper instead of stopping at an edge.</summary>
    public float Fade(float x, float y)
    {
        if (wash is null) return 1f;
        int ix = Math.Clamp((int)x, 0, styled.Width - 1), iy = Math.Clamp((int)y, 0, styled.Height - 1);
        return 1f - Echoes.Brushes.Noise.Smoothstep(0.1f, 0.7f, wash[iy * styled.Width + ix]);
    }

    /// <summary>The colour at working pixel (x, y), linear, clamped to the canvas: the styled colour, or where the mood
    /// leaves canvas bare, the colour the land would have had there (what a wash fading into the bare canvas takes, and
    /// what the sky, which is always painted, is painted in).</summary>
    public Rgb At(float x, float y)
    {
        if (_laid is { } laid)
        {
            float k = laid.Width / (float)styled.Width;
            return laid[Math.Clamp((int)(x * k), 0, laid.Width - 1), Math.Clamp((int)(y * k), 0, laid.Height - 1)];
        }
        return styled.Reference[Math.Clamp((int)x, 0, styled.Width - 1), Math.Clamp((int)y, 0, styled.Height - 1)];
    }

    /// <summary>These colours read off the landscape as <paramref name="land"/> (its strokes, in plan units,
    /// <paramref name="scale"/> per working pixel) lays it, rendered, rather than off the composed picture those strokes
    /// approximate: what a figure or a tie is set against is the ground actually painted behind it (a crest's rows, a
    /// field's lighter strokes, and what their washes let through of the underpainting), so the land may change and
    /// they stay legible. Where no renderer is lent, these.</summary>
    public SceneColours Laid(IEnumerable<Stroke> land, float scale)
    {
        if (lay is null) return this;
        var strokes = land.ToList();
        Picture On(Rgb ground)
        {
            var plan = new StrokePlan(styled.Width * scale, styled.Height * scale, ground);
            plan.Strokes.AddRange(strokes);
            return lay(plan, Math.Min(LaidWidth, styled.Width));
        }
        if (canvas is { } bare) return new SceneColours(styled, wash, bared, Mood, lay, canvas) { _laid = On(bare) };
        // Over the painter's underpainting, which paints toward the composed picture (bare ground where the mood washes it
        // there): laid on white and on black, to tell how much of it the washes let through.
        var (light, dark) = (On(Rgb.White), On(Rgb.Black));
        var under = (bared ?? styled.Reference).Resize(light.Width, light.Height);
        var (l, d, u) = (light.Pixels, dark.Pixels, under.Pixels);
        // Over black the paint alone (its colour times how much it covers), over white that plus what it lets through;
        // in the encoded values, as the renderer mixes paint.
        for (int i = 0; i < d.Length; i++)
        {
            float paint = Srgb.FromLinear(d[i]);
            d[i] = Srgb.ToLinear(paint + Math.Clamp(Srgb.FromLinear(l[i]) - paint, 0f, 1f) * Srgb.FromLinear(u[i]));
        }
        return new SceneColours(styled, wash, bared, Mood, lay, canvas) { _laid = dark };
    }

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
