using Echoes.Color;
using Echoes.Rendering;
using Echoes.Strokes;

namespace Echoes.Tests;

public class BandSinkTests
{
    // Paint that picked up other colours composites long spans eight pixels at a time and short ones pixel by pixel:
    // both must leave the same bits, or a render would depend on how its rows were cut.
    [Fact]
    public void Picked_up_paint_composites_the_same_in_one_long_span_as_pixel_by_pixel()
    {
        const int n = 37;
        var stroke = new Stroke { Brush = BrushKind.Round, Points = [new(0, 0), new(10, 0)], Width = 4, Color = new Rgb(0.8f, 0.2f, 0.1f), Seed = 9 };
        var trail = Enumerable.Range(0, WetPickup.Samples).Select(i => new Rgb(0.1f * i, 0.9f - 0.1f * i, 0.5f)).ToArray();
        var rng = new Random(3);
        float[] Values(int count, float lo, float hi) => [.. Enumerable.Range(0, count).Select(_ => lo + (hi - lo) * rng.NextSingle())];
        float[] coverage = Values(n, 0f, 1f), along = Values(n, 0f, 1f), across = Values(n, -1f, 1f), ground = Values(3 * n, 0f, 1f);
        coverage[5] = 0f; // an uncovered pixel inside the span keeps its colour
        float[] Composite(int spanLength) => Spans(stroke, trail, ground, coverage, along, across, spanLength);
        Assert.True(Paint(stroke, trail).Count > 1);
        var whole = Composite(n);
        Assert.Equal(Composite(1), whole);
        Assert.Equal(ground.AsSpan(15, 3), whole.AsSpan(15, 3));
        Assert.NotEqual(ground[0], whole[0]);
    }

    // A glaze filters eight pixels at a time in long spans and one at a time in short ones: the same bits, over random
    // colours beneath (every basis pair of the decomposition) and random coverage.
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void A_glaze_composites_the_same_in_long_spans_as_pixel_by_pixel(int seed)
    {
        const int n = 203;
        var rng = new Random(seed);
        var stroke = new Stroke
        {
            Brush = BrushKind.Glaze, Points = [new(0, 0), new(10, 0)], Width = 4, Opacity = 0.3f + 0.6f * rng.NextSingle(),
            Color = new Rgb(rng.NextSingle(), rng.NextSingle(), rng.NextSingle()), Seed = 5,
        };
        float[] ground = [.. Enumerable.Range(0, 3 * n).Select(_ => rng.NextSingle())];
        float[] coverage = [.. Enumerable.Range(0, n).Select(_ => rng.Next(5) == 0 ? 0f : stroke.Opacity * rng.NextSingle())];
        // Grey, black, white and two equal channels: where the decomposition's branches meet.
        (ground[0], ground[1], ground[2], ground[3], ground[4], ground[5]) = (0.5f, 0.5f, 0.5f, 0f, 0f, 0f);
        (ground[6], ground[7], ground[8], ground[9], ground[10], ground[11]) = (1f, 1f, 1f, 0.2f, 0.7f, 0.7f);
        float[] Composite(int spanLength) => Spans(stroke, [], ground, coverage, coverage, coverage, spanLength);
        Assert.Equal(PaintLayering.Filters, Paint(stroke, []).Layering);
        var whole = Composite(n);
        Assert.Equal(Composite(1), whole);
        Assert.Equal(Composite(11), whole);
        Assert.True(Enumerable.Range(0, 3 * n).Count(i => whole[i] != ground[i]) > 2 * n, "the glaze changed most of the span");
    }

    // Thin paint mixes eight pixels at a time in long spans and one at a time in short ones: the same bits, with its own
    // colour throughout and with a picked-up colour along it.
    [Theory]
    [InlineData(1, false)]
    [InlineData(2, true)]
    public void Thin_paint_mixes_the_same_in_long_spans_as_pixel_by_pixel(int seed, bool pickedUp)
    {
        const int n = 157;
        var rng = new Random(seed);
        var stroke = new Stroke
        {
            Brush = BrushKind.Round, Points = [new(0, 0), new(10, 0)], Width = 4, Opacity = 0.2f + 0.5f * rng.NextSingle(),
            Color = new Rgb(rng.NextSingle(), rng.NextSingle(), rng.NextSingle()), Seed = 5,
        };
        Rgb[] trail = pickedUp
            ? [.. Enumerable.Range(0, WetPickup.Samples).Select(_ => new Rgb(rng.NextSingle(), rng.NextSingle(), rng.NextSingle()))]
            : [];
        float[] ground = [.. Enumerable.Range(0, 3 * n).Select(_ => rng.NextSingle())];
        float[] coverage = [.. Enumerable.Range(0, n).Select(_ => rng.Next(5) == 0 ? 0f : stroke.Opacity * rng.NextSingle())];
        float[] along = [.. Enumerable.Range(0, n).Select(_ => rng.NextSingle())];
        float[] Composite(int spanLength) => Spans(stroke, trail, ground, coverage, along, along, spanLength);
        var paint = Paint(stroke, trail);
        Assert.Equal((PaintLayering.Mixes, pickedUp), (paint.Layering, paint.Count > 1));
        var whole = Composite(n);
        Assert.Equal(Composite(1), whole);
        Assert.Equal(Composite(13), whole);
        Assert.True(Enumerable.Range(0, 3 * n).Count(i => whole[i] != ground[i]) > 2 * n, "the paint changed most of the span");
    }

    // The stroke's paint as the sink prepares it.
    private static StrokePaint Paint(Stroke stroke, Rgb[] trail)
    {
        var sink = new BandSink { Paint = new StrokePaint() };
        sink.Prepare(stroke, trail);
        return sink.Paint;
    }

    // One row of ground colours with the stroke composited in spans of the given length.
    private static float[] Spans(Stroke stroke, Rgb[] trail, float[] ground, float[] coverage, float[] along, float[] across, int spanLength)
    {
        int n = coverage.Length;
        var sink = new BandSink { Color = [.. ground], Height = new float[n], Width = n, Paint = new StrokePaint() };
        sink.Prepare(stroke, trail);
        for (int x = 0; x < n; x += spanLength)
        {
            int len = Math.Min(spanLength, n - x);
            sink.Span(0, x, new ShadedRun(coverage.AsSpan(x, len), along: along.AsSpan(x, len), across: across.AsSpan(x, len),
                lateral: across.AsSpan(x, len)));
        }
        return sink.Color;
    }
}
