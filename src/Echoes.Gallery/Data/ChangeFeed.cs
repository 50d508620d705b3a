using System.Data.Common;
using Dapper;
using Echoes.Gallery.Works;
using Npgsql;

namespace Echoes.Gallery.Data;

/// <summary>
/// Keeps this server's <see cref="ReadCache"/> coherent with every other server on the same PostgreSQL database. Each
/// group of writes committed together (<see cref="WriteQueue"/>) announces what it changed with one <c>NOTIFY</c> inside
/// its transaction (so the announcement leaves exactly when the writes commit, never for writes rolled back), numbered
/// by a sequence; one connection per server <c>LISTEN</c>s and invalidates the tags it hears. While that connection is
/// down the cache falls back on its short expiry, and on reconnecting it forgets everything, since announcements may
/// have been missed. The same connection hears the painters' notes (<see cref="Paintings.Channel"/>) and wakes this
/// server's readers of that painting.
/// </summary>
internal sealed class ChangeFeed : IAsyncDisposable
{
    private const string Channel = "gallery_changes";
    /// <summary>What the listening connection is called in <c>pg_stat_activity</c>.</summary>
    public const string ApplicationName = "echoes change feed";
    private static readonly TimeSpan Idle = TimeSpan.FromSeconds(30);
    private const int MaxTags = 7000;
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

    /// <summary>Announces, within the writes' transaction, that the <paramref name="tags"/> changed; returns the number
    /// the writes are known by (one for the lot: they commit together). Tags never hold spaces.</summary>
    public static Task<long> AnnounceAsync(DbConnection c, DbTransaction? tx, IReadOnlyCollection<string> tags)
    {
        string said = string.Join(' ', tags);
        if (said.Length > MaxTags) said = ReadCache.All; // a notification holds under 8000 bytes: then say everything changed
        return c.ExecuteScalarAsync<long>(
            $"SELECT v FROM nextval('gallery_writes') AS v, pg_notify('{Channel}', v || ' ' || @said) AS sent", new { said }, tx);
    }

    private async Task ListenAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            try
            {
                await using var c = await _source.OpenConnectionAsync(_stop.Token);
                c.Notification += (_, e) => Apply(e.Channel, e.Payload);
                // Named, so an administrator (or a test) can tell the listening connections from the pool's.
                await c.ExecuteAsync($"SET application_name = '{ApplicationName}'; LISTEN {Channel}; LISTEN {Paintings.Channel}");
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
        var parts = payload.Split(' ');
        if (parts.Length >= 2 && long.TryParse(parts[0], out long version))
            _cache.Changed(parts.Skip(1), version);
        else _cache.ChangedAll();
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _loop;
        _stop.Dispose();
    }
}
