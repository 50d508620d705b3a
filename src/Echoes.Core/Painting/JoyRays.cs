using Echoes.Color;
using Echoes.Moods;
using Echoes.Strokes;

namespace Echoes.Painting;

/// <summary>
/// Joy's light blooming outward: short strokes of the light's colour springing from just beyond the subject's outline
/// and running out along rays, most of them upward, each lighter than the paint it crosses and fading toward its tip
/// (the haloes round Van Gogh's lamps and suns, the rising rays of a sunlit morning). Where a ray would reach into
/// the subject it stops, so the subject keeps its drawing.
/// </summary>
internal static class JoyRays
{
    public static void Lay(MoodMarks site, MoodParameters m, Random rng, List<Stroke> into)
    {
        int n = (int)(120 * m.Bloom);
        for (int i = 0; i < n; i++)
        {
            // Mostly upward and outward: the light rises and opens.
            float theta = -MathF.PI / 2 + Math.Clamp(Gesture.Gaussian(rng) * 1.1f, -2.7f, 2.7f);
            float dx = MathF.Cos(theta), dy = MathF.Sin(theta);
            float start = site.Reach(dx, dy) * (1.02f + 0.8f * rng.NextSingle());
            float u = rng.NextSingle(), length = site.Long * (0.02f + 0.1f * u * u);
            var path = Ray(site, dx, dy, start, length, Gesture.Gaussian(rng) * 0.12f);
            if (path.Count < 2) continue;
            var (x0, y0) = path[0];
            float far = MathF.Min(1f, start / site.Long);
            var under = site.Colour(x0, y0);
            // Lighter than the paint it crosses, toward the light's own hue, the more so near the subject.
            float lift = (0.12f + 0.2f * rng.NextSingle()) * (1f - 0.5f * far);
            var light = MoodMarks.Toward(under, new Oklch(0.97f, 0.06f, m.LightHue), lift);
            // Round or dry, tapering at both ends: a flat brush's square ends stamped pale rectangles over the sky.
            var brush = rng.NextSingle() < 0.7f ? BrushKind.Round : BrushKind.DryBrush;
            var s = site.Stroke(path, site.Long * (0.005f + 0.011f * rng.NextSingle()), light, brush,
                (0.4f + 0.25f * rng.NextSingle()) * (1f - 0.4f * far), 0.6f + 0.4f * rng.NextSingle(), 0.3f, 0.5f, rng);
            if (s is not null) into.Add(s);
        }
    }

    // The ray's points, every fifth of its length, turning a little as a hand does; it stops at the canvas's edge or
    // where it would reach into the subject.
    private static List<(float X, float Y)> Ray(MoodMarks site, float dx, float dy, float start, float length, float turn)
    {
        var points = new List<(float X, float Y)>(6);
        float x = site.Centre.X + dx * start, y = site.Centre.Y + dy * start, angle = MathF.Atan2(dy, dx);
        for (int k = 0; k <= 5; k++)
        {
            if (!site.Inside(x, y) || site.Focus(x, y) > 0.35f) break;
            points.Add((x, y));
            angle += turn / 5f;
            x += MathF.Cos(angle) * length / 5f; y += MathF.Sin(angle) * length / 5f;
        }
        return points;
    }
}
