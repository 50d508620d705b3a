using Echoes.Brushes;
using Echoes.Color;
using Echoes.Moods;
using Echoes.Strokes;
using Echoes.Targets;

namespace Echoes.Painting;

/// <summary>
/// The style's hand: which brush, how much paint, how opaque, and how each chosen colour is put down (snapped toward
/// the limited palette, jittered in Oklab). Colours here are in the encoded working space. On the subject (a focus of
/// 0–1 where it is asked for) broad marks give way to brushes and colours stay truer, as the style's focus options say.
/// A mood may break the colour (neighbouring strokes of neighbouring hues) and strike complementary sparks.
/// </summary>
internal sealed class Brushwork
{
    private readonly PaintOptions _o;
    private readonly Palette? _palette;
    private readonly float[] _cumulative;

    public Brushwork(PaintOptions options, Palette? palette, float logicalPerPixel, MoodParameters? mood = null)
    {
        _o = options;
        Mood = mood ?? MoodParameters.Neutral;
        _palette = palette;
        LogicalPerPixel = logicalPerPixel;
        _cumulative = new float[Brush.All.Count];
        float acc = 0;
        for (int i = 0; i < _cumulative.Length; i++) { acc += Math.Max(0, options.BrushMix[Brush.All[i].Kind]); _cumulative[i] = acc; }
    }

    /// <summary>The mood's hand: how strokes sag, break off and fade (the style's own numbers already carry the rest).</summary>
    public MoodParameters Mood { get; }

    /// <summary>Logical plan units per working pixel.</summary>
    public float LogicalPerPixel { get; }

    /// <summary>A brush from the style's mix; at <paramref name="focus"/> the broad marks (knife slabs, splatter, drips,
    /// glazes) are weighted down by the style's <see cref="PaintOptions.FocusDetail"/>, so the subject is drawn with brushes.</summary>
    public BrushKind PickBrush(Random rng, float focus = 0f)
    {
        float keep = 1f - _o.FocusDetail * focus;
        if (keep >= 1f)
        {
            float r = rng.NextSingle() * _cumulative[^1];
            for (int i = 0; i < _cumulative.Length; i++) if (r < _cumulative[i]) return Brush.All[i].Kind;
            return BrushKind.Round;
        }
        Span<float> weights = stackalloc float[Brush.All.Count];
        float total = 0;
        for (int i = 0; i < weights.Length; i++)
        {
            var kind = Brush.All[i].Kind;
            weights[i] = Math.Max(0, _o.BrushMix[kind]) * (IsBroad(kind) ? keep : 1f);
            total += weights[i];
        }
        float pick = rng.NextSingle() * total;
        for (int i = 0; i < weights.Length; i++) { pick -= weights[i]; if (pick < 0) return Brush.All[i].Kind; }
        return BrushKind.Round;
    }

    /// <summary>The brush a mark of spine <paramref name="length"/> and <paramref name="width"/> is painted with: a flat
    /// brush dragged less than <see cref="ShortestDrag"/> of its widths would leave a square tile, stacked with its
    /// neighbours like laid tiles, so so short a touch is given to a round brush.</summary>
    public static BrushKind ForLength(BrushKind kind, float length, float width) =>
        kind == BrushKind.Flat && length < ShortestDrag * width ? BrushKind.Round : kind;

    /// <summary>The brush a place laid calmly to <paramref name="laying"/> (<see cref="CalmField.Laying"/>) is painted with:
    /// mostly a round, whose soft sides are lost in the paint beside it. A flat's or a knife's straight sides and a dry
    /// brush's combed gaps, side by side across a sky or a blurred background, read as stacked slabs and stripes.</summary>
    public static BrushKind Laid(BrushKind kind, float laying, Random rng) =>
        laying > 0f && kind is BrushKind.Flat or BrushKind.Knife or BrushKind.DryBrush && rng.NextSingle() < laying ? BrushKind.Round : kind;

    /// <summary>How many of its widths a flat brush must travel to leave a stroke rather than a tile.</summary>
    internal const float ShortestDrag = 1.5f;

    // One jitter draw in [−0.5, 0.5], the share `shared` of it the place's own draw `place`.
    private static float Shared(Random rng, float place, float shared)
    {
        float own = rng.NextSingle() - 0.5f;
        return shared > 0f ? own + shared * (place - own) : own;
    }

    // The jitter draws strokes share at a place (Touch.Passage), each in [−0.5, 0.5]: smooth noise over the canvas, about
    // a coarse brush's width across, the same for every layer, so a finer touch varies with the coarse ones beneath it.
    private Oklab Place(Point2 at)
    {
        float k = LogicalPerPixel / (PassageSize * Painter.LogicalLongSide), u = at.X * k, v = at.Y * k;
        uint seed = (uint)SeedMix.Of(_o.Seed, PassageDraw);
        return new Oklab(Noise.Value2(seed, u, v) - 0.5f, Noise.Value2(seed + 1, u, v) - 0.5f, Noise.Value2(seed + 2, u, v) - 0.5f);
    }

    // The size of a passage of shared colour, as a share of the picture's long side.
    private const float PassageSize = 1 / 16f;

    private const int PassageDraw = 0x9A55;

    // Marks that lay paint down in one broad gesture rather than drawing a form.
    /// <summary>How far a colour's hue may be pushed, 0–1: fully in the chromatic mid-tones, not at all for near-greys,
    /// near-whites and near-blacks.</summary>
    internal static float Pushable(Oklab lab)
    {
        float chroma = MathF.Sqrt(lab.A * lab.A + lab.B * lab.B);
        return Noise.Smoothstep(0.025f, 0.07f, chroma) * Noise.Smoothstep(0.12f, 0.3f, lab.L) * (1f - Noise.Smoothstep(0.78f, 0.93f, lab.L));
    }

