using Echoes.Brushes;
using Echoes.Color;
using Echoes.Moods;
using Echoes.Strokes;

namespace Echoes.Painting;

/// <summary>
/// Sorrow's veil: long, thin, dry strokes falling from the upper picture past the subject, colder and greyer than the
/// paint they run over, some a little lighter and some darker, so the emptied top is a curtain of falling paint (rain on
/// a window, a wall weeping) rather than a flat dark band. They stop where the subject begins: the grief falls round it.
/// </summary>
internal static class SorrowVeil
{
    public static void Lay(MoodMarks site, MoodParameters m, Random rng, List<Stroke> into)
    {
        int n = (int)(160 * m.Veil);
        // The streaks gather in runs, as water does on glass, rather than falling evenly spaced.
        var runs = Enumerable.Range(0, 6 + rng.Next(7)).Select(_ => rng.NextSingle() * site.Width).ToArray();
        for (int i = 0; i < n; i++)
        {
            float x = runs[rng.Next(runs.Length)] + Gesture.Gaussian(rng) * 0.05f * site.Long;
            float y = site.Height * 0.5f * MathF.Pow(rng.NextSingle(), 1.6f);
            float length = site.Height * (0.08f + 0.45f * rng.NextSingle() * rng.NextSingle());
            var path = Fall(site, x, y, length, rng);
            if (path.Count < 2) continue;
            var under = site.Colour(x, y);
            // In the emptied dark a faint light catches on the falling paint, so the dark reads as depth, not as a flat band;
            // elsewhere the veil changes the colour more than the value, so the emptied top stays quiet.
            float dark = 1f - Noise.Smoothstep(0.1f, 0.3f, under.L);
            float lift = (rng.NextSingle() - 0.5f) * (0.04f + 0.04f * dark) + 0.07f * dark;
            var cold = new Oklch(Math.Clamp(under.L + lift, 0.02f, 0.9f), under.C * 0.5f,
                under.H + Oklch.HueDelta(under.H, m.LightHue) * 0.5f);
            var brush = rng.NextSingle() < 0.3f ? BrushKind.DryBrush : BrushKind.Round;
            var s = site.Stroke(path, site.Long * (0.002f + 0.01f * rng.NextSingle()), cold, brush, 0.25f + 0.25f * rng.NextSingle(),
                0.4f + 0.3f * rng.NextSingle(), 0.05f, 0.45f, rng);
            if (s is not null) into.Add(s);
        }
    }

    // Straight down with a small sway; it stops at the bottom or where the subject begins.
    private static List<(float X, float Y)> Fall(MoodMarks site, float x, float y, float length, Random rng)
    {
        var points = new List<(float X, float Y)>(7);
        float step = length / 6f, lean = Gesture.Gaussian(rng) * 0.04f;
        for (int k = 0; k <= 6; k++)
        {
            if (!site.Inside(x, y) || site.Focus(x, y) > 0.4f) break;
            points.Add((x, y));
            x += step * (lean + Gesture.Gaussian(rng) * 0.03f); y += step;
        }
        return points;
    }
}
