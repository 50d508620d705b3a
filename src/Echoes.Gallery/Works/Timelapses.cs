using System.Collections.Concurrent;
using Dapper;
using Echoes.Gallery.Data;
using Hangfire;

namespace Echoes.Gallery.Works;

/// <summary>
/// Works' time-lapses: asked for once per work (when it is hung, or on demand for a work hung before they existed) and
/// made by a <see cref="TimelapseJob"/> on the painting queue, which any worker takes. A row per work records the state
/// and the stored files; asking again while a row exists queues nothing, except after <see cref="RetryUnavailable"/>
/// for one a server without ffmpeg could not make (ffmpeg may since have been installed).
/// </summary>
internal sealed class Timelapses(Database db, IBackgroundJobClient jobs)
{
    /// <summary>How long a time-lapse found unavailable (no ffmpeg) stays so before being asked for again.</summary>
    public static readonly TimeSpan RetryUnavailable = TimeSpan.FromHours(1);

    private const string Columns = "work_id, status, error, webm_file, mp4_file, poster_file, width, height, touched";

    // A finished time-lapse never changes (ids are not reused), and one found unavailable stays so until it may be asked
    // for again, so a work page asks the database only while one is being made: every view of a busy work would otherwise
    // cost a round trip outside the read cache.
    private readonly ConcurrentDictionary<long, StoredTimelapse> _settled = new();

    private static long Now => DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();

    public async Task<StoredTimelapse?> GetAsync(long workId)
    {
        await using var c = await db.OpenAsync();
        return await c.QuerySingleOrDefaultAsync<StoredTimelapse>($"SELECT {Columns} FROM timelapses WHERE work_id = @workId", new { workId });
    }

    /// <summary>The work's time-lapse, asking for it (once) when it has none yet.</summary>
    public async Task<StoredTimelapse> EnsureAsync(long workId)
    {
        if (_settled.TryGetValue(workId, out var known) && !MayRetry(known)) return known;
        var t = await GetAsync(workId);
        if (t is not null && !MayRetry(t))
        {
            if (t.Status is "done" or "unavailable") _settled[workId] = t;
            return t;
        }
        await RequestAsync(workId);
        return await GetAsync(workId) ?? new StoredTimelapse { WorkId = workId, Status = "queued" };
    }

    private static bool MayRetry(StoredTimelapse t) =>
        t.Status == "unavailable" && Now - t.Touched >= RetryUnavailable.TotalMilliseconds;

    /// <summary>Records the time-lapse as queued and queues its job, unless one is recorded already (or was unavailable
    /// long enough ago to try again).</summary>
    public async Task RequestAsync(long workId)
    {
        long now = Now, before = now - (long)RetryUnavailable.TotalMilliseconds;
        int added = await db.WriteAsync((c, tx) => c.ExecuteAsync("""
            INSERT INTO timelapses (work_id, status, touched) VALUES (@workId, 'queued', @now)
            ON CONFLICT (work_id) DO UPDATE SET status = 'queued', error = '', touched = @now
                WHERE timelapses.status = 'unavailable' AND timelapses.touched < @before
            """, new { workId, now, before }, tx));
        if (added > 0) Enqueue(workId);
    }

    /// <summary>Queues the job that makes work <paramref name="workId"/>'s time-lapse.</summary>
    public void Enqueue(long workId) => jobs.Enqueue<TimelapseJob>(j => j.RunAsync(workId, CancellationToken.None));

    /// <summary>Time-lapses asked for and not made (on SQLite the queue lives in memory: these are queued again at start-up).</summary>
    public async Task<IReadOnlyList<long>> UnfinishedAsync()
    {
        await using var c = await db.OpenAsync();
        return [.. await c.QueryAsync<long>("SELECT work_id FROM timelapses WHERE status IN ('queued', 'rendering') ORDER BY work_id")];
    }

    public Task SetStatusAsync(long workId, string status, string error) => db.WriteAsync((c, tx) => c.ExecuteAsync(
        "UPDATE timelapses SET status = @status, error = @error, touched = @now WHERE work_id = @workId AND status <> 'done'",
        new { workId, status, error, now = Now }, tx));

    /// <summary>Records the made time-lapse's stored files.</summary>
    public Task FinishAsync(StoredTimelapse t) => db.WriteAsync((c, tx) => c.ExecuteAsync("""
        UPDATE timelapses SET status = 'done', error = '', webm_file = @WebmFile, mp4_file = @Mp4File, poster_file = @PosterFile,
            width = @Width, height = @Height, touched = @Touched
        WHERE work_id = @WorkId
        """, t, tx));
}
