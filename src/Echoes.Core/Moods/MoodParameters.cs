using Echoes.Brushes;
using Echoes.Strokes;

namespace Echoes.Moods;

/// <summary>
/// What a mood changes, as explicit numbers (rationale and sources in <c>docs/moods.md</c>): the colour it paints with
/// and where, the light and where it sits, what is left bare or dissolved, and the hand (direction, rhythm, edges, paint).
/// A blend interpolates every field: the four moods' sets are averaged by weight, then mixed with the neutral set by the
/// mood's strength (the sum of weights, at most 1), so a mood halfway between two looks halfway between them.
/// </summary>
internal sealed record MoodParameters
{
    /// <summary>No change.</summary>
    public static MoodParameters Neutral { get; } = new();

    // --- colour: what the light and the feeling do to the local colour ---
    /// <summary>Hue muted colours are pulled toward, Oklch degrees.</summary>
    public float Hue { get; init; }
    /// <summary>How far muted colours move toward <see cref="Hue"/> in the a–b plane, 0–1.</summary>
    public float HuePull { get; init; }
    /// <summary>Share of the pull that strongly chromatic (local) colours take too, 0–1: 0 keeps a red flower red.</summary>
    public float TakesLocal { get; init; }
    /// <summary>How much a warm, chromatic note on the subject keeps its own colour against the pull, 0–1.</summary>
    public float Accent { get; init; }
    /// <summary>Chroma multiplier away from the subject.</summary>
    public float Chroma { get; init; } = 1f;
    /// <summary>Chroma multiplier on the subject: where the saturation peaks.</summary>
    public float SubjectChroma { get; init; } = 1f;
    /// <summary>Chroma gain of hues near <see cref="Hue"/> (and loss of those 90° or more away), 0–1.</summary>
    public float HueChroma { get; init; }
    /// <summary>Added to Oklab lightness (the key: high for joy, low for sorrow).</summary>
    public float Lightness { get; init; }
    /// <summary>Lightness contrast around mid-grey.</summary>
    public float Contrast { get; init; } = 1f;
    /// <summary>How much of the light the mood adds the photo's lights are spared, 0–1, so they keep their drawing.</summary>
    public float KeepLights { get; init; }
    /// <summary>Lightness the picture's lights are held under, softly (1: none): sorrow keeps no white.</summary>
    public float Ceiling { get; init; } = 1f;
    /// <summary>How far the mood's hue and the light's colour are kept to the subject, 0–1: the rest of the picture takes
    /// the shadows' colour instead, a warm light in a cool room (love) rather than a tinted picture.</summary>
    public float Confine { get; init; }
    /// <summary>Shadows opened toward mid-value (positive, joy) or sunk deeper (negative, sorrow).</summary>
    public float Open { get; init; }
    /// <summary>How far colours wash out toward the picture's mean, 0–1.</summary>
    public float Fade { get; init; }
    /// <summary>Palette size multiplier (fewer colours for grief).</summary>
    public float PaletteScale { get; init; } = 1f;
    /// <summary>Hue of the light, laid on the lights.</summary>
    public float LightHue { get; init; }
    /// <summary>Strength of the light's colour on the lights, Oklab a–b units.</summary>
    public float LightTint { get; init; }
    /// <summary>Hue of the shadows, laid on the darks.</summary>
    public float ShadowHue { get; init; }
    /// <summary>Strength of the shadows' colour on the darks, Oklab a–b units.</summary>
    public float ShadowTint { get; init; }

    // --- light and composition ---
    /// <summary>Colour of the light on the paint relief, −1 cold to +1 warm.</summary>
    public float Warmth { get; init; }
    /// <summary>Relief strength multiplier: paint thickness.</summary>
    public float Relief { get; init; } = 1f;
    /// <summary>Strength of a light falling across the subject (Oklab L at its lit edge; as much taken from its shadow side),
    /// shaped by the focus, so the value turns on the subject rather than over the whole picture.</summary>
    public float Modelling { get; init; }
    /// <summary>Where that light comes from: 0 from the side the subject is already lit from, 1 from straight above.</summary>
    public float LightHeight { get; init; }
    /// <summary>How far that light wraps round the subject, 0–1: 0 leaves a full shadow side, 1 lights it nearly all.</summary>
    public float Wrap { get; init; }
    /// <summary>The light's colour laid where it falls, Oklab a–b units per unit of lightness it adds.</summary>
    public float ModelTint { get; init; }
    /// <summary>Lightness added on the subject alone (negative: the subject's own light drops).</summary>
    public float SubjectKey { get; init; }
    /// <summary>Light rising to the top (positive) or sinking to the bottom (negative): lightness added at the top.</summary>
    public float Rise { get; init; }
    /// <summary>Light gathered around the subject (positive) or opened outward to the edges (negative).</summary>
    public float Gather { get; init; }
    /// <summary>How far the top of the picture empties into a quiet, dim field, 0–1.</summary>
    public float Empty { get; init; }
    /// <summary>How far edges off the subject soften and merge, 0–1.</summary>
    public float Soften { get; init; }
    /// <summary>Share of the canvas, where detail matters least, left bare, 0–1.</summary>
    public float Bare { get; init; }
    /// <summary>How much of the subject thins out toward the ground in patches, 0–1.</summary>
    public float Thin { get; init; }

