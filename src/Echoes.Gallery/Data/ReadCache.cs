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
/// asking for it at that moment cost one query, not one each.
/// </summary>
internal sealed class ReadCache(long? maxAgeMs)
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

    public async Task<T> GetAsync<T>(string key, string tag, Func<Task<T>> read)
    {
        if (ReadYourWrites.MustReadFresh) return await read();
        long all = Volatile.Read(ref _all), t = _tags.GetValueOrDefault(tag), now = Environment.TickCount64;
        if (_entries.TryGetValue(key, out var e) && e.All == all && e.Tag == t && (Coherent || maxAgeMs is not long age || now - e.At < age))
            return (T)e.Value!;
        var slot = (key, all, t);
        var shared = _reading.GetOrAdd(slot, _ => new Lazy<Task<object?>>(async () => await read()));
        object? value;
        try { value = await shared.Value; }
        finally { _reading.TryRemove(KeyValuePair.Create(slot, shared)); }
        if (_entries.Count >= MaxEntries) _entries.Clear();
        _entries[key] = (all, t, now, value);
        return (T)value!;
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
