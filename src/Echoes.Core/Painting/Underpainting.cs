using Echoes.Brushes;
using Echoes.Color;
using Echoes.Imaging;
using Echoes.Strokes;
using Echoes.Targets;

namespace Echoes.Painting;

/// <summary>
/// The first lay-in a painter scrubs over the whole canvas before the layers: a few broad, thinly loaded flat strokes
/// of the photo's low-pass colour toned by the ground, overlapping so nothing is missed. Gaps the later strokes leave between their ragged
/// edges then show paint of about the right colour instead of bare canvas specks; the canvas shows only where a mood
/// leaves it bare on purpose.
/// </summary>
internal sealed class Underpainting(Target target, PaintOptions o, Brushwork brushwork, CalmField? calm)
{
    // How broad the lay-in brush is against the style's first (broadest) layer, and how far apart strokes start, in
    // the brush's radii: close enough that neighbours overlap on every side.
    private const float Breadth = 1.5f, Spacing = 1.5f;

    // How much of the ground's colour the lay-in carries.
    private const float GroundTone = 0.3f;

    /// <summary>Lays the underpainting on <paramref name="canvas"/>, at most <paramref name="cap"/> strokes, handing each to
    /// <paramref name="placed"/> in painting order; returns how many.</summary>
    public int Run(WorkCanvas canvas, int? cap, Action<Stroke> placed, ParallelOptions po)
    {
        int w = target.Width, h = target.Height;
        float radius = MathF.Max(2f, Breadth * o.LayerRadii[0] * Math.Max(w, h));
        var lowPass = (float[])target.Encoded.Clone();
        Blur.Gaussian(lowPass, w, h, 3, 0.5f * radius);
        var rng = new Random(SeedMix.Of(o.Seed, 0x0DE4, w, h));
        var strokes = new List<(Stroke Stroke, float R, float G, float B)>();
        float step = Spacing * radius;
        // Cells run past the frame by half a step, so the strokes run off its edges as a painter's do.
        for (float y = -0.5f * step; y < h + 0.5f * step; y += step)
            for (float x = -0.5f * step; x < w + 0.5f * step; x += step)
                strokes.Add(Scrub(x + (rng.NextSingle() - 0.5f) * step, y + (rng.NextSingle() - 0.5f) * step, radius, lowPass, canvas.Ground, rng));
        var order = rng.Shuffle(strokes.Count);
        int count = cap is int c ? Math.Min(strokes.Count, c) : strokes.Count;
        var painted = Array.ConvertAll(order[..count], i => strokes[i]);
        canvas.CommitAll(painted, 1f / brushwork.LogicalPerPixel, po);
        foreach (var m in painted) placed(m.Stroke);
        return count;
    }

    // One straight scrub centred near (x, y), along the (calmed) field there, in the low-pass colour as the style and
    // mood see it; as long as the style's strokes are against their brush, so a mood's longer or shorter hand holds.
    private (Stroke, float, float, float) Scrub(float x, float y, float radius, float[] lowPass, (float R, float G, float B) ground,
        Random rng)
    {
        int w = target.Width, ix = Math.Clamp((int)x, 0, w - 1), iy = Math.Clamp((int)y, 0, target.Height - 1);
        int q = iy * w + ix, j = q * 3;
        var (dx, dy) = Direction(q, rng);
        float half = radius * o.MaxLength * (0.15f + 0.1f * rng.NextSingle()), k = brushwork.LogicalPerPixel;
        var (lr, lg, lb, black) = Imprimatura(lowPass, ix, iy, radius, ground);
        // On the subject its darks keep their value, as the layers' there do: mixed fully, a dark lay-in would show in
        // their gaps as lifted and coloured patches. Over a near-black mass they are mixed as the layers' above mix
        // theirs (mostly kept in smooth passages): mixed fully under a smooth black the layers barely lift, its
        // ultramarine or umber scrubs showed in their gaps as navy and rust bands across a black visor.
        float focus = target.FocusAt(q), truth = focus + black * (Brushwork.Truth(focus, target.Importance[q]) - focus);
        var (r, g, b) = brushwork.Styled(lr, lg, lb, rng, 0f, truth);
        var stroke = new Stroke
        {
            Points = [new Point2(x - half * dx, y - half * dy) * k, new Point2(x, y) * k, new Point2(x + half * dx, y + half * dy) * k],
            Width = 2 * radius * k,
            Color = new Rgb(Srgb.ToLinear(r), Srgb.ToLinear(g), Srgb.ToLinear(b)),
            Opacity = 1f,
            Brush = BrushKind.Flat,
            // Thin paint, scrubbed in: the layers above carry the body.
            Load = 0.45f + 0.15f * rng.NextSingle(),
            Seed = (uint)rng.Next(),
            TaperStart = o.Taper.Start,
            TaperEnd = o.Taper.End,
        };
        return (stroke, r, g, b);
    }

