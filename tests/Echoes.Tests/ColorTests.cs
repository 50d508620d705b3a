using Echoes.Color;

namespace Echoes.Tests;

public class ColorTests
{
    [Theory]
    [InlineData(0.0f, 0.0f)]
    [InlineData(0.5f, 0.214041f)]   // IEC 61966-2-1
    [InlineData(0.04045f, 0.0031308f)]
    [InlineData(1.0f, 1.0f)]
    public void Srgb_decodes_to_published_linear_values(float encoded, float linear)
    {
        Assert.Equal(linear, Srgb.ToLinear(encoded), 5);
        Assert.Equal(encoded, Srgb.FromLinear(linear), 4);
    }

    [Fact]
    public void Every_8bit_code_round_trips_through_linear()
    {
        for (int i = 0; i < 256; i++) Assert.Equal(i, Srgb.ToByte(Srgb.ToLinear8((byte)i)));
    }

    // Reference values from Björn Ottosson's Oklab post (linear sRGB primaries and white).
    [Theory]
    [InlineData(1f, 1f, 1f, 1.000000f, 0.000000f, 0.000000f)]
    [InlineData(1f, 0f, 0f, 0.627955f, 0.224863f, 0.125846f)]
    [InlineData(0f, 1f, 0f, 0.866440f, -0.233888f, 0.179498f)]
    [InlineData(0f, 0f, 1f, 0.452014f, -0.032457f, -0.311528f)]
    public void Oklab_matches_reference_values(float r, float g, float b, float l, float a, float bb)
    {
        var lab = Oklab.FromLinear(new Rgb(r, g, b));
        Assert.Equal(l, lab.L, 3);
        Assert.Equal(a, lab.A, 3);
        Assert.Equal(bb, lab.B, 3);
        var back = lab.ToLinear();
        Assert.Equal(r, back.R, 3); Assert.Equal(g, back.G, 3); Assert.Equal(b, back.B, 3);
    }

    [Fact]
    public void Oklch_hue_of_sRGB_red_is_near_29_degrees_and_round_trips()
    {
        var lch = Oklch.FromLinear(new Rgb(1, 0, 0));
        Assert.InRange(lch.H, 28f, 31f);
        Assert.InRange(lch.C, 0.25f, 0.26f);
        var back = lch.ToLinearInGamut();
        Assert.Equal(1f, back.R, 2); Assert.Equal(0f, back.G, 2); Assert.Equal(0f, back.B, 2);
    }

    [Fact]
    public void Out_of_gamut_Oklch_is_brought_inside_keeping_hue()
    {
        var c = new Oklch(0.7f, 0.4f, 140f).ToLinearInGamut();
        Assert.InRange(c.R, 0f, 1f); Assert.InRange(c.G, 0f, 1f); Assert.InRange(c.B, 0f, 1f);
        Assert.InRange(Oklch.FromLinear(c).H, 135f, 145f);
    }

    [Fact]
    public void Hex_round_trips()
    {
        Assert.Equal("#c0392b", Rgb.FromHex("#c0392b").ToHex());
        Assert.Throws<FormatException>(() => Rgb.FromHex("#12345"));
    }
}
