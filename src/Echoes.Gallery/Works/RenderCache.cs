namespace Echoes.Gallery.Works;

/// <summary>
/// Download renders made once and kept, named <c>{plan}-{width}.png</c> and <c>{plan}.svg</c> after the plan they come
/// from, within a size limit (the least recently used go first): in the data folder on a single machine
/// (<see cref="FolderRenderCache"/>), in the shared database when several servers serve one gallery
/// (<see cref="PostgresRenderCache"/>), so a render made by one is served by all.
/// </summary>
internal abstract class RenderCache
{
    /// <summary>The cached render opened for reading, or null when it is not cached.</summary>
    public abstract Task<Stream?> OpenAsync(string name);

    /// <summary>Makes the render with <paramref name="write"/> (given a path to write, atomically) on a worker thread,
    /// keeps it, makes room, and opens it.</summary>
    public abstract Task<Stream> AddAsync(string name, Action<string> write, CancellationToken ct);

    /// <summary>Deletes every render of the plan stored as <paramref name="planFile"/>.</summary>
    public abstract Task ForgetAsync(string planFile);
}