    // --- brushwork ---
    /// <summary>Stroke length multiplier.</summary>
    public float Length { get; init; } = 1f;
    /// <summary>Width multiplier of the layers that lay the picture in (all but the finest, which draws): joy's small
    /// quick dabs, sorrow's broad heavy slabs, loss's few wide marks.</summary>
    public float Scale { get; init; } = 1f;
    /// <summary>How strongly strokes bend with the form (multiplier).</summary>
    public float Curvature { get; init; } = 1f;
    /// <summary>Extra random turn of strokes, degrees.</summary>
    public float Jitter { get; init; }
    /// <summary>Vertical pull on stroke direction: negative lifts (joy), positive droops (sorrow); −1 to 1.</summary>
    public float Lift { get; init; }
    /// <summary>How much a stroke sags downward as it goes on (sorrow), 0–1.</summary>
    public float Sag { get; init; }
    /// <summary>Pull of the stroke field toward rays fanning up from below the subject (joy's rising rhythm), 0–1.</summary>
    public float Radial { get; init; }
    /// <summary>Pull of the stroke field toward verticals (sorrow's falling strokes), 0–1.</summary>
    public float Vertical { get; init; }
    /// <summary>Pull of the stroke field round the subject, along its contour (love's enveloping strokes), 0–1.</summary>
    public float Envelop { get; init; }
    /// <summary>Extra weight of each brush kind, relative to the style's mix.</summary>
    public BrushWeights ExtraBrushes { get; init; } = BrushWeights.None;
    /// <summary>Opacity multiplier.</summary>
    public float Opacity { get; init; } = 1f;
    /// <summary>Paint load multiplier (lower runs dry sooner).</summary>
    public float Load { get; init; } = 1f;
    /// <summary>Added to the start taper: negative is a sharp attack, positive a soft one.</summary>
    public float TaperStart { get; init; }
    /// <summary>Added to the end taper: positive strokes fade out before they end.</summary>
    public float TaperEnd { get; init; }
    /// <summary>How far a stroke drags on across a change of colour before it stops (sorrow's heavy hand), 0–1.</summary>
    public float Drag { get; init; }
    /// <summary>Chance that a stroke breaks off early, 0–1 (loss).</summary>
    public float Break { get; init; }
    /// <summary>Spread of hue between neighbouring strokes, degrees: broken colour.</summary>
    public float HueBreak { get; init; }
    /// <summary>Chroma, Oklab a–b units, that a stroke off the subject takes from the light's hue or the shadows' (warm
    /// in the lights, cool in the darks, by chance between): the vibrating warm–cool touches impressionists lit a grey
    /// wall with.</summary>
    public float Vibration { get; init; }
    /// <summary>Chance that a stroke off the subject, in the lights, is a glint of the light's colour, 0–1.</summary>
    public float Sparks { get; init; }

    // --- the mood's own marks, laid last over the painting, off the subject ---
    /// <summary>Rays of light springing from round the subject and rising, 0–1 (joy's light blooming outward).</summary>
    public float Bloom { get; init; }
    /// <summary>Long cold strokes falling from the top past the subject, 0–1 (sorrow's veil, like rain on a window).</summary>
    public float Veil { get; init; }
    /// <summary>Warm arcs of light round the subject, 0–1 (love holding it).</summary>
    public float Embrace { get; init; }
    /// <summary>Dry strokes of the bare ground dragged in from the lost side, 0–1 (loss wiping the picture away).</summary>
    public float Scrub { get; init; }

    /// <summary>The four moods' own parameters, in the order of <see cref="Mood.Names"/>.</summary>
    public static IReadOnlyList<MoodParameters> Pure { get; } = [Joy, Sorrow, Love, Loss];

