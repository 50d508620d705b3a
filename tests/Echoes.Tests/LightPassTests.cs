using Echoes.Rendering;

namespace Echoes.Tests;

public class LightPassTests
{
    // A row is quantized eight pixels at a time and its tail one at a time: the same bytes either way, also for colours
    // the clamp must catch (below 0, over 1 once shaded and tinted), or a render would depend on where its rows end.
    [Theory]
    [InlineData(1, true)]
    [InlineData(2, false)]
    public void A_row_quantizes_the_same_in_one_long_row_as_pixel_by_pixel(int seed, bool shaded)
    {
        const int n = 203;
        var rng = new Random(seed);
        float[] rgb = [.. Enumerable.Range(0, 3 * n).Select(_ => -0.3f + 1.8f * rng.NextSingle())];
        float[] shades = shaded ? [.. Enumerable.Range(0, n).Select(_ => 0.6f + 0.8f * rng.NextSingle())] : [];
        const float tr = 1.07f, tg = 1.015f, tb = 0.91f;
        var whole = new byte[4 * n];
        LightPass.Quantize(rgb, shades, tr, tg, tb, whole);
        var single = new byte[4 * n];
        for (int x = 0; x < n; x++)
            LightPass.Quantize(rgb.AsSpan(3 * x, 3), shaded ? shades.AsSpan(x, 1) : default, tr, tg, tb, single.AsSpan(4 * x, 4));
        Assert.Equal(single, whole);
        Assert.Contains(whole.Where((_, i) => i % 4 != 3), b => b == 0);
        Assert.Contains(whole.Where((_, i) => i % 4 != 3), b => b == 255);
        Assert.All(whole.Where((_, i) => i % 4 == 3), a => Assert.Equal(255, a));
    }
}
