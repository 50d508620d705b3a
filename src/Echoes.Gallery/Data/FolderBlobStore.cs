using System.Security.Cryptography;
using Echoes.Imaging;

namespace Echoes.Gallery.Data;

/// <summary>
/// The single machine's <see cref="BlobStore"/>: each file under a two-letter folder of the data folder's
/// <c>files</c>, named by its content.
/// </summary>
internal sealed class FolderBlobStore(string root) : BlobStore
{
    public string Root { get; } = root;

    /// <summary>Stores the bytes (written to a temporary name, then moved; the file and its folders flushed to disk, so
    /// the file outlives a power cut once the row naming it is committed) and returns the file's name.</summary>
    public override string Put(ReadOnlySpan<byte> data, string extension)
    {
        string name = NameOf(SHA256.HashData(data), extension);
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

    public override Task<Stream?> OpenAsync(string name, CancellationToken ct = default)
    {
        if (PathOf(name) is not { } path) return Task.FromResult<Stream?>(null);
        try
        {
            return Task.FromResult<Stream?>(new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read | FileShare.Delete, 64 * 1024, true));
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException) { return Task.FromResult<Stream?>(null); }
    }

    public override Task DeleteAsync(string name)
    {
        if (PathOf(name) is { } path) File.Delete(path);
        return Task.CompletedTask;
    }

    /// <summary>The path of a stored file, or null for a name that is not a stored file's name.</summary>
    public string? PathOf(string name) => IsName(name) ? Path.Combine(Root, name[..2], name) : null;
}
