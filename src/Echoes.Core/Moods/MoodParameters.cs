using Echoes.Brushes;
using Echoes.Strokes;

namespace Echoes.Moods;

/// <summary>
/// What a mood changes, as explicit numbers (rationale in <c>docs/moods.md</c>). A blend interpolates every field:
/// the four moods' sets are averaged by weight, then mixed with the neutral set by the mood's strength (the sum of
/// weights, at most 1), so a mood halfway between two looks halfway between them.
/// </summary>
internal sealed record MoodParameters
{
    /// <summary>No change.</summary>
    public static MoodParameters Neutral { get; } = new();

    // --- colour ---
    /// <summary>Hue the colours are pulled toward, Oklch degrees.</summary>
    public float Hue { get; init; }
    /// <summary>How far hues move toward <see cref="Hue"/> along the shorter arc, 0–1.</summary>
    public float HuePull { get; init; }
    /// <summary>Chroma multiplier.</summary>
    public float Chroma { get; init; } = 1f;
    /// <summary>Added to Oklab lightness (the key: high for joy, low for sorrow).</summary>
    public float Lightness { get; init; }
    /// <summary>Lightness contrast around mid-grey.</summary>
    public float Contrast { get; init; } = 1f;
    /// <summary>How far colours wash out toward the bare canvas, 0–1.</summary>
    public float Fade { get; init; }
    /// <summary>Palette size multiplier (fewer colours for grief).</summary>
    public float PaletteScale { get; init; } = 1f;

    // --- light ---
    /// <summary>Colour of the light on the paint relief, −1 cold to +1 warm.</summary>
    public float Warmth { get; init; }
    /// <summary>Relief strength multiplier.</summary>
    public float Relief { get; init; } = 1f;

    // --- brushwork ---
    /// <summary>Stroke length multiplier.</summary>
    public float Length { get; init; } = 1f;
    /// <summary>How strongly strokes bend with the form (multiplier).</summary>
    public float Curvature { get; init; } = 1f;
    /// <summary>Extra random turn of strokes, degrees.</summary>
    public float Jitter { get; init; }
    /// <summary>Vertical pull on stroke direction: negative lifts (joy), positive droops (sorrow); −1 to 1.</summary>
    public float Lift { get; init; }
    /// <summary>Extra weight of each brush kind, relative to the style's mix.</summary>
    public BrushWeights ExtraBrushes { get; init; } = BrushWeights.None;
    /// <summary>Opacity multiplier.</summary>
    public float Opacity { get; init; } = 1f;
    /// <summary>Paint load multiplier (lower runs dry sooner).</summary>
    public float Load { get; init; } = 1f;

    // --- composition ---
    /// <summary>Share of the canvas, where detail matters least, left bare, 0–1.</summary>
    public float Bare { get; init; }

    /// <summary>The four moods' own parameters, in the order of <see cref="Mood.Names"/>.</summary>
    public static IReadOnlyList<MoodParameters> Pure { get; } =
    [
        // Joy: yellow–orange, bright and saturated; short lively strokes that lift and curl; splatter.
        new() { Hue = 85, HuePull = 0.55f, Chroma = 1.65f, Lightness = 0.09f, Contrast = 1.05f, Warmth = 0.8f, Relief = 1.1f,
                Length = 0.7f, Curvature = 1.2f, Jitter = 12, Lift = -0.45f, Load = 1f,
                ExtraBrushes = new((BrushKind.Round, 0.5f), (BrushKind.Splatter, 0.6f)) },
        // Sorrow: blue–grey, dark, muted; long heavy drooping strokes that run into drips.
        new() { Hue = 250, HuePull = 0.8f, Chroma = 0.42f, Lightness = -0.13f, Contrast = 0.9f, Warmth = -0.8f, Relief = 1.15f,
                Length = 1.5f, Curvature = 0.6f, Jitter = 2, Lift = 0.6f, Load = 0.9f,
                ExtraBrushes = new((BrushKind.Round, 0.4f), (BrushKind.DryBrush, 0.3f), (BrushKind.Drip, 0.7f)) },
        // Love: red–pink, warm light, soft round strokes and glazes that curve.
        new() { Hue = 8, HuePull = 0.75f, Chroma = 1.2f, Lightness = 0.03f, Contrast = 0.95f, Warmth = 0.6f, Relief = 0.8f,
                Length = 1.05f, Curvature = 1.5f, Jitter = 4, ExtraBrushes = new((BrushKind.Round, 1.2f), (BrushKind.Glaze, 1.2f)), Opacity = 0.9f },
        // Loss: greys, washed out; sparse dry brush that leaves canvas bare.
        new() { HuePull = 0f, Chroma = 0.22f, Lightness = 0.04f, Contrast = 0.72f, Fade = 0.35f, PaletteScale = 0.6f, Warmth = -0.2f,
                Relief = 0.7f, Length = 1.1f, Curvature = 0.8f, Jitter = 3, ExtraBrushes = new((BrushKind.DryBrush, 2.5f)),
                Opacity = 0.8f, Load = 0.6f, Bare = 0.35f },
    ];

    internal static MoodParameters Blend(Mood mood)
    {
        var w = mood.Weights;
        float total = w.Sum();
        if (total <= 0) return Neutral;
        float strength = Math.Min(1f, total);
        float Mix(Func<MoodParameters, float> f) =>
            f(Neutral) + strength * (Enumerable.Range(0, 4).Sum(i => w[i] * f(Pure[i])) / total - f(Neutral));
        // Hues blend as vectors weighted by their pull, so joy + love lands between orange and red.
        float hx = 0, hy = 0;
        for (int i = 0; i < 4; i++)
        {
            float a = Pure[i].Hue * MathF.PI / 180f, k = w[i] / total * Pure[i].HuePull;
            hx += k * MathF.Cos(a); hy += k * MathF.Sin(a);
        }
        float hue = MathF.Atan2(hy, hx) * 180f / MathF.PI;
        return new MoodParameters
        {
            Hue = hue < 0 ? hue + 360 : hue,
            HuePull = strength * MathF.Sqrt(hx * hx + hy * hy),
            Chroma = Mix(p => p.Chroma), Lightness = Mix(p => p.Lightness), Contrast = Mix(p => p.Contrast), Fade = Mix(p => p.Fade),
            PaletteScale = Mix(p => p.PaletteScale), Warmth = Mix(p => p.Warmth), Relief = Mix(p => p.Relief),
            Length = Mix(p => p.Length), Curvature = Mix(p => p.Curvature), Jitter = Mix(p => p.Jitter), Lift = Mix(p => p.Lift),
            ExtraBrushes = BrushWeights.From(kind => Mix(p => p.ExtraBrushes[kind])),
            Opacity = Mix(p => p.Opacity), Load = Mix(p => p.Load), Bare = Mix(p => p.Bare),
        };
    }
}
