using Echoes.Brushes;
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
        var brushes = Brush.All;
        var plan = new StrokePlan(1400, Top * 2 + RowHeight * brushes.Count, Rgb.FromHex("#f2ece0"));
        plan.Meta["title"] = "Echoes brush sampler";
        uint seed = 1;
        for (int row = 0; row < brushes.Count; row++)
        {
            float cy = Top + RowHeight * row + RowHeight * 0.5f;
            float x = LabelWidth;
            float[] widths = [8, 16, 28, 44];
            for (int i = 0; i < widths.Length; i++)
            {
                float w = widths[i];
                float len = 150 + w * 2;
                var color = Rgb.FromHex(Palette[(row + i) % Palette.Length]);
                plan.Strokes.Add(Sample(brushes[row], x, cy, w, len, color, seed++, i));
                x += len + 40;
            }
        }
        return plan;
    }

    private static Stroke Sample(Brush brush, float x, float cy, float w, float len, Rgb color, uint seed, int i)
    {
        float bend = (i % 2 == 0 ? 1 : -1) * (10 + w * 0.4f);
        var sample = new Stroke
        {
            Points =
            [
                new(x, cy + bend * 0.3f), new(x + len * 0.35f, cy - bend), new(x + len * 0.7f, cy + bend * 0.5f), new(x + len, cy - bend * 0.2f),
            ],
            Width = w,
            Color = color,
            Opacity = 1f,
            Brush = brush.Kind,
            Load = 0.8f - 0.1f * i,
            Seed = seed,
        };
        return brush.Specimen(sample, x, cy, len);
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
            for (int row = 0; row < Brush.All.Count; row++)
                Labels.Draw(sk, Brush.All[row].Name, 24 * k, (Top + RowHeight * row + RowHeight * 0.5f + 8) * k, 26 * k, new SKColor(40, 36, 32));
        }
        return Canvas.FromBitmap(bmp);
    }
}
