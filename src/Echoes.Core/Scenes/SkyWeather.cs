using Echoes.Moods;

namespace Echoes.Scenes;

/// <summary>What a painting's mood does to its sky's clouds and strokes: read off the mood's signature brushwork, which
/// each feeling alone carries (joy's bloom, sorrow's veil, love's embrace, loss's scrub), so a blend weighs them.</summary>
/// <param name="Count">How many clouds, as a share of the usual few.</param>
/// <param name="Size">Their width, as a share of the usual.</param>
/// <param name="Heavy">Their height for their width, as a share of the usual.</param>
/// <param name="Low">How high the highest may hang: the share of the sky from its top to the horizon left above them
/// (sorrow brings them down).</param>
/// <param name="Body">How much of its body a cloud keeps (loss thins it into air).</param>
/// <param name="Grey">How far their light and shade are drawn to grey, 0–1.</param>
/// <param name="Bright">How much their lit side takes of the light.</param>
/// <param name="Warm">How far their light is warmed toward a soft rose-gold, 0–1.</param>
/// <param name="Turn">How far a stroke may turn from its course, radians.</param>
internal sealed record SkyWeather(float Count, float Size, float Heavy, float Low, float Body, float Grey, float Bright, float Warm,
    float Turn)
{
    /// <summary>The weather of mood <paramref name="m"/>.</summary>
    public static SkyWeather Of(MoodParameters m)
    {
        float joy = m.Bloom, sorrow = m.Veil, love = m.Embrace, loss = m.Scrub;
        return new SkyWeather(Count: (1f + 0.7f * joy + 0.2f * sorrow) * (1f - 0.6f * loss), Size: 1f - 0.3f * joy,
            Heavy: 1f + 0.25f * sorrow - 0.2f * loss, Low: 0.06f + 0.3f * sorrow, Body: 1f - 0.45f * loss, Grey: 0.55f * sorrow + 0.5f * loss,
            Bright: (1f + 0.25f * joy) * (1f - 0.35f * sorrow), Warm: 0.35f * love, Turn: 0.35f + 0.3f * joy - 0.15f * sorrow);
    }
}
