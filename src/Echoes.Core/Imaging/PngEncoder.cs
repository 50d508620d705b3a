using System.Buffers;
using System.Buffers.Binary;
using System.IO.Compression;
using System.IO.Hashing;
using System.Text;

namespace Echoes.Imaging;

/// <summary>
/// A PNG encoder that uses every core: the rows are cut into parts, each part filtered (<see cref="PngFilter"/>) and
/// deflated on its own at a fast level, ending on a byte boundary (a sync flush) so the parts, written one after another
/// as IDAT chunks, are one standard zlib stream (as pigz does); their Adler-32 sums are combined. An opaque image is
/// written as RGB, a quarter fewer bytes to compress. Any decoder reads the result.
/// </summary>
internal static class PngEncoder
{
    private static readonly byte[] Signature = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];
    // Filtered bytes per part: enough that a part's fresh dictionary costs little, small enough to share among cores.
    private const int PartBytes = 256 * 1024;
    // zlib level 2: within a few percent of the default's size on paintings, several times faster.
    private static readonly ZLibCompressionOptions Level = new() { CompressionLevel = 2 };

    /// <summary>Encodes <paramref name="rgba"/> (<paramref name="width"/> × <paramref name="height"/> RGBA bytes) as PNG;
    /// <paramref name="maxDegreeOfParallelism"/> bounds the threads (null: all cores; the bytes are the same);
    /// <paramref name="afterHeader"/> is whole chunks to write after IHDR (<see cref="PngChunks.Facts"/>).</summary>
    public static byte[] Encode(byte[] rgba, int width, int height, int? maxDegreeOfParallelism = null, byte[]? afterHeader = null)
    {
        int bpp = IsOpaque(rgba) ? 3 : 4;
        int line = width * bpp + 1;
        int rowsPerPart = Math.Clamp(PartBytes / line, 1, height);
        int parts = (height + rowsPerPart - 1) / rowsPerPart;
        var deflated = new byte[parts][];
        var lengths = new int[parts];
        var sums = new uint[parts];
        Parallel.For(0, parts, new ParallelOptions { MaxDegreeOfParallelism = maxDegreeOfParallelism ?? -1 }, p =>
        {
            int y0 = p * rowsPerPart, y1 = Math.Min(height, y0 + rowsPerPart);
            (deflated[p], lengths[p], sums[p]) = Part(rgba, width, bpp, y0, y1, last: p == parts - 1);
        });
        uint adler = Adler32.Empty;
        for (int p = 0; p < parts; p++)
            adler = Adler32.Combine(adler, sums[p], (long)line * (Math.Min(height, (p + 1) * rowsPerPart) - p * rowsPerPart));
        try
        {
            return Assemble(width, height, bpp, afterHeader ?? [], [.. deflated.Select((d, p) => new ReadOnlyMemory<byte>(d, 0, lengths[p]))], adler);
        }
        finally
        {
            foreach (var d in deflated) ArrayPool<byte>.Shared.Return(d);
        }
    }

    private static bool IsOpaque(ReadOnlySpan<byte> rgba)
    {
        for (int i = 3; i < rgba.Length; i += 4) if (rgba[i] != 255) return false;
        return true;
    }

    // Rows [y0, y1) filtered and deflated into a pooled buffer (no large arrays made and dropped per part); every part
    // but the last ends with a sync flush, the last with the final block.
    private static (byte[] Deflated, int Length, uint Adler) Part(byte[] rgba, int width, int bpp, int y0, int y1, bool last)
    {
        int stride = width * bpp, line = stride + 1;
        var pool = ArrayPool<byte>.Shared;
        byte[] prev = pool.Rent(stride), cur = pool.Rent(stride), filtered = pool.Rent(line * (y1 - y0)), scratch = pool.Rent(2 * stride);
        try
        {
            if (y0 == 0) prev.AsSpan(0, stride).Clear();
            else Pack(rgba, width, bpp, y0 - 1, prev);
            for (int y = y0; y < y1; y++)
            {
                Pack(rgba, width, bpp, y, cur);
                PngFilter.Row(cur.AsSpan(0, stride), prev.AsSpan(0, stride), bpp, filtered.AsSpan((y - y0) * line, line), scratch);
                (prev, cur) = (cur, prev);
            }
            var data = filtered.AsSpan(0, line * (y1 - y0));
            // Deflate grows what it cannot compress by far less than a quarter (stored blocks, 9-bit literals at worst).
            var output = pool.Rent(data.Length + data.Length / 4 + 4096);
            using var ms = new MemoryStream(output, 0, output.Length, writable: true);
            var z = new DeflateStream(ms, Level, leaveOpen: true);
            z.Write(data);
            if (last) z.Dispose();
            else z.Flush();
            int length = (int)ms.Position;
            z.Dispose(); // after the length is read: a part that is not the last must not carry a final block
            return (output, length, Adler32.Of(data));
        }
        finally
        {
            pool.Return(prev); pool.Return(cur); pool.Return(filtered); pool.Return(scratch);
        }
    }

    // Row y as the file stores it: RGBA, or RGB when the image is opaque.
    private static void Pack(byte[] rgba, int width, int bpp, int y, byte[] dst)
    {
        var src = rgba.AsSpan(y * width * 4, width * 4);
        if (bpp == 4) { src.CopyTo(dst); return; }
        for (int x = 0, s = 0, d = 0; x < width; x++, s += 4, d += 3) { dst[d] = src[s]; dst[d + 1] = src[s + 1]; dst[d + 2] = src[s + 2]; }
    }

    // Written into an array of the file's exact size: no copy of the whole file to grow, trim or insert into it.
    private static byte[] Assemble(int width, int height, int bpp, byte[] afterHeader, ReadOnlyMemory<byte>[] deflated, uint adler)
    {
        // Signature, IHDR, the chunks after it, the IDATs with the zlib header and sum, IEND.
        var file = new byte[Signature.Length + 12 + 13 + afterHeader.Length + deflated.Sum(d => d.Length + 12) + 2 + 4 + 12];
        using var ms = new MemoryStream(file);
        ms.Write(Signature);
        var ihdr = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(ihdr, width);
        BinaryPrimitives.WriteInt32BigEndian(ihdr.AsSpan(4), height);
        ihdr[8] = 8; // bits per channel
        ihdr[9] = (byte)(bpp == 4 ? 6 : 2); // RGBA or RGB
        Chunk(ms, "IHDR", ihdr);
        ms.Write(afterHeader);
        // The zlib header (deflate, 32 KB window, fast level, no dictionary) leads the first part; the sum ends the last.
        var sum = new byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(sum, adler);
        for (int p = 0; p < deflated.Length; p++)
            Chunk(ms, "IDAT", p == 0 ? [0x78, 0x5E] : [], deflated[p].Span, p == deflated.Length - 1 ? sum : []);
        Chunk(ms, "IEND", []);
        return file;
    }

    // A chunk whose data is the pieces given, one after another (no copy to join them).
    private static void Chunk(Stream s, string type, ReadOnlySpan<byte> data, ReadOnlySpan<byte> more = default,
        ReadOnlySpan<byte> last = default)
    {
        Span<byte> head = stackalloc byte[8];
        BinaryPrimitives.WriteInt32BigEndian(head, data.Length + more.Length + last.Length);
        Encoding.ASCII.GetBytes(type, head[4..]);
        s.Write(head);
        var crc = new Crc32();
        crc.Append(head[4..]);
        s.Write(data); crc.Append(data);
        s.Write(more); crc.Append(more);
        s.Write(last); crc.Append(last);
        Span<byte> sum = stackalloc byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(sum, crc.GetCurrentHashAsUInt32());
        s.Write(sum);
    }
}
