using Echoes.Strokes;

namespace Echoes.Scenes;

/// <summary>
/// The clouds painted as forms: short loaded strokes turning with each cloud's surface (round its lobes, level along its
/// base), its shadow side laid first and the lit side over it, each stroke as thick as the cloud is there, so its edges
/// are lost into the sky and its body stands. After the sun has gone the clouds are long streamers, painted in longer
/// strokes of varied length along them, near level, tapering and in thinner paint (short strokes turning round them
/// tiled them like fish scales; thick paint caught the light on their edges in a dark sky).
/// </summary>
internal static class CloudStrokes
{
    /// <summary>Lays the clouds of <paramref name="field"/>.</summary>
    public static void Paint(List<Stroke> strokes, Composition c, SkyField field, SkyWeather weather, Marks marks, Random rng)
    {
        var m = field.Mood;
        bool streamer = field.Time is TimeOfDay.Dusk or TimeOfDay.Night;
        foreach (var cloud in field.Clouds)
        {
            var (l, t, r, b) = cloud.Box;
            float width = Math.Clamp((b - t) * (streamer ? 0.22f : 0.16f), c.Target.Height * 0.008f, c.Target.Height * 0.024f), step = width * 0.7f;
            var dabs = new List<(float Key, (float X, float Y) At, float Density)>();
            for (float y = t; y < b; y += step)
                for (float x = l; x < r; x += step * (streamer ? 1.8f : 1f))
                {
                    var at = (x + step * (rng.NextSingle() - 0.5f), y + step * (rng.NextSingle() - 0.5f));
                    float d = cloud.Density(at.Item1, at.Item2);
                    if (d > 0.04f) dabs.Add((field.Lit(cloud, at.Item1, at.Item2) + 0.25f * rng.NextSingle(), at, d));
                }
            // Shadow first, light over it, as a painter models a form.
            foreach (var (_, at, d) in dabs.OrderBy(q => q.Key))
            {
                var (angle, len) = streamer ? Along(cloud, at, width, weather, rng) : Round(cloud, at, width, weather, m.Length, rng);
                float breadth = width * (streamer ? 0.7f + 0.6f * rng.NextSingle() : 0.8f + 0.4f * rng.NextSingle());
                SkyDabs.Lay(strokes, c, field, marks, at, breadth, len, angle, 0.3f * m.Lift,
                    field.At(at.X, at.Y), (streamer ? 0.15f + 0.6f * d : 0.25f + 0.55f * d) * m.Opacity,
                    (0.45f + 0.35f * rng.NextSingle()) * (streamer ? 0.3f : 1f),
                    streamer ? 0.45f : 0.12f);
            }
        }
    }

    // Across the surface, round the form but leaning level, as a loaded brush lays it; drawn left to right.
    private static (float Angle, float Length) Round(Cloud cloud, (float X, float Y) at, float width, SkyWeather weather, float hand,
        Random rng)
    {
        var (nx, ny) = cloud.Normal(at.X, at.Y);
        float along = MathF.Atan2(nx, -ny), angle = 0.7f * MathF.Atan(MathF.Tan(along)) + weather.Turn * 0.5f * (rng.NextSingle() - 0.5f);
        return (angle, width * Math.Clamp((1.3f + 1.5f * rng.NextSingle()) * hand, 1.2f, 4.5f));
    }

    // Along a streamer's length, turning only a little with its edge: 2 to 8 widths, no two alike.
    private static (float Angle, float Length) Along(Cloud cloud, (float X, float Y) at, float width, SkyWeather weather, Random rng)
    {
        var (nx, ny) = cloud.Normal(at.X, at.Y);
        float along = MathF.Atan2(nx, -ny), angle = 0.2f * MathF.Atan(MathF.Tan(along)) + weather.Turn * 0.25f * (rng.NextSingle() - 0.5f);
        return (angle, width * (2f + 6f * rng.NextSingle() * rng.NextSingle()));
    }
}
