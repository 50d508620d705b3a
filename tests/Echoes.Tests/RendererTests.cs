using Echoes.Color;
using Echoes.Export;
using Echoes.Imaging;
using Echoes.Rendering;
using Echoes.Strokes;

namespace Echoes.Tests;

public class RendererTests
{
    [Theory]
    [InlineData(1, 8)]
    [InlineData(2, 17)]
    [InlineData(null, 64)]
    [InlineData(3, 333)]
    public void The_render_is_identical_on_any_number_of_cores_and_with_any_band_height(int? cores, int bandHeight)
    {
        // Glazes, thin mixing paint, pickup and every brush: each pixel's arithmetic must not depend on how rows are shared.
        var plan = BrushSampler.Plan();
        var reference = Renderer.Render(plan, width: 523, options: new RenderOptions { MaxDegreeOfParallelism = 1, BandHeight = 1024 });
        var render = Renderer.Render(plan, width: 523, options: new RenderOptions { MaxDegreeOfParallelism = cores, BandHeight = bandHeight });
        Assert.Equal(reference.Pixels, render.Pixels);
        Assert.Equal(reference.Encode(ImageFormat.Png), render.Encode(ImageFormat.Png));
    }

    [Fact]
    public void A_plan_renders_at_any_size_with_the_same_layout()
    {
        var plan = BrushSampler.Plan();
        var small = Renderer.Render(plan, width: 350, options: new RenderOptions { Impasto = false });
        var big = Renderer.Render(plan, width: 1400, options: new RenderOptions { Impasto = false });
        Assert.Equal((350, 308), (small.Width, small.Height));
        // Downsampled, the big render is the small one, up to antialiasing and texture detail.
        var down = Images.Decode(big).Resize(350, small.Height).ToCanvas();
        Assert.True(Images.MeanAbsDiff(down, small) < 3.0, $"mean difference {Images.MeanAbsDiff(down, small):F2}");
    }

    [Fact]
    public void Impasto_lights_ridges_but_keeps_the_mean_colour()
    {
        var plan = BrushSampler.Plan();
        var lit = Renderer.Render(plan, width: 700);
        var flat = Renderer.Render(plan, width: 700, options: new RenderOptions { Impasto = false });
        double diff = Images.MeanAbsDiff(lit, flat);
        Assert.True(diff > 0.3, $"relief should show ({diff:F2})");
        Assert.True(Math.Abs(Images.Mean(lit) - Images.Mean(flat)) < 4, "relief should not shift the overall tone");
    }

    [Fact]
    public void Background_only_plan_is_flat_background_without_impasto()
    {
        // With impasto the bare ground shows the canvas weave (MaterialTests).
        var plan = new StrokePlan(10, 5, Rgb.FromHex("#336699"));
        var c = Renderer.Render(plan, width: 40, options: new RenderOptions { Impasto = false });
        Assert.Equal((40, 20), (c.Width, c.Height));
        Assert.All(Enumerable.Range(0, 40 * 20), i => Assert.Equal(new byte[] { 0x33, 0x66, 0x99, 255 }, c.Pixels[(i * 4)..(i * 4 + 4)]));
    }

    [Fact]
    public void Sizes_over_the_limit_are_refused()
    {
        var e = Assert.Throws<EchoesException>(() => Renderer.Render(new StrokePlan(10, 10, Rgb.White), width: 30000));
        Assert.Contains("limit", e.Message);
    }
}
