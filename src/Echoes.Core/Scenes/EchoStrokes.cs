using Echoes.Color;
using Echoes.Strokes;

namespace Echoes.Scenes;

/// <summary>
/// Echoes of a person tied to no one, as a painter would leave them: a few open arcs spreading over the ground from
/// where they stand, like ripples or the wind's passing in the grass, never whole circles; unequally spaced, each
/// further one fainter, thinner, drier and more broken, in the ground's own colour lifted a little off it, the widest
/// well short of anyone else. They pass in front of the figure and break off behind it, so they never cross the body.
/// </summary>
internal static class EchoStrokes
{
    /// <summary>How flat the ripples lie on the ground (height over width).</summary>
    private const float Flat = 0.32f;

    /// <summary>How far the echoes of <paramref name="p"/> reach, pixels: well short of the nearest other figure.</summary>
    public static float Reach(PlacedFigure p, float nearest) => MathF.Min(nearest * 0.4f, p.Height * 1.3f);

    /// <summary>The ripples around <paramref name="p"/>'s feet.</summary>
    /// <param name="p">The lone figure.</param>
    /// <param name="nearest">Distance to the nearest other figure, pixels.</param>
    /// <param name="ground">The colour of the ground about their feet (the ripples are it, lifted).</param>
    /// <param name="light">The scene's light, which warms the nearest ripple a little.</param>
    /// <param name="marks">The mark maker.</param>
    /// <param name="rng">Varies each ripple, as a hand would.</param>
    public static List<Stroke> Paint(PlacedFigure p, float nearest, Rgb ground, Rgb light, Marks marks, Random rng)
    {
        var strokes = new List<Stroke>();
        float reach = Reach(p, nearest), inner = MathF.Min(p.Height * 0.3f, reach * 0.5f);
        int rings = 3 + (rng.NextSingle() < 0.5f ? 1 : 0);
        // Unequal spacing: random steps, summed and scaled so the widest reaches `reach`.
        var steps = Enumerable.Range(0, rings).Select(_ => 0.6f + 0.8f * rng.NextSingle()).ToArray();
        float total = steps.Sum(), r = inner, body = p.Height * 0.16f;
        for (int i = 0; i < rings; i++)
        {
            r += (reach - inner) * steps[i] / total;
            float fade = 1f - i / (float)rings;
            var color = GroundTone.Lift(ground, 0.08f + 0.2f * fade, 0.8f, 0.3f * fade, light);
            float width = p.Height * (0.024f * fade + 0.008f), opacity = 0.55f + 0.35f * fade;
            var kind = fade < 0.6f ? BrushKind.DryBrush : BrushKind.Round;
            // The front, under the feet: one open arc, shorter the further out, its ends left off at random.
            float open = 0.15f + 0.35f * (1f - fade);
            float a0 = MathF.PI * (open * (0.5f + rng.NextSingle())), a1 = MathF.PI * (1f - open * (0.5f + rng.NextSingle()));
            strokes.Add(Ripple(p, r, (a0, a1), (width, color, opacity), kind, marks, rng));
            // Behind, a fragment on one side or the other (the nearest ring on both), broken where the body stands.
            float gap = MathF.Asin(MathF.Min(0.95f, body / r));
            if (i == 0 || rng.NextSingle() < 0.5f)
                strokes.Add(Ripple(p, r, (MathF.PI * (1.05f + 0.15f * rng.NextSingle()), 1.5f * MathF.PI - gap),
                    (width * 0.8f, color, opacity * 0.8f), kind, marks, rng));
            if (i == 0 || rng.NextSingle() < 0.5f)
                strokes.Add(Ripple(p, r, (1.5f * MathF.PI + gap, MathF.PI * (1.95f - 0.15f * rng.NextSingle())),
                    (width * 0.8f, color, opacity * 0.8f), kind, marks, rng));
        }
        return strokes;
    }

    // One stroke of a ripple of radius r between two angles (0 at the right, π/2 toward the viewer), wavering a little
    // in and out as a hand's does, pressed in its middle and lifted at both ends.
    private static Stroke Ripple(PlacedFigure p, float r, (float A0, float A1) span, (float Width, Rgb Color, float Opacity) paint,
        BrushKind kind, Marks marks, Random rng)
    {
        const int n = 11;
        var pts = new (float X, float Y)[n];
        float phase = rng.NextSingle() * 6.283f;
        for (int j = 0; j < n; j++)
        {
            float a = span.A0 + (span.A1 - span.A0) * j / (n - 1), q = r * (1f + 0.035f * MathF.Sin(2.7f * a + phase));
            pts[j] = (p.X + q * MathF.Cos(a), p.Y + q * Flat * MathF.Sin(a));
        }
        return marks.Make(kind, paint.Width, paint.Color, paint.Opacity, (0.35f + 0.1f * rng.NextSingle(), 0.35f + 0.1f * rng.NextSingle()), pts)
            with
        { Load = kind == BrushKind.DryBrush ? 0.6f : 0.85f };
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
