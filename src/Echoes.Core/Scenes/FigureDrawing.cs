using Echoes.Moods;
using SkiaSharp;

namespace Echoes.Scenes;

/// <summary>
/// Silhouettes that read as people at small size: head, torso, arms and legs as round-capped strokes, posed standing,
/// sitting, walking or kneeling, heads bowed for sorrow and loss, upright for joy; tinted by the figure's mood.
/// </summary>
internal static class FigureDrawing
{
    public static void Draw(SKCanvas c, PlacedFigure p, LandscapePalette palette, SKColor? only = null)
    {
        float h = p.Height, x = p.X, y = p.Y, f = p.FacesRight ? 1f : -1f;
        var m = p.Figure.Mood;
        float bow = 0.06f * (m.Sorrow + m.Loss) - 0.03f * m.Joy; // how far the head drops forward
        var color = only ?? Tint(m, palette);
        using var limb = new SKPaint
        {
            IsAntialias = true, Style = SKPaintStyle.Stroke, StrokeCap = SKStrokeCap.Round,
            StrokeJoin = SKStrokeJoin.Round, Color = color
        };
        using var fill = new SKPaint { IsAntialias = true, Color = color };
        if (only is null)
        {
            using var shadow = new SKPaint
            {
                IsAntialias = true, Color = new SKColor(0, 0, 0, 70),
                MaskFilter = SKMaskFilter.CreateBlur(SKBlurStyle.Normal, h * 0.03f)
            };
            c.DrawOval(new SKRect(x - h * 0.28f, y - h * 0.025f, x + h * 0.34f, y + h * 0.035f), shadow);
        }
        (float hipY, float shoulderY, float headY) = p.Figure.Pose switch
        {
            Pose.Sitting => (y - h * 0.08f, y - h * 0.5f, y - h * 0.62f),
            Pose.Kneeling => (y - h * 0.32f, y - h * 0.68f, y - h * 0.8f),
            _ => (y - h * 0.47f, y - h * 0.8f, y - h * 0.91f),
        };
        float lean = f * h * (0.03f + bow);
        // Legs.
        limb.StrokeWidth = h * 0.075f;
        switch (p.Figure.Pose)
        {
            case Pose.Walking:
                Line(c, limb, x, hipY, x + f * h * 0.15f, y);
                Line(c, limb, x, hipY, x - f * h * 0.13f, y);
                break;
            case Pose.Sitting:
                Line(c, limb, x, hipY, x + f * h * 0.22f, y - h * 0.2f);
                Line(c, limb, x + f * h * 0.22f, y - h * 0.2f, x + f * h * 0.27f, y);
                break;
            case Pose.Kneeling:
                Line(c, limb, x, hipY, x + f * h * 0.05f, y - h * 0.02f);
                Line(c, limb, x + f * h * 0.05f, y - h * 0.02f, x - f * h * 0.18f, y);
                Line(c, limb, x, hipY, x + f * h * 0.2f, hipY + h * 0.04f);
                Line(c, limb, x + f * h * 0.2f, hipY + h * 0.04f, x + f * h * 0.22f, y);
                break;
            default:
                Line(c, limb, x, hipY, x - h * 0.03f, y);
                Line(c, limb, x, hipY, x + h * 0.04f, y);
                break;
        }
        // Torso, a little bowed.
        limb.StrokeWidth = h * 0.17f;
        Line(c, limb, x, hipY - h * 0.04f, x + lean, shoulderY + h * 0.05f);
        // Arms hang (or lift a little with joy).
        limb.StrokeWidth = h * 0.055f;
        float hand = shoulderY + h * (0.3f - 0.12f * m.Joy);
        Line(c, limb, x + lean, shoulderY + h * 0.03f, x + lean + f * h * 0.08f, hand);
        Line(c, limb, x + lean, shoulderY + h * 0.03f, x + lean - f * h * 0.05f, hand + h * 0.02f);
        // Head, dropped forward by sorrow.
        c.DrawCircle(x + lean + f * h * (0.03f + bow), headY + h * bow, h * 0.085f, fill);
    }

    private static void Line(SKCanvas c, SKPaint p, float x0, float y0, float x1, float y1) => c.DrawLine(x0, y0, x1, y1, p);

    // A dark silhouette warmed or cooled by the figure's own mood.
    private static SKColor Tint(Mood m, LandscapePalette palette)
    {
        var baseColor = new SKColor(0x2e, 0x24, 0x20);
        float total = m.Joy + m.Sorrow + m.Love + m.Loss;
        if (total <= 0) return baseColor;
        float r = (m.Joy * 0xe0 + m.Sorrow * 0x4c + m.Love * 0xb0 + m.Loss * 0x80) / total;
        float g = (m.Joy * 0xa8 + m.Sorrow * 0x62 + m.Love * 0x2a + m.Loss * 0x80) / total;
        float b = (m.Joy * 0x3c + m.Sorrow * 0x90 + m.Love * 0x44 + m.Loss * 0x7e) / total;
        // A tint, not a colour: figures stay dark silhouettes against any land, the mood warming or cooling them.
        float strength = MathF.Min(1f, total) * (0.2f + 0.15f * palette.Light);
        return LandscapePalette.Mix(baseColor, new SKColor((byte)r, (byte)g, (byte)b), strength);
    }
}
