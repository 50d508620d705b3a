using Echoes.Brushes;
using Echoes.Imaging;
using Echoes.Strokes;
using Echoes.Targets;

namespace Echoes.Painting;

/// <summary>
/// Echoes' own way of seeing: the thing is painted (the layered painter, calmly), then each main form of it
/// (<see cref="EchoForms"/>) sends out rings of its own outline, like ripples of sound or memory: each ring further,
/// rounder and fainter than the last, drifting one way, and breaking up as it goes. The rings come in a beat, a strong
/// wide ring after a long gap and a thin echo of it close behind, never quite evenly. Where a ring passes over busy
/// detail (a face, a figure, another form) it breaks off and lets the thing show. Where the rings of two forms cross
/// they interfere: a ring stays whole where it meets the other form's rings and thins or breaks between them, and the
/// crossings are marked with small bright nodes.
/// </summary>
internal sealed class EchoPass(Target target, CanvasPyramid pyramid, PaintOptions o, Brushwork brushwork)
{
    /// <summary>Rings the subject sends out; other forms send <see cref="FormRings"/>.</summary>
    public const int SubjectRings = 6;

    /// <summary>Rings a form other than the subject sends out.</summary>
    public const int FormRings = 4;

    /// <summary>Mean distance between a form's first rings, as a fraction of the picture's long side (smaller forms
    /// ripple up to 40 % tighter, larger ones up to 30 % wider); the beat makes gaps about a fifth longer and shorter.</summary>
    public const float Spacing = 0.026f;

    // Samples around each ring.
    private const int Samples = 120;

    private readonly float _long = Math.Max(target.Width, target.Height);

    // One form's ripples: its rings' distances from its outline (index k for ring k, 1-based; one more beyond the
    // last), their widths, the mean step between them and the drift per ring.
    private sealed record Ripple(EchoForm Form, float Step, float[] At, float[] Width, Point2 Drift)
    {
        public int Rings => At.Length - 2;
    }

    /// <summary>Paints the thing, then its echoes; at most <paramref name="cap"/> strokes when given. Returns how many
    /// strokes were placed.</summary>
    public int Run(int? cap, Action<Stroke> placed, CancellationToken ct)
    {
        int laid = 0;
        void Count(Stroke s) { laid++; placed(s); }
        // The echoes are few strokes; the thing itself takes most of an exact budget.
        new LayeredPass(target, pyramid, o, brushwork).Run(cap is int c ? (int)(c * 0.8f) : null, Count, ct);
        var layer = new StrokeLayer(target, pyramid, brushwork, placed, cap is int c2 ? Math.Max(0, c2 - laid) : null, ct);
        var mid = layer.Blurred(_long / 90f);
        var forms = EchoForms.Find(target, layer.Blurred(_long / 60f), 3, o.Seed);
        var ripples = forms.Select((f, i) => Ripples(f, i)).ToList();
        var calm = Calm();
        for (int f = 0; f < ripples.Count; f++) Rings(layer, mid, calm, ripples, f);
        Nodes(layer, ripples);
        return laid + layer.Count;
    }

    // A form's rings: gaps in a beat (long, short, long, ...), each jittered and widening a little outward; the ring
    // after a long gap is a strong, wide beat, the one after a short gap a thin echo of it.
    private Ripple Ripples(EchoForm form, int f)
    {
        var rng = new Random(SeedMix.Of(o.Seed, 0xB3A7, f));
        float step = Math.Clamp(form.MeanRadius * 0.45f, _long * Spacing * 0.6f, _long * Spacing * 1.3f);
        int rings = form.Subject ? SubjectRings : FormRings;
        var at = new float[rings + 2];
        var width = new float[rings + 2];
        float w0 = _long / (form.Subject ? 80f : 100f);
        at[1] = step * 0.6f;
        width[1] = w0 * 1.15f;
        for (int k = 2; k < at.Length; k++)
        {
            bool beat = k % 2 == 1;
            float gap = (beat ? 1.22f : 0.78f) * (0.88f + 0.24f * rng.NextSingle()) * (1f + 0.07f * k);
            at[k] = at[k - 1] + step * gap;
            width[k] = w0 * (beat ? 1.1f : 0.6f) * (0.8f + 0.4f * rng.NextSingle());
        }
        return new Ripple(form, step, at, width, Drift(step, f));
    }

