using System.Data.Common;
using Dapper;
using Echoes.Gallery.Works;
using Npgsql;

namespace Echoes.Gallery.Data;

/// <summary>
/// Keeps this server's <see cref="ReadCache"/> coherent with every other server on the same PostgreSQL database. Each
/// write announces what it changed with <c>NOTIFY</c> inside its own transaction (so the announcement leaves exactly
/// when the write commits, never for a write rolled back), numbered by a sequence; one connection per server
/// <c>LISTEN</c>s and invalidates the tags it hears. While that connection is down the cache falls back on its short
/// expiry, and on reconnecting it forgets everything, since announcements may have been missed. The same connection
/// hears the painters' notes (<see cref="Paintings.Channel"/>) and wakes this server's readers of that painting.
/// </summary>
internal sealed class ChangeFeed : IAsyncDisposable
{
    private const string Channel = "gallery_changes";
    private static readonly TimeSpan Idle = TimeSpan.FromSeconds(30);
    private readonly NpgsqlDataSource _source;
    private readonly ReadCache _cache;
    private readonly PaintingSignals _paintings;
    private readonly CancellationTokenSource _stop = new();
    private readonly TaskCompletionSource _listening = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly Task _loop;

    public ChangeFeed(NpgsqlDataSource source, ReadCache cache, PaintingSignals paintings)
    {
        (_source, _cache, _paintings) = (source, cache, paintings);
        _loop = Task.Run(ListenAsync);
    }

    /// <summary>Completes once the feed first listens (start-up waits for it, a few seconds at most).</summary>
    public Task Listening => _listening.Task;

    /// <summary>Announces, within the write's transaction, that <paramref name="tag"/> changed; returns the write's number.</summary>
    public static Task<long> AnnounceAsync(DbConnection c, DbTransaction? tx, string tag) => c.ExecuteScalarAsync<long>(
        $"SELECT v FROM nextval('gallery_writes') AS v, pg_notify('{Channel}', v || ' ' || @tag) AS sent", new { tag }, tx);

    private async Task ListenAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            try
            {
                await using var c = await _source.OpenConnectionAsync(_stop.Token);
                c.Notification += (_, e) => Apply(e.Channel, e.Payload);
                await c.ExecuteAsync($"LISTEN {Channel}; LISTEN {Paintings.Channel}");
                _cache.ChangedAll(); // whatever was written while no one listened
                _cache.Coherent = true;
                _listening.TrySetResult();
                while (true)
                    if (!await c.WaitAsync(Idle, _stop.Token))
                        await c.ExecuteAsync("SELECT 1"); // a silent network must not leave the cache believing itself coherent
            }
            catch (Exception e) when (e is NpgsqlException or OperationCanceledException or IOException or TimeoutException)
            {
                _cache.Coherent = false;
                try { await Task.Delay(TimeSpan.FromSeconds(1), _stop.Token); } catch (OperationCanceledException) { }
            }
        }
    }

    private void Apply(string channel, string payload)
    {
        if (channel == Paintings.Channel)
        {
            // Readers also look again every few seconds, so a note missed while reconnecting slows them down, nothing worse.
            if (long.TryParse(payload.Split(':')[0], out long id)) _paintings.Signal(id);
            return;
        }
        var parts = payload.Split(' ', 2);
        if (parts.Length == 2 && long.TryParse(parts[0], out long version)) _cache.Changed(parts[1], version);
        else _cache.ChangedAll();
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _loop;
        _stop.Dispose();
    }
}
