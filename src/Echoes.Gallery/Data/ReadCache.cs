using System.Collections.Concurrent;

namespace Echoes.Gallery.Data;

/// <summary>
/// Keeps what pages read, so a busy page costs no query until something it shows changes. Each entry remembers the
/// generation of its tag (a work's discussion, say) and of the whole gallery when it was read; a write bumps its tag
/// (or everything) after it commits. The generation is taken before reading, so a read that overlaps a write is stored
/// already stale. Writes by other servers sharing one PostgreSQL database arrive through the <see cref="ChangeFeed"/>;
/// while it is not <see cref="Coherent"/>, entries also expire after <paramref name="maxAgeMs"/>. A request that must
/// see a write this server has not heard of yet (<see cref="ReadYourWrites"/>) reads past the cache. Requests that miss
/// the same entry at the same generation share one read: after a busy page's discussion changes, the many visitors
/// asking for it at that moment cost one query, not one each. An entry read with <c>lag</c> (a busy work's page, whose
/// discussion changes with every comment) may be served for up to <paramref name="lagMs"/> after its read began though a
/// write under its own tag has changed it since, while one request reads it again in the background: visitors then never wait for the
/// database on a busy page, and see others' comments at most that much later. A visitor's own writes are never missed:
/// <see cref="Shows"/> holds only once every lagging entry was read after the write.
/// </summary>
internal sealed class ReadCache(long? maxAgeMs, long lagMs = 0)
{
    /// <summary>The tag of a change that may touch anything pages show.</summary>
    public const string All = "*";
    private const int MaxEntries = 10_000;
    private readonly ConcurrentDictionary<string, long> _tags = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, (long All, long Tag, long At, object? Value)> _entries = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<(string Key, long All, long Tag), Lazy<Task<object?>>> _reading = new();
    // The writes applied lately, by number, with when: writes commit in another order than they take their numbers, so
    // having heard a higher number says nothing of a lower one still in flight. Kept past a visitor's cookie's life.
    private readonly ConcurrentDictionary<long, long> _applied = new();
    private static readonly long AppliedKeptMs = (long)(2 * ReadYourWrites.Remembered.TotalMilliseconds);
    private const int AppliedPruneAt = 50_000;
    private long _all;

    /// <summary>Whether every other server's writes reach this cache as they commit (then entries never expire).</summary>
    public bool Coherent { get; set; }

    /// <summary>Whether this cache has applied the numbered write (PostgreSQL; heard from its server or written here).</summary>
    public bool HasApplied(long version) => _applied.ContainsKey(version);

    /// <summary>Whether everything read through this cache now shows the numbered write: applied here, and longer ago
    /// than an entry read with lag may be served.</summary>
    public bool Shows(long version) => _applied.TryGetValue(version, out long at) && Environment.TickCount64 - at >= lagMs;

    /// <summary>The entry under <paramref name="key"/>, read (once for all who miss it together) unless kept and unchanged;
    /// with <paramref name="lag"/>, an entry changed under its own tag and read less than the lag ago is served while it is
    /// read again.</summary>
    public async Task<T> GetAsync<T>(string key, string tag, Func<Task<T>> read, bool lag = false)
    {
        if (ReadYourWrites.MustReadFresh) return await read();
        long all = Volatile.Read(ref _all), t = _tags.GetValueOrDefault(tag), now = Environment.TickCount64;
        if (_entries.TryGetValue(key, out var e) && (Coherent || maxAgeMs is not long age || now - e.At < age))
        {
            if (e.All == all && e.Tag == t) return (T)e.Value!;
            if (lag && e.All == all && now - e.At < lagMs) // only its own tag changed (a comment), not the gallery
            {
                _ = RefreshAsync(key, all, t, read, now);
                return (T)e.Value!;
            }
        }
        return (T)(await ReadSharedAsync(key, all, t, read, now))!;
    }

    private async Task<object?> ReadSharedAsync<T>(string key, long all, long tag, Func<Task<T>> read, long now)
    {
        var slot = (key, all, tag);
        var shared = _reading.GetOrAdd(slot, _ => new Lazy<Task<object?>>(async () => await read()));
        object? value;
        try { value = await shared.Value; }
        finally { _reading.TryRemove(KeyValuePair.Create(slot, shared)); }
        if (_entries.Count >= MaxEntries) _entries.Clear();
        _entries[key] = (all, tag, now, value);
        return value;
    }

    // A read in the background: if it fails, the entry ages past the lag and the next request reads (and fails) itself.
    private async Task RefreshAsync<T>(string key, long all, long tag, Func<Task<T>> read, long now)
    {
        try { await ReadSharedAsync(key, all, tag, read, now); }
        catch (Exception) { }
    }

    /// <summary>Something under the tag (or, for <see cref="All"/>, anything) changed, by the write numbered <paramref name="version"/>.</summary>
    public void Changed(string tag, long version = 0)
    {
        if (tag == All) Interlocked.Increment(ref _all);
        else _tags.AddOrUpdate(tag, 1, (_, n) => n + 1);
        if (version <= 0) return;
        long now = Environment.TickCount64;
        _applied[version] = now;
        if (_applied.Count > AppliedPruneAt)
            foreach (var (v, at) in _applied)
                if (now - at > AppliedKeptMs) _applied.TryRemove(v, out _);
    }

    /// <summary>Something every page may show changed (an exhibition or a work), or changes may have been missed.</summary>
    public void ChangedAll() => Changed(All);
}
