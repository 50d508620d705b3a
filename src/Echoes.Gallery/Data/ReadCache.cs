using System.Collections.Concurrent;

namespace Echoes.Gallery.Data;

/// <summary>
/// Keeps what pages read, so a busy page costs no query until something it shows changes. Each entry remembers the
/// generation of its tag (a work's discussion, say) and of the whole gallery when it was read; a write bumps its tag
/// (or everything) after it commits. The generation is taken before reading, so a read that overlaps a write is stored
/// already stale. Writes by other servers sharing one PostgreSQL database arrive through the <see cref="ChangeFeed"/>;
/// while it is not <see cref="Coherent"/>, entries also expire after <paramref name="maxAgeMs"/>. Requests that miss
/// the same entry at the same generation share one read: after a busy page's discussion changes, the many visitors
/// asking for it at that moment cost one query, not one each. While the feed is coherent, a page view
/// (<see cref="ReadYourWrites.PageView"/>) whose entry has just gone stale is answered with the entry as it was while
/// one read brings it up to date, unless one of the visitor's own last writes under the entry's tag may be missing from
/// it (<see cref="ReadYourWrites"/>): then it waits for the read, or, if this server has not heard of the write yet, reads
/// past the cache. A visitor who has just commented on one work is not held up by another work's page.
/// </summary>
internal sealed class ReadCache(long? maxAgeMs)
{
    /// <summary>The tag of a change that may touch anything pages show.</summary>
    public const string All = "*";
    private const int MaxEntries = 10_000;
    private readonly ConcurrentDictionary<string, long> _tags = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<(string Key, long All, long Tag), Lazy<Task<object?>>> _reading = new();
    // The writes applied lately, by number, with the change count and time they were applied at: writes commit in
    // another order than they take their numbers, so having heard a higher number says nothing of a lower one still in
    // flight. Kept past a visitor's cookie's life.
    private readonly ConcurrentDictionary<long, (long Change, long At)> _applied = new();
    private static readonly long AppliedKeptMs = (long)(2 * ReadYourWrites.Remembered.TotalMilliseconds);
    private const int AppliedPruneAt = 50_000;
    private long _all;
    // Counts the changes applied: an entry whose read began at count N shows every write applied at or before N.
    private long _changes;

    // A kept read: the generations and change count it began at, when it began, and what it read.
    private readonly record struct Entry(long All, long Tag, long Change, long At, object? Value);

    /// <summary>Whether every other server's writes reach this cache as they commit (then entries never expire).</summary>
    public bool Coherent { get; set; }

    /// <summary>The change count at which this cache applied the numbered write (PostgreSQL; heard from its server or
    /// written here), or null while it has not.</summary>
    public long? AppliedAt(long version) => _applied.TryGetValue(version, out var a) ? a.Change : null;

    public async Task<T> GetAsync<T>(string key, string tag, Func<Task<T>> read)
    {
        if (ReadYourWrites.MustReadFresh) return await read();
        // The change count first: generations read after it include every change counted up to it.
        long change = Volatile.Read(ref _changes), all = Volatile.Read(ref _all), t = _tags.GetValueOrDefault(tag), now = Environment.TickCount64;
        bool kept = _entries.TryGetValue(key, out var e) && (Coherent || maxAgeMs is not long age || now - e.At < age);
        if (kept && e.All == all && e.Tag == t) return (T)e.Value!;
        var reading = ReadShared(new(key, all, t), change, now, read);
        if (kept && Coherent && ReadYourWrites.MayServeReadAt(e.Change, tag))
        {
            _ = reading.ContinueWith(r => r.Exception, TaskContinuationOptions.OnlyOnFaulted | TaskContinuationOptions.ExecuteSynchronously);
            return (T)e.Value!; // the read brings the entry up to date for the next request
        }
        return (T)(await reading)!;
    }

    // One read per entry and generation, however many requests ask for it; it keeps what it read unless a read begun
    // later already has.
    private Task<object?> ReadShared<T>((string Key, long All, long Tag) slot, long change, long now, Func<Task<T>> read) =>
        _reading.GetOrAdd(slot, s => new Lazy<Task<object?>>(async () =>
        {
            try
            {
                object? value = await read();
                if (_entries.Count >= MaxEntries) _entries.Clear();
                var entry = new Entry(s.All, s.Tag, change, now, value);
                _entries.AddOrUpdate(s.Key, entry, (_, old) => old.All >= s.All && old.Tag >= s.Tag && old.Change >= change ? old : entry);
                return value;
            }
            finally { _reading.TryRemove(s, out _); }
        })).Value;

    /// <summary>Something under the tag (or, for <see cref="All"/>, anything) changed, by the write numbered <paramref name="version"/>.</summary>
    public void Changed(string tag, long version = 0) => Changed([tag], version);

    /// <summary>Everything under the tags changed, by the write numbered <paramref name="version"/>: the tags are
    /// bumped before the write counts as applied, so a visitor told it is applied finds none of them unchanged.</summary>
    public void Changed(IEnumerable<string> tags, long version)
    {
        // The writing server applies its batch as it commits, then hears it from the feed: once is enough.
        if (version > 0 && _applied.ContainsKey(version)) return;
        foreach (string tag in tags)
            if (tag == All) Interlocked.Increment(ref _all);
            else _tags.AddOrUpdate(tag, 1, (_, n) => n + 1);
        long change = Interlocked.Increment(ref _changes);
        if (version <= 0) return;
        long now = Environment.TickCount64;
        _applied.TryAdd(version, (change, now));
        if (_applied.Count > AppliedPruneAt)
            foreach (var (v, a) in _applied)
                if (now - a.At > AppliedKeptMs) _applied.TryRemove(v, out _);
    }

    /// <summary>Something every page may show changed (an exhibition or a work), or changes may have been missed.</summary>
    public void ChangedAll() => Changed(All);
}
