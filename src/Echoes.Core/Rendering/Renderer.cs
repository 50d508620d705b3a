using Echoes.Brushes;
using Echoes.Color;
using Echoes.Imaging;
using Echoes.Strokes;

namespace Echoes.Rendering;

/// <summary>
/// Draws a <see cref="StrokePlan"/> at any pixel size. The image is rendered in horizontal bands, in parallel; each
/// band composites, in plan order, only the strokes that reach it, so memory stays at the output plus a few bands,
/// and the result is identical whatever the number of cores.
/// </summary>
public static class Renderer
{
    /// <summary>The option an error about the output size names (<see cref="EchoesException.Subject"/>).</summary>
    public const string WidthField = "Width";

    /// <summary>Renders <paramref name="plan"/> with the given output width, or long side, or at its logical size.</summary>
    /// <param name="plan">The plan.</param>
    /// <param name="width">Output width in pixels (height follows the aspect).</param>
    /// <param name="longSide">Output long side in pixels, when <paramref name="width"/> is not given.</param>
    /// <param name="options">Relief and threading; <see cref="RenderOptions.Default"/> when null.</param>
    /// <param name="progress">Receives the fraction done, 0–1.</param>
    /// <param name="cancellationToken">Stops the render.</param>
    /// <exception cref="EchoesException">The requested size is over <see cref="Limits.MaxOutputSide"/> or not positive.</exception>
    public static Canvas Render(StrokePlan plan, int? width = null, int? longSide = null, RenderOptions? options = null,
        IProgress<double>? progress = null, CancellationToken cancellationToken = default)
    {
        if (width is <= 0 || longSide is <= 0) throw new EchoesException(WidthField, "the output size must be positive");
        var (w, h) = plan.PixelSize(width, longSide);
        CheckSize(w, h);
        var canvas = new Canvas(w, h);
        RenderInto(plan, canvas, Placement.Whole(plan, w, h), 0, plan.Strokes.Count, options ?? RenderOptions.Default, progress, cancellationToken);
        return canvas;
    }

    /// <summary>Renders <paramref name="plan"/> onto a canvas of exactly <paramref name="width"/>×<paramref name="height"/>
    /// pixels (a sheet of paper), centred and fitted as <paramref name="fit"/> says.</summary>
    /// <exception cref="EchoesException">The size is over <see cref="Limits.MaxOutputSide"/> or not positive.</exception>
    public static Canvas Render(StrokePlan plan, int width, int height, Fit fit, RenderOptions? options = null,
        IProgress<double>? progress = null, CancellationToken cancellationToken = default)
    {
        if (width <= 0 || height <= 0) throw new EchoesException(WidthField, "the output size must be positive");
        CheckSize(width, height);
        var canvas = new Canvas(width, height);
        RenderInto(plan, canvas, Placement.Fitted(plan, width, height, fit), 0, plan.Strokes.Count, options
            ?? RenderOptions.Default, progress, cancellationToken);
        return canvas;
    }

    /// <summary>Throws when an output of this size is over the documented limit.</summary>
    public static void CheckSize(int w, int h)
    {
        if (w > Limits.MaxOutputSide || h > Limits.MaxOutputSide)
            throw new EchoesException(WidthField, $"the output would be {w}×{h} px, over the limit of {Limits.MaxOutputSide:N0} px on a side");
    }

    /// <summary>Renders strokes [0, <paramref name="strokeCount"/>) of the plan into a canvas of any size.</summary>
    private static void RenderInto(StrokePlan plan, Canvas canvas, Placement at, int firstStroke, int strokeCount, RenderOptions options,
        IProgress<double>? progress, CancellationToken ct)
    {
        int w = canvas.Width, h = canvas.Height;
        options.Validate();
        int bandH = options.BandHeight;
        int bands = (h + bandH - 1) / bandH;
        // One row of halo on each side: the light pass reads neighbouring rows.
        var buckets = BandBuckets.Of(firstStroke, strokeCount, i =>
        {
            var (top, bottom) = StrokeGeometry.VerticalBounds(plan.Strokes[i], at.Scale);
            return (top + at.OffsetY, bottom + at.OffsetY);
        }, bandH, bands, h, halo: 1f);
        var pickup = WetPickup.Start(plan, ct);
        int done = 0, next = -1;
        // A fixed set of workers, each with one band buffer for the whole render, take the next band as they free up:
        // no buffer per task (each would be megabytes of fresh pages) and no core idle while bands remain.
        int workers = Math.Min(bands, options.MaxDegreeOfParallelism ?? Environment.ProcessorCount);
        var po = new ParallelOptions { CancellationToken = ct, MaxDegreeOfParallelism = workers };
        Parallel.For(0, workers, po, _ =>
        {
            var work = new BandWork(w, bandH + 2);
            for (int band; (band = Interlocked.Increment(ref next)) < bands;)
            {
                ct.ThrowIfCancellationRequested();
                RenderBand(plan, pickup, buckets[band], band * bandH, Math.Min(h, (band + 1) * bandH), at, options, work, canvas);
                if (progress is not null) progress.Report(Interlocked.Increment(ref done) / (double)bands);
            }
        });
    }

    // Strokes composite in sRGB-encoded space, the space the painter measures error in, so what the optimizer
    // chose is exactly what is drawn; linear light serves resizing and colour science.
    internal static Rgb Encode(Rgb c) => new(Srgb.FromLinear(Math.Clamp(c.R, 0f, 1f)), Srgb.FromLinear(Math.Clamp(c.G, 0f, 1f)),
        Srgb.FromLinear(Math.Clamp(c.B, 0f, 1f)));

    private sealed class BandWork(int width, int rows)
    {
        public readonly float[] Color = new float[width * rows * 3];
        public readonly float[] Height = new float[width * rows];
        public readonly StrokeGeometry Geometry = new();
        public readonly StrokePaint Paint = new();
        public readonly Rgb[] Trail = new Rgb[WetPickup.Samples];
    }

    private static void RenderBand(StrokePlan plan, WetPickup pickup, List<int> strokes, int y0, int y1, Placement at, RenderOptions options,
        BandWork work, Canvas canvas)
    {
        int w = canvas.Width, rows = y1 - y0 + 2;
        var bg = Encode(plan.Background);
        var color = work.Color;
        for (int i = 0; i < w * rows * 3; i += 3) { color[i] = bg.R; color[i + 1] = bg.G; color[i + 2] = bg.B; }
        if (options.Impasto) CanvasWeave.Fill(work.Height, w, y0 - 1, rows, CanvasWeave.Pitch(plan), at.Scale, at.OffsetX, at.OffsetY);
        var sink = new BandSink { Color = color, Height = work.Height, Width = w, Top = y0 - 1, Impasto = options.Impasto, Paint = work.Paint };
        foreach (int i in strokes)
        {
            var s = plan.Strokes[i];
            if (s.Opacity <= 0f) continue;
            work.Geometry.Build(s, at.Scale, at.OffsetX, at.OffsetY);
            sink.Prepare(s, work.Trail.AsSpan(0, pickup.Trail(i, work.Trail)), work.Geometry.Texture.Aspect);
            Rasterizer.Rasterize(work.Geometry, at.ClipX0, Math.Max(y0 - 1, at.ClipY0), at.ClipX1, Math.Min(y1 + 1, at.ClipY1), ref sink);
        }
        LightPass.Apply(color, work.Height, w, rows, at.Scale, options.Relief * plan.Relief, options.Impasto && plan.Relief > 0, plan.Warmth,
            canvas.Pixels.AsSpan(y0 * w * 4, (y1 - y0) * w * 4));
    }
}
