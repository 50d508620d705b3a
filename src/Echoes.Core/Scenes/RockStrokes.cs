using Echoes.Color;
using Echoes.Strokes;

namespace Echoes.Scenes;

/// <summary>
/// A few rocks in the near ground, sunk in it: a faceted mass (<see cref="RockForm"/>) with a lit plane toward the sun or
/// moon and a shadow plane away from it, the darkest accents where it turns under and meets the ground, a shadow cast
/// from the foot, and on grassy land blades before the foot so each sits in the land instead of on the picture. Each
/// rock its own: larger or smaller, wider or taller, of its own outline, darker or lighter, its face catching more or
/// less of the light, and that never more than a step above the lit ground (the same pale cap on every rock read as
/// cloned lumps).
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

    /// <summary>One rock's strokes, a few as a painter lays them: its cast shadow, its mass blocked in at the shadow
    /// plane's value with the lit plane over it, the darkest accents where it turns under and meets the ground, and the grass
    /// before its foot. Its marks are its own (<see cref="Marks.Own"/>), so the land's textures stay as they were.</summary>
    internal static void Lay(List<Stroke> strokes, Composition c, SceneColours colours, Rock r, Marks marks, Random rng)
    {
        var own = marks.Own(0x70C5);
        var form = RockForm.Of(r, c.Light.X > r.X ? 1f : -1f);
        var under = colours.At(r.X, r.Y);
        var face = Face(under, r.Catch);
        // The shadow plane at least a step under the lit one, however little light the face catches: two planes of
        // one value read as a flat loaf.
        var body = Rgb.Lerp(under, new Rgb(0.05f, 0.05f, 0.06f), 0.35f).Scaled(r.Value);
        body = body.Scaled(MathF.Min(1f, 0.6f * face.Luminance / MathF.Max(1e-4f, body.Luminance)));
        Cast(strokes, form, under, own);
        Mass(strokes, form, r, body, face, under, own);
        Seat(strokes, c, colours, r, marks, rng);
    }

    // The cast shadow: from under the foot along the ground away from the light, flat, darkest where it leaves the rock.
    private static void Cast(List<Stroke> strokes, RockForm f, Rgb under, Marks marks)
    {
        var (x, y) = (f.RidgeFoot, f.At(0f));
        float away = f.Side(0f, false), reach = MathF.Abs(away - x) + f.Height * 0.8f;
        strokes.Add(marks.Make(BrushKind.Round, f.Height * 0.22f, under.Scaled(0.45f), 0.5f, (0.15f, 0.5f), (x, y - f.Height * 0.03f),
            (x - f.Lit * reach * 0.6f, y + f.Height * 0.04f), (x - f.Lit * reach, y + f.Height * 0.07f)));
    }

    // The mass blocked in with a flat brush, as a painter blocks a rock: a level stroke along its foot, the shadow plane
    // in two strokes running down it from the top at the body's value, then the lit side broken into facets (Facets);
    // their square ends, slanting with the planes, cut its top and shoulders into facets (level bands stacked up it read
    // as logs, a round brush's rows as a loaf, one light slab across a wide rock as a plank). Last the darkest accents,
    // where the shadow side turns under and along its foot on that side, which seat it in the ground.
    private static void Mass(List<Stroke> strokes, RockForm f, Rock r, Rgb body, Rgb face, Rgb under, Marks marks)
    {
        var (l, right) = f.Across(0.12f);
        strokes.Add(marks.Make(BrushKind.Flat, f.Height * 0.3f, body.Scaled(0.9f), 1f, (0f, 0f), (l, f.At(0.12f)), (right, f.At(0.12f))));
        Plane(strokes, f, false, body.Scaled(1.05f), body.Scaled(0.92f), 1f, marks);
        Facets(strokes, f, r, body, face, under, marks);
        (float X, float Y) Shade(float t, float share) => (f.Side(t, false) + (f.Ridge(t) - f.Side(t, false)) * share, f.At(t));
        var deep = body.Scaled(0.6f);
        strokes.Add(marks.Make(BrushKind.Round, f.Height * 0.12f, deep, 0.6f, (0.3f, 0.2f), Shade(0.45f, 0.15f), Shade(0.12f, 0.12f),
            Shade(0.04f, 0.5f)));
        strokes.Add(marks.Make(BrushKind.Round, f.Height * 0.07f, deep.Scaled(0.8f), 0.6f, (0.2f, 0.4f), Shade(0.03f, 0.05f),
            (f.RidgeFoot, f.At(0.02f))));
    }

    // The lit side in facets, more the wider the rock: side planes down it, each of its own top and a value of its own
    // between the lit face and the body; over them the top facets that face the sky, the lightest, of their own widths
    // and tones and apart; a crack of the body's dark between some side planes (an edge found) and none between others
    // (an edge lost), and the lit outline's lower half lost into the ground's colour. From a stream of the rock's own.
    private static void Facets(List<Stroke> strokes, RockForm f, Rock r, Rgb body, Rgb face, Rgb under, Marks marks)
    {
        var rng = new Random(Targets.SeedMix.Of(BitConverter.SingleToInt32Bits(r.X), BitConverter.SingleToInt32Bits(r.Y), 0xFACE));
        (float X, float Y) On(float t, float share) => (f.Ridge(t) + (f.Side(t, true) - f.Ridge(t)) * share, f.At(t));
        int sides = 2 + (r.Wide > 1f ? 1 : 0) + (r.Wide > 1.2f ? 1 : 0);
        float wide = MathF.Max(f.Height * 0.12f, MathF.Abs(f.Side(0.35f, true) - f.Ridge(0.35f)));
        for (int k = 0; k < sides; k++)
        {
            float mid = (k + 0.5f) / sides, lean = 0.12f * (rng.NextSingle() - 0.5f), top = 0.45f + 0.3f * rng.NextSingle();
            var tone = Rgb.Lerp(face, body, 0.15f + 0.4f * rng.NextSingle());
            strokes.Add(marks.Make(BrushKind.Flat, wide * 1.15f / sides, tone, 0.95f, (0.05f, 0f), On(top, mid + lean),
                On(top * 0.5f, mid), On(0.08f, mid - lean)));
            if (k > 0 && rng.NextSingle() < 0.6f)
                strokes.Add(marks.Make(BrushKind.Round, f.Height * 0.035f, body.Scaled(0.75f), 0.7f, (0.3f, 0.4f), On(top * 0.9f, k / (float)sides),
                    On(0.2f + 0.2f * rng.NextSingle(), k / (float)sides + lean)));
        }
        // The top facets, from the top toward the lit shoulder and, on a wide rock, toward the shadow one.
        int tops = 1 + (r.Wide > 0.95f ? 1 : 0) + (r.Wide > 1.15f ? 1 : 0);
        float at = 0.95f;
        for (int k = 0; k < tops; k++)
        {
            float reach = 0.2f + 0.15f * rng.NextSingle(), width = f.Height * (0.1f + 0.12f * rng.NextSingle());
            bool lit = k % 2 == 0;
            // The first, at the top toward the light, takes the full light: the lit face's own value.
            var tone = Rgb.Lerp(face, body, lit ? 0.15f * k : 0.3f + 0.2f * rng.NextSingle());
            (float X, float Y) Rim(float t, float inset) => (f.Side(t, lit) + (f.Ridge(t) - f.Side(t, lit)) * inset, f.At(t));
            strokes.Add(marks.Make(BrushKind.Flat, width, tone, 0.95f, (0.05f, 0.1f), Rim(at, 0.1f), Rim(at - reach * 0.5f, 0.25f),
                Rim(at - reach, 0.3f + 0.2f * rng.NextSingle())));
            if (!lit) at -= reach * (0.6f + 0.3f * rng.NextSingle());
        }
        // The lit outline lost into the ground low down, found again above: between the face and the ground, never lighter
        // than the face (a light rim there would find the edge again).
        (float X, float Y) Edge(float t) => (f.Side(t, true), f.At(t));
        var lost = Rgb.Lerp(face, under, 0.5f);
        lost = lost.Scaled(MathF.Min(1f, face.Luminance / MathF.Max(1e-4f, lost.Luminance)));
        strokes.Add(marks.Make(BrushKind.Round, f.Height * 0.08f, lost, 0.45f, (0.3f, 0.3f), Edge(0.35f), Edge(0.2f), Edge(0.05f)));
    }

    // A plane in two strokes down it: one by the ridge from near the top, one by the outer edge from its shoulder, each
    // about half as wide as the plane is at its middle, stopping short of the foot, which the level stroke lays.
    private static void Plane(List<Stroke> strokes, RockForm f, bool lit, Rgb inner, Rgb outer, float opacity, Marks marks)
    {
        (float X, float Y) On(float t, float share) => (f.Ridge(t) + (f.Side(t, lit) - f.Ridge(t)) * share, f.At(t));
        float wide = MathF.Max(f.Height * 0.12f, MathF.Abs(f.Side(0.35f, lit) - f.Ridge(0.35f)));
        strokes.Add(marks.Make(BrushKind.Flat, wide * 0.6f, inner, opacity, (0.05f, 0f), On(0.9f, 0.25f), On(0.5f, 0.28f), On(0.1f, 0.3f)));
        strokes.Add(marks.Make(BrushKind.Flat, wide * 0.55f, outer, opacity, (0.05f, 0f), On(0.6f, 0.7f), On(0.35f, 0.7f), On(0.1f, 0.68f)));
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
