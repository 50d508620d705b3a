using System.Collections;
using Echoes.Brushes;
using Echoes.Export;
using Echoes.Moods;
using Echoes.Painting;
using Echoes.Rendering;
using Echoes.Strokes;

namespace Echoes.Tests;

public class OptionsTests
{
    private static readonly PaintOptions Good = Styles.Expressive;

    [Fact]
    public void Every_style_is_valid()
    {
        foreach (var style in Styles.All.Values) style.Validate();
        RenderOptions.Default.Validate();
    }

    [Fact]
    public void Options_share_no_mutable_collections()
    {
        foreach (var type in new[] { typeof(PaintOptions), typeof(RenderOptions), typeof(MoodParameters), typeof(TimelapseOptions) })
            foreach (var p in type.GetProperties())
                Assert.False(p.PropertyType.IsArray || typeof(IList).IsAssignableFrom(p.PropertyType) && !p.PropertyType.IsValueType,
                    $"{type.Name}.{p.Name} is a mutable {p.PropertyType.Name}");
        Assert.IsType<System.Collections.Immutable.ImmutableArray<float>>(Styles.Expressive.LayerRadii);
    }

    public static TheoryData<PaintOptions, string> BadRun => new()
    {
        { Good with { Style = "" }, nameof(PaintOptions.Style) },
        { Good with { Strokes = 0 }, nameof(PaintOptions.Strokes) },
        { Good with { Strokes = Painter.MaxStrokes + 1 }, nameof(PaintOptions.Strokes) },
        { Good with { Detail = (Detail)7 }, nameof(PaintOptions.Detail) },
        { Good with { Mood = new Mood(1.5f, 0, 0, 0) }, nameof(PaintOptions.Mood) },
        { Good with { Mood = new Mood(float.NaN, 0, 0, 0) }, nameof(PaintOptions.Mood) },
        { Good with { Lift = 2 }, nameof(PaintOptions.Lift) },
        { Good with { WorkingSize = 15 }, nameof(PaintOptions.WorkingSize) },
        { Good with { WorkingSize = 5000 }, nameof(PaintOptions.WorkingSize) },
        { Good with { MaxDegreeOfParallelism = 0 }, nameof(PaintOptions.MaxDegreeOfParallelism) },
    };

    public static TheoryData<PaintOptions, string> BadLayers => new()
    {
        { Good with { LayerRadii = default }, nameof(PaintOptions.LayerRadii) },
        { Good with { LayerRadii = [.. Enumerable.Repeat(0.1f, PaintOptions.MaxLayers + 1)] }, nameof(PaintOptions.LayerRadii) },
        { Good with { LayerRadii = [0.1f, 0f] }, nameof(PaintOptions.LayerRadii) },
        { Good with { LayerRadii = [float.NaN] }, nameof(PaintOptions.LayerRadii) },
        { Good with { LayerThreshold = -0.1f }, nameof(PaintOptions.LayerThreshold) },
        { Good with { MinLength = -1 }, nameof(PaintOptions.MinLength) },
        { Good with { MaxLength = float.PositiveInfinity }, nameof(PaintOptions.MaxLength) },
        { Good with { MinLength = 8, MaxLength = 4 }, nameof(PaintOptions.MinLength) },
        { Good with { Curvature = 2 }, nameof(PaintOptions.Curvature) },
    };

    public static TheoryData<PaintOptions, string> BadOptimizer => new()
    {
        { Good with { OptimizerShare = 1.5f }, nameof(PaintOptions.OptimizerShare) },
        { Good with { SearchEffort = 0 }, nameof(PaintOptions.SearchEffort) },
        { Good with { Aspect = (0, 2) }, nameof(PaintOptions.Aspect) },
        { Good with { Aspect = (4, 2) }, nameof(PaintOptions.Aspect) },
        { Good with { FirstWidth = 0 }, nameof(PaintOptions.FirstWidth) },
        { Good with { FirstWidth = float.NaN }, nameof(PaintOptions.FirstWidth) },
    };

    public static TheoryData<PaintOptions, string> BadBrushwork => new()
    {
        { Good with { BrushMix = BrushWeights.None }, nameof(PaintOptions.BrushMix) },
        { Good with { BrushMix = new((BrushKind.Round, 1), (BrushKind.Flat, -1)) }, nameof(PaintOptions.BrushMix) },
        { Good with { BrushMix = new((BrushKind.Round, float.PositiveInfinity)) }, nameof(PaintOptions.BrushMix) },
        { Good with { BrushMix = null! }, nameof(PaintOptions.BrushMix) },
        { Good with { Opacity = (0.5f, 1.5f) }, nameof(PaintOptions.Opacity) },
        { Good with { Opacity = (0.9f, 0.5f) }, nameof(PaintOptions.Opacity) },
        { Good with { Load = (-0.1f, 1) }, nameof(PaintOptions.Load) },
        { Good with { Taper = (0.6f, 0.1f) }, nameof(PaintOptions.Taper) },
        { Good with { Taper = (0.1f, float.NaN) }, nameof(PaintOptions.Taper) },
        { Good with { AngleJitter = 200 }, nameof(PaintOptions.AngleJitter) },
    };

    public static TheoryData<PaintOptions, string> BadColour => new()
    {
        { Good with { ColorJitter = -0.01f }, nameof(PaintOptions.ColorJitter) },
        { Good with { PaletteSize = -1 }, nameof(PaintOptions.PaletteSize) },
        { Good with { PaletteSize = 1000 }, nameof(PaintOptions.PaletteSize) },
        { Good with { PaletteStrength = 1.1f }, nameof(PaintOptions.PaletteStrength) },
        { Good with { ChromaBoost = float.NaN }, nameof(PaintOptions.ChromaBoost) },
        { Good with { Contrast = 5 }, nameof(PaintOptions.Contrast) },
        { Good with { Relief = -1 }, nameof(PaintOptions.Relief) },
    };

    [Theory]
    [MemberData(nameof(BadRun))]
    [MemberData(nameof(BadLayers))]
    [MemberData(nameof(BadOptimizer))]
    [MemberData(nameof(BadBrushwork))]
    [MemberData(nameof(BadColour))]
    public void A_bad_option_is_named_by_its_field(PaintOptions options, string field)
    {
        var e = Assert.Throws<EchoesException>(options.Validate);
        Assert.Equal(field, e.Subject);
        Assert.DoesNotContain("--", e.OneLine);
    }

    [Fact]
    public void The_painter_refuses_bad_options_before_painting()
    {
        var e = Assert.Throws<EchoesException>(() => new Painter(Good with { Strokes = 0 }));
        Assert.Equal(nameof(PaintOptions.Strokes), e.Subject);
    }

    public static TheoryData<RenderOptions, string> BadRender => new()
    {
        { RenderOptions.Default with { Relief = -0.5f }, nameof(RenderOptions.Relief) },
        { RenderOptions.Default with { Relief = float.NaN }, nameof(RenderOptions.Relief) },
        { RenderOptions.Default with { MaxDegreeOfParallelism = 0 }, nameof(RenderOptions.MaxDegreeOfParallelism) },
        { RenderOptions.Default with { BandHeight = 4 }, nameof(RenderOptions.BandHeight) },
    };

    [Theory]
    [MemberData(nameof(BadRender))]
    public void A_bad_render_option_is_named_by_its_field(RenderOptions options, string field)
    {
        var e = Assert.Throws<EchoesException>(options.Validate);
        Assert.Equal(field, e.Subject);
        var plan = new StrokePlan(10, 10, Color.Rgb.White);
        Assert.Throws<EchoesException>(() => Renderer.Render(plan, width: 10, options: options));
    }
}