    // Mostly warm touches where the light falls and cool ones in the shade, never only one: the two side by side make
    // the light vibrate. Each is laid on whatever hue is there.
    private Oklab Vibrate(Oklab lab, Random rng, float amount)
    {
        bool warm = rng.NextSingle() < 0.3f + 0.45f * Noise.Smoothstep(0.3f, 0.8f, lab.L);
        float hue = (warm ? Mood.LightHue : Mood.ShadowHue) * MathF.PI / 180f;
        float c = Mood.Vibration * amount * (0.4f + 0.6f * rng.NextSingle());
        return new Oklab(lab.L, lab.A + c * MathF.Cos(hue), lab.B + c * MathF.Sin(hue));
    }

    private static bool IsBroad(BrushKind kind) => kind is BrushKind.Knife or BrushKind.Splatter or BrushKind.Drip or BrushKind.Glaze;

    /// <summary>An opacity from the style's range; a mood that thins the paint does so only half as much on the subject.</summary>
    public float PickOpacity(Random rng, float focus = 0f)
    {
        float opacity = _o.Opacity.Min + (_o.Opacity.Max - _o.Opacity.Min) * rng.NextSingle();
        return Mood.Opacity < 1f ? MathF.Min(1f, opacity * (1f + (1f / Mood.Opacity - 1f) * 0.5f * focus)) : opacity;
    }

    /// <summary>A paint load from the style's range; a mood that runs strokes dry does so only half as much on the
    /// subject (at <paramref name="focus"/>), so its drawing is not lost to the dry brush's gaps.</summary>
    public float PickLoad(Random rng, float focus = 0f)
    {
        float load = _o.Load.Min + (_o.Load.Max - _o.Load.Min) * rng.NextSingle();
        return Mood.Load < 1f ? MathF.Min(1f, load * (1f + (1f / Mood.Load - 1f) * 0.5f * focus)) : load;
    }

    /// <summary>How true to the photo the layers keep a stroke's colour where it sets out (the <c>focus</c> they give
    /// <see cref="Styled"/>): fully on the subject, and mostly in the photo's smooth passages (a sky's fade, a wall),
    /// which a limited palette would band.</summary>
    public static float Truth(float focus, float importance) => MathF.Max(focus, 0.6f * (1f - importance));

    /// <summary>The colour the stroke is actually painted with; at <paramref name="focus"/> the palette's pull and the
    /// jitter fade by the style's <see cref="PaintOptions.FocusTruth"/>. Its darks are mixed as a stroke kept
    /// <paramref name="darkTruth"/> true (by default <paramref name="focus"/>) would mix them. A stroke that sets out
    /// <paramref name="at"/> (working pixels) shares the style's <see cref="Touch.Passage"/> of its jitter with the
    /// strokes near there.</summary>
    public (float R, float G, float B) Styled(float r, float g, float b, Random rng, float focus = 0f, float? darkTruth = null,
        Point2? at = null)
    {
        if (_palette is null && _o.ColorJitter <= 0 && Mood.HueBreak <= 0 && Mood.Vibration <= 0 && Mood.Sparks <= 0) return (r, g, b);
        float free = 1f - _o.FocusTruth * focus;
        var lab = Oklab.FromLinear(new Rgb(Srgb.ToLinear(r), Srgb.ToLinear(g), Srgb.ToLinear(b)));
        // The palette and the jitter push hue in the chromatic mid-tones only: a white cup, a grey wall or a black
        // shadow keeps its value and stays neutral instead of taking the picture's main hue.
        float hued = Pushable(lab);
        if (_palette is not null) lab = _palette.Snap(lab, _o.PaletteStrength * free * hued, _o.PaletteStrength * free * 0.35f);
        if (_o.ColorJitter > 0)
        {
            float j = _o.ColorJitter * free, jc = j * hued;
            var place = at is { } p ? Place(p) : default;
            float shared = at is null ? 0f : _o.Touch.Passage;
            float dl = Shared(rng, place.L, shared), da = Shared(rng, place.A, shared), db = Shared(rng, place.B, shared);
            lab = new Oklab(lab.L + dl * j, lab.A + da * jc, lab.B + db * jc);
            // A style that varies its colour at all mixes its darks as a painter does (the subject's keep their value, as
            // it is drawn truer); a faithful style keeps the photo's.
            float truth = darkTruth ?? focus;
            lab = Darks.Mixed(lab, rng, (1f - _o.FocusTruth * truth) * (1f - truth));
        }
        if (Mood.Vibration > 0) lab = Vibrate(lab, rng, free * (1f - focus));
        var lch = lab.ToOklch();
        // Broken colour is for the air round the subject: on a face it reads as noise.
        if (Mood.HueBreak > 0) lch = lch with { H = lch.H + Gesture.Gaussian(rng) * Mood.HueBreak * free * (1f - focus) };
        // A glint: now and then, off the subject and in the lights, a touch of the light itself, near white and barely
        // tinted by the light's hue, as sun catches on things; confetti of other hues read as noise.
        if (Mood.Sparks > 0 && lch.L > 0.6f && rng.NextSingle() < Mood.Sparks * (1f - Noise.Smoothstep(0.1f, 0.4f, focus)))
            lch = new Oklch(lch.L + (0.97f - lch.L) * 0.7f, MathF.Min(lch.C, 0.04f), Mood.LightHue);
        var c = lch.ToLinearInGamut();
        return (Srgb.FromLinear(c.R), Srgb.FromLinear(c.G), Srgb.FromLinear(c.B));
    }
}
