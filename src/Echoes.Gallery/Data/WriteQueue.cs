using System.Data.Common;
using System.Threading.Channels;

namespace Echoes.Gallery.Data;

/// <summary>
/// Group commit: writes queue here and one loop runs whatever has gathered (up to 256) in a single transaction, so one
/// commit (one fsync) acknowledges many comments. The writes run one after another, one round trip each; only if one
/// fails is the batch run again with each write in its own savepoint, so a failing write fails alone (writes are
/// database work only, so running one again is safe). Writes that change what pages show name a tag: the batch's tags
/// are announced together just before the commit (<see cref="ChangeFeed"/>), under one number every such write gets.
/// A write's task completes only after its transaction has committed.
/// </summary>
internal sealed class WriteQueue : IAsyncDisposable
{
    private const int MaxBatch = 256;
    private readonly Channel<Job> _jobs = Channel.CreateUnbounded<Job>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Func<CancellationToken, Task<DbConnection>> _open;
    private readonly Func<DbConnection, DbTransaction, IReadOnlyCollection<string>, Task<long>>? _announce;
    private readonly Action<IReadOnlyCollection<string>, long>? _committed;
    private readonly Task _loop;

    /// <param name="open">Opens the connection a batch runs on.</param>
    /// <param name="announce">Announces the tags a batch changed, inside its transaction, and returns their number;
    /// null where there is no one to tell (SQLite: one server).</param>
    /// <param name="committed">Told once per committed batch the tags it changed and their number (0 when not
    /// announced), before any of its writes' tasks complete.</param>
    public WriteQueue(Func<CancellationToken, Task<DbConnection>> open,
        Func<DbConnection, DbTransaction, IReadOnlyCollection<string>, Task<long>>? announce = null,
        Action<IReadOnlyCollection<string>, long>? committed = null)
    {
        (_open, _announce, _committed) = (open, announce, committed);
        _loop = Task.Run(LoopAsync);
    }

    /// <summary>Queues a write; the task gives its result and the number it was announced under (0 when not announced).</summary>
    public Task<(T Result, long Version)> Enqueue<T>(string? tag, Func<DbConnection, DbTransaction?, Task<T>> write)
    {
        var job = new Job<T>(tag, write);
        if (!_jobs.Writer.TryWrite(job)) throw new ObjectDisposedException(nameof(WriteQueue), "the gallery is shutting down");
        return job.Task;
    }

    private async Task LoopAsync()
    {
        var batch = new List<Job>(MaxBatch);
        while (await _jobs.Reader.WaitToReadAsync())
        {
            batch.Clear();
            while (batch.Count < MaxBatch && _jobs.Reader.TryRead(out var job)) batch.Add(job);
            if (!await CommitAsync(batch, isolated: false)) await CommitAsync(batch, isolated: true);
        }
    }

    // Runs the batch in one transaction and commits it. Not isolated, a failing write rolls back the whole batch and
    // the answer is false (nothing committed, no one told); isolated, it fails alone in its savepoint.
    private async Task<bool> CommitAsync(List<Job> batch, bool isolated)
    {
        var done = new List<Job>(batch.Count);
        try
        {
            await using var c = await _open(CancellationToken.None);
            await using var tx = await c.BeginTransactionAsync();
            foreach (var job in batch)
            {
                if (isolated) await tx.SaveAsync("job");
                try { await job.RunAsync(c, tx); }
                catch (Exception e) when (isolated)
                {
                    await tx.RollbackAsync("job");
                    await tx.ReleaseAsync("job");
                    job.Fail(e);
                    continue;
                }
                catch (Exception) { return false; }
                if (isolated) await tx.ReleaseAsync("job");
                done.Add(job);
            }
            var tags = done.Where(j => j.Tag is not null).Select(j => j.Tag!).Distinct().ToList();
            long version = _announce is not null && tags.Count > 0 ? await _announce(c, tx, tags) : 0;
            await tx.CommitAsync();
            if (tags.Count > 0) _committed?.Invoke(tags, version);
            foreach (var job in done) job.Complete(job.Tag is null ? 0 : version);
        }
        catch (Exception e)
        {
            foreach (var job in batch) job.Fail(e);
        }
        return true;
    }

    public async ValueTask DisposeAsync()
    {
        _jobs.Writer.TryComplete();
        await _loop;
    }

    private abstract class Job(string? tag)
    {
        public string? Tag { get; } = tag;
        public abstract Task RunAsync(DbConnection c, DbTransaction tx);
        public abstract void Complete(long version);
        public abstract void Fail(Exception e);
    }

    private sealed class Job<T>(string? tag, Func<DbConnection, DbTransaction?, Task<T>> write) : Job(tag)
    {
        private readonly TaskCompletionSource<(T, long)> _done = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private T? _result;

        public Task<(T Result, long Version)> Task => _done.Task;

        public override async Task RunAsync(DbConnection c, DbTransaction tx) => _result = await write(c, tx);

        public override void Complete(long version) => _done.TrySetResult((_result!, version));

        public override void Fail(Exception e) => _done.TrySetException(e);
    }
}
