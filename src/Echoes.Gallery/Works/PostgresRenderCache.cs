using Dapper;
using Echoes.Gallery.Data;
using Npgsql;

namespace Echoes.Gallery.Works;

/// <summary>
/// The <see cref="RenderCache"/> of a gallery served by several machines: each render is a file in the shared
/// <see cref="PostgresBlobStore"/>, listed in <c>renders</c> with its size and last use; the total is held under the
/// limit across every server. A render is written to this server's data folder first, then stored and the local copy
/// removed.
/// </summary>
internal sealed class PostgresRenderCache(NpgsqlDataSource source, PostgresBlobStore blobs, string scratch, long limitBytes, TimeProvider clock)
    : RenderCache
{
    private long Now => clock.GetUtcNow().ToUnixTimeMilliseconds();

    public override async Task<Stream?> OpenAsync(string name)
    {
        await using var c = await source.OpenConnectionAsync();
        string? blob = await c.ExecuteScalarAsync<string?>("UPDATE renders SET last_use = @now WHERE name = @name RETURNING blob",
            new { name, now = Now });
        return blob is null ? null : await blobs.OpenAsync(blob);
    }

    public override async Task<Stream> AddAsync(string name, Action<string> write, CancellationToken ct)
    {
        Directory.CreateDirectory(scratch);
        string path = Path.Combine(scratch, $"{Guid.NewGuid():N}-{name}"); // the extension tells the exporter what to write
        try
        {
            await Task.Run(() => write(path), ct);
            string blob;
            long bytes;
            await using (var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 64 * 1024, true))
                (blob, bytes) = (await blobs.PutAsync(file, Path.GetExtension(name).TrimStart('.'), ct), file.Length);
            await using var c = await source.OpenConnectionAsync(ct);
            await c.ExecuteAsync("""
                INSERT INTO renders (name, blob, bytes, last_use) VALUES (@name, @blob, @bytes, @now)
                ON CONFLICT (name) DO UPDATE SET blob = excluded.blob, bytes = excluded.bytes, last_use = excluded.last_use;
                DELETE FROM renders WHERE name IN (SELECT name FROM (SELECT name, SUM(bytes) OVER (ORDER BY last_use DESC, name) AS total
                    FROM renders) t WHERE total > @limitBytes);
                """, new { name, blob, bytes, now = Now, limitBytes });
            await blobs.DeleteAsync(blob); // evicted renders' files: the sweep deletes them once past their grace
            return await blobs.OpenAsync(blob, ct) ?? throw new IOException($"the render {name} vanished as it was stored");
        }
        finally { File.Delete(path); }
    }

    public override async Task ForgetAsync(string planFile)
    {
        await using var c = await source.OpenConnectionAsync();
        await c.ExecuteAsync("DELETE FROM renders WHERE name LIKE @prefix", new { prefix = Path.GetFileNameWithoutExtension(planFile) + "%" });
    }
}
