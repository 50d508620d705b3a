using System.Data.Common;
using Dapper;
using Echoes.Gallery.Data;
using Microsoft.Data.Sqlite;

namespace Echoes.Tests.Gallery;

/// <summary>The gallery's group commit: writes gathered together commit together, a failing one fails alone, and the
/// batch's tags are announced once, under one number, for the writes that committed.</summary>
public sealed class GalleryWriteQueueTests
{
    [Fact]
    public async Task A_failing_write_fails_alone_and_the_batch_is_announced_once()
    {
        string file = Path.Combine(TestImages.TempDir(), "queue.db");
        await using (var setup = new SqliteConnection($"Data Source={file}"))
        {
            await setup.OpenAsync();
            await setup.ExecuteAsync("CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT NOT NULL)");
        }
        var firstBatch = new TaskCompletionSource();
        int opened = 0;
        async Task<DbConnection> Open(CancellationToken ct)
        {
            if (Interlocked.Increment(ref opened) == 1) await firstBatch.Task; // holds the loop while the others gather
            var c = new SqliteConnection($"Data Source={file}");
            await c.OpenAsync(ct);
            return c;
        }
        var announced = new List<IReadOnlyCollection<string>>();
        Task<long> Announce(DbConnection c, DbTransaction tx, IReadOnlyCollection<string> tags)
        {
            announced.Add(tags);
            return Task.FromResult(100L + announced.Count);
        }
        await using var queue = new WriteQueue(Open, Announce);
        Task<(int, long)> Note(int id, string? tag, string text) =>
            queue.Enqueue(tag, (c, tx) => c.ExecuteAsync("INSERT INTO notes (id, text) VALUES (@id, @text)", new { id, text }, tx));

        var first = Note(1, "talk:1", "first");
        while (Volatile.Read(ref opened) == 0) await Task.Delay(5); // the first batch is that write alone
        var gathered = new[] { Note(2, "talk:2", "a"), Note(3, null, "untagged"), Note(2, "talk:3", "same id: refused"), Note(4, "talk:2", "b") };
        firstBatch.SetResult();

        Assert.Equal(101, (await first).Item2);
        await Assert.ThrowsAsync<SqliteException>(() => gathered[2]);
        var versions = new List<long>();
        foreach (var committed in (Task<(int, long)>[])[gathered[0], gathered[1], gathered[3]]) versions.Add((await committed).Item2);
        Assert.Equal([102L, 0L, 102L], versions); // one number for the batch; none for the untagged write
        Assert.Equal(2, announced.Count);
        Assert.Equal(["talk:2"], announced[1]); // the refused write's tag is not announced, the repeated one once
        await using var read = new SqliteConnection($"Data Source={file}");
        Assert.Equal(["first", "a", "untagged", "b"], await read.QueryAsync<string>("SELECT text FROM notes ORDER BY id"));
    }
}
