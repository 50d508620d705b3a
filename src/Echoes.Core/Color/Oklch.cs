namespace Echoes.Color;

/// <summary>Oklab in polar form: lightness, chroma and hue angle in degrees [0, 360).</summary>
/// <param name="L">Perceptual lightness.</param>
/// <param name="C">Chroma.</param>
/// <param name="H">Hue angle, degrees.</param>
internal readonly record struct Oklch(float L, float C, float H)
{
    /// <summary>Converts linear-light sRGB to Oklch.</summary>
    public static Oklch FromLinear(Rgb c) => Oklab.FromLinear(c).ToOklch();

    /// <summary>Back to Oklab.</summary>
    public Oklab ToOklab()
    {
        float r = H * (MathF.PI / 180f);
        return new Oklab(L, C * MathF.Cos(r), C * MathF.Sin(r));
    }

    /// <summary>To linear sRGB, reducing chroma (keeping lightness and hue) until the colour is inside the gamut.</summary>
    public Rgb ToLinearInGamut()
    {
        var c = ToOklab().ToLinear();
        if (InGamut(c)) return c.Clamped(); // the test's tolerance must not leak out: plans hold colours in [0, 1]
        float lo = 0, hi = C;
        for (int i = 0; i < 14; i++)
        {
            float mid = 0.5f * (lo + hi);
            if (InGamut((this with { C = mid }).ToOklab().ToLinear())) lo = mid; else hi = mid;
        }
        return (this with { C = lo }).ToOklab().ToLinear().Clamped();
    }

    /// <summary>Signed shortest angular difference <paramref name="to"/> − <paramref name="from"/>, in (−180, 180].</summary>
    public static float HueDelta(float from, float to)
    {
        float d = (to - from) % 360f;
        if (d > 180f) d -= 360f;
        if (d <= -180f) d += 360f;
        return d;
    }

    private static bool InGamut(Rgb c) =>
        c.R >= -1e-4f && c.G >= -1e-4f && c.B >= -1e-4f && c.R <= 1.0001f && c.G <= 1.0001f && c.B <= 1.0001f;
}
