using System.Threading.RateLimiting;
using Dapper;
using Npgsql;

namespace Echoes.Gallery.Web;

/// <summary>
/// A fixed-window limit counted in the shared PostgreSQL database (<c>rate_windows</c>), so a client's posts are
/// counted once however many servers the proxy spreads them over: each request adds one to its client's window with
/// a single upsert and is let through while the count stays within the limit.
/// </summary>
internal sealed class SharedWindowLimiter(NpgsqlDataSource source, string bucket, int permits, TimeSpan window, TimeProvider clock) : RateLimiter
{
    private long _lastUse = Environment.TickCount64;

    // Counted when asked, so between requests the limiter holds nothing: the partitioned limiter may drop it when idle.
    public override TimeSpan? IdleDuration => TimeSpan.FromMilliseconds(Environment.TickCount64 - Volatile.Read(ref _lastUse));

    public override RateLimiterStatistics? GetStatistics() => null;

    // The count lives in the database, so the synchronous attempt never grants: the middleware then asks AcquireAsync.
    protected override RateLimitLease AttemptAcquireCore(int permitCount) => new Lease(false, null);

    protected override async ValueTask<RateLimitLease> AcquireAsyncCore(int permitCount, CancellationToken ct)
    {
        Volatile.Write(ref _lastUse, Environment.TickCount64);
        long now = clock.GetUtcNow().ToUnixTimeMilliseconds(), length = (long)window.TotalMilliseconds, start = now - now % length;
        await using var c = await source.OpenConnectionAsync(ct);
        int hits = await c.ExecuteScalarAsync<int>("""
            INSERT INTO rate_windows (bucket, window_start, hits) VALUES (@bucket, @start, @permitCount)
            ON CONFLICT (bucket, window_start) DO UPDATE SET hits = rate_windows.hits + excluded.hits RETURNING hits
            """, new { bucket, start, permitCount });
        if (hits == permitCount) // a client's first post in a window: past windows are of no use to anyone
            await c.ExecuteAsync("DELETE FROM rate_windows WHERE bucket = @bucket AND window_start < @start", new { bucket, start });
        return new Lease(hits <= permits, hits <= permits ? null : TimeSpan.FromMilliseconds(start + length - now));
    }

    private sealed class Lease(bool acquired, TimeSpan? retryAfter) : RateLimitLease
    {
        public override bool IsAcquired => acquired;

        public override IEnumerable<string> MetadataNames => retryAfter is null ? [] : [MetadataName.RetryAfter.Name];

        public override bool TryGetMetadata(string metadataName, out object? metadata)
        {
            metadata = retryAfter;
            return retryAfter is not null && metadataName == MetadataName.RetryAfter.Name;
        }
    }
}
