namespace Echoes.Color;

/// <summary>A colour in linear-light RGB, each channel nominally in [0, 1].</summary>
/// <param name="R">Red, linear light.</param>
/// <param name="G">Green, linear light.</param>
/// <param name="B">Blue, linear light.</param>
public readonly record struct Rgb(float R, float G, float B)
{
    /// <summary>Black.</summary>
    public static Rgb Black => new(0, 0, 0);

    /// <summary>White.</summary>
    public static Rgb White => new(1, 1, 1);

    /// <summary>Builds a linear colour from 8-bit sRGB components.</summary>
    public static Rgb FromSrgb8(byte r, byte g, byte b) => new(Srgb.ToLinear8(r), Srgb.ToLinear8(g), Srgb.ToLinear8(b));

    /// <summary>Parses <c>#rrggbb</c> (sRGB) into linear RGB.</summary>
    public static Rgb FromHex(string hex)
    {
        var s = hex.TrimStart('#');
        if (s.Length != 6 || !uint.TryParse(s, System.Globalization.NumberStyles.HexNumber, null, out var v))
            throw new FormatException($"'{hex}' is not a colour of the form #rrggbb");
        return FromSrgb8((byte)(v >> 16), (byte)(v >> 8), (byte)v);
    }

    /// <summary>The colour as <c>#rrggbb</c> in sRGB.</summary>
    public string ToHex() => $"#{Srgb.ToByte(R):x2}{Srgb.ToByte(G):x2}{Srgb.ToByte(B):x2}";

    /// <summary>Relative luminance (Rec. 709 weights, linear light).</summary>
    public float Luminance => 0.2126f * R + 0.7152f * G + 0.0722f * B;

    /// <summary>Channel-wise linear interpolation.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static Rgb Lerp(Rgb a, Rgb b, float t) => new(a.R + (b.R - a.R) * t, a.G + (b.G - a.G) * t, a.B + (b.B - a.B) * t);

    /// <summary>This colour with each channel multiplied by <paramref name="k"/>: darker under 1, lighter over it.</summary>
    public Rgb Scaled(float k) => new(R * k, G * k, B * k);

    /// <summary>The colour with every channel clamped to [0, 1].</summary>
    public Rgb Clamped() => new(Math.Clamp(R, 0f, 1f), Math.Clamp(G, 0f, 1f), Math.Clamp(B, 0f, 1f));
}
