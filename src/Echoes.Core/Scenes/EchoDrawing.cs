using SkiaSharp;

namespace Echoes.Scenes;

/// <summary>
/// Ties painted as echoes: a thread of light arcing between two figures with ripples spreading toward each other, its
/// strength setting width, brightness and warmth. A negative tie is cold, dashed and broken in the middle: it never
/// joins them. A figure tied to no one sends ripples that fade before they reach anyone.
/// </summary>
internal static class EchoDrawing
{
    public static void Draw(SKCanvas c, Scene scene, IReadOnlyList<PlacedFigure> figures, int w, SKColor? only = null)
    {
        var byName = figures.ToDictionary(f => f.Figure.Name, StringComparer.Ordinal);
        float unit = figures.Count == 0 ? 1 : figures.Average(f => f.Height);
        foreach (var tie in scene.Ties)
        {
            var a = byName[tie.From]; var b = byName[tie.To];
            var (ax, ay) = a.Chest; var (bx, by) = b.Chest;
            float dist = MathF.Sqrt((bx - ax) * (bx - ax) + (by - ay) * (by - ay));
            var ctrl = new SKPoint((ax + bx) / 2, MathF.Min(ay, by) - dist * 0.22f);
            float s = tie.Strength;
            if (s > 0)
            {
                var warm = LandscapePalette.Mix(new SKColor(0xff, 0xc8, 0x8a), new SKColor(0xff, 0xf3, 0xd8), s);
                using var path = Arc(ax, ay, ctrl, bx, by, 0f, 1f);
                using var glow = new SKPaint
                {
                    IsAntialias = true, Style = SKPaintStyle.Stroke, StrokeCap = SKStrokeCap.Round,
                    StrokeWidth = unit * (0.12f + 0.3f * s), Color = (only ?? warm).WithAlpha((byte)(only is null ? 40 + 70 * s : 255)),
                    MaskFilter = only is null ? SKMaskFilter.CreateBlur(SKBlurStyle.Normal, unit * 0.12f) : null
                };
                c.DrawPath(path, glow);
                using var core = new SKPaint
                {
                    IsAntialias = true, Style = SKPaintStyle.Stroke, StrokeCap = SKStrokeCap.Round,
                    StrokeWidth = unit * (0.03f + 0.06f * s), Color = (only ?? warm).WithAlpha((byte)(only is null ? 150 + 100 * s : 255))
                };
                c.DrawPath(path, core);
                Ripples(c, a, bx, by, dist, 2 + (int)(3 * s), warm.WithAlpha((byte)(60 + 120 * s)), unit, only);
                Ripples(c, b, ax, ay, dist, 2 + (int)(3 * s), warm.WithAlpha((byte)(60 + 120 * s)), unit, only);
            }
            else
            {
                var cold = new SKColor(0x9c, 0xb6, 0xda);
                float k = -s;
                using var dash = SKPathEffect.CreateDash([unit * 0.12f, unit * 0.16f], 0);
                using var paint = new SKPaint
                {
                    IsAntialias = true, Style = SKPaintStyle.Stroke, StrokeCap = SKStrokeCap.Round,
                    StrokeWidth = unit * (0.025f + 0.02f * k), Color = (only ?? cold).WithAlpha((byte)(only is null ? 70 + 90 * k
                        : 255)), PathEffect = dash
                };
                // Two halves reaching out and stopping short: the middle stays empty.
                using (var p1 = Arc(ax, ay, ctrl, bx, by, 0f, 0.36f)) c.DrawPath(p1, paint);
                using (var p2 = Arc(ax, ay, ctrl, bx, by, 0.64f, 1f)) c.DrawPath(p2, paint);
                Ripples(c, a, bx, by, dist * 0.5f, 2, cold.WithAlpha(70), unit, only);
                Ripples(c, b, ax, ay, dist * 0.5f, 2, cold.WithAlpha(70), unit, only);
            }
        }
        var tied = scene.Ties.SelectMany(t => new[] { t.From, t.To }).ToHashSet(StringComparer.Ordinal);
        foreach (var f in figures.Where(f => !tied.Contains(f.Figure.Name)))
        {
            // Echoes that reach no one: rings fading out well before the nearest figure.
            float nearest = figures.Where(o => o != f).Select(o => MathF.Sqrt((o.X - f.X) * (o.X - f.X)
                + (o.Y - f.Y) * (o.Y - f.Y))).DefaultIfEmpty(w).Min();
            float reach = MathF.Min(nearest * 0.4f, unit * 2.2f);
            var (cx, cy) = f.Chest;
            for (int i = 1; i <= 3; i++)
            {
                using var ring = new SKPaint
                {
                    IsAntialias = true, Style = SKPaintStyle.Stroke, StrokeWidth = unit * 0.025f,
                    Color = (only ?? new SKColor(0xe8, 0xe0, 0xd0)).WithAlpha((byte)(only is null ? 110 - 30 * i : 255))
                };
                c.DrawCircle(cx, cy, reach * i / 3f, ring);
            }
        }
    }

    // Arcs around a figure, opening toward the other.
    private static void Ripples(SKCanvas c, PlacedFigure f, float tx, float ty, float dist, int count, SKColor color, float unit, SKColor? only)
    {
        var (cx, cy) = f.Chest;
        float angle = MathF.Atan2(ty - cy, tx - cx) * 180f / MathF.PI;
        for (int i = 1; i <= count; i++)
        {
            float r = MathF.Min(dist * 0.32f, unit * 1.6f) * i / count;
            using var paint = new SKPaint
            {
                IsAntialias = true, Style = SKPaintStyle.Stroke, StrokeWidth = unit * 0.03f,
                Color = (only ?? color).WithAlpha(only is null ? (byte)(color.Alpha * (1.1f - i / (float)(count + 1))) : (byte)255)
            };
            c.DrawArc(new SKRect(cx - r, cy - r, cx + r, cy + r), angle - 35, 70, false, paint);
        }
    }

    // The part [t0, t1] of the quadratic Bézier from a through ctrl to b.
    private static SKPath Arc(float ax, float ay, SKPoint ctrl, float bx, float by, float t0, float t1)
    {
        using var pb = new SKPathBuilder();
        const int steps = 24;
        for (int i = 0; i <= steps; i++)
        {
            float t = t0 + (t1 - t0) * i / steps, mt = 1 - t;
            float x = mt * mt * ax + 2 * mt * t * ctrl.X + t * t * bx, y = mt * mt * ay + 2 * mt * t * ctrl.Y + t * t * by;
            if (i == 0) pb.MoveTo(x, y); else pb.LineTo(x, y);
        }
        return pb.Detach();
    }
}
