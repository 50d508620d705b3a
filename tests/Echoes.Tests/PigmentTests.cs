using Echoes.Color;

namespace Echoes.Tests;

public class PigmentTests
{
    private static readonly Rgb Yellow = Rgb.FromHex("#f2d21b"), Blue = Rgb.FromHex("#1b3fa8");

    // How green a colour is: green above the larger of red and blue, in encoded units.
    private static float Greenness(Rgb c) => Srgb.FromLinear(c.G) - MathF.Max(Srgb.FromLinear(c.R), Srgb.FromLinear(c.B));

    private static IEnumerable<Rgb> Colours()
    {
        var rng = new Random(5);
        for (int i = 0; i < 200; i++) yield return new Rgb(rng.NextSingle(), rng.NextSingle(), rng.NextSingle());
        yield return Rgb.Black;
        yield return Rgb.White;
        yield return new Rgb(1, 0, 0);
        yield return new Rgb(0, 0, 1);
    }

    [Fact]
    public void A_colour_turned_into_a_spectrum_and_back_is_unchanged()
    {
        foreach (var c in Colours())
        {
            var back = Pigment.Color(Pigment.Reflectance(c));
            Assert.True(MathF.Abs(back.R - c.R) < 2e-3f && MathF.Abs(back.G - c.G) < 2e-3f && MathF.Abs(back.B - c.B) < 2e-3f,
                $"{c} came back as {back}");
        }
    }

    [Fact]
    public void Basis_reflectances_are_physical()
    {
        Assert.All(PigmentSpectra.Basis, r => Assert.InRange(r, 0f, 1f));
        // Every channel of white sums to one: a perfect reflector is white.
        for (int c = 0; c < 3; c++) Assert.Equal(1f, PigmentSpectra.ToRgb.Skip(c * PigmentSpectra.Bands).Take(PigmentSpectra.Bands).Sum(), 3);
    }

    [Fact]
    public void Blue_mixed_into_yellow_is_green_where_an_rgb_average_is_grey()
    {
        var mixed = Pigment.Mix(Yellow, Blue, 0.5f);
        var average = Rgb.Lerp(Yellow, Blue, 0.5f);
        Assert.True(Greenness(mixed) > Greenness(average) + 0.1f, $"mix {mixed.ToHex()} vs average {average.ToHex()}");
        Assert.True(Greenness(mixed) > 0.05f, $"mix {mixed.ToHex()} is not green");
    }

    [Fact]
    public void Blue_glazed_over_yellow_is_green_not_black()
    {
        var glazed = Pigment.Glaze(Yellow, Blue, 1f);
        var multiplied = new Rgb(Yellow.R * Blue.R, Yellow.G * Blue.G, Yellow.B * Blue.B);
        Assert.True(Greenness(glazed) > Greenness(Rgb.Lerp(Yellow, Blue, 0.5f)) + 0.1f, $"glaze {glazed.ToHex()}");
        Assert.True(glazed.Luminance > multiplied.Luminance, $"glaze {glazed.ToHex()} vs multiply {multiplied.ToHex()}");
    }

    [Fact]
    public void Mixing_ends_at_either_colour_and_keeps_greys_neutral()
    {
        foreach (var c in Colours().Take(40))
        {
            var p = new Rgb(c.B, c.R, c.G);
            AssertClose(c, Pigment.Mix(c, p, 0f));
            AssertClose(p, Pigment.Mix(c, p, 1f));
        }
        var grey = Pigment.Mix(new Rgb(0.1f, 0.1f, 0.1f), new Rgb(0.7f, 0.7f, 0.7f), 0.4f);
        Assert.True(MathF.Abs(grey.R - grey.G) < 3e-3f && MathF.Abs(grey.B - grey.G) < 3e-3f, $"{grey}");
    }

    [Fact]
    public void A_glaze_over_white_shows_its_own_colour_and_thinner_glazes_less()
    {
        var over = Pigment.Glaze(Rgb.White, Blue, 1f);
        AssertClose(Blue, over);
        var thin = Pigment.Glaze(Rgb.White, Blue, 0.3f);
        Assert.True(thin.Luminance > over.Luminance && thin.Luminance < 1f);
    }

    [Fact]
    public void A_glaze_through_its_basis_colours_matches_the_spectral_filter()
    {
        var random = new Random(5);
        Span<Rgb> basis = stackalloc Rgb[7];
        for (int i = 0; i < 500; i++)
        {
            var glaze = new Rgb(random.NextSingle(), random.NextSingle(), random.NextSingle());
            var t = Pigment.Transmittance(glaze, 0.2f + random.NextSingle());
            Pigment.FilterBasis(t, basis);
            // Greys, pure hues and every mixture between: each of the decomposition's branches.
            float r = random.NextSingle(), g = i % 7 == 0 ? r : random.NextSingle(), b = i % 5 == 0 ? 0f : random.NextSingle();
            var under = new Rgb(r, g, b);
            var want = Pigment.Filter(under, t);
            var got = Pigment.Filter(under, basis);
            Assert.True(MathF.Abs(want.R - got.R) < 1e-5f && MathF.Abs(want.G - got.G) < 1e-5f && MathF.Abs(want.B - got.B) < 1e-5f,
                $"{under} through {glaze}: wanted {want}, got {got}");
        }
    }

    private static void AssertClose(Rgb want, Rgb got) =>
        Assert.True(MathF.Abs(want.R - got.R) < 3e-3f && MathF.Abs(want.G - got.G) < 3e-3f && MathF.Abs(want.B - got.B) < 3e-3f,
            $"wanted {want}, got {got}");
}
