using System.Collections.Concurrent;

namespace Echoes.Gallery.Works;

/// <summary>
/// Wakes the readers following a painting (studio and work pages) when it changes. On SQLite the painter is in this
/// process and signals directly; on PostgreSQL the <see cref="Data.ChangeFeed"/> signals what any worker notified.
/// </summary>
internal sealed class PaintingSignals
{
    private readonly ConcurrentDictionary<long, TaskCompletionSource> _next = new();

    /// <summary>A task that completes at the painting's next change; take it before reading, so no change slips between.</summary>
    public Task Next(long painting) =>
        _next.GetOrAdd(painting, _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).Task;

    public void Signal(long painting)
    {
        if (_next.TryRemove(painting, out var changed)) changed.TrySetResult();
    }
}
