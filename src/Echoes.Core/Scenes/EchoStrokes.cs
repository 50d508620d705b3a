using Echoes.Color;
using Echoes.Strokes;

namespace Echoes.Scenes;

/// <summary>
/// Echoes of a person tied to no one: ripples spreading over the ground from where they stand, as from a stone dropped
/// in still water, each wider one fainter and thinner, the widest well short of anyone else. The ripples pass in front
/// of the figure and break off behind it, so they never cross the body.
/// </summary>
internal static class EchoStrokes
{
    /// <summary>How many ripples a lone figure sends out.</summary>
    public const int Rings = 3;

    /// <summary>How flat the ripples lie on the ground (height over width).</summary>
    private const float Flat = 0.32f;

    /// <summary>How far the echoes of <paramref name="p"/> reach, pixels: well short of the nearest other figure.</summary>
    public static float Reach(PlacedFigure p, float nearest) => MathF.Min(nearest * 0.4f, p.Height * 1.3f);

    /// <summary>The ripples around <paramref name="p"/>'s feet.</summary>
    /// <param name="p">The lone figure.</param>
    /// <param name="nearest">Distance to the nearest other figure, pixels.</param>
    /// <param name="color">Their colour (light on dark ground, dark on light).</param>
    /// <param name="marks">The mark maker.</param>
    /// <param name="rng">Varies each ripple a little, as a hand would.</param>
    public static List<Stroke> Paint(PlacedFigure p, float nearest, Rgb color, Marks marks, Random rng)
    {
        var strokes = new List<Stroke>();
        float reach = Reach(p, nearest), body = p.Height * 0.16f;
        for (int i = 1; i <= Rings; i++)
        {
            float r = MathF.Max(p.Height * 0.3f, reach * MathF.Pow(i / (float)Rings, 0.8f)) * (0.95f + 0.1f * rng.NextSingle());
            float fade = 1f - (i - 1) / (float)Rings;
            // Covering paint (opacity at least 0.8): thinner paint mixes like pigment and a light ripple would sink into the
            // ground; the ripple fades by its width instead.
            float width = p.Height * (0.03f * fade + 0.01f), opacity = 0.8f + 0.2f * fade;
            // The front of the ripple, under the feet, from one side round to the other.
            strokes.Add(marks.Make(BrushKind.Round, width, color, opacity, (0.2f, 0.2f), Ellipse(p, r, 0f, MathF.PI, 13)));
            // The back, behind the figure, broken where the body stands.
            float gap = MathF.Asin(MathF.Min(0.95f, body / r));
            strokes.Add(marks.Make(BrushKind.Round, width, color, 0.8f, (0.2f, 0.3f),
                Ellipse(p, r, MathF.PI, 1.5f * MathF.PI - gap, 7)));
            strokes.Add(marks.Make(BrushKind.Round, width, color, 0.8f, (0.3f, 0.2f),
                Ellipse(p, r, 1.5f * MathF.PI + gap, 2f * MathF.PI, 7)));
        }
        return strokes;
    }

    // Points of the ripple of radius r between two angles (0 at the right, π/2 toward the viewer).
    private static (float X, float Y)[] Ellipse(PlacedFigure p, float r, float a0, float a1, int n)
    {
        var pts = new (float X, float Y)[n];
        for (int j = 0; j < n; j++)
        {
            float a = a0 + (a1 - a0) * j / (n - 1);
            pts[j] = (p.X + r * MathF.Cos(a), p.Y + r * Flat * MathF.Sin(a));
        }
        return pts;
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
