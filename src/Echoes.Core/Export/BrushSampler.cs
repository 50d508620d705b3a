using Echoes.Color;
using Echoes.Imaging;
using Echoes.Rendering;
using Echoes.Strokes;
using SkiaSharp;

namespace Echoes.Export;

/// <summary>The brush sampler: every brush kind in several colours and sizes, one row per kind, labelled.</summary>
public static class BrushSampler
{
    private const float RowHeight = 170, LabelWidth = 170, Top = 20;
    private static readonly string[] Palette = ["#c0392b", "#e8a33d", "#2e6f9e", "#3c8d5a", "#6c3483", "#1f1f24"];

    /// <summary>The sampler's stroke plan (logical size 1400 × 1210).</summary>
    public static StrokePlan Plan()
    {
        var kinds = Enum.GetValues<BrushKind>();
        var plan = new StrokePlan(1400, Top * 2 + RowHeight * kinds.Length, Rgb.FromHex("#f2ece0"));
        plan.Meta["title"] = "Echoes brush sampler";
        uint seed = 1;
        for (int row = 0; row < kinds.Length; row++)
        {
            float cy = Top + RowHeight * row + RowHeight * 0.5f;
            float x = LabelWidth;
            float[] widths = [8, 16, 28, 44];
            for (int i = 0; i < widths.Length; i++)
            {
                float w = widths[i];
                float len = 150 + w * 2;
                var color = Rgb.FromHex(Palette[(row + i) % Palette.Length]);
                plan.Strokes.Add(Sample(kinds[row], x, cy, w, len, color, seed++, i));
                x += len + 40;
            }
        }
        return plan;
    }

    private static Stroke Sample(BrushKind kind, float x, float cy, float w, float len, Rgb color, uint seed, int i)
    {
        float bend = (i % 2 == 0 ? 1 : -1) * (10 + w * 0.4f);
        Point2[] pts = kind switch
        {
            BrushKind.Drip => [new(x + len * 0.5f - 10, cy - 60), new(x + len * 0.5f - 4, cy), new(x + len * 0.5f, cy + 45)],
            BrushKind.Splatter => [new(x + 30, cy + 10), new(x + len * 0.6f, cy - 15)],
            _ => [new(x, cy + bend * 0.3f), new(x + len * 0.35f, cy - bend), new(x + len * 0.7f, cy + bend * 0.5f), new(x + len, cy - bend * 0.2f)],
        };
        return new Stroke
        {
            Points = pts,
            Width = kind == BrushKind.Drip ? MathF.Max(4, w * 0.4f) : w,
            Color = kind == BrushKind.Glaze ? Rgb.Lerp(color, Rgb.White, 0.35f) : color,
            Opacity = kind == BrushKind.Glaze ? 0.7f : 1f,
            Brush = kind,
            Load = kind is BrushKind.DryBrush ? 0.45f : 0.8f - 0.1f * i,
            Seed = seed,
        };
    }

    /// <summary>Renders the sampler at <paramref name="width"/> px and adds the row labels.</summary>
    public static Canvas Render(int width = 1400, RenderOptions? options = null)
    {
        var plan = Plan();
        var canvas = Renderer.Render(plan, width: width, options: options);
        float k = width / plan.Width;
        using var bmp = canvas.ToBitmap();
        using (var sk = new SKCanvas(bmp))
        {
            var kinds = Enum.GetValues<BrushKind>();
            for (int row = 0; row < kinds.Length; row++)
                Labels.Draw(sk, PlanJson.BrushName(kinds[row]), 24 * k, (Top + RowHeight * row + RowHeight * 0.5f + 8) * k, 26 * k, new SKColor(40, 36, 32));
        }
        return Canvas.FromBitmap(bmp);
    }
}
