using Echoes.Color;
using Echoes.Strokes;

namespace Echoes.Scenes;

/// <summary>
/// The middle ground modelled as a painter builds it over the first washes: each swell's face painted in strokes that
/// follow its contour from the crest down into the hollow before the next, lighter and warmer where the land turns
/// toward the light (its top under a high light, its flank toward the sun), darker and cooler in the hollows and on the
/// backs turned away; thinner, closer and quieter toward the horizon, where the air cools and pales them. By day the
/// shadows of clouds lie across it. The people's ground is left as the washes laid it, so they keep their contrast.
/// </summary>
internal static class SwellStrokes
{
    /// <summary>The swells' strokes, far to near.</summary>
    public static void Paint(List<Stroke> strokes, Composition c, SceneColours colours, Marks marks, Random rng)
    {
        var swells = GroundSwell.Of(c);
        var shadows = CloudShadows(c, swells, rng);
        var air = Air(c, colours);
        for (int i = 0; i + 1 < swells.Count; i++)
            Face(strokes, c, colours, swells[i], swells[i + 1], shadows, air, marks, rng);
    }

    // One swell's face, from its crest (s = 0) to the next nearer crest (s = 1), in contour strokes a row's width apart.
    private static void Face(List<Stroke> strokes, Composition c, SceneColours colours, GroundSwell far, GroundSwell near,
        List<(float X, float Y, float Rx, float Ry)> shadows, Rgb air, Marks marks, Random rng)
    {
        int w = c.Target.Width;
        var m = colours.Mood;
        // The nearer crest never rises over the farther one: where it would, the face between them is a sliver.
        float gap = 0.2f * (near.At(w / 2f) - far.At(w / 2f));
        float Contour(float x, float s) => far.At(x) + (MathF.Max(near.At(x), far.At(x) + gap) - far.At(x)) * s;
        float s0 = 0.05f * rng.NextSingle();
        while (s0 < 1f)
        {
            float mid = Contour(w / 2f, s0), width = GroundStrokes.RowWidth(c, mid) * 0.8f;
            float x = -width * (1f + 2f * rng.NextSingle());
            while (x < w + width)
            {
                float len = width * m.Length * (3f + 4f * rng.NextSingle()), s = Math.Clamp(s0 + 0.08f * (rng.NextSingle() - 0.5f), 0f, 1f);
                // Each stroke leans a little its own way off the contour, as a hand's do.
                float lean = width * 0.35f * (rng.NextSingle() - 0.5f);
                var pts = new (float X, float Y)[5];
                for (int k = 0; k < pts.Length; k++)
                {
                    float px = x + len * k / (pts.Length - 1f);
                    pts[k] = (px, Contour(px, s) + lean * (k / 2f - 1f) + width * 0.1f * (rng.NextSingle() - 0.5f));
                }
                var (cx, cy) = pts[2];
                if (Clear(c, colours, pts, width))
                {
                    float shift = Turn(c, far, near, cx, s) - Shadowed(shadows, cx, cy);
                    var color = Faced(Base(c, colours, cx, cy, len), shift * Strength(c, far.Near), c.Light.Color, air, Distance(far, near, s));
                    float opacity = (0.35f + 0.25f * rng.NextSingle()) * m.Opacity * Fading(c, cy);
                    strokes.Add(marks.Make(BrushKind.Round, width * (0.8f + 0.4f * rng.NextSingle()), color, opacity,
                        (0.25f + 0.2f * rng.NextSingle(), 0.3f + 0.2f * rng.NextSingle()), pts) with
                    { Load = 0.6f + 0.35f * rng.NextSingle() });
                }
                x += len * (0.55f + 0.25f * rng.NextSingle());
            }
            s0 += width * (0.5f + 0.2f * rng.NextSingle()) / MathF.Max(width, near.At(w / 2f) - far.At(w / 2f));
        }
    }

    /// <summary>The air the far land is seen through: the colour of the ground's far edge as composed, where the land is
    /// already veiled (the horizon's own colour, at dusk a glow, turned the far swells orange over green land).</summary>
    private static Rgb Air(Composition c, SceneColours colours)
    {
        float y = c.LandTop + 0.03f * (c.Target.Height - c.LandTop);
        var edge = Enumerable.Range(0, 16).Select(i => ((i + 0.5f) * c.Target.Width / 16f, y))
            .Where(q => c.Layers.At(q.Item1, q.y) == LandLayers.Ground).ToList();
        return edge.Count == 0 ? c.SkyHorizon : colours.Mean(edge);
    }

    // The ground's own tone about (x, y), over a stretch a stroke long and a few rows deep: the swell's light and shade are
    // the strokes' own, not the composed picture's narrow folds (read off one point, those came through as bright bands).
    private static Rgb Base(Composition c, SceneColours colours, float x, float y, float len)
    {
        float d = c.Target.Height * 0.04f;
        return colours.Mean([(x, y), (x - len / 3, y), (x + len / 3, y), (x, y - d), (x, y + d), (x - len / 3, y + d), (x + len / 3, y - d)]);
    }

