namespace Echoes.Color;

/// <summary>A colour in Björn Ottosson's Oklab space (perceptual lightness L in [0, 1], opponent axes a and b).</summary>
/// <param name="L">Perceptual lightness.</param>
/// <param name="A">Green–red axis.</param>
/// <param name="B">Blue–yellow axis.</param>
internal readonly record struct Oklab(float L, float A, float B)
{
    /// <summary>Converts linear-light sRGB to Oklab.</summary>
    public static Oklab FromLinear(Rgb c)
    {
        float l = 0.4122214708f * c.R + 0.5363325363f * c.G + 0.0514459929f * c.B;
        float m = 0.2119034982f * c.R + 0.6806995451f * c.G + 0.1073969566f * c.B;
        float s = 0.0883024619f * c.R + 0.2817188376f * c.G + 0.6299787005f * c.B;
        float l_ = MathF.Cbrt(l), m_ = MathF.Cbrt(m), s_ = MathF.Cbrt(s);
        return new Oklab(
            0.2104542553f * l_ + 0.7936177850f * m_ - 0.0040720468f * s_,
            1.9779984951f * l_ - 2.4285922050f * m_ + 0.4505937099f * s_,
            0.0259040371f * l_ + 0.7827717662f * m_ - 0.8086757660f * s_);
    }

    /// <summary>Converts to linear-light sRGB (not clamped: out-of-gamut colours have channels outside [0, 1]).</summary>
    public Rgb ToLinear()
    {
        float l_ = L + 0.3963377774f * A + 0.2158037573f * B;
        float m_ = L - 0.1055613458f * A - 0.0638541728f * B;
        float s_ = L - 0.0894841775f * A - 1.2914855480f * B;
        float l = l_ * l_ * l_, m = m_ * m_ * m_, s = s_ * s_ * s_;
        return new Rgb(
            +4.0767416621f * l - 3.3077115913f * m + 0.2309699292f * s,
            -1.2684380046f * l + 2.6097574011f * m - 0.3413193965f * s,
            -0.0041960863f * l - 0.7034186147f * m + 1.7076147010f * s);
    }

    /// <summary>The same colour in polar form.</summary>
    public Oklch ToOklch()
    {
        float h = MathF.Atan2(B, A) * (180f / MathF.PI);
        return new Oklch(L, MathF.Sqrt(A * A + B * B), h < 0 ? h + 360f : h);
    }
}
