using Echoes.Painting;
using Echoes.Strokes;

namespace Echoes.Tests;

/// <summary>
/// A painter varies the mark with the form: broader, longer strokes across a calm passage, narrower, shorter ones where
/// the form holds detail, none two alike, instead of one brush size a layer everywhere.
/// </summary>
public class MarkSizeTests
{
    [Fact]
    public void A_layers_marks_are_of_many_sizes()
    {
        var plan = FlatPassageTests.Paint();
        float pixel = plan.Width / FlatPassageTests.W;
        // The brushes' marks, not the thin lines drawn last along the photo's lines (tapered 0.25 at their start) nor
        // those as fine as the working canvas allows (a radius of one pixel).
        var marks = plan.Strokes.Where(s => s.TaperStart != 0.25f && s.Width > 2.01f * pixel).ToList();
        int most = marks.GroupBy(s => MathF.Round(s.Width, 2)).Max(g => g.Count());
        double share = most / (double)marks.Count;
        // Before, one width (a layer's brush) held 35 % of the marks.
        Assert.True(share < 0.12, $"one width holds {share:P0} of {marks.Count} marks");
    }

    [Fact]
    public void Marks_are_broader_in_the_calm_sky_than_where_the_form_is()
    {
        var plan = FlatPassageTests.Paint();
        float k = plan.Width / FlatPassageTests.W, brush = 2f * Styles.Expressive.LayerRadii[0] * FlatPassageTests.W * k;
        // The first layer's marks: not the lay-in's scrubs (flat and wholly opaque) and broader than the next layer's
        // brush (half the first's) could be.
        double Mean(Func<float, bool> rows) => plan.Strokes
            .Where(s => !(s.Brush == BrushKind.Flat && s.Opacity == 1f) && s.Width > 0.76f * brush
                && rows(s.Points[s.Points.Length / 2].Y / k))
            .Average(s => (double)s.Width);
        // In the sky, clear of the horizon, and along the horizon, the photo's strongest edge.
        double sky = Mean(y => y < FlatPassageTests.SkyEnd - 24), horizon = Mean(y => MathF.Abs(y - FlatPassageTests.SkyEnd) < 10);
        // Before, every mark of the layer was as broad as its brush (but the optimizer's few): 1.04; after, 1.19.
        Assert.True(sky > 1.12 * horizon, $"the first layer's marks are {sky:F1} wide in the sky, {horizon:F1} along the horizon");
    }
}