    // How the land at (x, s) of this face turns to the light: +1 full toward it, −1 full away. Its flank toward the light
    // (the crest falling that way) and its top catch the light; the hollow and the flank turned away are in shade; with the
    // light low ahead the faces toward the viewer are in shade and only the tops are lit.
    private static float Turn(Composition c, GroundSwell far, GroundSwell near, float x, float s)
    {
        float slope = far.Slope(x) * (1f - s) + near.Slope(x) * s;
        float toward = Math.Clamp((c.Light.X - x) / (0.35f * c.Target.Width), -1f, 1f);
        float flank = Math.Clamp(slope * 6f * toward, -1f, 1f);
        float back = RidgeShade.Backlight(c.Light.Y, c.HorizonY, c.Target.Height);
        // Lit over the top, falling fast into the shade of the face, deepest in the hollow just behind the next crest.
        float top = (1f - 2f * Echoes.Brushes.Noise.Smoothstep(0.1f, 0.65f, s)) * (1f - 0.3f * back) - 0.5f * back * s;
        // Against a low light the land is mostly its shade: what catches the light is a glint on the tops, not a lit field.
        float turn = Math.Clamp(0.55f * flank + 0.45f * top, -1f, 1f);
        return turn > 0f ? turn * (1f - 0.65f * back) : turn;
    }

    // How far (0 to 1) a lit face stands above and a shaded one below the ground (Oklab lightness per unit of turn),
    // by kind and distance: the air flattens the far land's values.
    private static float Strength(Composition c, float near) => (c.Scene.Landscape.Kind switch
    {
        LandscapeKind.Plains => 0.13f,
        LandscapeKind.Coast => 0.08f,
        _ => 0.115f,
    }) * (0.45f + 0.55f * Math.Clamp(near * 2f, 0f, 1f)) * (c.Scene.Landscape.Time == TimeOfDay.Night ? 0.6f : 1f);

    // How far off (1 at the ground's far edge) a point of the face lies.
    private static float Distance(GroundSwell far, GroundSwell near, float s) => 1f - (far.Near + (near.Near - far.Near) * s);

    /// <summary>The <paramref name="ground"/> turned by <paramref name="shift"/> of Oklab lightness: lighter and warmed
    /// toward <paramref name="light"/> where positive, darker and cooler where negative; then veiled by the
    /// <paramref name="air"/> as far as <paramref name="far"/> (0 near, 1 at the far edge) lies.</summary>
    private static Rgb Faced(Rgb ground, float shift, Rgb light, Rgb air, float far)
    {
        var g = Oklab.FromLinear(ground);
        var l = Oklab.FromLinear(light);
        float warm = MathF.Max(0f, shift), cool = MathF.Max(0f, -shift);
        var turned = new Oklab(Math.Clamp(g.L + shift, 0.05f, 0.95f), g.A + warm * 0.3f * l.A - cool * 0.1f,
            g.B + warm * (0.3f * l.B + 0.05f) - cool * 0.15f).ToLinear().Clamped();
        return Rgb.Lerp(turned, air, 0.18f * far * far);
    }

    // Where the middle ground gives way to the near ground's own brushwork, the modelling thins out.
    private static float Fading(Composition c, float y)
    {
        return 1f - Math.Clamp((ForegroundStrokes.Near(c, y) - 0.5f) / 0.25f, 0f, 1f);
    }

    // Whether a stroke keeps to open ground: on the ground at its ends and middle, painted there, off anyone's ground and
    // off a path.
    private static bool Clear(Composition c, SceneColours colours, (float X, float Y)[] pts, float width) =>
        new[] { pts[0], pts[2], pts[^1] }.All(q => ForegroundStrokes.Open(c, q.X, q.Y, width + c.Target.Height * 0.02f)
            && !colours.Bare(q.X, q.Y) && !OnCourse(c, q.X, q.Y, width));

    /// <summary>Whether (x, y) lies on the river or path, or within <paramref name="margin"/> of it.</summary>
    public static bool OnCourse(Composition c, float x, float y, float margin)
    {
        if (c.Course is not { } course) return false;
        var l = course.Left.MinBy(q => MathF.Abs(q.Y - y));
        var r = course.Right.MinBy(q => MathF.Abs(q.Y - y));
        return MathF.Abs(l.Y - y) < margin * 4f + 4f && x > MathF.Min(l.X, r.X) - margin && x < MathF.Max(l.X, r.X) + margin;
    }

    // The shadows of a few clouds lying across the middle ground by day: flat ellipses, as a patch on the land is seen in
    // perspective; none at night or with the light low.
    private static List<(float X, float Y, float Rx, float Ry)> CloudShadows(Composition c, List<GroundSwell> swells, Random rng)
    {
        var list = new List<(float X, float Y, float Rx, float Ry)>();
        if (c.Scene.Landscape.Time != TimeOfDay.Day || swells.Count < 2) return list;
        int w = c.Target.Width;
        float top = swells[0].At(w / 2f), bottom = swells[^1].At(w / 2f);
        for (int i = 0; i < 2; i++)
        {
            float y = top + (bottom - top) * (0.2f + 0.6f * rng.NextSingle());
            float near = ForegroundStrokes.Near(c, y), rx = w * (0.12f + 0.1f * rng.NextSingle()) * (0.5f + near);
            list.Add((w * (0.1f + 0.8f * rng.NextSingle()), y, rx, rx * (0.12f + 0.1f * near)));
        }
        return list;
    }

    // How deep in a cloud's shadow (x, y) lies: 1 inside, soft at its edge.
    private static float Shadowed(List<(float X, float Y, float Rx, float Ry)> shadows, float x, float y) => shadows.Count == 0 ? 0f
        : shadows.Max(s =>
        {
            float dx = (x - s.X) / s.Rx, dy = (y - s.Y) / s.Ry;
            return 1f - Echoes.Brushes.Noise.Smoothstep(0.6f, 1f, MathF.Sqrt(dx * dx + dy * dy));
        }) * 0.9f;
}
