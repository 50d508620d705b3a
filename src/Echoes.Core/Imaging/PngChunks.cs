using System.IO.Hashing;
using System.Text;

namespace Echoes.Imaging;

/// <summary>The pHYs (physical size) and iTXt chunks a PNG carries after IHDR; reads them back.</summary>
internal static class PngChunks
{
    /// <summary>The pHYs and iTXt chunks, serialized, for an encoder to write after IHDR.</summary>
    internal static byte[] Facts(double? dpi, IEnumerable<KeyValuePair<string, string>> text)
    {
        using var ms = new MemoryStream();
        if (dpi is double d)
        {
            uint ppm = (uint)Math.Round(d / 0.0254);
            var data = new byte[9];
            System.Buffers.Binary.BinaryPrimitives.WriteUInt32BigEndian(data, ppm);
            System.Buffers.Binary.BinaryPrimitives.WriteUInt32BigEndian(data.AsSpan(4), ppm);
            data[8] = 1; // unit: metre
            WriteChunk(ms, "pHYs", data);
        }
        foreach (var (k, v) in text)
        {
            var utf8 = Encoding.UTF8.GetBytes(v);
            // Long values (an embedded plan) are stored zlib-compressed, as iTXt allows.
            bool compress = utf8.Length > 1024;
            var body = compress ? Compress(utf8) : utf8;
            WriteChunk(ms, "iTXt", [.. Encoding.Latin1.GetBytes(k), 0, (byte)(compress ? 1 : 0), 0, 0, 0, .. body]);
        }
        return ms.ToArray();
    }

    /// <summary>The resolution in a PNG's pHYs chunk (pixels per inch), if it has one in metres.</summary>
    public static double? ReadDpi(byte[] png)
    {
        int pos = 8;
        while (pos + 12 <= png.Length)
        {
            int len = (int)System.Buffers.Binary.BinaryPrimitives.ReadUInt32BigEndian(png.AsSpan(pos));
            if (len < 0 || pos + 12 + len > png.Length) break;
            if (Encoding.ASCII.GetString(png, pos + 4, 4) == "pHYs" && len == 9 && png[pos + 16] == 1)
                return System.Buffers.Binary.BinaryPrimitives.ReadUInt32BigEndian(png.AsSpan(pos + 8)) * 0.0254;
            pos += 12 + len;
        }
        return null;
    }

    /// <summary>Reads the iTXt/tEXt entries of a PNG file.</summary>
    public static Dictionary<string, string> ReadText(byte[] png)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        int pos = 8;
        while (pos + 12 <= png.Length)
        {
            int len = (int)System.Buffers.Binary.BinaryPrimitives.ReadUInt32BigEndian(png.AsSpan(pos));
            if (len < 0 || pos + 12 + len > png.Length) break;
            var type = Encoding.ASCII.GetString(png, pos + 4, 4);
            var data = png.AsSpan(pos + 8, len);
            int nul = data.IndexOf((byte)0);
            if (nul > 0 && type == "tEXt")
                result[Encoding.Latin1.GetString(data[..nul])] = Encoding.Latin1.GetString(data[(nul + 1)..]);
            else if (nul > 0 && type == "iTXt" && data.Length >= nul + 5 && data[nul + 1] <= 1)
            {
                // keyword, 0, compression flag, method, language\0, translated keyword\0, text
                var rest = data[(nul + 3)..];
                int l1 = rest.IndexOf((byte)0); if (l1 < 0) { pos += 12 + len; continue; }
                rest = rest[(l1 + 1)..];
                int l2 = rest.IndexOf((byte)0); if (l2 < 0) { pos += 12 + len; continue; }
                var body = rest[(l2 + 1)..].ToArray();
                result[Encoding.Latin1.GetString(data[..nul])] = Encoding.UTF8.GetString(data[nul + 1] == 1 ? Decompress(body) : body);
            }
            if (type == "IEND") break;
            pos += 12 + len;
        }
        return result;
    }

    private static byte[] Compress(byte[] data)
    {
        using var ms = new MemoryStream();
        using (var z = new System.IO.Compression.ZLibStream(ms, System.IO.Compression.CompressionLevel.Optimal, leaveOpen: true)) z.Write(data);
        return ms.ToArray();
    }

    private static byte[] Decompress(byte[] data)
    {
        using var z = new System.IO.Compression.ZLibStream(new MemoryStream(data), System.IO.Compression.CompressionMode.Decompress);
        using var ms = new MemoryStream();
        z.CopyTo(ms);
        return ms.ToArray();
    }

    private static void WriteChunk(Stream s, string type, byte[] data)
    {
        Span<byte> head = stackalloc byte[8];
        System.Buffers.Binary.BinaryPrimitives.WriteUInt32BigEndian(head, (uint)data.Length);
        Encoding.ASCII.GetBytes(type, head[4..]);
        s.Write(head);
        s.Write(data);
        var crc = new Crc32();
        crc.Append(head[4..]);
        crc.Append(data);
        Span<byte> c = stackalloc byte[4];
        System.Buffers.Binary.BinaryPrimitives.WriteUInt32BigEndian(c, crc.GetCurrentHashAsUInt32());
        s.Write(c);
    }
}
