using Echoes.Color;
using Echoes.Strokes;

namespace Echoes.Scenes;

/// <summary>
/// Echoes of a person tied to no one, in the language of the ties (<see cref="ThreadTone"/>): a few faint arcs of light
/// in the air about their head and chest, mostly on the side they face (at most one behind), some broken, as a thought
/// sent out that no one answers, never whole
/// circles and never on the ground (rings there read as ripples on water); unequally spaced, each further one fainter,
/// thinner, drier and shorter, the widest well short of anyone else. They start clear of the body, so they never cross it.
/// </summary>
internal static class EchoStrokes
{
    /// <summary>How far the echoes of <paramref name="p"/> reach from its chest, pixels: well short of the nearest other
    /// figure (<paramref name="nearest"/>, measured from its feet).</summary>
    public static float Reach(PlacedFigure p, float nearest) => MathF.Min(nearest * 0.4f, p.Height * 1.3f);

    /// <summary>The arcs about <paramref name="p"/>'s head and chest.</summary>
    /// <param name="p">The lone figure.</param>
    /// <param name="nearest">Distance from its feet to the nearest other figure, pixels.</param>
    /// <param name="least">The least width of an arc, pixels: a small far figure's echoes still a line, not a dust of
    /// bristle marks.</param>
    /// <param name="ground">The colour of the ground about them (the arcs are a light lifted off it).</param>
    /// <param name="light">The scene's light, which the arcs lean toward.</param>
    /// <param name="marks">The mark maker.</param>
    /// <param name="rng">Varies each arc, as a hand would.</param>
    public static List<Stroke> Paint(PlacedFigure p, float nearest, float least, Rgb ground, Rgb light, Marks marks, Random rng)
    {
        var strokes = new List<Stroke>();
        float reach = Reach(p, nearest), inner = MathF.Min(p.Height * 0.3f, reach * 0.5f);
        // Between the head and the chest, whatever the pose (a seated figure's head is lower).
        (float X, float Y) centre = (p.X, p.Y - p.Height * 0.78f * Skeleton.PaintedFraction(p.Figure.Pose));
        // More arcs on the side the figure faces: what they think goes out before them.
        foreach (float side in new[] { p.FacesRight ? 1f : -1f, p.FacesRight ? -1f : 1f })
        {
            // Behind them one faint arc at most: arcs matched on both sides read as a sign (a loudspeaker's), not a thought.
            int arcs = side == (p.FacesRight ? 1f : -1f) ? 3 + rng.Next(2) : rng.Next(2);
            // Unequal spacing: random steps, summed and scaled so the widest reaches `reach`.
            var steps = Enumerable.Range(0, arcs).Select(_ => 0.6f + 0.8f * rng.NextSingle()).ToArray();
            float total = steps.Sum(), r = inner;
            for (int i = 0; i < arcs; i++)
            {
                float fade = 1f - i / (float)arcs;
                var color = ThreadTone.Core(ground, 0.2f + 0.4f * fade, 0.3f, light);
                float width = MathF.Max(least, p.Height * (0.02f * fade + 0.008f)), opacity = 0.35f + 0.5f * fade;
                // Each arc a little shorter than the one within, tilted a little up: the thought rises as it goes.
                float half = (0.42f + 0.18f * fade) * (0.85f + 0.3f * rng.NextSingle()), tilt = -0.12f + 0.28f * (rng.NextSingle() - 0.5f);
                float mid = side > 0 ? tilt : MathF.PI - tilt;
                // The one behind is shorter still: a glance back, not a second sign.
                if (side != (p.FacesRight ? 1f : -1f)) half *= 0.6f;
                var kind = fade < 0.6f ? BrushKind.DryBrush : BrushKind.Round;
                float radius = r + (reach - inner) * steps[i] / total * 0.5f;
                // Not one centre: each further ring has drifted up and a little off, as breath or a ripple does, so the
                // arcs are never a drawn sign of nested curves.
                float drift = p.Height * 0.06f * (rng.NextSingle() - 0.3f), rise = p.Height * 0.05f * i * (0.5f + rng.NextSingle());
                var from = (centre.X + side * drift, centre.Y - rise);
                Broken(strokes, from, radius, (mid - half, mid + half), (width, color, opacity), kind, marks, rng);
                r += (reach - inner) * steps[i] / total;
            }
        }
        return strokes;
    }