    // How freely a ring may pass at each working pixel, 0–1: where the source is busy with detail (a face, a figure)
    // it breaks off, judged against the picture's own busiest places so that every photo keeps some open ground.
    private float[] Calm()
    {
        var busy = (float[])target.Importance.Clone();
        Blur.Gaussian(busy, target.Width, target.Height, 1, _long / 45f);
        var sample = new List<float>();
        for (int i = 0; i < busy.Length; i += 7) sample.Add(busy[i]);
        sample.Sort();
        float high = MathF.Max(1e-4f, sample[(int)(sample.Count * 0.9f)]);
        var calm = new float[busy.Length];
        for (int i = 0; i < calm.Length; i++)
        {
            // Busy detail, or the subject itself: an echo passes behind it.
            float t = MathF.Max(Math.Clamp((busy[i] / high - 0.45f) / 0.4f, 0f, 1f), Math.Clamp((target.FocusAt(i) - 0.5f) / 0.35f, 0f, 1f));
            calm[i] = 1f - 0.9f * t * t * (3f - 2f * t);
        }
        return calm;
    }

    // Where the k-th ring of a form passes at an angle: further out, rounder (the outline relaxes toward a circle), and
    // displaced — drifting one way ring by ring, with a small sideways sway.
    private static Point2 RingPoint(Ripple r, int k, float angle)
    {
        var form = r.Form;
        float relax = MathF.Min(0.75f, 0.12f * k);
        float radius = form.RadiusAt(angle) * (1 - relax) + form.MeanRadius * relax + r.At[k];
        float sway = MathF.Sin(k * 1.9f) * r.Step * 0.25f;
        return new Point2(form.Centre.X + MathF.Cos(angle) * radius + r.Drift.X * k + r.Drift.Y * sway,
            form.Centre.Y + MathF.Sin(angle) * radius + r.Drift.Y * k - r.Drift.X * sway);
    }

    // The drift of a form's echoes, per ring: seeded, leaning up in joy and down in sorrow.
    private Point2 Drift(float step, int f)
    {
        var rng = new Random(SeedMix.Of(o.Seed, 0xD21F, f));
        float a = rng.NextSingle() * MathF.Tau;
        float dx = MathF.Cos(a), dy = MathF.Sin(a) + 0.8f * o.Lift + brushwork.Mood.Sag;
        float l = MathF.Max(1e-3f, MathF.Sqrt(dx * dx + dy * dy)), m = step * 0.2f;
        return new Point2(dx / l * m, dy / l * m);
    }

    // Every ring of form f, as runs of short strokes wherever the detail under it and the interference leave it standing.
    private void Rings(StrokeLayer layer, float[] mid, float[] calm, List<Ripple> ripples, int f)
    {
        var ripple = ripples[f];
        var rng = new Random(SeedMix.Of(o.Seed, 0xEC40, f));
        var run = new List<Point2>();
        var amps = new List<float>();
        for (int k = 1; k <= ripple.Rings; k++)
        {
            float fade = (k - 1) / (float)ripple.Rings;
            // Rings start at a seeded angle, so their breaks do not line up; the further out, the more broken.
            float start = rng.NextSingle() * MathF.Tau, along = 0, gap = 0, chunk = Chunk(rng);
            var prev = RingPoint(ripple, k, start);
            run.Clear(); amps.Clear();
            for (int i = 0; i <= Samples; i++)
            {
                var p = RingPoint(ripple, k, start + i * MathF.Tau / Samples);
                float step = (p - prev).Length;
                prev = p;
                if (gap > 0) { gap -= step; continue; }
                // The first rings hug their own form whatever lies there, only thinner over detail: the form always
                // has its echo, however busy the picture.
                float free = MathF.Max(calm[layer.Index(p.X, p.Y)], k <= 2 ? 0.6f - 0.15f * k : 0f);
                float amp = layer.Inside(p) ? Interference(ripples, f, p) * free : 0f;
                if (amp < 0.3f) { Arc(layer, mid, ripple, run, amps, ripple.Width[k], fade, rng); along = 0; continue; }
                run.Add(p); amps.Add(amp);
                along += step;
                if (along < chunk) continue;
                Arc(layer, mid, ripple, run, amps, ripple.Width[k], fade, rng);
                (along, chunk) = (0, Chunk(rng));
                gap = _long * (0.004f + 0.03f * fade * rng.NextSingle());
            }
            Arc(layer, mid, ripple, run, amps, ripple.Width[k], fade, rng);
        }
    }

    // The length of one stroke of a ring, working pixels: a hand's sweep.
    private float Chunk(Random rng) => _long * (0.07f + 0.08f * rng.NextSingle());

