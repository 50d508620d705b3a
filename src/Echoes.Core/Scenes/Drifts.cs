namespace Echoes.Scenes;

/// <summary>
/// Where the near ground's small marks (clumps of grass, ripples in sand) lie: gathered in drifts, loose bands along the
/// ground with bare ground between them, as grass grows and wind lays sand, instead of an even scatter of one mark (which
/// reads as wallpaper). The drifts gather toward the viewer; the far ones hold more, smaller marks, the near ones fewer.
/// </summary>
internal static class Drifts
{
    /// <summary>
    /// The marks' places, far to near: each its root and how near it lies (0 at the top of the ground, 1 at the bottom
    /// edge); <paramref name="many"/> marks in a far drift, about a third as many in a near one.
    /// </summary>
    public static List<(float X, float Y, float Near)> Places(Composition c, Random rng, int drifts, float many)
    {
        int w = c.Target.Width, h = c.Target.Height;
        float depth = h - c.LandTop;
        var places = new List<(float X, float Y, float Near)>();
        for (int d = 0; d < drifts; d++)
        {
            // Nearness drawn toward 1, so the drifts gather in front; each a band lying along the ground, wider near.
            float near = 0.12f + 0.88f * MathF.Sqrt(rng.NextSingle());
            float cx = rng.NextSingle() * w, cy = c.LandTop + depth * near;
            float across = w * (0.03f + 0.09f * rng.NextSingle()) * (0.6f + near), deep = depth * 0.035f * (0.5f + near);
            int count = (int)(many * (1f - 0.65f * near) * (0.5f + rng.NextSingle()));
            for (int k = 0; k < count; k++)
            {
                float x = cx + across * Gauss(rng), y = cy + deep * Gauss(rng);
                if (y < h) places.Add((x, y, ForegroundStrokes.Near(c, y)));
            }
        }
        return [.. places.OrderBy(q => q.Y)];
    }

    // A roughly normal draw, about −1 to 1: a drift thickens toward its middle and thins at its ends.
    private static float Gauss(Random rng) => (rng.NextSingle() + rng.NextSingle() + rng.NextSingle() - 1.5f) / 1.5f;
}
