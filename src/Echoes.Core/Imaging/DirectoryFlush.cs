using System.Runtime.InteropServices;

namespace Echoes.Imaging;

/// <summary>
/// Makes a folder's entries durable: after a file is renamed into a folder, the rename lives in the folder, and only an
/// fsync of the folder itself puts it on disk (a power cut could otherwise lose a file whose database row is already
/// committed). On Unix it opens the folder and calls <c>fsync</c>; where the system has no folder handles to flush
/// (Windows, whose file system journals renames itself) it does nothing.
/// </summary>
internal static partial class DirectoryFlush
{
    private const int ReadOnly = 0; // O_RDONLY, the same on Linux and macOS
    private const int BadDescriptor = 9, Invalid = 22; // EBADF, EINVAL: file systems that cannot flush folders say so

    /// <summary>Called with each folder flushed (tests observe the path the durable writes take).</summary>
    internal static event Action<string>? Flushed;

    /// <summary>Flushes <paramref name="directory"/>'s entries to disk.</summary>
    /// <exception cref="IOException">The folder cannot be opened or flushed.</exception>
    public static void Flush(string directory)
    {
        if (OperatingSystem.IsWindows()) return;
        int fd = Open(directory, ReadOnly);
        if (fd < 0) throw new IOException($"cannot open the folder to flush it: {Marshal.GetLastPInvokeErrorMessage()}");
        try
        {
            if (Fsync(fd) != 0 && Marshal.GetLastPInvokeError() is not (BadDescriptor or Invalid))
                throw new IOException($"cannot flush the folder: {Marshal.GetLastPInvokeErrorMessage()}");
        }
        finally { _ = Close(fd); }
        Flushed?.Invoke(directory);
    }

    [LibraryImport("libc", EntryPoint = "open", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Open(string path, int flags);

    [LibraryImport("libc", EntryPoint = "fsync", SetLastError = true)]
    private static partial int Fsync(int fd);

    [LibraryImport("libc", EntryPoint = "close")]
    private static partial int Close(int fd);
}
