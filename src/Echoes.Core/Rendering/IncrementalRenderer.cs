using Echoes.Brushes;
using Echoes.Color;
using Echoes.Strokes;

namespace Echoes.Rendering;

/// <summary>
/// Paints a plan's strokes one after another onto a full-size canvas that is kept between calls, so a time-lapse adds
/// each frame's strokes to the last frame instead of rendering from scratch. Memory is the canvas alone, whatever the
/// number of strokes. The finished canvas equals
/// <see cref="Renderer.Render(StrokePlan, int?, int?, RenderOptions?, IProgress{double}?, CancellationToken)"/> of the whole plan.
/// </summary>
internal sealed class IncrementalRenderer
{
    private readonly StrokePlan _plan;
    private readonly float[] _color, _height;
    private readonly StrokeGeometry _geometry = new();
    private readonly StrokePaint _paint = new();
    private readonly Rgb[] _trail = new Rgb[WetPickup.Samples];
    private readonly WetPickup _pickup;
    private readonly RenderOptions _options;
    private readonly float _scale;

    /// <summary>Starts from the plan's bare ground at <paramref name="width"/> pixels wide; with <paramref name="growing"/>
    /// the plan may still gain strokes (a painting being made), which later calls to <see cref="Advance"/> paint.</summary>
    public IncrementalRenderer(StrokePlan plan, int width, RenderOptions? options = null, bool growing = false)
    {
        _plan = plan;
        _options = options ?? RenderOptions.Default;
        _options.Validate();
        (Width, Height) = plan.PixelSize(width);
        Renderer.CheckSize(Width, Height);
        _scale = Width / plan.Width;
        _pickup = growing ? WetPickup.Following(plan) : WetPickup.Start(plan);
        // One row of halo above and below, as the banded renderer has.
        _color = new float[Width * (Height + 2) * 3];
        _height = new float[Width * (Height + 2)];
        var bg = Renderer.Encode(plan.Background);
        for (int i = 0; i < _color.Length; i += 3) { _color[i] = bg.R; _color[i + 1] = bg.G; _color[i + 2] = bg.B; }
        if (_options.Impasto) CanvasWeave.Fill(_height, Width, -1, Height + 2, CanvasWeave.Pitch(plan), _scale, 0, 0);
    }

    /// <summary>Output width.</summary>
    public int Width { get; }

    /// <summary>Output height.</summary>
    public int Height { get; }

    /// <summary>Strokes painted so far.</summary>
    public int Painted { get; private set; }

    /// <summary>Paints the next <paramref name="count"/> strokes of the plan.</summary>
    public void Advance(int count)
    {
        var sink = new BandSink { Color = _color, Height = _height, Width = Width, Top = -1, Impasto = _options.Impasto, Paint = _paint };
        int end = Math.Min(_plan.Strokes.Count, Painted + count);
        for (; Painted < end; Painted++)
        {
            var s = _plan.Strokes[Painted];
            if (s.Opacity <= 0f) continue;
            _geometry.Build(s, _scale);
            sink.Prepare(s, _trail.AsSpan(0, _pickup.Trail(Painted, _trail)));
            Rasterizer.Rasterize(_geometry, 0, -1, Width, Height + 1, ref sink);
        }
    }

    /// <summary>The current state, lit, as RGBA bytes (Width × Height × 4).</summary>
    public void Snapshot(byte[] rgba)
    {
        int bands = Math.Max(1, Height / 32);
        Parallel.For(0, bands, new ParallelOptions { MaxDegreeOfParallelism = _options.MaxDegreeOfParallelism ?? -1 }, b =>
        {
            int y0 = b * Height / bands, y1 = (b + 1) * Height / bands;
            // Rows y0-1 … y1 of the canvas (halo included) are rows y0 … y1+1 of the buffers.
            int rows = y1 - y0 + 2;
            LightPass.Apply(_color.AsSpan(y0 * Width * 3, rows * Width * 3), _height.AsSpan(y0 * Width, rows * Width), Width, rows, _scale,
                _options.Relief * _plan.Relief, _options.Impasto && _plan.Relief > 0, _plan.Warmth,
                rgba.AsSpan(y0 * Width * 4, (y1 - y0) * Width * 4));
        });
    }
}
