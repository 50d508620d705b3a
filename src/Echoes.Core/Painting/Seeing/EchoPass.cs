using Echoes.Brushes;
using Echoes.Strokes;
using Echoes.Targets;

namespace Echoes.Painting;

/// <summary>
/// Echoes' own way of seeing: the thing is painted (the layered painter, calmly), then each main form of it
/// (<see cref="EchoForms"/>) sends out rings of its own outline, like ripples of sound or memory: each ring a little
/// further, rounder, thinner and fainter than the last, drifting one way, and breaking up as it goes. Where the rings of
/// two forms cross they interfere: a ring stays whole where it meets the other form's rings and thins or breaks between
/// them, and the crossings are marked with small bright nodes.
/// </summary>
internal sealed class EchoPass(Target target, CanvasPyramid pyramid, PaintOptions o, Brushwork brushwork)
{
    /// <summary>Rings the subject sends out; other forms send <see cref="FormRings"/>.</summary>
    public const int SubjectRings = 6;

    /// <summary>Rings a form other than the subject sends out.</summary>
    public const int FormRings = 4;

    /// <summary>Distance between a form's first rings, as a fraction of the picture's long side (smaller forms ripple up
    /// to 40 % tighter, larger ones up to 30 % wider).</summary>
    public const float Spacing = 0.026f;

    // Samples around each ring.
    private const int Samples = 120;

