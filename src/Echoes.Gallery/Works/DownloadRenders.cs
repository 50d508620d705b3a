using System.Threading.RateLimiting;
using Echoes.Export;
using Echoes.Gallery.Data;
using Echoes.Gallery.Web;
using Echoes.Strokes;

namespace Echoes.Gallery.Works;

/// <summary>
/// Renders that anyone may ask for (a painting as a PNG on the <see cref="WidthLadder"/>, or as SVG), made once and kept
/// in the <see cref="RenderCache"/>. They have their own slots, apart from the workshop's easels, so visitors' downloads
/// never hold up a curator's painting: <see cref="GalleryOptions.DownloadRenders"/> at once on one core each, up to
/// <see cref="GalleryOptions.DownloadQueue"/> more waiting, and beyond that the caller is told to come back later.
/// </summary>
internal sealed class DownloadRenders : IDisposable
{
    /// <summary>Seconds a refused caller is told to wait (<c>Retry-After</c>).</summary>
    public const int RetryAfterSeconds = 10;

    // A download renders on one core, and records no command (the gallery's files come from forms, not command lines).
    private static readonly ExportOptions OneCore = new() { MaxDegreeOfParallelism = 1 };
    private readonly BlobStore _blobs;
    private readonly ConcurrencyLimiter _slots;

    public DownloadRenders(GalleryOptions o, BlobStore blobs)
    {
        _blobs = blobs;
        Cache = new RenderCache(Path.Combine(blobs.Root, "renders"), o.RenderCacheBytes);
        _slots = new ConcurrencyLimiter(new ConcurrencyLimiterOptions
        {
            PermitLimit = o.DownloadRenders, QueueLimit = o.DownloadQueue, QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
        });
    }

    /// <summary>The renders kept on disk.</summary>
    public RenderCache Cache { get; }

    /// <summary>The work's painting <paramref name="width"/> pixels wide (a rung of the ladder), or null when every slot and place in the queue is
    /// taken.</summary>
    public Task<FileStream?> PngAsync(Work w, int width, CancellationToken ct) =>
        GetAsync($"{Path.GetFileNameWithoutExtension(w.PlanFile)}-{width}.png", w,
            (plan, path) => Exporters.Write(plan, path, OneCore with { Width = width }, cancellationToken: ct), ct);

    /// <summary>The work's painting as SVG, or null when every slot and place in the queue is taken.</summary>
    public Task<FileStream?> SvgAsync(Work w, CancellationToken ct) =>
        GetAsync($"{Path.GetFileNameWithoutExtension(w.PlanFile)}.svg", w, (plan, path) => Exporters.Write(plan, path, OneCore), ct);

    private async Task<FileStream?> GetAsync(string name, Work w, Action<StrokePlan, string> render, CancellationToken ct)
    {
        if (Cache.Open(name) is { } hit) return hit;
        using var lease = await _slots.AcquireAsync(1, ct);
        if (!lease.IsAcquired) return null;
        // Someone else may have made it while this request waited.
        return Cache.Open(name) ?? await Task.Run(() => Cache.Add(name, path => render(Plan(w), path)), ct);
    }

    private StrokePlan Plan(Work w) =>
        StrokePlan.Load(_blobs.PathOf(w.PlanFile) ?? throw new GalleryError(500, "the work's plan is missing"));

    public void Dispose() => _slots.Dispose();
}
