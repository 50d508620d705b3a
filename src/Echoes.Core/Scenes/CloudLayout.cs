namespace Echoes.Scenes;

/// <summary>
/// Where a painting's clouds are: one or two large masses and several small ones drawn from its seed, spread over the
/// upper sky's heights, smaller and flatter toward the horizon (perspective), at dusk and by night long flat streamers,
/// each whole inside the frame (clouds cut by its top edge all hung from it alike) and clear of the land over its whole
/// extent and a margin (a cloud over a far range made it busy; one below the horizon showed in the grass), of the sun or
/// moon and its near glow, and of the people and their ties (a cloud behind a backlit figure dims the sky they stand
/// against). The mood sets the weather: sorrow lower, heavier clouds, joy more and smaller broken ones, loss few and thin.
/// </summary>
internal static class CloudLayout
{
    // The lowest a cloud's middle hangs, as a share of the sky from its top to the horizon; after the sun has gone higher,
    // leaving the afterglow over the land open (a streamer's shadow there dimmed the sky a range is set against).
    private static float Lowest(TimeOfDay time) => time is TimeOfDay.Dusk or TimeOfDay.Night ? 0.5f : 0.78f;

    /// <summary>The clouds of composition <paramref name="c"/> in mood <paramref name="weather"/>, from the scene's seed
    /// alone (the sky's other strokes may change and the clouds stay).</summary>
    public static List<Cloud> Of(Composition c, SkyWeather weather)
    {
        var rng = new Random(Targets.SeedMix.Of(c.Scene.Seed, 0xC10D));
        var time = c.Scene.Landscape.Time;
        if (time == TimeOfDay.Day) return ByDay(c, weather, rng);
        float margin = c.Target.Height * 0.04f, few = time == TimeOfDay.Night ? 0.6f : 1f;
        int count = Math.Max(1, (int)MathF.Round((3f + 2.5f * rng.NextSingle()) * weather.Count * few));
        var ties = TiePoints(c);
        var heights = Heights(count, weather, Lowest(time), rng);
        var clouds = new List<Cloud>();
        for (int i = 0; i < count; i++)
        {
            // The first the largest mass, the second often near it, the rest small.
            float size = i == 0 ? 1.3f : i == 1 ? 0.55f + 0.25f * rng.NextSingle() : 0.25f + 0.25f * rng.NextSingle();
            for (int tries = 0; tries < 80; tries++)
            {
                // Each try a little smaller, and after half of them at any height: a mass that does not fit shrinks
                // before it is lost.
                float at = tries < 40 ? heights[i] + 0.05f * (rng.NextSingle() - 0.5f)
                    : weather.Low + (Lowest(time) - weather.Low) * rng.NextSingle();
                var cloud = Shape(c, weather, c.HorizonY * at, size * (1f - tries / 200f), time, rng);
                if (Fits(c, cloud, clouds, ties, margin, byDay: false))
                {
                    clouds.Add(cloud);
                    break;
                }
            }
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

    // By day, a few masses of much one size at random heights: planned sizes (one large, the rest small) made thin flat
    // strips by day (blind, 0 of 3 against these), while at dawn, dusk and night they won.
    private static List<Cloud> ByDay(Composition c, SkyWeather weather, Random rng)
    {
        float w = c.Target.Width, margin = c.Target.Height * 0.04f;
        int count = Math.Max(1, (int)MathF.Round((3f + 2.5f * rng.NextSingle()) * weather.Count));
        var ties = TiePoints(c);
        var clouds = new List<Cloud>();
        for (int tries = 0; tries < count * 80 && clouds.Count < count; tries++)
        {
            float y = c.HorizonY * (weather.Low + (0.66f - weather.Low) * rng.NextSingle());
            float depth = 1f - y / c.HorizonY, width = w * (0.07f + 0.2f * depth) * weather.Size * (0.6f + 0.6f * rng.NextSingle());
            var cloud = new Cloud(rng.NextSingle() * w, y, width, width * (0.28f + 0.2f * depth) * weather.Heavy, weather.Body, false, rng);
            if (Fits(c, cloud, clouds, ties, margin, byDay: true)) clouds.Add(cloud);
        }
        return clouds;
    }

    /// <summary>How far from the sun's middle nothing but its glow is painted: its disc and near glow.</summary>
    public static float Glow(Composition c) => MathF.Min(c.Target.Width, c.Target.Height) * 0.17f;

    // Heights for `count` clouds, one in each of as many bands between the weather's highest and the lowest, in no order:
    // spread over the sky, not heaped at one height.
    private static float[] Heights(int count, SkyWeather weather, float lowest, Random rng)
    {
        var bands = Enumerable.Range(0, count)
            .Select(k => weather.Low + (lowest - weather.Low) * (k + 0.2f + 0.6f * rng.NextSingle()) / count).ToArray();
        rng.Shuffle(bands);
        return bands;
    }

    // A cloud of relative `size` whose middle is at height y: narrower and flatter toward the horizon; after the sun has
    // gone a long flat streamer.
    private static Cloud Shape(Composition c, SkyWeather weather, float y, float size, TimeOfDay time, Random rng)
    {
        bool streamer = time is TimeOfDay.Dusk or TimeOfDay.Night;
        float depth = 1f - y / c.HorizonY, width = c.Target.Width * 0.34f * size * (0.55f + 0.45f * depth) * weather.Size * (streamer ? 1.4f : 1f);
        float tall = streamer ? 0.07f + 0.05f * depth : 0.3f + 0.2f * depth;
        if (streamer)
        {
            // Each drawn out by a hand of its own, the longer the thinner: streamers all of a length and a breadth, most
            // held at the least, read as one stamped row (blind). A short one is only a pill of colour.
            float drawn = 0.6f + 1.1f * rng.NextSingle();
            width = MathF.Max(width * drawn, c.Target.Width * 0.1f);
            tall *= (0.6f + 0.8f * rng.NextSingle()) / MathF.Sqrt(drawn);
        }
        return new Cloud(rng.NextSingle() * c.Target.Width, y, width, width * tall * weather.Heavy * (0.8f + 0.4f * rng.NextSingle()), weather.Body,
            streamer, rng);
    }

    // Whether a cloud may stand where it is: in clear sky, off the ties' arcs and apart from the clouds already placed.
    private static bool Fits(Composition c, Cloud cloud, List<Cloud> clouds, List<(float X, float Y)> ties, float margin, bool byDay) =>
        Clear(c, cloud.Box, margin, byDay) && !ties.Any(q => Near(cloud.Box, q, margin * 2f)) && clouds.All(o => Apart(o.Box, cloud.Box));

    // Sky over the whole box and a margin round it, away from the glow and the people. By day a cloud may be cut by the
    // top edge, though not lie wholly along it (kept inside the frame, the day's clouds hung lower and smaller: blind,
    // 0 of 3).
    private static bool Clear(Composition c, (float L, float T, float R, float B) box, float margin, bool byDay)
    {
        var (l, t, r, b) = (box.L - margin, box.T - margin, box.R + margin, box.B + margin * 1.5f);
        if (byDay ? t < 0 && b < margin : box.T < margin * 0.5f) return false;
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
