using SkiaSharp;

namespace Echoes.Export;

/// <summary>Text for contact sheets, drawn with the bundled DejaVu Sans (the package has no system font manager).</summary>
internal static class Labels
{
    private static readonly Lazy<SKTypeface> Face = new(() =>
    {
        using var s = typeof(Labels).Assembly.GetManifestResourceStream("Echoes.DejaVuSans.ttf")
            ?? throw new InvalidOperationException("the bundled font is missing");
        return SKTypeface.FromStream(s) ?? throw new InvalidOperationException("the bundled font cannot be read");
    });

    /// <summary>Draws <paramref name="text"/> with its baseline at (<paramref name="x"/>, <paramref name="y"/>).</summary>
    public static void Draw(SKCanvas canvas, string text, float x, float y, float size, SKColor color)
    {
        using var font = new SKFont(Face.Value, size);
        using var paint = new SKPaint { Color = color, IsAntialias = true };
        canvas.DrawText(text, x, y, SKTextAlign.Left, font, paint);
    }
}
