using Echoes.Color;

namespace Echoes.Scenes;

/// <summary>
/// The colour of the painted sky at each point: the composed sky, and over it the clouds as soft value forms, each lit on
/// the side toward the sun and shaded away from it in the light of the hour: by day white-lit tops over grey-blue
/// undersides; at dawn warm where they face the sun, cool violet in shadow; at dusk rose-gold on the undersides the low sun
/// lights, dark violet above; by night a little darker and cooler than the sky, with a faint rim of moonlight near the moon
/// only. Their mood's grey is, after the sun has gone, the sky's own hue at their value: a warm light greyed there read as
/// olive mud against the violet.
/// </summary>
internal sealed class SkyField(Composition c, SceneColours colours, IReadOnlyList<Cloud> clouds, SkyWeather weather)
{
    private readonly TimeOfDay _time = c.Scene.Landscape.Time;

    /// <summary>The mood's parameters.</summary>
    public Moods.MoodParameters Mood => colours.Mood;

    /// <summary>Points along the ties' arcs, which the sky's strokes keep clear of.</summary>
    public IReadOnlyList<(float X, float Y)> Ties { get; } = CloudLayout.TiePoints(c);

    /// <summary>The hour whose light the clouds are in.</summary>
    public TimeOfDay Time => _time;

    /// <summary>The clouds.</summary>
    public IReadOnlyList<Cloud> Clouds => clouds;

    /// <summary>How much cloud is at (x, y), 0–1, and the cloud, if any.</summary>
    public (float Density, Cloud? Cloud) CloudAt(float x, float y)
    {
        (float D, Cloud? C) best = (0f, null);
        foreach (var cloud in clouds)
        {
            var (l, t, r, b) = cloud.Box;
            if (x < l || x > r || y < t || y > b) continue;
            float d = cloud.Density(x, y);
            if (d > best.D) best = (d, cloud);
        }
        return best;
    }

    /// <summary>The sky's colour at (x, y), clouds and all.</summary>
    public Rgb At(float x, float y)
    {
        var sky = Sky(x, y);
        var (d, cloud) = CloudAt(x, y);
        return cloud is null ? sky : Rgb.Lerp(sky, Form(cloud, x, y, sky), d);
    }

    /// <summary>The sky's colour at (x, y) without the sun's or moon's glow: read at the same height just beyond the glow,
    /// on a side of the light where the sky is open (the composed sky grades only with height there). A wash's long level
    /// rows laid in it carry none of the glow: rows that did ended in a lighter, striped box round the light. Just over
    /// the land it keeps the glow: a range is seen against the light behind it.</summary>
    public Rgb Unlit(float x, float y)
    {
        float reach = LandscapeDrawing.GlowReach(_time, c.Target.Width, c.Target.Height) * 1.05f, dx = x - c.Light.X, dy = y - c.Light.Y;
        if (dx * dx + dy * dy >= reach * reach || c.Layers.At(x, y + c.Target.Height * 0.08f) != LandLayers.Sky) return Sky(x, y);
        float side = dx >= 0 ? 1f : -1f;
        foreach (float beyond in new[] { c.Light.X + side * reach, c.Light.X - side * reach })
            if (beyond >= 0 && beyond < c.Target.Width && c.Layers.At(beyond, y) == LandLayers.Sky) return Sky(beyond, y);
        return Sky(x, y);
    }

    /// <summary>How lit the cloud's surface is at (x, y): 0 its shadow side, 1 full toward the light.</summary>
    public float Lit(Cloud cloud, float x, float y)
    {
        var (nx, ny) = cloud.Normal(x, y);
        var (mx, my) = cloud.Middle;
        var (l, t, r, b) = cloud.Box;
        float lx = c.Light.X - mx, ly = c.Light.Y - my;
        // By day the light is high whatever the disc's place: the tops are lit; at dusk it comes from under the horizon: the
        // undersides are.
        if (_time == TimeOfDay.Day) ly -= c.Target.Height;
        if (_time == TimeOfDay.Dusk) ly += c.Target.Height;
        float len = MathF.Max(1e-3f, MathF.Sqrt(lx * lx + ly * ly));
        // Its surface's way to the light, and how far toward the light the point lies in the whole mass: lit and shadow
        // sides as broad planes, not every lobe a ball of its own.
        float facing = (nx * lx + ny * ly) / len, side = ((x - mx) / (r - l) * lx + (y - my) / (b - t) * ly) * 2f / len;
        return Brushes.Noise.Smoothstep(-0.7f, 0.9f, 0.5f * facing + 0.8f * side);
    }

