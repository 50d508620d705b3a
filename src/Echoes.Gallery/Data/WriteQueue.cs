using System.Data.Common;
using System.Threading.Channels;

namespace Echoes.Gallery.Data;

/// <summary>
/// Group commit: writes queue here and one loop runs whatever has gathered (up to 256) in a single transaction, each
/// in its own savepoint, so one commit (one fsync) acknowledges many comments and a failing write fails alone. A
/// write's task completes only after its transaction has committed.
/// </summary>
internal sealed class WriteQueue : IAsyncDisposable
{
    private const int MaxBatch = 256;
    private readonly Channel<Job> _jobs = Channel.CreateUnbounded<Job>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Func<CancellationToken, Task<DbConnection>> _open;
    private readonly Task _loop;

    public WriteQueue(Func<CancellationToken, Task<DbConnection>> open)
    {
        _open = open;
        _loop = Task.Run(LoopAsync);
    }

    public Task<T> Enqueue<T>(Func<DbConnection, DbTransaction?, Task<T>> write)
    {
        var job = new Job<T>(write);
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
            var done = new List<Job>(batch.Count);
            try
            {
                await using var c = await _open(CancellationToken.None);
                await using var tx = await c.BeginTransactionAsync();
                foreach (var job in batch)
                {
                    await tx.SaveAsync("job");
                    try
                    {
                        await job.RunAsync(c, tx);
                        await tx.ReleaseAsync("job");
                        done.Add(job);
                    }
                    catch (Exception e)
                    {
                        await tx.RollbackAsync("job");
                        await tx.ReleaseAsync("job");
                        job.Fail(e);
                    }
                }
                await tx.CommitAsync();
                foreach (var job in done) job.Complete();
            }
            catch (Exception e)
            {
                foreach (var job in batch) job.Fail(e);
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        _jobs.Writer.TryComplete();
        await _loop;
    }

    private abstract class Job
    {
        public abstract Task RunAsync(DbConnection c, DbTransaction tx);
        public abstract void Complete();
        public abstract void Fail(Exception e);
    }

    private sealed class Job<T>(Func<DbConnection, DbTransaction?, Task<T>> write) : Job
    {
        private readonly TaskCompletionSource<T> _done = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private T? _result;

        public Task<T> Task => _done.Task;

        public override async Task RunAsync(DbConnection c, DbTransaction tx) => _result = await write(c, tx);

        public override void Complete() => _done.TrySetResult(_result!);

        public override void Fail(Exception e) => _done.TrySetException(e);
    }
}
