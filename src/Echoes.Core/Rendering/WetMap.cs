using Echoes.Color;
using Echoes.Strokes;

namespace Echoes.Rendering;

/// <summary>
/// The small map of wet paint <see cref="WetPickup"/> reads: per cell the paint's colour (linear) and how much paint
/// is there (0 on bare ground, towards 1 under full coverage). Strokes are laid untextured, by coverage.
/// </summary>
internal sealed class WetMap
{
    private readonly int _w, _h;
    private readonly float _scale;
    private readonly float[] _color, _amount;
    private readonly StrokeGeometry _geometry = new();

    /// <summary>A map of <paramref name="side"/> cells on the plan's long side, holding its ground and no paint.</summary>
    public WetMap(StrokePlan plan, int side)
    {
        _scale = side / MathF.Max(plan.Width, plan.Height);
        _w = Math.Max(1, (int)MathF.Ceiling(plan.Width * _scale));
        _h = Math.Max(1, (int)MathF.Ceiling(plan.Height * _scale));
        _color = new float[_w * _h * 3];
        _amount = new float[_w * _h];
        var bg = plan.Background;
        for (int i = 0; i < _color.Length; i += 3) { _color[i] = bg.R; _color[i + 1] = bg.G; _color[i + 2] = bg.B; }
    }

    /// <summary>The paint's colour and amount at a point in logical units (bilinear).</summary>
    public (Rgb Color, float Amount) Read(Point2 p)
    {
        float x = Math.Clamp(p.X * _scale - 0.5f, 0f, _w - 1), y = Math.Clamp(p.Y * _scale - 0.5f, 0f, _h - 1);
        int x0 = Math.Min((int)x, _w - 1), y0 = Math.Min((int)y, _h - 1);
        int x1 = Math.Min(x0 + 1, _w - 1), y1 = Math.Min(y0 + 1, _h - 1);
        float fx = x - x0, fy = y - y0;
        float r = 0, g = 0, b = 0, a = 0;
        Add(x0, y0, (1 - fx) * (1 - fy)); Add(x1, y0, fx * (1 - fy)); Add(x0, y1, (1 - fx) * fy); Add(x1, y1, fx * fy);
        return (new Rgb(r, g, b), a);

        void Add(int cx, int cy, float wgt)
        {
            int i = cy * _w + cx;
            r += wgt * _color[3 * i]; g += wgt * _color[3 * i + 1]; b += wgt * _color[3 * i + 2]; a += wgt * _amount[i];
        }
    }

    /// <summary>Lays stroke <paramref name="s"/> in colour <paramref name="color"/> (linear).</summary>
    public void Lay(Stroke s, Rgb color)
    {
        _geometry.Build(s, _scale, textured: false);
        var sink = new Sink { Color = _color, Amount = _amount, Width = _w, Paint = color };
        Rasterizer.Rasterize(_geometry, 0, 0, _w, _h, ref sink);
    }

    private struct Sink : ISpanSink
    {
        public float[] Color, Amount;
        public int Width;
        public Rgb Paint;

        public readonly bool WantsHeight => false;

        public readonly bool WantsAlong => false;

        public readonly void Span(int y, int x0, in ShadedRun run)
        {
            var cov = run.Coverage;
            for (int i = 0, c = y * Width + x0; i < cov.Length; i++, c++)
            {
                float a = cov[i];
                Color[3 * c] += a * (Paint.R - Color[3 * c]);
                Color[3 * c + 1] += a * (Paint.G - Color[3 * c + 1]);
                Color[3 * c + 2] += a * (Paint.B - Color[3 * c + 2]);
                Amount[c] += a * (1f - Amount[c]);
            }
        }
    }
}