    // The cloud's own colour at (x, y): its shadow colour turning to its lit one.
    private Rgb Form(Cloud cloud, float x, float y, Rgb sky)
    {
        var (light, shade) = Colours(sky, x, y);
        var form = Rgb.Lerp(shade, light, Lit(cloud, x, y));
        float grey = form.Luminance;
        var dull = _time is TimeOfDay.Day or TimeOfDay.Dawn
            ? new Rgb(grey, grey, grey * 1.04f)
            : sky.Scaled(grey / MathF.Max(1e-4f, sky.Luminance));
        return Rgb.Lerp(form, dull, weather.Grey);
    }

    // The lit and the shadow colour of a cloud against this sky, in the hour's light.
    private (Rgb Light, Rgb Shade) Colours(Rgb sky, float x, float y)
    {
        float l = sky.Luminance;
        var warm = new Rgb(1f, 0.78f, 0.66f);
        var (light, shade) = _time switch
        {
            TimeOfDay.Day => (Rgb.Lerp(sky, new Rgb(0.95f, 0.94f, 0.9f), 0.55f * weather.Bright),
                Rgb.Lerp(sky, new Rgb(l * 0.75f, l * 0.78f, l * 0.86f), 0.55f)),
            TimeOfDay.Dawn => (Rgb.Lerp(sky, Rgb.Lerp(c.Light.Color, new Rgb(1f, 0.6f, 0.5f), 0.35f), 0.5f * weather.Bright),
                Rgb.Lerp(sky, new Rgb(l * 0.7f, l * 0.58f, l * 0.9f), 0.7f)),
            // The sun's gold drawn to rose: gold laid into violet passes through olive, rose through mauve.
            TimeOfDay.Dusk => (Rgb.Lerp(sky, Rgb.Lerp(c.Light.Color, new Rgb(1f, 0.45f, 0.42f), 0.5f), 0.7f * weather.Bright),
                Rgb.Lerp(sky, new Rgb(l * 0.6f, l * 0.48f, l * 0.95f), 0.45f)),
            _ => (Rgb.Lerp(sky, c.Light.Color, 0.2f * weather.Bright * Moonlit(x, y)), Rgb.Lerp(sky, new Rgb(l * 0.62f, l * 0.7f, l * 1f), 0.45f)),
        };
        // Love's warm soft light.
        light = Rgb.Lerp(light, warm.Scaled(MathF.Max(light.Luminance, 0.05f) / warm.Luminance), weather.Warm);
        // A cloud in a dim sky catches the light but keeps near the sky's key: one far lighter stood out like a cut-out.
        // The afterglow's lit undersides may shine a little more: they are the light of the painting; a night cloud's rim
        // hardly at all (a light one glinted).
        float most = _time switch
        {
            TimeOfDay.Day => 1f,
            TimeOfDay.Dusk => MathF.Max(l * 2.3f, l + 0.08f),
            TimeOfDay.Dawn => MathF.Max(l * 1.7f, l + 0.05f),
            _ => MathF.Max(l * 1.3f, l + 0.02f)
        };
        // Held back toward the sky, not darkened: a warm light darkened reads as olive mud.
        return (light.Luminance > most ? Rgb.Lerp(sky, light, (most - l) / MathF.Max(1e-4f, light.Luminance - l)) : light, shade);
    }

    // The composed sky at (x, y), by night without its stars.
    private Rgb Sky(float x, float y) => _time == TimeOfDay.Night ? Starless(x, y) : colours.At(x, y);

    // The night sky's colour at (x, y) without the composed sky's stars: the middle in lightness of five samples a few
    // pixels apart, so no stroke takes its colour from a star's pixel (one that did lay a pale slab in the dark).
    private Rgb Starless(float x, float y)
    {
        const float apart = 3f;
        Rgb[] near = [colours.At(x, y), colours.At(x - apart, y), colours.At(x + apart, y), colours.At(x, y - apart), colours.At(x, y + apart)];
        return near.OrderBy(q => q.Luminance).ElementAt(2);
    }

    // How near the moon (x, y) lies, 0–1: only there does a night cloud catch a rim of its light.
    private float Moonlit(float x, float y)
    {
        float w = c.Target.Width, dx = x - c.Light.X, dy = y - c.Light.Y;
        return Brushes.Noise.Smoothstep(w * 0.45f, w * 0.12f, MathF.Sqrt(dx * dx + dy * dy));
    }
}
