using Echoes.Strokes;

namespace Echoes.Scenes;

/// <summary>
/// The sand's texture: fields of ripples the wind or the last wave left, each field a few rows lying one below the other
/// in one slant, the rows of their own lengths and spacings with gaps where a row breaks off; smaller far off, larger near.
/// Most ripples a shaded trough a shade darker than the sand, some in its own value a little warmer or greyer, a few with
/// a lip catching the light (the same lit arc stamped over the beach read as wallpaper).
/// </summary>
internal static class RippleStrokes
{
    /// <summary>Lays the ripples on the open near ground.</summary>
    public static void Paint(List<Stroke> strokes, Composition c, SceneColours colours, Marks marks, Random rng)
    {
        foreach (var ripple in Plan(c, rng)) Ripple(strokes, c, colours, ripple, marks);
    }

    /// <summary>The ripples, field by field, on open ground only.</summary>
    internal static List<SandRipple> Plan(Composition c, Random rng)
    {
        int w = c.Target.Width, h = c.Target.Height;
        var ripples = new List<SandRipple>();
        for (int field = 0, fields = 45 + rng.Next(10); field < fields; field++)
        {
            // Nearness drawn toward 1: the fields gather in front.
            float near = 0.15f + 0.85f * MathF.Sqrt(rng.NextSingle());
            float cx = rng.NextSingle() * w, y = c.LandTop + (h - c.LandTop) * near;
            float size = h * (0.01f + 0.028f * near * near) * (0.6f + 0.8f * rng.NextSingle()), slant = 0.12f * (rng.NextSingle() - 0.5f);
            int rows = 2 + rng.Next(7);
            for (int k = 0; k < rows; k++, y += size * (0.3f + 0.45f * rng.NextSingle()))
            {
                // The middle rows of a field longest; one row in six breaks off, a gap in the field.
                float middle = 1f - MathF.Abs(k - (rows - 1) / 2f) / rows;
                float len = size * (0.9f + 2f * rng.NextSingle()) * (0.5f + middle);
                float x = cx + size * 1.2f * (rng.NextSingle() - 0.5f);
                if (rng.NextSingle() < 0.16f || !ForegroundStrokes.Open(c, x, y, len * 0.5f)) continue;
                float pick = rng.NextSingle();
                bool own = pick < 0.3f;
                ripples.Add(new SandRipple(x, y, len, len * (0.03f + 0.1f * rng.NextSingle()), len * (slant + 0.04f * (rng.NextSingle() - 0.5f)),
                    own ? 0.93f + 0.1f * rng.NextSingle() : 0.55f + 0.25f * rng.NextSingle(), (own ? 0.25f : 0.08f) * (rng.NextSingle() * 2f - 1f),
                    pick > 0.72f));
            }
        }
        return ripples;
    }

    // One ripple: a low arc, its shaded trough and over it, where the light catches it, its lip.
    private static void Ripple(List<Stroke> strokes, Composition c, SceneColours colours, SandRipple r, Marks marks)
    {
        var under = colours.At(r.X, r.Y);
        float opacity = colours.Mood.Opacity, thick = MathF.Max(0.6f, MathF.Min(r.Length * 0.045f, c.Target.Height * 0.004f));
        float half = r.Length / 2f;
        strokes.Add(marks.Make(BrushKind.Round, thick, ForegroundStrokes.Broken(under, r.Tint, r.Value), 0.55f * opacity,
            (0.4f, 0.4f), (r.X - half, r.Y + r.Tilt / 2), (r.X, r.Y - r.Sag), (r.X + half, r.Y - r.Tilt / 2)));
        if (!r.Lip) return;
        strokes.Add(marks.Make(BrushKind.Round, thick * 0.7f, ForegroundStrokes.Lit(under, c.Light.Color, 0.3f), 0.5f * opacity,
            (0.4f, 0.4f), (r.X - half * 0.8f, r.Y + r.Tilt / 2 - thick), (r.X, r.Y - r.Sag - thick), (r.X + half * 0.8f, r.Y - r.Tilt / 2 - thick)));
    }
}
