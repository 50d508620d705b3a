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
        float[] Composite(int spanLength)
        {
            var sink = new BandSink { Color = [.. ground], Height = new float[n], Width = n, Paint = new StrokePaint() };
            sink.Prepare(stroke, trail);
            Assert.True(sink.WantsAlong);
            for (int x = 0; x < n; x += spanLength)
            {
                int len = Math.Min(spanLength, n - x);
                sink.Span(0, x, new ShadedRun(coverage.AsSpan(x, len), along: along.AsSpan(x, len), across: across.AsSpan(x, len)));
            }
            return sink.Color;
        }
        var whole = Composite(n);
        Assert.Equal(Composite(1), whole);
        Assert.Equal(ground.AsSpan(15, 3), whole.AsSpan(15, 3));
        Assert.NotEqual(ground[0], whole[0]);
    }
}
