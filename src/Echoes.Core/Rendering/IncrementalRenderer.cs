using System.Collections.Concurrent;
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
    private readonly ConcurrentBag<(StrokeGeometry Geometry, StrokePaint Paint)> _workers = [];
    private Rgb[] _trails = new Rgb[64 * WetPickup.Samples];
    private int[] _trailLengths = new int[64];
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

    /// <summary>Paints the next <paramref name="count"/> strokes of the plan: in row bands on every core the options
    /// allow, each band compositing the strokes in plan order, so the pixels are the same on any number of cores.</summary>
    public void Advance(int count)
    {
        int start = Painted, end = Math.Min(_plan.Strokes.Count, Painted + count);
        if (end <= start) return;
        // The wet map is followed in plan order on this thread; the bands then only read the strokes' trails.
        if (_trailLengths.Length < end - start)
            (_trails, _trailLengths) = (new Rgb[(end - start) * WetPickup.Samples], new int[end - start]);
        for (int i = start; i < end; i++)
            _trailLengths[i - start] = _pickup.Trail(i, _trails.AsSpan((i - start) * WetPickup.Samples, WetPickup.Samples));
        int cores = _options.MaxDegreeOfParallelism ?? Environment.ProcessorCount, rows = Height + 2;
        // A few bands per core, so one that holds most of a frame's strokes does not leave the other cores idle.
        int bands = cores == 1 ? 1 : Math.Clamp(rows / 16, 1, 4 * cores);
        int bandH = (rows + bands - 1) / bands;
        bands = (rows + bandH - 1) / bandH;
        // In buffer rows (canvas row −1 is row 0), a row of halo each side as before.
        var buckets = BandBuckets.Of(start, end - start, i =>
        {
            var (top, bottom) = StrokeGeometry.VerticalBounds(_plan.Strokes[i], _scale);
            return (top + 1, bottom + 1);
        }, bandH, bands, rows, halo: 1f);
        Parallel.For(0, bands, new ParallelOptions { MaxDegreeOfParallelism = cores },
            () => _workers.TryTake(out var w) ? w : (Geometry: new StrokeGeometry(), Paint: new StrokePaint()),
            (b, _, w) =>
            {
                PaintBand(start, buckets[b], b * bandH - 1, Math.Min(rows, (b + 1) * bandH) - 1, w.Geometry, w.Paint);
                return w;
            },
            _workers.Add);
        Painted = end;
    }

    // The band's strokes (from the batch that starts at stroke `start`) on canvas rows [y0, y1).
    private void PaintBand(int start, List<int> strokes, int y0, int y1, StrokeGeometry geometry, StrokePaint paint)
    {
        var sink = new BandSink { Color = _color, Height = _height, Width = Width, Top = -1, Impasto = _options.Impasto, Paint = paint };
        foreach (int i in strokes)
        {
            var s = _plan.Strokes[i];
            if (s.Opacity <= 0f) continue;
            geometry.Build(s, _scale);
            sink.Prepare(s, _trails.AsSpan((i - start) * WetPickup.Samples, _trailLengths[i - start]), geometry.Texture.Aspect);
            Rasterizer.Rasterize(geometry, 0, y0, Width, y1, ref sink);
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
