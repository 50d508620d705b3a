using Echoes.Imaging;
using Echoes.Painting;
using Echoes.Rendering;

namespace Echoes.Pipeline;

/// <summary>One photo painted in every style of <see cref="Styles.All"/>, in rows of four, each labelled.</summary>
public static class StyleSheet
{
    /// <summary>Paintings in a row of the sheet.</summary>
    public const int Columns = 4;

    /// <summary>Paints the sheet: each tile <paramref name="tileWidth"/> px wide, labels beneath; every style takes the
    /// seed and mood of <paramref name="options"/>.</summary>
    public static Canvas Render(PhotoSource photo, PaintOptions options, int tileWidth = 480, IProgress<double>? progress = null)
    {
        var styles = Styles.All.Values.ToList();
        var tiles = new List<(string, Canvas)>();
        try
        {
            for (int i = 0; i < styles.Count; i++)
            {
                var style = styles[i] with { Seed = options.Seed, Mood = options.Mood };
                var plan = PaintPipeline.Paint(photo, photo.ToTarget(style), photo.Options(style));
                tiles.Add((style.Style, Renderer.Render(plan, width: tileWidth)));
                progress?.Report((i + 1) / (double)styles.Count);
            }
            return LabelledSheet.Compose(tiles, Columns);
        }
        finally
        {
            foreach (var (_, tile) in tiles) tile.Dispose();
        }
    }
}
