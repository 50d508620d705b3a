using Echoes.Brushes;
using Echoes.Imaging;
using Echoes.Painting;
using Echoes.Strokes;
using Echoes.Targets;

namespace Echoes.Tests;

/// <summary>
/// The impressionist style lays touches that run along the form and overlap into passages (issue 14), not the short,
/// separate ovals of unrelated colour a blind curator called "stamped pebbles, confetti": measured on the plan, its brush
/// marks are longer, in widths, and fewer of them stand alone, touching no neighbour of their colour and size.
/// </summary>
public class ImpressionistPassageTests
{
    private const int Size = 400;

    private static List<Stroke> Marks(string photo)
    {
        var plan = new Painter(Styles.Impressionist with { WorkingSize = Size })
            .Paint(Target.FromPicture(Picture.Load(TestImages.Photo(photo), Size), Size));
        return [.. plan.Strokes.Where(s => s.Brush is BrushKind.Round or BrushKind.Flat or BrushKind.DryBrush or BrushKind.Knife)];
    }

    [Theory]
    [InlineData("chelsea.png")]
    [InlineData("coffee.png")]
    public void Touches_run_along_the_form(string photo)
    {
        var widths = Marks(photo).Select(s => MarkNeighbours.Length(s) / s.Width).Order().ToList();
        double median = widths[widths.Count / 2];
        // Seen 2026-12-04 at this size: the spine's median length 1.5 (chelsea) and 2.0 (coffee) widths before (most layer
        // strokes stopped at the tracer's least length, a round oval), 2.5 and 3.2 after.
        Assert.True(median >= 2.2, $"median mark {median:F2} widths long");
    }

    [Theory]
    [InlineData("chelsea.png", 0.19)]
    [InlineData("coffee.png", 0.28)]
    public void Few_touches_stand_alone(string photo, double most)
    {
        var marks = Marks(photo);
        double alone = MarkNeighbours.Alone(marks).Count(a => a) / (double)marks.Count;
        // Seen 2026-12-04 at this size: chelsea 25 % -> 16 %, coffee 34 % -> 22 % of marks touch no neighbour like them.
        Assert.True(alone < most, $"{alone:P0} of {marks.Count} marks stand alone");
    }
}
