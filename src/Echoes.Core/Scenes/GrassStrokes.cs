using Echoes.Strokes;

namespace Echoes.Scenes;

/// <summary>
/// The grass of the near ground in drifts, as it grows, with bare ground between them (an even scatter of one fan of
/// blades reads as wallpaper): small and many far off, fewer and larger near; each clump its own (a few blades or a thick
/// tuft, short or tall, leaning and fanning its own way in one wind), most a shade darker than the ground, some in the
/// ground's own value a little warmer or greyer (a painter's broken colour), and only a few with a blade catching the light.
/// </summary>
internal static class GrassStrokes
{
    /// <summary>Lays the grass on the open near ground.</summary>
    public static void Paint(List<Stroke> strokes, Composition c, SceneColours colours, Marks marks, Random rng)
    {
        float wind = (0.08f + 0.1f * rng.NextSingle()) * (rng.NextSingle() < 0.5f ? -1f : 1f);
        foreach (var clump in Plan(c, rng, wind)) Clump(strokes, c, colours, clump, wind, marks, rng);
    }

    /// <summary>The clumps, far to near, on open ground only.</summary>
    internal static List<GrassClump> Plan(Composition c, Random rng, float wind)
    {
        var clumps = new List<GrassClump>();
        foreach (var (x, y, near) in Drifts.Places(c, rng, 26 + rng.Next(8), 18f))
        {
            float size = c.Target.Height * (0.01f + 0.045f * near * near) * (0.55f + 0.9f * rng.NextSingle());
            if (!ForegroundStrokes.Open(c, x, y, size)) continue;
            bool thick = rng.NextSingle() < 0.3f;
            int blades = thick ? 6 + rng.Next(6) : 2 + rng.Next(4);
            // Most clumps a shade darker than the ground; about a third in its own value, leaning warm or grey.
            float pick = rng.NextSingle();
            float value = pick < 0.55f ? 0.5f + 0.22f * rng.NextSingle()
                : pick < 0.7f ? 0.72f + 0.16f * rng.NextSingle() : 0.9f + 0.15f * rng.NextSingle();
            float tint = (pick < 0.7f ? 0.08f : 0.25f) * (rng.NextSingle() * 2f - 1f);
            int lit = rng.NextSingle() < 0.2f ? 1 + (thick ? rng.Next(2) : 0) : 0;
            clumps.Add(new GrassClump(x, y, size, blades, wind + 0.4f * (rng.NextSingle() - 0.5f), 0.2f + 0.55f * rng.NextSingle(),
                value, tint, lit));
        }
        return clumps;
    }

    // One clump: a dark root where it is thick, then its blades fanning from a short stretch of ground, the middle ones
    // tallest, each curving further the way the wind leans it and tapering to its tip.
    private static void Clump(List<Stroke> strokes, Composition c, SceneColours colours, GrassClump q, float wind, Marks marks, Random rng)
    {
        var under = colours.At(q.X, q.Y);
        var own = ForegroundStrokes.Broken(under, q.Tint, q.Value);
        float opacity = colours.Mood.Opacity, root = q.Size * 0.05f * MathF.Min(q.Blades, 6);
        if (q.Blades >= 7)
            strokes.Add(marks.Make(BrushKind.Round, q.Size * 0.18f, under.Scaled(0.6f), 0.45f * opacity, (0.4f, 0.4f),
                (q.X - root, q.Y - q.Size * 0.04f), (q.X + root, q.Y - q.Size * 0.06f)));
        int litFrom = rng.Next(Math.Max(1, q.Blades - q.Lit + 1));
        for (int b = 0; b < q.Blades; b++)
        {
            float t = q.Blades == 1 ? 0f : b / (q.Blades - 1f) - 0.5f;
            float lean = q.Lean + q.Spread * 2f * t + 0.25f * (rng.NextSingle() - 0.5f);
            float len = q.Size * (0.45f + 0.55f * rng.NextSingle()) * (1f - 0.7f * t * t);
            float x = q.X + root * 2f * t + root * 0.3f * (rng.NextSingle() - 0.5f), y = q.Y;
            float curl = lean + wind + 0.3f * lean;
            var bend = (x + MathF.Sin(lean) * len * 0.5f, y - MathF.Cos(lean) * len * 0.5f);
            var tip = (bend.Item1 + MathF.Sin(curl) * len * 0.5f, bend.Item2 - MathF.Cos(curl) * len * 0.5f);
            var color = b >= litFrom && b < litFrom + q.Lit ? ForegroundStrokes.Lit(under, c.Light.Color, 0.1f + 0.12f * rng.NextSingle())
                : own.Scaled(0.92f + 0.16f * rng.NextSingle());
            strokes.Add(marks.Make(BrushKind.Round, MathF.Max(0.6f, q.Size * (0.05f + 0.04f * rng.NextSingle())), color,
                (0.7f + 0.15f * rng.NextSingle()) * opacity, (0.05f, 0.5f), (x, y), bend, tip));
        }
    }
}