    // One stroke of a ring, as a ripple is seen: a dark trough just outside a lit crest, both in the form's colour
    // fading toward the ground's. Its width follows the ring's, the interference and the hand (each sweep a little
    // fuller or leaner than the last).
    private void Arc(StrokeLayer layer, float[] mid, Ripple ripple, List<Point2> run, List<float> amps, float width0, float fade, Random rng)
    {
        if (run.Count < 2) { run.Clear(); amps.Clear(); return; }
        var form = ripple.Form;
        var at = run[run.Count / 2];
        var ground = layer.At(mid, at.X, at.Y);
        float t = 0.1f + 0.5f * fade;
        var (r, g, b) = (form.Colour.R + (ground.R - form.Colour.R) * t, form.Colour.G + (ground.G - form.Colour.G) * t,
            form.Colour.B + (ground.B - form.Colour.B) * t);
        float width = width0 * (1f - 0.5f * fade) * (0.45f + 0.75f * amps.Average()) * (0.75f + 0.5f * rng.NextSingle());
        float strength = 1f - 0.6f * fade, dark = 1f - 0.5f * strength, light = 0.45f * strength;
        var brush = fade > 0.5f && rng.NextSingle() < 0.6f ? BrushKind.DryBrush : BrushKind.Round;
        var (opacity, load) = (0.95f - 0.35f * fade, 1f - 0.45f * fade);
        layer.Lay(Offset(run, form.Centre, width * 0.45f), width * 0.75f, brushwork.Styled(r * dark, g * dark, b * dark, rng), brush,
            opacity, load, (uint)rng.Next(), (0.2f, 0.3f));
        layer.Lay(Offset(run, form.Centre, -width * 0.3f), width * 0.6f,
            brushwork.Styled(r + (1 - r) * light, g + (1 - g) * light, b + (1 - b) * light, rng), brush, opacity, load, (uint)rng.Next(),
            (0.25f, 0.3f));
        run.Clear(); amps.Clear();
    }

    // The run moved outward (away from centre) by d pixels.
    private static List<Point2> Offset(List<Point2> run, Point2 centre, float d) => [.. run.Select(p =>
    {
        var v = p - centre;
        float l = MathF.Max(1e-3f, v.Length);
        return p + v * (d / l);
    })];

    // How strongly a ring of form f stands at p, 0–1, given the rings of every other form: full where it meets their
    // rings, faint between them (the nearer the other form, the stronger the effect), faint over another form's body.
    private static float Interference(List<Ripple> ripples, int f, Point2 p)
    {
        float amp = 1f;
        for (int g = 0; g < ripples.Count; g++)
        {
            if (g == f) continue;
            var other = ripples[g];
            float d = other.Form.Outside(p), reach = other.At[^1];
            // Over another form's body an echo all but breaks: the thing itself stays clear.
            if (d < 0) { amp *= 0.25f; continue; }
            if (d > reach) continue;
            float near = MathF.Min(1f, Nearest(other, d) / (0.5f * other.Step));
            float wave = 0.5f + 0.5f * MathF.Cos(MathF.PI * near);
            amp *= 1f - (1f - d / reach) * (1f - wave);
        }
        return amp;
    }

    // How far a distance d from the form's outline lies from its nearest ring, pixels.
    private static float Nearest(Ripple r, float d)
    {
        float best = float.MaxValue;
        for (int k = 1; k <= r.Rings; k++) best = MathF.Min(best, MathF.Abs(d - r.At[k]));
        return best;
    }

    // The nodes: where rings of two forms cross, a small bright dab of both their colours.
    private void Nodes(StrokeLayer layer, List<Ripple> ripples)
    {
        if (ripples.Count < 2) return;
        var rng = new Random(SeedMix.Of(o.Seed, 0x40DE));
        for (int f = 0; f < ripples.Count; f++)
            for (int k = 1; k <= ripples[f].Rings; k++)
                for (int i = 0; i < Samples; i += 2)
                {
                    var p = RingPoint(ripples[f], k, i * MathF.Tau / Samples);
                    if (!layer.Inside(p)) continue;
                    for (int g = f + 1; g < ripples.Count; g++)
                    {
                        var other = ripples[g];
                        float d = other.Form.Outside(p);
                        if (d < 0 || d > other.At[other.Rings] || Nearest(other, d) > 0.06f * other.Step) continue;
                        var (a, b) = (ripples[f].Form.Colour, other.Form.Colour);
                        var c = brushwork.Styled(MathF.Min(1, (a.R + b.R) * 0.5f + 0.25f), MathF.Min(1, (a.G + b.G) * 0.5f + 0.25f),
                            MathF.Min(1, (a.B + b.B) * 0.5f + 0.25f), rng);
                        layer.Lay([p], _long / 70f * (1f - 0.5f * k / ripples[f].Rings), c, BrushKind.Round, 0.9f, 1f,
                            (uint)rng.Next(), (0.3f, 0.3f));
                    }
                }
    }
}
