using Echoes.Color;
using Echoes.Strokes;

namespace Echoes.Scenes;

/// <summary>
/// A few rocks in the near ground, half sunk in it: a solid body of two overlapping masses, the face toward the sun or
/// moon lit in a slanting plane, the other side in deeper shade, a shadow cast from the foot, and on grassy land blades
/// before the foot so each sits in the land instead of on the picture. Each rock its own: larger or smaller, wider or taller, darker or
/// lighter, its face catching more or less of the light, and that never more than a step above the lit ground (the same
/// pale cap on every rock read as cloned lumps).
/// </summary>
internal static class RockStrokes
{
    /// <summary>Lays the rocks.</summary>
    public static void Paint(List<Stroke> strokes, Composition c, SceneColours colours, Marks marks, Random rng, int count)
    {
        foreach (var rock in Plan(c, rng, count)) Lay(strokes, c, colours, rock, marks, rng);
    }

    /// <summary>Where the rocks sit and how each is made, on open ground only.</summary>
    internal static List<Rock> Plan(Composition c, Random rng, int count)
    {
        int w = c.Target.Width, h = c.Target.Height;
        var rocks = new List<Rock>();
        for (int tries = 0; rocks.Count < count && tries < 40; tries++)
        {
            float near = 0.45f + 0.55f * rng.NextSingle();
            float x = rng.NextSingle() * w, y = c.LandTop + (h - c.LandTop) * near;
            float s = h * (0.02f + 0.05f * near * near) * (0.5f + rng.NextSingle());
            if (!ForegroundStrokes.Open(c, x, y, s * 1.5f)) continue;
            rocks.Add(new Rock(x, y, s, 0.75f + 0.6f * rng.NextSingle(), (rng.NextSingle() - 0.5f) * 0.5f, 0.42f + 0.2f * rng.NextSingle(),
                rng.NextSingle(), rng.NextSingle()));
        }
        return rocks;
    }

    /// <summary>One rock's strokes: its cast shadow, body, lit face, shaded side and the grass before its foot.</summary>
    internal static void Lay(List<Stroke> strokes, Composition c, SceneColours colours, Rock r, Marks marks, Random rng)
    {
        float x = r.X, y = r.Y, s = r.Size, sx = s * r.Wide, hump = r.Hump;
        float lit = c.Light.X > x ? 1f : -1f;
        var under = colours.At(x, y);
        var body = Rgb.Lerp(under, new Rgb(0.05f, 0.05f, 0.06f), 0.35f).Scaled(r.Value);
        // The cast shadow runs from under the foot away from the light, so it joins the rock instead of lying beside it.
        strokes.Add(marks.Make(BrushKind.Round, s * 0.2f, under.Scaled(0.45f), 0.45f, (0.2f, 0.6f), (x - lit * sx * 0.2f, y + s * 0.02f),
            (x - lit * sx * 0.8f, y + s * 0.06f), (x - lit * sx * 1.3f, y + s * 0.09f)));
        strokes.Add(marks.Make(BrushKind.Round, s * 0.5f, body, 1f, (0.3f, 0.3f), (x - sx * 0.75f, y - s * 0.16f),
            (x, y - s * 0.22f), (x + sx * 0.7f, y - s * 0.14f)));
        strokes.Add(marks.Make(BrushKind.Round, s * 0.5f, body, 1f, (0.35f, 0.35f), (x + (hump - 0.35f) * sx, y - s * 0.35f),
            (x + (hump + 0.3f) * sx, y - s * 0.42f)));
        // The lit face: a plane along the upper side toward the light, from a little below the ground's value to a step
        // above it, as much as the rock catches.
        // A rock turned more to the light shows it a side plane running down toward the light, not a cap along its top.
        float reach = 0.35f + 0.25f * r.Catch, turn = r.Turn;
        strokes.Add(marks.Make(BrushKind.Round, s * (0.12f + 0.06f * r.Catch), Face(under, r.Catch), 0.9f, (0.3f, 0.45f),
            (x + (hump - 0.05f * lit + 0.25f * turn * lit) * sx, y - s * (0.6f - 0.05f * turn)),
            (x + (hump + (0.3f + 0.1f * turn) * lit) * sx, y - s * (0.6f - 0.12f * turn)),
            (x + (hump + (reach + 0.1f * turn) * lit) * sx, y - s * (0.42f - 0.2f * turn))));
        strokes.Add(marks.Make(BrushKind.Round, s * 0.14f, body.Scaled(0.6f), 0.8f, (0.3f, 0.3f), (x - lit * sx * 0.6f, y - s * 0.3f),
            (x - lit * sx * 0.7f, y - s * 0.05f)));
        Seat(strokes, c, colours, r, marks, rng);
    }

    // The lit face's colour: the ground's own, a little greyer, at 0.8 to 1.15 of its luminance (lifted toward
    // the light's colour, it read as a pale cap pasted on every rock alike).
    private static Rgb Face(Rgb under, float catchShare) => ForegroundStrokes.Broken(under, -0.2f, 0.8f + 0.35f * catchShare);

    // On grassy land a few blades in front of the rock's foot, in the ground's darker value, so the foot sinks into the
    // land instead of resting on it (a stroke of the ground's colour along it read as a line cutting the rock).
    private static void Seat(List<Stroke> strokes, Composition c, SceneColours colours, Rock r, Marks marks, Random rng)
    {
        if (c.Scene.Landscape.Kind is LandscapeKind.Dunes or LandscapeKind.Coast) return;
        float x = r.X, y = r.Y, s = r.Size, sx = s * r.Wide;
        var ground = colours.At(x, MathF.Min(c.Target.Height - 1, y + s * 0.1f));
        for (int b = 0, n = 2 + rng.Next(3); b < n; b++)
        {
            float bx = x + sx * (rng.NextSingle() * 1.6f - 0.8f), len = s * (0.2f + 0.25f * rng.NextSingle());
            float lean = 0.5f * (rng.NextSingle() - 0.5f), foot = y + s * 0.06f;
            strokes.Add(marks.Make(BrushKind.Round, MathF.Max(0.6f, s * 0.04f), ground.Scaled(0.55f + 0.3f * rng.NextSingle()),
                0.8f * colours.Mood.Opacity, (0.05f, 0.5f), (bx, foot), (bx + MathF.Sin(lean) * len, foot - MathF.Cos(lean) * len)));
        }
    }
}
