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
    private readonly RenderCache _cache;
    private readonly ConcurrencyLimiter _slots;

    public DownloadRenders(GalleryOptions o, BlobStore blobs, RenderCache cache)
    {
        _blobs = blobs;
        _cache = cache;
        _slots = new ConcurrencyLimiter(new ConcurrencyLimiterOptions
        {
            PermitLimit = o.DownloadRenders, QueueLimit = o.DownloadQueue, QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
        });
    }

    /// <summary>The work's painting <paramref name="width"/> pixels wide (a rung of the ladder), or null when every slot and place in the queue is
    /// taken.</summary>
    public Task<Stream?> PngAsync(Work w, int width, CancellationToken ct) =>
        GetAsync(PngName(w, width), w,
            (plan, path) => Exporters.Write(plan, path, OneCore with { Width = width }, cancellationToken: ct), ct);

    /// <summary>The work's painting as SVG, or null when every slot and place in the queue is taken.</summary>
    public Task<Stream?> SvgAsync(Work w, CancellationToken ct) =>
        GetAsync(SvgName(w), w, (plan, path) => Exporters.Write(plan, path, OneCore), ct);

    /// <summary>The name a PNG render is kept (and tagged) by: named after the plan, which never changes.</summary>
    public static string PngName(Work w, int width) => $"{Path.GetFileNameWithoutExtension(w.PlanFile)}-{width}.png";

    /// <summary>The name the SVG render is kept (and tagged) by.</summary>
    public static string SvgName(Work w) => $"{Path.GetFileNameWithoutExtension(w.PlanFile)}.svg";

    private async Task<Stream?> GetAsync(string name, Work w, Action<StrokePlan, string> render, CancellationToken ct)
    {
        if (await _cache.OpenAsync(name) is { } hit) return hit;
        using var lease = await _slots.AcquireAsync(1, ct);
        if (!lease.IsAcquired) return null;
        // Someone else may have made it while this request waited.
        if (await _cache.OpenAsync(name) is { } made) return made;
        var plan = await PlanAsync(w, ct);
        return await _cache.AddAsync(name, path => render(plan, path), ct);
    }

    private async Task<StrokePlan> PlanAsync(Work w, CancellationToken ct) =>
        StrokePlan.FromJson(await _blobs.ReadAllAsync(w.PlanFile, ct) ?? throw new GalleryError(500, "the work's plan is missing"), w.PlanFile);

    public void Dispose() => _slots.Dispose();
}