    private readonly float _long = Math.Max(target.Width, target.Height);

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
        for (int f = 0; f < forms.Count; f++) Rings(layer, mid, forms, f);
        Nodes(layer, mid, forms);
        return laid + layer.Count;
    }

    /// <summary>How far from its outline a form's k-th ring lies, working pixels: the gaps widen a little outward.</summary>
    public float RingDistance(EchoForm form, int k) => Step(form) * (k - 0.4f) * (1f + 0.07f * k);

    // Small forms ripple tighter than large ones.
    private float Step(EchoForm form) => Math.Clamp(form.MeanRadius * 0.45f, _long * Spacing * 0.6f, _long * Spacing * 1.3f);

    private int RingCount(EchoForm form) => form.Subject ? SubjectRings : FormRings;

    // Where the k-th ring of a form passes at ray i: further out, rounder (the outline relaxes toward a circle), and
    // displaced — drifting one way ring by ring, with a small sideways sway.
    private Point2 RingPoint(EchoForm form, int k, float angle, Point2 drift)
    {
        float relax = MathF.Min(0.75f, 0.12f * k);
        float r = form.RadiusAt(angle) * (1 - relax) + form.MeanRadius * relax + RingDistance(form, k);
        float sway = MathF.Sin(k * 1.9f) * Step(form) * 0.25f;
        return new Point2(form.Centre.X + MathF.Cos(angle) * r + drift.X * k + drift.Y * sway,
            form.Centre.Y + MathF.Sin(angle) * r + drift.Y * k - drift.X * sway);
    }

    // The drift of a form's echoes, per ring: seeded, leaning up in joy and down in sorrow.
    private Point2 Drift(EchoForm form, int f)
    {
        var rng = new Random(SeedMix.Of(o.Seed, 0xD21F, f));
        float a = rng.NextSingle() * MathF.Tau;
        float dx = MathF.Cos(a), dy = MathF.Sin(a) + 0.8f * o.Lift + brushwork.Mood.Sag;
        float l = MathF.Max(1e-3f, MathF.Sqrt(dx * dx + dy * dy)), m = Step(form) * 0.2f;
        return new Point2(dx / l * m, dy / l * m);
    }

    // Every ring of form f, as runs of short strokes wherever the interference leaves the ring standing.
    private void Rings(StrokeLayer layer, float[] mid, List<EchoForm> forms, int f)
    {
        var form = forms[f];
        var rng = new Random(SeedMix.Of(o.Seed, 0xEC40, f));
        var drift = Drift(form, f);
        int rings = RingCount(form);
        float width0 = _long / (form.Subject ? 95f : 120f);
        var run = new List<Point2>();
        var amps = new List<float>();
        for (int k = 1; k <= rings; k++)
        {
            float fade = (k - 1) / (float)rings;
            // Rings start at a seeded angle, so their breaks do not line up; the further out, the more broken.
            float start = rng.NextSingle() * MathF.Tau, along = 0, gap = 0, chunk = Chunk(rng);
            var prev = RingPoint(form, k, start, drift);
            run.Clear(); amps.Clear();
            for (int i = 0; i <= Samples; i++)
            {
                var p = RingPoint(form, k, start + i * MathF.Tau / Samples, drift);
                float step = (p - prev).Length;
                prev = p;
                if (gap > 0) { gap -= step; continue; }
                float amp = layer.Inside(p) ? Interference(forms, f, p) : 0f;
                if (amp < 0.3f) { Arc(layer, mid, form, run, amps, width0, fade, rng); along = 0; continue; }
                run.Add(p); amps.Add(amp);
                along += step;
                if (along < chunk) continue;
                Arc(layer, mid, form, run, amps, width0, fade, rng);
                (along, chunk) = (0, Chunk(rng));
                gap = _long * (0.004f + 0.03f * fade * rng.NextSingle());
            }
            Arc(layer, mid, form, run, amps, width0, fade, rng);
        }
    }

    // The length of one stroke of a ring, working pixels: a hand's sweep.
    private float Chunk(Random rng) => _long * (0.07f + 0.08f * rng.NextSingle());

    // One stroke of a ring, as a ripple is seen: a dark trough just outside a lit crest, both in the form's colour
    // fading toward the ground's. Its width follows the interference.
    private void Arc(StrokeLayer layer, float[] mid, EchoForm form, List<Point2> run, List<float> amps, float width0, float fade, Random rng)
    {
        if (run.Count < 2) { run.Clear(); amps.Clear(); return; }
        var at = run[run.Count / 2];
        var ground = layer.At(mid, at.X, at.Y);
        float t = 0.1f + 0.5f * fade;
        var (r, g, b) = (form.Colour.R + (ground.R - form.Colour.R) * t, form.Colour.G + (ground.G - form.Colour.G) * t,
            form.Colour.B + (ground.B - form.Colour.B) * t);
        float width = width0 * (1f - 0.5f * fade) * (0.45f + 0.75f * amps.Average());
        float strength = 1f - 0.6f * fade, dark = 1f - 0.5f * strength, light = 0.45f * strength;
        var brush = fade > 0.5f && rng.NextSingle() < 0.6f ? BrushKind.DryBrush : BrushKind.Round;
        var (opacity, load) = (0.95f - 0.35f * fade, 1f - 0.45f * fade);
        layer.Lay(Offset(run, form.Centre, width * 0.45f), width * 0.75f, brushwork.Styled(r * dark, g * dark, b * dark, rng), brush,
            opacity, load, (uint)rng.Next(), (0.12f, 0.18f));
        layer.Lay(Offset(run, form.Centre, -width * 0.3f), width * 0.6f,
            brushwork.Styled(r + (1 - r) * light, g + (1 - g) * light, b + (1 - b) * light, rng), brush, opacity, load, (uint)rng.Next(),
            (0.15f, 0.2f));
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
    private float Interference(List<EchoForm> forms, int f, Point2 p)
    {
        float amp = 1f;
        for (int g = 0; g < forms.Count; g++)
        {
            if (g == f) continue;
            var other = forms[g];
            float d = other.Outside(p), reach = RingDistance(other, RingCount(other) + 1);
            // Over another form's body an echo all but breaks: the thing itself stays clear.
            if (d < 0) { amp *= 0.25f; continue; }
            if (d > reach) continue;
            float phase = d / Step(other) + 0.4f;
            float wave = 0.5f + 0.5f * MathF.Cos(MathF.Tau * phase);
            amp *= 1f - (1f - d / reach) * (1f - wave);
        }
        return amp;
    }

    // The nodes: where rings of two forms cross, a small bright dab of both their colours.
    private void Nodes(StrokeLayer layer, float[] mid, List<EchoForm> forms)
    {
        if (forms.Count < 2) return;
        var rng = new Random(SeedMix.Of(o.Seed, 0x40DE));
        for (int f = 0; f < forms.Count; f++)
            for (int k = 1; k <= RingCount(forms[f]); k++)
                for (int i = 0; i < Samples; i += 2)
                {
                    var p = RingPoint(forms[f], k, i * MathF.Tau / Samples, Drift(forms[f], f));
                    if (!layer.Inside(p)) continue;
                    for (int g = f + 1; g < forms.Count; g++)
                    {
                        float d = forms[g].Outside(p), step = Step(forms[g]);
                        float phase = d / step + 0.4f;
                        if (d < 0 || d > RingDistance(forms[g], RingCount(forms[g])) || MathF.Abs(phase - MathF.Round(phase)) > 0.06f)
                            continue;
                        var (a, b) = (forms[f].Colour, forms[g].Colour);
                        var c = brushwork.Styled(MathF.Min(1, (a.R + b.R) * 0.5f + 0.25f), MathF.Min(1, (a.G + b.G) * 0.5f + 0.25f),
                            MathF.Min(1, (a.B + b.B) * 0.5f + 0.25f), rng);
                        layer.Lay([p], _long / 70f * (1f - 0.5f * k / RingCount(forms[f])), c, BrushKind.Round, 0.9f, 1f,
                            (uint)rng.Next(), (0.3f, 0.3f));
                    }
                }
    }
}
