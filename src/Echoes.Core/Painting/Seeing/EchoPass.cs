using Echoes.Brushes;
using Echoes.Color;
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

    /// <summary>The share of its rings' length a subject form must be able to lay for its echoes to carry the painting
    /// (below it, the whole subject's outline echoes, <see cref="EchoSilhouette"/>).</summary>
    public const float MinRoom = 0.12f;

    /// <summary>The narrowest echo stroke, as a fraction of the picture's long side (about 6 px at 1024): an echo is
    /// painted with body, never drawn as a pen line.</summary>
    public const float MinWidth = 0.006f;

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
        new LayeredPass(target, pyramid, o, brushwork, CalmField.Of(target, brushwork.Mood)).Run(cap is int c ? (int)(c * 0.8f) : null, Count, ct);
        var layer = new StrokeLayer(target, pyramid, brushwork, placed, cap is int c2 ? Math.Max(0, c2 - laid) : null, ct);
        var mid = layer.Blurred(_long / 90f);
        var coarse = layer.Blurred(_long / 60f);
        var forms = EchoForms.Find(target, coarse, 3, o.Seed);
        var ripples = forms.Select((f, i) => Ripples(f, i)).ToList();
        var calm = Calm();
        // Where no form is the subject, or the subject form is only the sharpest part of a thing filling the frame (an
        // eye in a close-up) whose rings find little open ground beyond the thing and would show only as stray arcs
        // over it, the whole thing looked at echoes from its own outline instead, and the forms within it send none.
        float held = EchoSilhouette.Held * Enumerable.Range(0, target.Width * target.Height).Max(target.FocusAt);
        bool subject = forms.Count > 0 && forms[0].Subject;
        var silhouette = !subject || Rings(layer, mid, calm, ripples, 0, held) < MinRoom ? EchoSilhouette.Of(target, coarse) : null;
        if (silhouette is not null) Rings(layer, mid, calm, ripples, silhouette);
        for (int f = 0; f < ripples.Count; f++)
            if (silhouette is null || target.FocusAt(layer.Index(forms[f].Centre.X, forms[f].Centre.Y)) < held) Rings(layer, mid, calm, ripples, f);
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

    // Every ring of form f, as bands of paint wherever the detail under it leaves it standing; returns the share of the
    // rings' length that stands. Given a focus level, only measures how much would stand where the focus is below it
    // (beyond the thing looked at), laying nothing.
    private float Rings(StrokeLayer layer, float[] mid, float[] calm, List<Ripple> ripples, int f, float? beyond = null)
    {
        var ripple = ripples[f];
        var rng = new Random(SeedMix.Of(o.Seed, 0xEC40, f));
        float own = target.FocusAt(layer.Index(ripple.Form.Centre.X, ripple.Form.Centre.Y)), laid = 0, length = 0;
        for (int k = 1; k <= ripple.Rings; k++)
        {
            // Rings start at a seeded angle, so their breaks do not line up.
            float start = rng.NextSingle() * MathF.Tau;
            int samples = Math.Max(48, (int)(MathF.Tau * (ripple.Form.MeanRadius + ripple.At[k]) / (_long * 0.004f)));
            var ring = Enumerable.Range(0, samples + 1).Select(i => RingPoint(ripple, k, start + i * MathF.Tau / samples)).ToList();
            for (int i = 1; i < ring.Count; i++) length += (ring[i] - ring[i - 1]).Length;
            laid += Walk(layer, mid, calm, ripples, (ripple, f, k, own), ring, rng, beyond);
        }
        return laid / MathF.Max(1f, length);
    }

    // The rings of the whole subject: level lines of the distance from its outline, relaxing ring by ring toward circles
    // round its centre and displaced by the drift, as a form's are; thinner than a form's, as the outline is larger.
    // They beat with every form's ripples.
    private void Rings(StrokeLayer layer, float[] mid, float[] calm, List<Ripple> ripples, EchoSilhouette silhouette)
    {
        var ripple = Ripples(silhouette.Form, ripples.Count);
        ripple = ripple with { Width = [.. ripple.Width.Select(w => w * 0.7f)] };
        var rng = new Random(SeedMix.Of(o.Seed, 0xEC41));
        for (int k = 1; k <= ripple.Rings; k++)
        {
            var shift = ripple.Drift * k;
            foreach (var line in silhouette.Ring(ripple.At[k], MathF.Min(0.75f, 0.12f * k), rng))
                Walk(layer, mid, calm, ripples, (ripple, -1, k, 0f), line.Select(p => p + shift), rng);
        }
    }

    // Ring k of a ripple walked point by point: where it may stand its points gather into a run, and a run too short to
    // be read as part of the ring (a stray arc that belongs to no form) is not laid. f is the ripple's index among the
    // forms' ripples (-1 for none) and own the focus at its form. Returns the length that stands, laid unless only
    // measured beyond a focus level (see Rings).
    private float Walk(StrokeLayer layer, float[] mid, float[] calm, List<Ripple> ripples, (Ripple Ripple, int F, int K, float Own) r,
        IEnumerable<Point2> ring, Random rng, float? beyond = null)
    {
        var (ripple, f, k, own) = r;
        // The further out, the more broken.
        float fade = (k - 1) / (float)ripple.Rings, gap = 0, minRun = _long * (0.06f + 0.03f * fade), along = 0;
        var run = new List<Point2>();
        float laid = 0;
        Point2? prev = null;
        foreach (var p in ring)
        {
            float step = prev is { } q0 ? (p - q0).Length : 0;
            prev = p;
            if (gap > 0) { gap -= step; continue; }
            // A ring breaks off over busy detail and over the subject and lets the thing show: the echoes lie in the
            // open ground around it. The first two hug their own form over its own edge's detail where the focus
            // falls away from it (the form is itself the thing looked at), so that it has its echo however busy the
            // picture is; a form within a larger subject (an eye in a face) sends none over the face.
            int q = layer.Index(p.X, p.Y);
            float free = MathF.Max(calm[q], k <= 2 && target.FocusAt(q) < 0.85f * own ? 0.6f : 0f);
            bool stands = layer.Inside(p) && free >= 0.45f && Body(ripples, p) && !(target.FocusAt(q) >= beyond);
            // Now and then, more often further out, the ring breaks for a stretch (a memory fading).
            if (stands && along > minRun && rng.NextSingle() < 0.02f * fade) { stands = false; gap = _long * (0.02f + 0.04f * rng.NextSingle()); }
            if (stands) { run.Add(p); along += step; continue; }
            if (along >= minRun) laid += Lay();
            run.Clear(); along = 0;
        }
        if (along >= minRun) laid += Lay();
        return laid;

        float Lay()
        {
            if (beyond is null) Band(layer, mid, ripples, (ripple, f, k), run, rng);
            return along;
        }
    }

    // Whether p lies clear of every form's body, its own too (a ring relaxing toward a circle may cut back over a form
    // that is not round): over a form an echo breaks, and the thing stays clear.
    private static bool Body(List<Ripple> ripples, Point2 p)
    {
        foreach (var r in ripples) if (r.Form.Outside(p) < 0) return false;
        return true;
    }

    // One stretch of ring k of form f painted as a band with body: overlapping strokes along it, each a few widths long,
    // loaded with the form's colour, which fades toward the ground's and turns in hue ring by ring; the strokes thin and
    // dry out as the ring goes out. Where another form's ripples cross it the paint changes (see <see cref="Beat"/>).
    // The band is one gesture of a hand: its width swells and lifts with a slow pressure, and its paint runs thinner
    // until the brush is reloaded, so it does not read as a ribbon of even width and colour.
    private void Band(StrokeLayer layer, float[] mid, List<Ripple> ripples, (Ripple Ripple, int F, int K) r, List<Point2> run, Random rng)
    {
        var (ripple, f, k) = r;
        float fade = (k - 1) / (float)ripple.Rings, width0 = ripple.Width[k] * (1.3f - 0.45f * fade);
        float dab = width0 * (2.2f + rng.NextSingle()), along = 0, travelled = 0;
        var hand = new Hand(width0, rng);
        int from = 0;
        for (int i = 1; i < run.Count; i++)
        {
            float step = (run[i] - run[i - 1]).Length;
            along += step; travelled += step;
            if (along < dab && i < run.Count - 1) continue;
            // The next stroke starts a little back along the ring, so the strokes overlap into one band.
            var pts = run.GetRange(from, i - from + 1);
            var at = pts[pts.Count / 2];
            var (colour, thin) = Beat(ripples, f, at, Faded(ripple.Form.Colour, layer.At(mid, at.X, at.Y), fade, k));
            var (pressure, load) = hand.At(travelled - 0.5f * along);
            float width = MathF.Max(MinWidth * _long, width0 * thin * pressure);
            var brush = rng.NextSingle() < 0.5f ? BrushKind.Flat : BrushKind.Round;
            // Each ring stays one band of paint, fading by its colour, width and opacity: a dry brush's skips and
            // tapered joints inside it would dash it into a smear of short marks (plainest where a pale echo crosses a
            // dark ground, as in sorrow), and the band is one beat of the rhythm, so only its own ends taper.
            var taper = (from == 0 ? 0.15f : 0.03f, i == run.Count - 1 ? 0.25f : 0.03f);
            layer.Lay(pts, width, brushwork.Styled(colour.R, colour.G, colour.B, rng, 0.7f), brush, (0.92f - 0.45f * fade) * load,
                (1f - 0.5f * fade) * load, (uint)rng.Next(), taper);
            from = Math.Max(from + 1, i - Math.Max(1, (i - from) / 3));
            (along, dab) = (0, width0 * (2.2f + rng.NextSingle()));
        }
    }

    // A hand's pressure and paint along a band, by the distance travelled: the width swells and lifts over a slow wave
    // (six to ten widths long, its own phase), and the load runs down from full to four fifths between reloads.
    private readonly struct Hand(float width, Random rng)
    {
        private readonly float _wave = width * (6f + 4f * rng.NextSingle()), _phase = rng.NextSingle() * MathF.Tau;
        private readonly float _reload = width * (9f + 6f * rng.NextSingle()), _start = rng.NextSingle();

        public (float Pressure, float Load) At(float s)
        {
            float pressure = 1f + 0.2f * MathF.Sin(MathF.Tau * s / _wave + _phase);
            float run = (s / _reload + _start) % 1f;
            return (pressure, 1f - 0.2f * run);
        }
    }

    // The colour of the k-th echo: the form's colour moving toward the ground's, its hue turning a little further each
    // ring (the memory shifts), its value drifting toward the ground's.
    private static (float R, float G, float B) Faded((float R, float G, float B) form, (float R, float G, float B) ground, float fade, int k)
    {
        float t = 0.12f + 0.5f * fade;
        var (r, g, b) = (form.R + (ground.R - form.R) * t, form.G + (ground.G - form.G) * t, form.B + (ground.B - form.B) * t);
        var lch = Oklch.FromLinear(new Rgb(Srgb.ToLinear(r), Srgb.ToLinear(g), Srgb.ToLinear(b)));
        // Its value kept apart from the ground's, so that the echo reads as paint laid on it and not as a stain.
        float lg = Oklch.FromLinear(new Rgb(Srgb.ToLinear(ground.R), Srgb.ToLinear(ground.G), Srgb.ToLinear(ground.B))).L;
        float apart = MathF.Sign(lch.L - lg + 1e-4f) * 0.14f * (1f - 0.5f * fade);
        var c = (lch with { L = Math.Clamp(lch.L + apart, 0f, 1f), H = lch.H + 6f * k, C = lch.C * (1f + 0.3f * fade) }).ToLinearInGamut();
        return (Srgb.FromLinear(c.R), Srgb.FromLinear(c.G), Srgb.FromLinear(c.B));
    }

    // Interference: where ring paint of form f lies among the ripples of another form, its colour beats with theirs. On
    // one of their rings (a crest meeting a crest) it brightens and takes on the other form's colour; midway between
    // them (a crest in a trough) it darkens and thins; the nearer the other form, the stronger. Returns the colour and
    // the width factor.
    private static ((float R, float G, float B), float) Beat(List<Ripple> ripples, int f, Point2 p, (float R, float G, float B) c)
    {
        float thin = 1f;
        for (int g = 0; g < ripples.Count; g++)
        {
            if (g == f) continue;
            var other = ripples[g];
            float d = other.Form.Outside(p), reach = other.At[^1];
            if (d < 0 || d > reach) continue;
            float near = MathF.Min(1f, Nearest(other, d) / (0.5f * other.Step));
            float wave = MathF.Cos(MathF.PI * near), s = 1f - d / reach;
            if (wave > 0)
            {
                float m = 0.55f * wave * s, lift = 0.3f * wave * s;
                var o = other.Form.Colour;
                c = (c.R + (o.R - c.R) * m, c.G + (o.G - c.G) * m, c.B + (o.B - c.B) * m);
                c = (c.R + (1 - c.R) * lift, c.G + (1 - c.G) * lift, c.B + (1 - c.B) * lift);
            }
            else
            {
                float dark = 1f + 0.35f * wave * s;
                c = (c.R * dark, c.G * dark, c.B * dark);
                thin *= 1f + 0.4f * wave * s;
            }
        }
        return (c, thin);
    }

    // How far a distance d from the form's outline lies from its nearest ring, pixels.
    private static float Nearest(Ripple r, float d)
    {
        float best = float.MaxValue;
        for (int k = 1; k <= r.Rings; k++) best = MathF.Min(best, MathF.Abs(d - r.At[k]));
        return best;
    }
}
