using System.Security.Cryptography;
using Echoes.Imaging;

namespace Echoes.Gallery.Data;

/// <summary>
/// Files stored by content: a file's name is the SHA-256 of its bytes plus its extension, kept under a two-letter
/// folder. The same upload stored twice is one file; a name can never point at other bytes.
/// </summary>
internal sealed class BlobStore(string root)
{
    public string Root { get; } = root;

    /// <summary>Stores the bytes (written to a temporary name, then moved; the file and its folders flushed to disk, so
    /// the file outlives a power cut once the row naming it is committed) and returns the file's name.</summary>
    public string Put(ReadOnlySpan<byte> data, string extension)
    {
        string name = Convert.ToHexStringLower(SHA256.HashData(data)) + "." + extension;
        string path = PathOf(name)!;
        if (!File.Exists(path))
        {
            string folder = Path.GetDirectoryName(path)!;
            if (!Directory.Exists(folder))
            {
                Directory.CreateDirectory(folder);
                DirectoryFlush.Flush(Root); // the new folder's own entry
            }
            byte[] copy = data.ToArray();
            AtomicFile.Write(path, s => s.Write(copy));
        }
        return name;
    }

    /// <summary>The path of a stored file, or null for a name that is not a stored file's name.</summary>
    public string? PathOf(string name)
    {
        // Names come from the database, but check their shape anyway: no path can escape the store.
        if (name.Length < 66 || name[64] != '.' || name.AsSpan(0, 64).ContainsAnyExcept("0123456789abcdef")
            || name.AsSpan(65).ContainsAnyExcept("abcdefghijklmnopqrstuvwxyz0123456789"))
            return null;
        return Path.Combine(Root, name[..2], name);
    }
}
