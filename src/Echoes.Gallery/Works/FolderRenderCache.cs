using System.Collections.Concurrent;

namespace Echoes.Gallery.Works;

/// <summary>
/// The single machine's <see cref="RenderCache"/>: renders kept in a folder (<c>DIR/files/renders</c>) whose total
/// size is held under a limit: after each new render the least recently used go first. Files are handed out open, so
/// one evicted while it is being sent is still sent whole.
/// </summary>
internal sealed class FolderRenderCache : RenderCache
{
    private readonly string _folder;
    private readonly long _limit;
    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private readonly Lock _evicting = new();
    private long _clock;

    private sealed record Entry(long Bytes, long LastUse);

    /// <summary>Opens the cache, counting what an earlier run left (oldest first by modification time).</summary>
    public FolderRenderCache(string folder, long limitBytes)
    {
        _folder = folder;
        _limit = limitBytes;
        Directory.CreateDirectory(folder);
        foreach (var f in new DirectoryInfo(folder).EnumerateFiles().OrderBy(f => f.LastWriteTimeUtc))
        {
            if (f.Name.StartsWith('.')) f.Delete(); // a write cut short by a kill
            else _entries[f.Name] = new Entry(f.Length, ++_clock);
        }
        Evict();
    }

    /// <summary>Total bytes of the cached renders.</summary>
    public long Bytes => _entries.Values.Sum(e => e.Bytes);

    public override Task<Stream?> OpenAsync(string name) => Task.FromResult<Stream?>(Open(name));

    private FileStream? Open(string name)
    {
        if (!_entries.ContainsKey(name)) return null;
        try
        {
            var stream = new FileStream(Path.Combine(_folder, name), FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete,
                64 * 1024, useAsync: true);
            _entries[name] = new Entry(stream.Length, Interlocked.Increment(ref _clock));
            return stream;
        }
        catch (FileNotFoundException) { _entries.TryRemove(name, out _); return null; }
    }

    public override Task<Stream> AddAsync(string name, Action<string> write, CancellationToken ct) => Task.Run<Stream>(() => Add(name, write), ct);

    private FileStream Add(string name, Action<string> write)
    {
        string path = Path.Combine(_folder, name);
        write(path);
        _entries[name] = new Entry(new FileInfo(path).Length, Interlocked.Increment(ref _clock));
        var opened = Open(name) ?? throw new IOException($"the render {name} vanished as it was written");
        Evict();
        return opened;
    }

    public override Task ForgetAsync(string planFile)
    {
        string prefix = Path.GetFileNameWithoutExtension(planFile);
        foreach (string name in _entries.Keys.Where(n => n.StartsWith(prefix, StringComparison.Ordinal)))
            Remove(name);
        return Task.CompletedTask;
    }

    // Least recently used first, until the total is under the limit.
    private void Evict()
    {
        lock (_evicting)
        {
            long total = Bytes;
            foreach (var (name, e) in _entries.OrderBy(kv => kv.Value.LastUse).ToList())
            {
                if (total <= _limit) break;
                Remove(name);
                total -= e.Bytes;
            }
        }
    }

    private void Remove(string name)
    {
        _entries.TryRemove(name, out _);
        File.Delete(Path.Combine(_folder, name));
    }
}
