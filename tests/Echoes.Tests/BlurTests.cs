using Echoes.Imaging;

namespace Echoes.Tests;

/// <summary>The blur keeps its scratch image for the next blur: what a blur gives must not depend on what was there.</summary>
public class BlurTests
{
    [Fact]
    public void A_blur_gives_the_same_bits_after_a_larger_blur_left_its_scratch_image_behind()
    {
        var small = Noise(64, 48, 1f, seed: 1);
        var first = (float[])small.Clone();
        Blur.Gaussian(first, 64, 48, 3, 2.5f);
        // A larger image of far larger values: anything of it read back from the scratch would show.
        var large = Noise(300, 200, 1000f, seed: 2);
        Blur.Gaussian(large, 300, 200, 3, 6f);
        var again = (float[])small.Clone();
        Blur.Gaussian(again, 64, 48, 3, 2.5f);

        Assert.Equal(first, again);
        Assert.True(first.Max() < 1f, $"blurred values stay within the input's range (max {first.Max()})");
        Assert.InRange(first.Average() - small.Average(), -0.01, 0.01);
    }

    private static float[] Noise(int width, int height, float scale, int seed)
    {
        var rng = new Random(seed);
        var data = new float[width * height * 3];
        for (int i = 0; i < data.Length; i++) data[i] = (float)rng.NextDouble() * scale;
        return data;
    }
}
