using Echoes.Export;
using Echoes.Imaging;
using SkiaSharp;

namespace Echoes.Pipeline;

/// <summary>Paintings of one photo laid out on a sheet in rows, each labelled beneath.</summary>
internal static class LabelledSheet
{
    /// <summary>The sheet: tiles of equal size, <paramref name="columns"/> to a row, on a pale paper.</summary>
    public static Canvas Compose(IReadOnlyList<(string Label, Canvas Tile)> tiles, int columns)
    {
        int tileWidth = tiles[0].Tile.Width, h = tiles[0].Tile.Height;
        int gap = Math.Max(8, tileWidth / 30), label = Math.Max(24, tileWidth / 10);
        int cols = Math.Min(columns, tiles.Count), rows = (tiles.Count + cols - 1) / cols;
        var info = new SKImageInfo(gap + cols * (tileWidth + gap), gap + rows * (h + label), SKColorType.Rgba8888, SKAlphaType.Opaque);
        using var sheet = new SKBitmap(info);
        using (var sk = new SKCanvas(sheet))
        {
            sk.Clear(new SKColor(246, 242, 234));
            for (int i = 0; i < tiles.Count; i++)
            {
                using var bmp = tiles[i].Tile.ToBitmap();
                using var image = SKImage.FromBitmap(bmp);
                float x = gap + i % cols * (tileWidth + gap), y = gap + i / cols * (h + label);
                sk.DrawImage(image, x, y, new SKSamplingOptions(SKFilterMode.Nearest));
                Labels.Draw(sk, tiles[i].Label, x, y + h + label * 0.72f, label * 0.55f, new SKColor(50, 44, 40));
            }
        }
        return Canvas.FromBitmap(sheet);
    }
}
