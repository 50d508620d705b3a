using Echoes.Color;
using Echoes.Gallery.Works;
using Echoes.Strokes;

namespace Echoes.Gallery.Studio;

/// <summary>
/// One painting under way in the studio: the strokes placed so far (readers follow them by index, so a page that
/// reconnects resumes where it was), then the finished plan or the error that stopped it.
/// </summary>
internal sealed class StudioSession(string id, PaintRequest request)
{
    private readonly List<Stroke> _strokes = [];
    private readonly Lock _lock = new();
    private TaskCompletionSource _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private bool _watched; // a reader waits on _changed: only then does a stroke need to wake anyone

    public string Id { get; } = id;
    public PaintRequest Request { get; } = request;
    public DateTimeOffset Touched { get; private set; } = DateTimeOffset.UtcNow;

    /// <summary>Logical size and ground of the plan, known once the first stroke lands.</summary>
    public (float Width, float Height, Rgb Background)? Canvas { get; private set; }

    public StrokePlan? Plan { get; private set; }
    public string? Error { get; private set; }
    public bool Finished => Plan is not null || Error is not null;

    /// <summary>The work it was hung as, once hung (a session hangs once).</summary>
    public long? WorkId { get; set; }

    public void Placed(StrokePlan plan, Stroke s)
    {
        lock (_lock)
        {
            Canvas ??= (plan.Width, plan.Height, plan.Background);
            _strokes.Add(s);
        }
        Signal();
    }

    public void Finish(StrokePlan? plan, string? error)
    {
        lock (_lock)
        {
            if (plan is not null) Canvas ??= (plan.Width, plan.Height, plan.Background);
            (Plan, Error) = (plan, error);
            Touched = DateTimeOffset.UtcNow;
        }
        Signal();
    }

    /// <summary>Strokes from <paramref name="start"/> on (at most <paramref name="max"/>).</summary>
    public Stroke[] From(int start, int max)
    {
        lock (_lock) return [.. _strokes.Skip(start).Take(max)];
    }

    public int Count { get { lock (_lock) return _strokes.Count; } }

    /// <summary>Completes when strokes beyond <paramref name="seen"/> exist, the painting ends, or the wait times out.</summary>
    public Task WaitAsync(int seen, TimeSpan timeout, CancellationToken ct)
    {
        Task changed;
        lock (_lock)
        {
            if (_strokes.Count > seen || Finished) return Task.CompletedTask;
            changed = _changed.Task;
            _watched = true;
        }
        return changed.WaitAsync(timeout, ct).ContinueWith(_ => { }, CancellationToken.None, TaskContinuationOptions.None, TaskScheduler.Default);
    }

    private void Signal()
    {
        TaskCompletionSource old;
        lock (_lock)
        {
            if (!_watched) return;
            (old, _changed, _watched) = (_changed, new(TaskCreationOptions.RunContinuationsAsynchronously), false);
        }
        old.TrySetResult();
    }
}
