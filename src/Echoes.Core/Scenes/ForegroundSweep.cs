using Echoes.Color;
using Echoes.Strokes;

namespace Echoes.Scenes;

/// <summary>
/// The ground sweeping toward the viewer: many long, loose strokes laid from the bottom of the picture up the slope toward
/// where the people stand, a little darker and warmer than the ground at the viewer's feet and thinning as they recede
/// (few broad dark ones read as smears or a glitch over the ground), so the near ground
/// has the movement of land seen from above it and leads the eye in; then large grasses framing the bottom corners.
/// Each stroke stops short of the people, so none clutters them.
/// </summary>
internal static class ForegroundSweep
{
    // A warm earth the near ground leans toward: nearness warms a landscape as distance cools it.
    private static readonly Rgb Umber = Rgb.FromSrgb8(0x4a, 0x30, 0x1c);

    /// <summary>The sweeping strokes of the near ground, in painting order.</summary>
    public static void Paint(List<Stroke> strokes, Composition c, SceneColours colours, Marks marks, Random rng)
    {
        int w = c.Target.Width, h = c.Target.Height;
        var (fx, fy) = Focus(c);
        int count = 30 + rng.Next(8);
        for (int i = 0; i < count; i++)
        {
            // Spread across the bottom and beyond its corners, each running along the ground's perspective toward the
            // vanishing point above the focus, on the horizon, and stopping between the viewer and the people.
            float x0 = w * (-0.3f + 1.6f * (i + rng.NextSingle()) / count), y0 = h * (1.01f + 0.03f * rng.NextSingle());
            float stop = fy + (h - fy) * (0.15f + 0.4f * rng.NextSingle()), bow = (rng.NextSingle() - 0.5f) * 0.06f * w;
            // A near-upright sweep, tapering as it rises, reads as a post or a person standing: those are left out.
            if (MathF.Abs(fx - x0) < 0.7f * (y0 - c.HorizonY)) continue;
            float reach = (y0 - stop) / MathF.Max(1f, y0 - c.HorizonY);
            var pts = new List<(float X, float Y)>();
            for (int k = 0; k <= 16; k++)
            {
                float t = reach * k / 16f, side = bow * MathF.Sin(MathF.PI * k / 16f);
                pts.Add((x0 + (fx - x0) * t + side, y0 + (c.HorizonY - y0) * t));
            }
            float width = h * (0.028f + 0.022f * rng.NextSingle());
            // Only the run from the viewer's end, and only when it is long against its width: a stub left beyond a
            // person, or a short broad dark stroke, read as a thing on the ground (a post, a log, a hook), not its sweep.
            var first = ForegroundStrokes.Runs(pts, q => ForegroundStrokes.Open(c, q.X, q.Y, width * 0.5f)).FirstOrDefault();
            if (first is not null && first[0] == pts[0] && Length(first) >= 4.5f * width)
                strokes.Add(Sweep(first, width, c, colours, marks, rng, i % 3 == 0));
        }
        Grasses(strokes, c, colours, marks, rng);
    }

    private static float Length((float X, float Y)[] run) =>
        run.Zip(run.Skip(1), (a, b) => MathF.Sqrt((b.X - a.X) * (b.X - a.X) + (b.Y - a.Y) * (b.Y - a.Y))).Sum();

    // Where the eye is led: the people's ground, weighted toward the nearer (larger) of them; the middle of the ground
    // when there is no one.
    private static (float X, float Y) Focus(Composition c)
    {
        if (c.Figures.Count == 0) return (c.Target.Width / 2f, (c.LandTop + c.Target.Height) / 2f);
        float sum = c.Figures.Sum(f => f.Height);
        return (c.Figures.Sum(f => f.X * f.Height) / sum, c.Figures.Sum(f => f.Y * f.Height) / sum);
    }

    // One sweep: dark and warm (or, one in three, the lit top of a furrow), loaded at the viewer's end and running dry;
    // on dark ground (night) barely warmed, where an umber stroke on the grey read as a log.
    private static Stroke Sweep((float X, float Y)[] run, float width, Composition c, SceneColours colours, Marks marks, Random rng, bool lit)
    {
        var mid = run[run.Length / 3];
        var under = colours.At(mid.X, mid.Y);
        var color = lit ? Rgb.Lerp(under, c.Light.Color, 0.18f * Math.Clamp(under.Luminance * 4f, 0.15f, 1f))
            : Rgb.Lerp(under.Scaled(0.72f), Umber, 0.15f * Math.Clamp(under.Luminance * 4f, 0.15f, 1f));
        // Over a dune sea thinner: the dunes carry the ground's form, and dark sweeps as strong as the slip faces read as tracks.
        float opacity = (lit ? 0.45f : 0.55f) * colours.Mood.Opacity * (c.Scene.Landscape.Kind == LandscapeKind.Dunes ? 0.55f : 1f);
        var brush = rng.NextSingle() < 0.5f ? BrushKind.DryBrush : BrushKind.Round;
        return marks.Make(brush, width, color, opacity, (0.05f, 0.5f), run) with { Load = 0.7f + 0.3f * rng.NextSingle() };
    }

    // Large grasses at the bottom corners, leaning in one wind, dark against the lit ground beyond: the frame a painter
    // sets at the viewer's feet.
    private static void Grasses(List<Stroke> strokes, Composition c, SceneColours colours, Marks marks, Random rng)
    {
        if (c.Scene.Landscape.Kind is LandscapeKind.Dunes or LandscapeKind.Coast) return;
        int w = c.Target.Width, h = c.Target.Height;
        float wind = rng.NextSingle() < 0.5f ? -1f : 1f;
        for (int i = 0; i < 14; i++)
        {
            float corner = i % 2 == 0 ? 0f : w, x = corner + (corner == 0 ? 1 : -1) * w * 0.22f * MathF.Pow(rng.NextSingle(), 1.5f);
            float y = h * (0.97f + 0.05f * rng.NextSingle()), size = h * (0.06f + 0.06f * rng.NextSingle());
            if (!ForegroundStrokes.Open(c, x, y - size * 0.5f, size * 0.5f)) continue;
            var dark = colours.At(x, MathF.Min(y, h - 1)).Scaled(0.5f);
            for (int b = 0; b < 4 + rng.Next(4); b++)
            {
                float lean = wind * 0.25f + (rng.NextSingle() - 0.5f) * 0.9f, len = size * (0.6f + 0.5f * rng.NextSingle());
                var tip = (x + MathF.Sin(lean) * len + wind * len * 0.15f, y - MathF.Cos(lean) * len);
                var bend = (x + MathF.Sin(lean) * len * 0.45f, y - MathF.Cos(lean) * len * 0.55f);
                strokes.Add(marks.Make(BrushKind.Round, size * 0.07f, dark, 0.8f * colours.Mood.Opacity, (0.05f, 0.5f), (x, y), bend, tip));
            }
        }
    }
}
