using SkiaSharp;

namespace Echoes.Scenes;

/// <summary>The colours of a landscape at a time of day: sky, sun or moon, haze, land and water.</summary>
internal sealed record LandscapePalette(SKColor SkyTop, SKColor SkyHorizon, SKColor Sun, SKColor Land, SKColor LandNear, SKColor Water, float Light)
{
    public static LandscapePalette For(LandscapeKind kind, TimeOfDay time)
    {
        var (top, horizon, sun, light) = time switch
        {
            TimeOfDay.Dawn => (new SKColor(0x5b, 0x6c, 0xa6), new SKColor(0xf4, 0xb8, 0x9c), new SKColor(0xff, 0xe2, 0xb0), 0.8f),
            TimeOfDay.Day => (new SKColor(0x4a, 0x84, 0xc8), new SKColor(0xd2, 0xe4, 0xf0), new SKColor(0xff, 0xfb, 0xe8), 1f),
            TimeOfDay.Dusk => (new SKColor(0x2c, 0x2a, 0x5c), new SKColor(0xf0, 0x86, 0x48), new SKColor(0xff, 0xcc, 0x78), 0.62f),
            _ => (new SKColor(0x06, 0x0a, 0x1c), new SKColor(0x1f, 0x2c, 0x4c), new SKColor(0xe6, 0xea, 0xf4), 0.28f),
        };
        var (land, near, water) = kind switch
        {
            LandscapeKind.Valley => (new SKColor(0x6d, 0x86, 0x4e), new SKColor(0x3c, 0x55, 0x2c), new SKColor(0x8e, 0xb1, 0xc8)),
            LandscapeKind.Plains => (new SKColor(0xc4, 0xa8, 0x5e), new SKColor(0x8c, 0x70, 0x38), new SKColor(0x8e, 0xb1, 0xc8)),
            LandscapeKind.Coast => (new SKColor(0x93, 0x8c, 0x62), new SKColor(0xcf, 0xb9, 0x88), new SKColor(0x2f, 0x5f, 0x80)),
            LandscapeKind.Mountains => (new SKColor(0x6a, 0x70, 0x66), new SKColor(0x3e, 0x4a, 0x38), new SKColor(0x7d, 0x9c, 0xb4)),
            _ => (new SKColor(0xd8, 0xae, 0x6c), new SKColor(0xb0, 0x7c, 0x44), new SKColor(0x8e, 0xb1, 0xc8)),
        };
        // The land keeps more of its light than the sky loses: a painter keys the ground up so what stands on it reads.
        float onLand = 0.3f + 0.7f * light;
        return new LandscapePalette(top, horizon, sun, Lit(land, onLand, sun), Lit(near, onLand, sun), Lit(water,
            MathF.Max(light, 0.4f), horizon), light);
    }

    // Land under this light: darker at dusk and night, tinted by the sun or moon.
    private static SKColor Lit(SKColor c, float light, SKColor tint) => new(
        (byte)Math.Clamp(c.Red * light * (0.75f + 0.25f * tint.Red / 255f), 0, 255),
        (byte)Math.Clamp(c.Green * light * (0.75f + 0.25f * tint.Green / 255f), 0, 255),
        (byte)Math.Clamp(c.Blue * light * (0.75f + 0.25f * tint.Blue / 255f), 0, 255));

    public static SKColor Mix(SKColor a, SKColor b, float t) => new(
        (byte)(a.Red + (b.Red - a.Red) * t), (byte)(a.Green + (b.Green - a.Green) * t), (byte)(a.Blue + (b.Blue - a.Blue) * t), (byte)(a.Alpha
            + (b.Alpha - a.Alpha) * t));
}
