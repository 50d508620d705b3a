using Echoes.Color;
using Echoes.Moods;
using Echoes.Strokes;

namespace Echoes.Painting;

/// <summary>
/// Loss wiping the picture away: dry strokes of the bare ground's colour dragged in from the side loss comes from, across
/// the border where the painting dissolves, breaking into streaks as the brush runs dry; so that border is a painter's
/// scrubbing, not a soft mask. They stop short of the subject's drawing, which loss reaches only in part.
/// </summary>
internal static class LossScrub
{
    public static void Lay(MoodMarks site, MoodParameters m, (float X, float Y) lost, float[] wash, Rgb ground, Random rng,
        List<Stroke> into)
    {
        // From the lost side toward the subject, in pixels.
        float lx = -lost.X * site.Width, ly = -lost.Y * site.Height, ll = MathF.Sqrt(lx * lx + ly * ly);
        if (ll < 1e-3f) return;
        float dx0 = lx / ll, dy0 = ly / ll;
        var bare = Oklch.FromLinear(ground);
        int n = (int)(60 * m.Scrub);
        for (int i = 0; i < n; i++)
        {
            if (Border(site, wash, rng) is not { } p) continue;
            float turn = Gesture.Gaussian(rng) * 0.35f, length = site.Long * (0.06f + 0.16f * rng.NextSingle());
            float dx = dx0 * MathF.Cos(turn) - dy0 * MathF.Sin(turn), dy = dx0 * MathF.Sin(turn) + dy0 * MathF.Cos(turn);
            var path = new List<(float X, float Y)>(5);
            for (int k = 0; k <= 4; k++)
            {
                float x = p.X + dx * length * (k / 4f - 0.5f), y = p.Y + dy * length * (k / 4f - 0.5f);
                // The subject's drawing is spared: a stroke that would cross it stops short.
                if (!site.Inside(x, y) || site.Focus(x, y) > 0.35f) { if (path.Count > 0) break; continue; }
                path.Add((x, y));
            }
            var colour = bare with { L = Math.Clamp(bare.L + (rng.NextSingle() - 0.5f) * 0.06f, 0f, 1f) };
            var s = site.Stroke(path, site.Long * (0.006f + 0.02f * rng.NextSingle()), colour, BrushKind.DryBrush,
                (0.35f + 0.35f * rng.NextSingle()) * (1f - 0.6f * site.Focus(p.X, p.Y)), 0.2f + 0.25f * rng.NextSingle(), 0.1f, 0.15f, rng);
            if (s is not null) into.Add(s);
        }
    }

    // A point on the border where the painting gives way to the ground (partly washed), or null after a few tries.
    private static (float X, float Y)? Border(MoodMarks site, float[] wash, Random rng)
    {
        for (int tries = 0; tries < 40; tries++)
        {
            float x = rng.NextSingle() * site.Width, y = rng.NextSingle() * site.Height;
            float v = wash[(int)y * site.Width + (int)x];
            if (v is > 0.25f and < 0.85f) return (x, y);
        }
        return null;
    }
}
