using System.Collections.Concurrent;

namespace Echoes.Gallery.Data;

/// <summary>
/// Keeps what pages read, so a busy page costs no query until something it shows changes. Each entry remembers the
/// generation of its tag (a work's discussion, say) and of the whole gallery when it was read; a write bumps its tag
/// (or everything) after it commits, so this server never serves what its own writes made stale. The generation is
/// taken before reading, so a read that overlaps a write is stored already stale. Writes by other servers (several may
/// share one PostgreSQL database) are not seen here: for them entries also expire after <paramref name="maxAgeMs"/>.
/// </summary>
internal sealed class ReadCache(long? maxAgeMs)
{
    private const int MaxEntries = 10_000;
    private readonly ConcurrentDictionary<string, long> _tags = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, (long All, long Tag, long At, object? Value)> _entries = new(StringComparer.Ordinal);
    private long _all;

    public async Task<T> GetAsync<T>(string key, string tag, Func<Task<T>> read)
    {
        long all = Volatile.Read(ref _all), t = _tags.GetValueOrDefault(tag), now = Environment.TickCount64;
        if (_entries.TryGetValue(key, out var e) && e.All == all && e.Tag == t && (maxAgeMs is not long age || now - e.At < age))
            return (T)e.Value!;
        var value = await read();
        if (_entries.Count >= MaxEntries) _entries.Clear();
        _entries[key] = (all, t, now, value);
        return value;
    }

    /// <summary>Something under the tag changed.</summary>
    public void Changed(string tag) => _tags.AddOrUpdate(tag, 1, (_, n) => n + 1);

    /// <summary>Something every page may show changed (an exhibition or a work).</summary>
    public void ChangedAll() => Interlocked.Increment(ref _all);
}
