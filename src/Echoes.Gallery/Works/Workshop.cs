using Echoes.Export;
using Echoes.Gallery.Data;
using Echoes.Pipeline;
using Echoes.Strokes;

namespace Echoes.Gallery.Works;

/// <summary>
/// Paints requests and hangs the results: a plan, its rendered image (<see cref="GalleryOptions.ImageLongSide"/>), a thumbnail and the source,
/// all stored by content beside the database and all written by Core's <see cref="Exporters"/>, so the PNGs carry the
/// <see cref="Provenance"/> the command line's do. At most <see cref="GalleryOptions.ConcurrentPaintings"/> paint at once,
/// so a burst of uploads queues instead of starving page requests.
/// </summary>
internal sealed class Workshop(GalleryStore store, BlobStore blobs, GalleryOptions options)
{
    public const int ThumbLongSide = 480;

    /// <summary>JPEG quality of the thumbnails.</summary>
    public const int ThumbQuality = 88;

    private readonly SemaphoreSlim _easels = new(options.ConcurrentPaintings);

    /// <summary>Paints the request on a worker thread, calling <paramref name="placed"/> with each stroke as it lands.</summary>
    public async Task<StrokePlan> PaintAsync(PaintRequest r, Action<StrokePlan, Stroke>? placed, CancellationToken ct)
    {
        await _easels.WaitAsync(ct);
        try
        {
            return await Task.Run(() => Paint(r, placed, ct), ct);
        }
        finally { _easels.Release(); }
    }

    /// <summary>Runs a large render on a worker thread, taking an easel like a painting does.</summary>
    private async Task<T> RenderAsync<T>(Func<T> render)
    {
        await _easels.WaitAsync();
        try { return await Task.Run(render); }
        finally { _easels.Release(); }
    }

    /// <summary>The plan rendered as a PNG at the gallery's image size.</summary>
    public Task<byte[]> RenderPngAsync(StrokePlan plan) => RenderAsync(() => Exporters.Encode(plan, ".png", Hung));

    // A gallery PNG records no command: it was made by a form, not a command line.
    private ExportOptions Hung => new() { LongSide = options.ImageLongSide };

    private ExportOptions Thumbnail => new() { LongSide = Math.Min(ThumbLongSide, options.ImageLongSide), Quality = ThumbQuality };

    private StrokePlan Paint(PaintRequest r, Action<StrokePlan, Stroke>? placed, CancellationToken ct)
    {
        ISource source = r.Scene is { } scene ? new SceneSource(scene)
            : PhotoSource.Decode(r.Source.Data, "image", r.Options, options.MaxImagePixels);
        var plan = PaintPipeline.Paint(source, source.Options(r.Options, r.Seed, r.Mood), null, ct, placed);
        plan.Meta["title"] = r.Title;
        return plan;
    }

    /// <summary>Renders and stores a painted plan and records it as a work in the exhibition.</summary>
    public async Task<Work> HangAsync(long exhibitionId, PaintRequest r, StrokePlan plan)
    {
        var work = await RenderWorkAsync(r, plan);
        work.ExhibitionId = exhibitionId;
        return await store.CreateWorkAsync(work);
    }

    /// <summary>Stores the plan's JSON and returns its file's name.</summary>
    public string StorePlan(StrokePlan plan) => blobs.Put(Exporters.Encode(plan, ".json", Hung), "json");

    /// <summary>Renders and stores a painted plan as the queued work <paramref name="workId"/>, which is then done.</summary>
    public async Task FinishAsync(long workId, PaintRequest r, StrokePlan plan)
    {
        var work = await RenderWorkAsync(r, plan);
        work.Id = workId;
        await store.FinishWorkAsync(work);
    }

    /// <summary>The plan's stored files (image, thumbnail, plan, source) and facts, as a work to record.</summary>
    private async Task<Work> RenderWorkAsync(PaintRequest r, StrokePlan plan)
    {
        // The final render takes an easel too, so a burst of uploads cannot render (and hold memory) all at once.
        var (image, thumb) = await RenderAsync(() => (Exporters.Encode(plan, ".png", Hung), Exporters.Encode(plan, ".jpg", Thumbnail)));
        var (w, h) = plan.PixelSize(longSide: Hung.LongSide);
        return new Work
        {
            Title = r.Title, Statement = r.Statement, Style = r.Options.Style,
            // The mood it was painted with: the form's, else the scene's own (the painter records it unless it is none).
            Mood = plan.Meta.GetValueOrDefault("mood", ""),
            Strokes = plan.Strokes.Count, Width = w, Height = h, SourceKind = r.Source.Kind,
            SourceFile = blobs.Put(r.Source.Data, r.Source.Extension), PlanFile = StorePlan(plan),
            ImageFile = blobs.Put(image, "png"), ThumbFile = blobs.Put(thumb, "jpg"),
        };
    }
}