    // Joy: high key and sunlight: a warm light falling from high on one side that models the subject, cool violet shadows
    // against it (the warm–cool contrast, not a warm cast, carries the mood), shadows opened, saturation up and peaking on
    // the subject with local colour kept; light rising and glowing round the subject; short quick dabs that
    // rise and fan out from below (a steady hand, so they lie alike rather than cross), broken colour off the subject,
    // glints of light in the lights, a little splatter.
    private static MoodParameters Joy => new()
    {
        Hue = 85, HuePull = 0.06f, Chroma = 1.1f, SubjectChroma = 1.25f, HueChroma = 0.05f, Lightness = 0.1f, Contrast = 1f,
        Open = 0.2f, LightHue = 85, LightTint = 0.02f, ShadowHue = 285, ShadowTint = 0.03f,
        Warmth = 0.3f, Relief = 1.15f, Rise = 0.06f, Gather = 0.08f, Modelling = 0.08f, LightHeight = 0.7f, Wrap = 0.3f,
        SubjectKey = -0.02f, ModelTint = 0.3f, KeepLights = 0.75f,
        Length = 0.6f, Scale = 0.85f, Curvature = 1.2f, Jitter = 3, Lift = -0.8f, Radial = 0.7f, TaperStart = -0.1f, TaperEnd = 0.1f,
        HueBreak = 10, Vibration = 0.05f, Sparks = 0.03f, Bloom = 1, ExtraBrushes = new((BrushKind.Round, 0.5f), (BrushKind.Splatter, 0.25f)),
    };

    // Sorrow: low key, heavy darks, no white, cold blue light over everything but one warm note on the subject, whose own
    // light drops too; the light sinks and the top empties; long slow strokes that fall, sag and drip.
    private static MoodParameters Sorrow => new()
    {
        Hue = 250, HuePull = 0.75f, TakesLocal = 0.85f, Accent = 0.9f, Chroma = 0.4f, SubjectChroma = 0.6f, HueChroma = 0.2f,
        Lightness = -0.1f, Contrast = 0.9f, Open = -0.15f, Ceiling = 0.75f, LightHue = 235, LightTint = 0.025f, ShadowHue = 265, ShadowTint = 0.02f,
        Warmth = -0.3f, Relief = 1.2f, Rise = -0.13f, Empty = 0.75f, SubjectKey = -0.045f,
        Length = 1.7f, Scale = 1.35f, Curvature = 0.6f, Jitter = 2, Lift = 0.7f, Sag = 0.5f, Vertical = 0.6f, Drag = 0.6f,
        TaperStart = -0.05f, TaperEnd = 0.1f, Veil = 1,
        ExtraBrushes = new((BrushKind.Round, 0.4f), (BrushKind.DryBrush, 0.6f), (BrushKind.Drip, 0.7f)),
    };

    // Love: a warm light in a cool room: rosy light and a gentle pull toward rose on the subject (local colour kept), cool
    // violet shadows that also take the room around it, and a warm light falling from one side and wrapping round the subject, which
    // stays the most finished place; saturation and light gathered on it; soft merging edges away from it, long slow
    // strokes curving round its contour, glazes.
    private static MoodParameters Love => new()
    {
        Hue = 355, HuePull = 0.3f, TakesLocal = 0.1f, Chroma = 0.95f, SubjectChroma = 1.3f, HueChroma = 0.25f, Lightness = 0.04f,
        Contrast = 0.9f, Open = 0.1f, LightHue = 15, LightTint = 0.045f, ShadowHue = 275, ShadowTint = 0.035f, Confine = 0.7f,
        Warmth = 0.3f, Relief = 0.7f, Gather = 0.25f, Soften = 0.8f, Modelling = 0.08f, LightHeight = 0.35f, Wrap = 0.5f,
        ModelTint = 0.5f,
        Length = 1.1f, Curvature = 1.5f, Jitter = 2, Envelop = 0.9f, TaperStart = 0.2f, TaperEnd = 0.2f, Opacity = 0.88f, Embrace = 1,
        ExtraBrushes = new((BrushKind.Round, 1.2f), (BrushKind.Glaze, 1.2f)),
    };

