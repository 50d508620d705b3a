using System.Security.Cryptography;
using Dapper;
using Npgsql;
using NpgsqlTypes;

namespace Echoes.Gallery.Data;

/// <summary>
/// The <see cref="BlobStore"/> of a gallery served by several machines: files live in the shared PostgreSQL database
/// as rows of <see cref="ChunkBytes"/> (<c>blob_chunks</c>), named by content in <c>blobs</c>. A file is written in one
/// transaction (a server killed mid-write leaves nothing) and read a chunk at a time (<see cref="BlobStream"/>), so
/// neither side ever holds a whole painting. Storing bytes that are already there only marks them as just used.
/// </summary>
/// <remarks>
/// A file is deleted when no work and no cached render names it, and it was last stored more than
/// <paramref name="grace"/> ago: a server that has just stored an upload's bytes but not yet committed the work that
/// names them must not lose them to another server deleting an older work with the same upload. Files kept by that
/// rule go with the next deletion after their grace.
/// </remarks>
internal sealed class PostgresBlobStore(NpgsqlDataSource source, TimeProvider clock, TimeSpan grace) : BlobStore
{
    /// <summary>Bytes per stored row: a read holds one chunk in memory at a time.</summary>
    public const int ChunkBytes = 256 * 1024;

    // Unused: no work, painting (studio paintings included), time-lapse or cached render names it (each column has its own index).
    private const string Unused = """
        NOT EXISTS (SELECT 1 FROM works w WHERE w.source_file = b.name) AND NOT EXISTS (SELECT 1 FROM works w WHERE w.plan_file = b.name)
        AND NOT EXISTS (SELECT 1 FROM works w WHERE w.image_file = b.name) AND NOT EXISTS (SELECT 1 FROM works w WHERE w.thumb_file = b.name)
        AND NOT EXISTS (SELECT 1 FROM renders r WHERE r.blob = b.name)
        AND NOT EXISTS (SELECT 1 FROM paintings p WHERE p.source_file = b.name) AND NOT EXISTS (SELECT 1 FROM paintings p WHERE p.plan_file = b.name)
        AND NOT EXISTS (SELECT 1 FROM timelapses t WHERE t.webm_file = b.name OR t.mp4_file = b.name OR t.poster_file = b.name)
        """;

    private long Now => clock.GetUtcNow().ToUnixTimeMilliseconds();

    // The gallery's code stores finished paintings from a worker thread, so a blocking write is acceptable here.
    public override string Put(ReadOnlySpan<byte> data, string extension)
    {
        byte[] copy = data.ToArray();
        return PutAsync(new MemoryStream(copy, writable: false), extension, CancellationToken.None).GetAwaiter().GetResult();
    }

    public override Task<string> PutAsync(ReadOnlyMemory<byte> data, string extension, CancellationToken ct = default) =>
        PutAsync(new MemoryStream(data.ToArray(), writable: false), extension, ct);

    /// <summary>Stores a seekable stream (read twice: once to name it, once to store it) and returns the file's name.</summary>
    public async Task<string> PutAsync(Stream content, string extension, CancellationToken ct)
    {
        string name = NameOf(await SHA256.HashDataAsync(content, ct), extension);
        content.Position = 0;
        await using var c = await source.OpenConnectionAsync(ct);
        await using var tx = await c.BeginTransactionAsync(ct);
        // A second server storing the same bytes at once waits here for the first one's commit, then finds them stored.
        int added = await c.ExecuteAsync("INSERT INTO blobs (name, bytes, touched) VALUES (@name, @bytes, @now) ON CONFLICT (name) DO NOTHING",
            new { name, bytes = content.Length, now = Now }, tx);
        if (added == 0)
            await c.ExecuteAsync("UPDATE blobs SET touched = @now WHERE name = @name", new { name, now = Now }, tx);
        else
            await WriteChunksAsync(c, tx, name, content, ct);
        await tx.CommitAsync(ct);
        return name;
    }

    private static async Task WriteChunksAsync(NpgsqlConnection c, NpgsqlTransaction tx, string name, Stream content, CancellationToken ct)
    {
        var buffer = new byte[ChunkBytes];
        await using var insert = new NpgsqlCommand("INSERT INTO blob_chunks (name, n, data) VALUES ($1, $2, $3)", c, tx);
        insert.Parameters.Add(new NpgsqlParameter<string> { Value = name });
        var n = new NpgsqlParameter<int>();
        var data = new NpgsqlParameter<ReadOnlyMemory<byte>> { NpgsqlDbType = NpgsqlDbType.Bytea };
        insert.Parameters.Add(n);
        insert.Parameters.Add(data);
        for (int i = 0; ; i++)
        {
            int read = await content.ReadAtLeastAsync(buffer, ChunkBytes, throwOnEndOfStream: false, ct);
            if (read == 0 && i > 0) break;
            (n.TypedValue, data.TypedValue) = (i, buffer.AsMemory(0, read));
            await insert.ExecuteNonQueryAsync(ct);
            if (read < ChunkBytes) break;
        }
    }

    public override async Task<Stream?> OpenAsync(string name, CancellationToken ct = default)
    {
        if (!IsName(name)) return null;
        await using var c = await source.OpenConnectionAsync(ct);
        long? bytes = await c.ExecuteScalarAsync<long?>("SELECT bytes FROM blobs WHERE name = @name", new { name });
        return bytes is long length ? new BlobStream(source, name, length) : null;
    }

    /// <summary>Deletes every unused file past its grace, the named one among them: a sweep that also catches what an
    /// earlier deletion had to keep.</summary>
    public override async Task DeleteAsync(string name)
    {
        await using var c = await source.OpenConnectionAsync();
        await c.ExecuteAsync($"DELETE FROM blobs b WHERE b.touched < @cutoff AND {Unused}", new { cutoff = Now - (long)grace.TotalMilliseconds });
    }
}
