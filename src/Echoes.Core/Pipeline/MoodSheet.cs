using Echoes.Imaging;
using Echoes.Moods;
using Echoes.Painting;
using Echoes.Rendering;

namespace Echoes.Pipeline;

/// <summary>One photo painted with no mood and in each of the four, side by side and labelled.</summary>
public static class MoodSheet
{
    /// <summary>The moods on the sheet, in order, with their labels.</summary>
    public static IReadOnlyList<(string Label, Mood Mood)> Moods { get; } =
    [
        ("neutral", Mood.None), ("joy", new Mood(1, 0, 0, 0)), ("sorrow", new Mood(0, 1, 0, 0)), ("love", new Mood(0, 0, 1, 0)),
        ("loss", new Mood(0, 0, 0, 1)),
    ];

    /// <summary>Paints the sheet: each tile <paramref name="tileWidth"/> px wide, labels beneath.</summary>
    public static Canvas Render(PhotoSource photo, PaintOptions style, int tileWidth = 480, IProgress<double>? progress = null)
    {
        // One target for all five: the moods change the painting, not what it is painted from.
        var target = photo.ToTarget(style);
        var tiles = new List<Canvas>();
        for (int i = 0; i < Moods.Count; i++)
        {
            var plan = PaintPipeline.Paint(photo, target, photo.Options(style, mood: Moods[i].Mood));
            tiles.Add(Renderer.Render(plan, width: tileWidth));
            progress?.Report((i + 1) / (double)Moods.Count);
        }
        var labelled = Moods.Select((m, i) => (m.Label, tiles[i])).ToList();
        try { return LabelledSheet.Compose(labelled, Moods.Count); }
        finally { foreach (var t in tiles) t.Dispose(); }
    }
}