    // One ring as it fades: one to three pieces of unequal length along the span, parted by unequal gaps, each pressed
    // with its own weight, and sometimes one of them lost altogether (a ripple breaks and is gone in places).
    private static void Broken(List<Stroke> strokes, (float X, float Y) centre, float r, (float A0, float A1) span,
        (float Width, Rgb Color, float Opacity) paint, BrushKind kind, Marks marks, Random rng)
    {
        int pieces = 1 + rng.Next(3);
        var cuts = Enumerable.Range(0, pieces - 1).Select(_ => rng.NextSingle()).Order().Prepend(0f).Append(1f).ToArray();
        float length = span.A1 - span.A0;
        int lost = pieces > 2 ? rng.Next(pieces + 2) : -1;
        for (int k = 0; k < pieces; k++)
        {
            float gap = k == 0 ? 0f : (0.05f + 0.12f * rng.NextSingle()) * length;
            float a0 = span.A0 + cuts[k] * length + gap, a1 = span.A0 + cuts[k + 1] * length;
            if (k == lost || a1 - a0 < 0.08f * length) continue;
            float weight = 0.65f + 0.45f * rng.NextSingle();
            strokes.Add(Arc(centre, r * (1f + 0.05f * (rng.NextSingle() - 0.5f)), (a0, a1),
                (paint.Width * weight, paint.Color, paint.Opacity * MathF.Min(1f, weight)), kind, marks, rng));
        }
    }

    // One arc of radius r about the centre between two angles, wavering in and out as a hand's and a ripple's do, pressed
    // in its middle and lifted at both ends.
    private static Stroke Arc((float X, float Y) centre, float r, (float A0, float A1) span, (float Width, Rgb Color, float Opacity) paint,
        BrushKind kind, Marks marks, Random rng)
    {
        const int n = 9;
        var pts = new (float X, float Y)[n];
        float phase = rng.NextSingle() * 6.283f;
        for (int j = 0; j < n; j++)
        {
            float a = span.A0 + (span.A1 - span.A0) * j / (n - 1);
            float q = r * (1f + 0.05f * MathF.Sin(2.7f * a + phase) + 0.025f * MathF.Sin(7.3f * a + 2f * phase));
            pts[j] = (centre.X + q * MathF.Cos(a), centre.Y + q * MathF.Sin(a));
        }
        return marks.Make(kind, paint.Width, paint.Color, paint.Opacity, (0.4f, 0.4f), pts) with
        { Load = kind == BrushKind.DryBrush ? 0.55f : 0.8f };
    }

    /// <summary>How many wavefronts each of two tied people sends toward the other (in the echo style).</summary>
    public const int Waves = 4;

    /// <summary>
    /// The echoes between two tied people (the echo style): wavefronts sent from <paramref name="p"/> toward
    /// <paramref name="other"/>, arcs about <paramref name="p"/> facing the other, each further one fainter. A warm tie's
    /// waves reach the middle, where they cross the other's and interfere; an estranged tie's die out well before it, so
    /// the gap between the two stays open.
    /// </summary>
    /// <param name="p">The person sending.</param>
    /// <param name="other">The one the waves go toward.</param>
    /// <param name="strength">The tie's strength, −1 to 1.</param>
    /// <param name="color">Their colour (light on dark ground, dark on light).</param>
    /// <param name="marks">The mark maker.</param>
    /// <param name="rng">Varies each wave a little, as a hand would.</param>
    public static List<Stroke> Toward(PlacedFigure p, PlacedFigure other, float strength, Rgb color, Marks marks, Random rng)
    {
        var strokes = new List<Stroke>();
        var (cx, cy) = (p.X, p.Y - p.Height * 0.55f);
        float dx = other.X - p.X, dy = other.Y - other.Height * 0.55f - cy, distance = MathF.Sqrt(dx * dx + dy * dy);
        if (distance < p.Height * 0.5f) return strokes;
        float toward = MathF.Atan2(dy, dx);
        // A warm tie reaches half way and a little past; a cold one stops short, the colder the sooner.
        float reach = strength >= 0 ? distance * (0.45f + 0.1f * strength) : distance * (0.3f + 0.08f * strength);
        for (int i = 1; i <= Waves; i++)
        {
            float r = MathF.Max(p.Height * 0.35f, reach * i / Waves) * (0.96f + 0.08f * rng.NextSingle());
            float fade = (i - 1) / (float)Waves, span = MathF.Min(0.55f, p.Height * 0.6f / r + 0.12f);
            float width = p.Height * (0.022f * (1f - 0.6f * fade) + 0.005f);
            var pts = new (float X, float Y)[9];
            for (int j = 0; j < pts.Length; j++)
            {
                float a = toward + span * (j / (pts.Length - 1f) * 2f - 1f);
                pts[j] = (cx + r * MathF.Cos(a), cy + r * MathF.Sin(a));
            }
            // The further waves are dry, broken marks: a memory more than a sound.
            strokes.Add(marks.Make(fade > 0.4f ? BrushKind.DryBrush : BrushKind.Round, width, color, 0.9f - 0.45f * fade, (0.35f, 0.35f), pts));
        }
        return strokes;
    }
}
