namespace Echoes.Gallery.Data;

/// <summary>
/// Files stored by content: a file's name is the SHA-256 of its bytes plus its extension, so the same upload stored
/// twice is one file and a name can never point at other bytes. Kept in the data folder on a single machine
/// (<see cref="FolderBlobStore"/>) or in the shared database when several servers serve one gallery
/// (<see cref="PostgresBlobStore"/>).
/// </summary>
internal abstract class BlobStore
{
    /// <summary>Stores the bytes (durably, before the row naming them is committed) and returns the file's name.</summary>
    public abstract string Put(ReadOnlySpan<byte> data, string extension);

    /// <summary>Stores the bytes as <see cref="Put"/> does without holding a thread while the store writes (requests
    /// use this: a request thread blocked on the database starves the ones that would free its connections).</summary>
    public virtual Task<string> PutAsync(ReadOnlyMemory<byte> data, string extension, CancellationToken ct = default) =>
        Task.FromResult(Put(data.Span, extension));

    /// <summary>The stored file opened for reading (streamed, never loaded whole), or null when there is none by that name.</summary>
    public abstract Task<Stream?> OpenAsync(string name, CancellationToken ct = default);

    /// <summary>Deletes a file the caller found unused (a store shared by several servers checks again itself).</summary>
    public abstract Task DeleteAsync(string name);

    /// <summary>The whole file in memory (plans, to render them), or null when missing.</summary>
    public async Task<byte[]?> ReadAllAsync(string name, CancellationToken ct = default)
    {
        await using var s = await OpenAsync(name, ct);
        if (s is null) return null;
        var copy = new MemoryStream();
        await s.CopyToAsync(copy, ct);
        return copy.ToArray();
    }

    /// <summary>The name of the bytes: their SHA-256 in lower-case hex, a dot, and the extension.</summary>
    protected static string NameOf(ReadOnlySpan<byte> hash, string extension) => Convert.ToHexStringLower(hash) + "." + extension;

    /// <summary>Whether the text has a stored file's shape (names come from the database, but no path may escape the store).</summary>
    public static bool IsName(string name) =>
        name.Length >= 66 && name[64] == '.' && !name.AsSpan(0, 64).ContainsAnyExcept("0123456789abcdef")
        && !name.AsSpan(65).ContainsAnyExcept("abcdefghijklmnopqrstuvwxyz0123456789");
}
