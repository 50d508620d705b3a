using Npgsql;

namespace Echoes.Gallery.Data;

/// <summary>
/// A file in the <see cref="PostgresBlobStore"/> read as a stream: it fetches one chunk at a time, each with its own
/// short query, so a slow download holds no database connection between reads and at most one chunk of memory.
/// Seekable (its length is known), so answers can honour ranges.
/// </summary>
internal sealed class BlobStream(NpgsqlDataSource source, string name, long length) : Stream
{
    private byte[] _chunk = [];
    private long _chunkIndex = -1;
    private long _position;

    public override bool CanRead => true;
    public override bool CanSeek => true;
    public override bool CanWrite => false;
    public override long Length => length;

    public override long Position
    {
        get => _position;
        set => _position = value >= 0 ? value : throw new ArgumentOutOfRangeException(nameof(value));
    }

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken ct = default)
    {
        if (_position >= length || buffer.IsEmpty) return 0;
        long index = _position / PostgresBlobStore.ChunkBytes;
        if (index != _chunkIndex)
        {
            await using var c = await source.OpenConnectionAsync(ct);
            await using var cmd = new NpgsqlCommand("SELECT data FROM blob_chunks WHERE name = $1 AND n = $2", c);
            cmd.Parameters.Add(new NpgsqlParameter<string> { Value = name });
            cmd.Parameters.Add(new NpgsqlParameter<int> { Value = (int)index });
            _chunk = await cmd.ExecuteScalarAsync(ct) as byte[] ?? throw new IOException($"the stored file {name} lacks its part {index}");
            _chunkIndex = index;
        }
        int offset = (int)(_position - index * PostgresBlobStore.ChunkBytes);
        int n = Math.Min(buffer.Length, _chunk.Length - offset);
        if (n <= 0) throw new IOException($"the stored file {name} is shorter than recorded");
        _chunk.AsMemory(offset, n).CopyTo(buffer);
        _position += n;
        return n;
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken ct) =>
        ReadAsync(buffer.AsMemory(offset, count), ct).AsTask();

    public override int Read(byte[] buffer, int offset, int count) => ReadAsync(buffer.AsMemory(offset, count)).AsTask().GetAwaiter().GetResult();

    public override long Seek(long offset, SeekOrigin origin) => Position = origin switch
    {
        SeekOrigin.Begin => offset,
        SeekOrigin.Current => _position + offset,
        _ => length + offset,
    };

    public override void Flush() { }
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