    // Loss: greys with a sepia memory in the shadows, washed out and flat; parts erased to the ground and the subject
    // thinning in patches; sparse dry strokes that break off and fade before they end.
    private static MoodParameters Loss => new()
    {
        Chroma = 0.22f, SubjectChroma = 0.35f, Lightness = 0.04f, Contrast = 0.78f, Fade = 0.3f, PaletteScale = 0.6f,
        LightHue = 250, LightTint = 0.008f, ShadowHue = 65, ShadowTint = 0.02f,
        Warmth = -0.1f, Relief = 0.6f, Bare = 0.35f, Thin = 0.3f,
        Length = 1.1f, Scale = 1.35f, Curvature = 0.8f, Jitter = 3, TaperEnd = 0.2f, Break = 0.45f, Scrub = 1,
        ExtraBrushes = new((BrushKind.DryBrush, 2.5f)), Opacity = 0.8f, Load = 0.5f,
    };

    internal static MoodParameters Blend(Mood mood)
    {
        var w = mood.Weights;
        float total = w.Sum();
        if (total <= 0) return Neutral;
        float strength = Math.Min(1f, total);
        float Mix(Func<MoodParameters, float> f) =>
            f(Neutral) + strength * (Enumerable.Range(0, 4).Sum(i => w[i] * f(Pure[i])) / total - f(Neutral));
        // Hues blend as vectors weighted by their strength, so joy + love lands between orange and red.
        (float Hue, float Strength) Hue(Func<MoodParameters, float> hue, Func<MoodParameters, float> amount)
        {
            float hx = 0, hy = 0;
            for (int i = 0; i < 4; i++)
            {
                float a = hue(Pure[i]) * MathF.PI / 180f, k = w[i] / total * amount(Pure[i]);
                hx += k * MathF.Cos(a); hy += k * MathF.Sin(a);
            }
            float h = MathF.Atan2(hy, hx) * 180f / MathF.PI;
            return (h < 0 ? h + 360 : h, strength * MathF.Sqrt(hx * hx + hy * hy));
        }
        var pull = Hue(p => p.Hue, p => p.HuePull);
        var light = Hue(p => p.LightHue, p => p.LightTint);
        var shadow = Hue(p => p.ShadowHue, p => p.ShadowTint);
        return new MoodParameters
        {
            Hue = pull.Hue, HuePull = pull.Strength, TakesLocal = Mix(p => p.TakesLocal), Accent = Mix(p => p.Accent),
            Chroma = Mix(p => p.Chroma), SubjectChroma = Mix(p => p.SubjectChroma), HueChroma = Mix(p => p.HueChroma),
            Lightness = Mix(p => p.Lightness), KeepLights = Mix(p => p.KeepLights), Contrast = Mix(p => p.Contrast),
            Ceiling = Mix(p => p.Ceiling), Confine = Mix(p => p.Confine),
            Open = Mix(p => p.Open), Fade = Mix(p => p.Fade),
            PaletteScale = Mix(p => p.PaletteScale), LightHue = light.Hue, LightTint = light.Strength, ShadowHue = shadow.Hue,
            ShadowTint = shadow.Strength,
            Modelling = Mix(p => p.Modelling), LightHeight = Mix(p => p.LightHeight), Wrap = Mix(p => p.Wrap),
            ModelTint = Mix(p => p.ModelTint), SubjectKey = Mix(p => p.SubjectKey),
            Warmth = Mix(p => p.Warmth), Relief = Mix(p => p.Relief), Rise = Mix(p => p.Rise), Gather = Mix(p => p.Gather),
            Empty = Mix(p => p.Empty), Soften = Mix(p => p.Soften), Bare = Mix(p => p.Bare), Thin = Mix(p => p.Thin),
            Length = Mix(p => p.Length), Scale = Mix(p => p.Scale),
            Curvature = Mix(p => p.Curvature), Jitter = Mix(p => p.Jitter), Lift = Mix(p => p.Lift),
            Sag = Mix(p => p.Sag), Radial = Mix(p => p.Radial), Vertical = Mix(p => p.Vertical), Envelop = Mix(p => p.Envelop),
            ExtraBrushes = BrushWeights.From(kind => Mix(p => p.ExtraBrushes[kind])),
            Opacity = Mix(p => p.Opacity), Load = Mix(p => p.Load), TaperStart = Mix(p => p.TaperStart), TaperEnd = Mix(p => p.TaperEnd),
            Drag = Mix(p => p.Drag), Break = Mix(p => p.Break), HueBreak = Mix(p => p.HueBreak), Vibration = Mix(p => p.Vibration),
            Sparks = Mix(p => p.Sparks),
            Bloom = Mix(p => p.Bloom), Veil = Mix(p => p.Veil), Embrace = Mix(p => p.Embrace), Scrub = Mix(p => p.Scrub),
        };
    }
}
