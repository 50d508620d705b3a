namespace Echoes.Scenes;

/// <summary>
/// Where a painting's clouds are: a few masses drawn from its seed, larger and rounder high overhead, smaller and
/// flatter toward the horizon (perspective), each clear of the land over its whole extent and a margin (a cloud over a
/// far range made it busy; one below the horizon showed in the grass), of the sun or moon and its near glow, and of the
/// people and their ties (a cloud behind a backlit figure dims the sky they stand against). The mood sets the weather: sorrow lower,
/// heavier clouds, joy more and smaller broken ones, loss few and thin.
/// </summary>
internal static class CloudLayout
{
    /// <summary>The clouds of composition <paramref name="c"/> in mood <paramref name="weather"/>, from the scene's seed
    /// alone (the sky's other strokes may change and the clouds stay).</summary>
    public static List<Cloud> Of(Composition c, SkyWeather weather)
    {
        var rng = new Random(Targets.SeedMix.Of(c.Scene.Seed, 0xC10D));
        float w = c.Target.Width, h = c.Target.Height, margin = h * 0.04f;
        int count = Math.Max(1, (int)MathF.Round((3f + 2.5f * rng.NextSingle()) * weather.Count));
        var ties = TiePoints(c);
        var clouds = new List<Cloud>();
        for (int tries = 0; tries < count * 80 && clouds.Count < count; tries++)
        {
            float y = c.HorizonY * (weather.Low + (0.66f - weather.Low) * rng.NextSingle());
            float depth = 1f - y / c.HorizonY, width = w * (0.07f + 0.2f * depth) * weather.Size * (0.6f + 0.6f * rng.NextSingle());
            var cloud = new Cloud(rng.NextSingle() * w, y, width, width * (0.28f + 0.2f * depth) * weather.Heavy, weather.Body, rng);
            if (Clear(c, cloud.Box, margin) && !ties.Any(q => Near(cloud.Box, q, margin * 2f)) && clouds.All(o => Apart(o.Box, cloud.Box)))
                clouds.Add(cloud);
        }
        return clouds;
    }

    /// <summary>Points along the ties' arcs: a tie set against a cloud, or against the broken value of the sky's short
    /// strokes, loses its even contrast with what it crosses (it seemed pinched where the sky under it lightened).</summary>
    public static List<(float X, float Y)> TiePoints(Composition c)
    {
        var byName = c.Figures.ToDictionary(f => f.Figure.Name, StringComparer.Ordinal);
        return [.. TieRoutes.Arcs(c, byName).SelectMany(t => t.Arc.Points(0f, 1f, 49))];
    }

    /// <summary>How far from the sun's middle nothing but its glow is painted: its disc and near glow.</summary>
    public static float Glow(Composition c) => MathF.Min(c.Target.Width, c.Target.Height) * 0.17f;

    // Sky over the whole box and a margin round it, away from the glow and the people.
    private static bool Clear(Composition c, (float L, float T, float R, float B) box, float margin)
    {
        var (l, t, r, b) = (box.L - margin, box.T - margin, box.R + margin, box.B + margin * 1.5f);
        if (t < 0 && b < margin) return false;
        float step = MathF.Max(1f, margin * 0.5f);
        for (float y = MathF.Max(0f, t); y <= b; y += step)
            for (float x = MathF.Max(0f, l); x <= MathF.Min(r, c.Target.Width - 1); x += step)
                if (c.Layers.At(x, y) != LandLayers.Sky) return false;
        float glow = Glow(c), nx = Math.Clamp(c.Light.X, l, r) - c.Light.X, ny = Math.Clamp(c.Light.Y, t, b) - c.Light.Y;
        if (nx * nx + ny * ny < glow * glow) return false;
        return c.Figures.All(f => f.Box.R + f.Height * 0.5f < l || f.Box.L - f.Height * 0.5f > r || f.Box.T - f.Height * 0.5f > b
            || f.Box.B < t);
    }

    private static bool Near((float L, float T, float R, float B) box, (float X, float Y) q, float margin) =>
        q.X > box.L - margin && q.X < box.R + margin && q.Y > box.T - margin && q.Y < box.B + margin;

    // Two clouds apart enough to read as two masses, not one lumpy bank.
    private static bool Apart((float L, float T, float R, float B) a, (float L, float T, float R, float B) b) =>
        a.R < b.L || b.R < a.L || a.B < b.T || b.B < a.T;
}
