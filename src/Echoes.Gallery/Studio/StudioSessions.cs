using Echoes.Gallery.Web;
using Echoes.Gallery.Works;

namespace Echoes.Gallery.Studio;

/// <summary>
/// The studio's paintings: queued like any painting (any worker paints them, any server follows them, a restart loses
/// none) and kept for <see cref="KeepFor"/> after they finish so they can be watched again and hung. At most
/// <see cref="MaxOpen"/> wait or paint at a time.
/// </summary>
internal sealed class StudioSessions(Paintings paintings)
{
    public const int MaxOpen = 16;
    private static readonly TimeSpan KeepFor = TimeSpan.FromHours(1);

    /// <exception cref="GalleryError">No such studio painting (404).</exception>
    public async Task<QueuedPainting> GetAsync(string id) => await paintings.StudioAsync(id)
        ?? throw GalleryError.NotFound($"studio painting {id} (paintings are kept an hour after they finish)");

    /// <summary>Queues the painting and returns its studio id.</summary>
    /// <exception cref="EchoesException">Too many paintings are open.</exception>
    public async Task<string> StartAsync(PaintRequest request, Dictionary<string, string> recipe)
    {
        if (await paintings.OpenStudioPaintingsAsync(KeepFor) >= MaxOpen) throw new EchoesException("studio",
            $"{MaxOpen} paintings are already open; try again when one has finished");
        return await paintings.QueueStudioAsync(request, recipe);
    }
}