    // The lay-in's colour at (x, y), and how much the photo there is a near-black mass (0-1): the photo's low pass toned
    // by the ground, which is the style's and the mood's (an imprimatura). Where the photo is a dark mass the low pass
    // would mix its black with the lit colours beside it (a visor with its white rim and an orange suit) and the ground's
    // tone lift it to a grey-rust that shows in the gaps of the darks above; there the colour is the photo's own dark
    // close by, toned less (a deep warm dark under the darks, as an umber lay-in, not a lifted grey).
    private (float, float, float, float Black) Imprimatura(float[] lowPass, int x, int y, float radius,
        (float R, float G, float B) ground)
    {
        var (nr, ng, nb) = Near(x, y, Math.Max(1, (int)(NearShare * radius)));
        var lab = Oklab.FromLinear(new Rgb(Srgb.ToLinear(nr), Srgb.ToLinear(ng), Srgb.ToLinear(nb)));
        float dark = 1f - Noise.Smoothstep(DarkFrom, DarkTo, lab.L), tone = GroundTone * (1f - UntonedDark * dark);
        int j = (y * target.Width + x) * 3;
        float r = lowPass[j] + dark * (nr - lowPass[j]), g = lowPass[j + 1] + dark * (ng - lowPass[j + 1]);
        float b = lowPass[j + 2] + dark * (nb - lowPass[j + 2]);
        var (tr, tg, tb) = Toned(r, g, b, ground, tone);
        return (tr, tg, tb, dark);
    }

    // The colour (r, g, b) toned by the ground as paint mixes (channel by channel), then turned back to its own hue
    // where it has one: mixed channel by channel, a blue sky toned by a warm brown ground crossed through grey to mauve,
    // and purple scrubs showed in the gaps of the sky's strokes. Value and chroma stay as the mix leaves them; a
    // near-neutral colour (a black visor, a grey wall) keeps the mix's hue, the ground's.
    private static (float, float, float) Toned(float r, float g, float b, (float R, float G, float B) ground, float tone)
    {
        var c = Oklab.FromLinear(new Rgb(Srgb.ToLinear(r), Srgb.ToLinear(g), Srgb.ToLinear(b)));
        var mix = Oklab.FromLinear(new Rgb(Srgb.ToLinear(r + tone * (ground.R - r)), Srgb.ToLinear(g + tone * (ground.G - g)),
            Srgb.ToLinear(b + tone * (ground.B - b))));
        float chroma = MathF.Sqrt(c.A * c.A + c.B * c.B), mixChroma = MathF.Sqrt(mix.A * mix.A + mix.B * mix.B);
        float own = Noise.Smoothstep(OwnHueFrom, OwnHueTo, chroma), k = own * mixChroma / MathF.Max(chroma, 1e-6f);
        var turned = new Oklab(mix.L, (1f - own) * mix.A + k * c.A, (1f - own) * mix.B + k * c.B).ToOklch().ToLinearInGamut();
        return (Srgb.FromLinear(turned.R), Srgb.FromLinear(turned.G), Srgb.FromLinear(turned.B));
    }

    // Oklab chroma below which a colour's hue is noise (a grey wall, a white cup) and above which it is its own.
    private const float OwnHueFrom = 0.01f, OwnHueTo = 0.04f;

    // Oklab lightness of the photo close by at and below which the lay-in is the photo's own dark, and above which it is
    // the low pass: near-black masses only (a night sky, L 0.2-0.4, keeps its soft lay-in, or love's merged edges
    // sharpen there: 78 % -> 87 % of neutral's edge energy on the rocket when Darks' range 0.12-0.3 was used); how far
    // round "close by" reaches, against the lay-in brush's radius; how much of the ground's tone a dark lay-in sheds
    // (fully untoned, a smooth black mass's darks lost the value variety they have).
    private const float DarkFrom = 0.08f, DarkTo = 0.18f, NearShare = 0.2f, UntonedDark = 0.6f;

    // The photo's mean colour over the box of half-side `half` round (x, y).
    private (float, float, float) Near(int x, int y, int half)
    {
        int w = target.Width, h = target.Height;
        var e = target.Encoded;
        float r = 0, g = 0, b = 0;
        int n = 0;
        for (int yy = Math.Max(0, y - half); yy <= Math.Min(h - 1, y + half); yy++)
            for (int xx = Math.Max(0, x - half); xx <= Math.Min(w - 1, x + half); xx++, n++)
            {
                int j = (yy * w + xx) * 3;
                r += e[j]; g += e[j + 1]; b += e[j + 2];
            }
        return (r / n, g / n, b / n);
    }

    // Along the calmed field at q (without one, the photo's field, level where it has no way); a mood's lift sets which
    // way the scrub runs and leans it, as it does every stroke (up for joy, down for sorrow).
    private (float, float) Direction(int q, Random rng)
    {
        float dx = calm?.X[q] ?? target.DirX[q], dy = calm?.Y[q] ?? target.DirY[q];
        if (target.Coherence[q] < 0.04f && calm is null) (dx, dy) = (1f, 0f);
        bool flip = o.Lift != 0 ? dy * o.Lift < 0 : rng.Next(2) == 0;
        if (flip) (dx, dy) = (-dx, -dy);
        if (o.Lift == 0) return (dx, dy);
        dy += 0.5f * o.Lift;
        float l = MathF.Max(MathF.Sqrt(dx * dx + dy * dy), 1e-4f);
        return (dx / l, dy / l);
    }
}
