using Echoes.Strokes;

namespace Echoes.Scenes;

/// <summary>
/// The clouds painted as forms: short loaded strokes turning with each cloud's surface (round its lobes, level along its
/// base), its shadow side laid first and the lit side over it, each stroke as thick as the cloud is there, so its edges
/// are lost into the sky and its body stands.
/// </summary>
internal static class CloudStrokes
{
    /// <summary>Lays the clouds of <paramref name="field"/>.</summary>
    public static void Paint(List<Stroke> strokes, Composition c, SkyField field, SkyWeather weather, Marks marks, Random rng)
    {
        var m = field.Mood;
        foreach (var cloud in field.Clouds)
        {
            var (l, t, r, b) = cloud.Box;
            float width = Math.Clamp((b - t) * 0.16f, c.Target.Height * 0.008f, c.Target.Height * 0.024f), step = width * 0.7f;
            var dabs = new List<(float Key, (float X, float Y) At, float Density)>();
            for (float y = t; y < b; y += step)
                for (float x = l; x < r; x += step)
                {
                    var at = (x + step * (rng.NextSingle() - 0.5f), y + step * (rng.NextSingle() - 0.5f));
                    float d = cloud.Density(at.Item1, at.Item2);
                    if (d > 0.04f) dabs.Add((field.Lit(cloud, at.Item1, at.Item2) + 0.25f * rng.NextSingle(), at, d));
                }
            // Shadow first, light over it, as a painter models a form.
            foreach (var (_, at, d) in dabs.OrderBy(q => q.Key))
            {
                var (nx, ny) = cloud.Normal(at.X, at.Y);
                // Across the surface, round the form but leaning level, as a loaded brush lays it; drawn left to right.
                float along = MathF.Atan2(nx, -ny), angle = 0.7f * MathF.Atan(MathF.Tan(along)) + weather.Turn * 0.5f * (rng.NextSingle() - 0.5f);
                float len = width * Math.Clamp((1.3f + 1.5f * rng.NextSingle()) * m.Length, 1.2f, 4.5f);
                SkyDabs.Lay(strokes, c, field, marks, at, width * (0.8f + 0.4f * rng.NextSingle()), len, angle, 0.3f * m.Lift,
                    field.At(at.X, at.Y), (0.25f + 0.55f * d) * m.Opacity, 0.45f + 0.35f * rng.NextSingle(), 0.12f);
            }
        }
    }
}
