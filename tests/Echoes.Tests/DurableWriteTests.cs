using System.Security.Cryptography;
using Echoes.Imaging;
using Echoes.Tests.Gallery;

namespace Echoes.Tests;

/// <summary>
/// Written files outlive a power cut: the file and then its folder are flushed. What a test can show here is that the
/// flush runs, on the right folder, and succeeds on this system; that the disk keeps the entry after a power cut cannot
/// be shown without cutting the power.
/// </summary>
public sealed class DurableWriteTests
{
    [Fact]
    public void An_atomic_write_flushes_the_folder_it_renames_into()
    {
        string dir = TestImages.TempDir();
        var flushed = new List<string>();
        void Seen(string d) { lock (flushed) flushed.Add(d); }
        DirectoryFlush.Flushed += Seen;
        try { AtomicFile.WriteText(Path.Combine(dir, "a.txt"), "kept"); }
        finally { DirectoryFlush.Flushed -= Seen; }
        Assert.Equal("kept", File.ReadAllText(Path.Combine(dir, "a.txt")));
        lock (flushed) Assert.Contains(Path.GetFullPath(dir).TrimEnd(Path.DirectorySeparatorChar), flushed);
    }

    [Fact]
    public void Flushing_a_folder_works_here_and_a_missing_folder_is_an_error()
    {
        DirectoryFlush.Flush(TestImages.TempDir());
        if (!OperatingSystem.IsWindows())
            Assert.Throws<IOException>(() => DirectoryFlush.Flush(Path.Combine(TestImages.TempDir(), "missing")));
    }

    [Fact]
    public async Task The_gallery_flushes_each_stored_file_s_folder_and_each_new_folder()
    {
        var flushed = new List<string>();
        void Seen(string d) { lock (flushed) flushed.Add(d); }
        await using var server = new SqliteGallery();
        await server.InitializeAsync();
        DirectoryFlush.Flushed += Seen;
        System.Text.Json.JsonElement work;
        try { work = await server.PaintWorkAsync(await server.CreateExhibitionAsync(), strokes: 20); }
        finally { DirectoryFlush.Flushed -= Seen; }

        string files = Path.Combine(server.DataDirectory, "files");
        using var v = server.Visitor();
        byte[][] stored = [GalleryServer.SmallPhoto(), .. await Task.WhenAll(new[] { "image", "thumb", "plan" }.Select(f => v.GetByteArrayAsync(work.GetProperty(f).GetString())))];
        lock (flushed)
        {
            foreach (var bytes in stored)
                Assert.Contains(Path.Combine(files, Convert.ToHexStringLower(SHA256.HashData(bytes))[..2]), flushed);
            Assert.Contains(files, flushed); // a fresh store: each file's folder was new
        }
    }
}
