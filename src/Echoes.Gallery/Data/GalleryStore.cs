using System.Data.Common;
using Dapper;
using Echoes.Moods;

namespace Echoes.Gallery.Data;

/// <summary>Every query the gallery makes, in one place; all SQL is fixed text with Dapper parameters. What pages read
/// is kept in a <see cref="ReadCache"/> that every write invalidates: here once it commits, and on PostgreSQL on every
/// other server sharing the database too (<see cref="ChangeFeed"/>).</summary>
internal sealed class GalleryStore(Database db, TimeProvider clock)
{
    private const string Gallery = "gallery";
    private const string Curator = "curator";
    private readonly ReadCache _cache = db.Cache;

    /// <summary>What pages read, kept (the change feed invalidates it for other servers' writes).</summary>
    public ReadCache Cache => _cache;

    static GalleryStore() => DefaultTypeMap.MatchNamesWithUnderscores = true;

    private const string WorkColumns = "id, exhibition_id, title, statement, style, mood, strokes, width, height, source_kind, source_file, " +
        "plan_file, image_file, thumb_file, created, status, error";

    private long Now => clock.GetUtcNow().ToUnixTimeMilliseconds();

    // A write that changes what pages under the tag show: queued with others, announced to the other servers in its own
    // transaction (PostgreSQL), and forgotten here once it commits (Database); the request that made it learns its number.
    private async Task<T> WriteAsync<T>(string tag, Func<DbConnection, DbTransaction?, Task<T>> write)
    {
        var (result, version) = await db.WriteAsync(tag, write);
        ReadYourWrites.Wrote(version, tag);
        return result;
    }

    // --- curator key ---

    /// <summary>The current key's hash (asked on every request: kept, and invalidated when any server changes it).</summary>
    public Task<string?> CuratorKeyHashAsync() => _cache.GetAsync(Curator, Curator, async () =>
    {
        await using var c = await db.OpenAsync();
        return await c.QuerySingleOrDefaultAsync<string>("SELECT key_hash FROM curator WHERE id = 1");
    });

    /// <summary>Stores the first key's hash unless a key exists (another server starting at the same moment may have
    /// stored its own first); true when this one was stored.</summary>
    public Task<bool> CreateCuratorKeyHashAsync(string hash) => WriteAsync(ReadCache.All, async (c, tx) => await c.ExecuteAsync(
        "INSERT INTO curator (id, key_hash, created) VALUES (1, @hash, @now) ON CONFLICT (id) DO NOTHING", new { hash, now = Now }, tx) == 1);

    /// <summary>Stores a new key's hash and ends every signed-in session (they were opened with the old key).</summary>
    public Task SetCuratorKeyHashAsync(string hash) => WriteAsync(ReadCache.All, (c, tx) => c.ExecuteAsync("""
        INSERT INTO curator (id, key_hash, created) VALUES (1, @hash, @now)
        ON CONFLICT (id) DO UPDATE SET key_hash = excluded.key_hash, created = excluded.created;
        DELETE FROM curator_sessions;
        """, new { hash, now = Now }, tx));

    // --- curator sessions (signed-in browsers; stored as the SHA-256 of the id their cookie carries) ---

    private const string Sessions = "sessions";

    /// <summary>Records a signed-in browser until <paramref name="expires"/> (Unix ms), and forgets sessions already over.</summary>
    public Task OpenCuratorSessionAsync(string idHash, long expires) => WriteAsync(Sessions, (c, tx) => c.ExecuteAsync("""
        DELETE FROM curator_sessions WHERE expires <= @now;
        INSERT INTO curator_sessions (id_hash, expires) VALUES (@idHash, @expires);
        """, new { idHash, expires, now = Now }, tx));

    /// <summary>Whether the session is open: signed in, not yet signed out, and the key not changed since.</summary>
    public Task<bool> CuratorSessionOpenAsync(string idHash) => _cache.GetAsync($"session:{idHash}", Sessions, async () =>
    {
        await using var c = await db.OpenAsync();
        return await c.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM curator_sessions WHERE id_hash = @idHash", new { idHash }) > 0;
    });

    /// <summary>Ends a session (signing out): its cookie opens nothing any more, wherever it was copied.</summary>
    public Task CloseCuratorSessionAsync(string idHash) =>
        WriteAsync(Sessions, (c, tx) => c.ExecuteAsync("DELETE FROM curator_sessions WHERE id_hash = @idHash", new { idHash }, tx));

    // --- exhibitions ---

    private static string Talk(long workId) => $"talk:{workId}";

    public Task<IReadOnlyList<Exhibition>> ExhibitionsAsync() => _cache.GetAsync<IReadOnlyList<Exhibition>>("exhibitions", Gallery, async () =>
    {
        await using var c = await db.OpenAsync();
        return [.. await c.QueryAsync<Exhibition>("""
            SELECT e.id, e.title, e.statement, e.created, (SELECT COUNT(*) FROM works w WHERE w.exhibition_id = e.id) AS works
            FROM exhibitions e ORDER BY e.created DESC, e.id DESC
            """)];
    });

    public Task<Exhibition?> ExhibitionAsync(long id) => _cache.GetAsync($"exhibition:{id}", Gallery, async () =>
    {
        await using var c = await db.OpenAsync();
        return await c.QuerySingleOrDefaultAsync<Exhibition>("""
            SELECT e.id, e.title, e.statement, e.created, (SELECT COUNT(*) FROM works w WHERE w.exhibition_id = e.id) AS works
            FROM exhibitions e WHERE e.id = @id
            """, new { id });
    });

    public async Task<Exhibition> CreateExhibitionAsync(string title, string statement)
    {
        long now = Now;
        long id = await WriteAsync(ReadCache.All, (c, tx) => c.ExecuteScalarAsync<long>(
            "INSERT INTO exhibitions (title, statement, created) VALUES (@title, @statement, @now) RETURNING id", new { title, statement, now }, tx));
        return new Exhibition { Id = id, Title = title, Statement = statement, Created = now };
    }

    public Task<bool> UpdateExhibitionAsync(long id, string title, string statement) =>
        ChangeAsync("UPDATE exhibitions SET title = @title, statement = @statement WHERE id = @id", new { id, title, statement });

    public Task<bool> DeleteExhibitionAsync(long id) => ChangeAsync("DELETE FROM exhibitions WHERE id = @id", new { id });

    // A write that may change anything pages show (rare: curators' edits): it invalidates every cached read.
    private async Task<bool> ChangeAsync(string sql, object args) => await WriteAsync(ReadCache.All, (c, tx) => c.ExecuteAsync(sql, args, tx)) > 0;

    // --- works ---

    public Task<IReadOnlyList<Work>> WorksAsync(long exhibitionId) =>
        _cache.GetAsync<IReadOnlyList<Work>>($"works:{exhibitionId}", Gallery, async () =>
    {
        await using var c = await db.OpenAsync();
        return [.. await c.QueryAsync<Work>(
            $"SELECT {WorkColumns} FROM works WHERE exhibition_id = @exhibitionId AND status = 'done' ORDER BY created, id", new
            { exhibitionId })];
    });

    public Task<Work?> WorkAsync(long id) => _cache.GetAsync($"work:{id}", Gallery, async () =>
    {
        await using var c = await db.OpenAsync();
        return await c.QuerySingleOrDefaultAsync<Work>($"SELECT {WorkColumns} FROM works WHERE id = @id", new { id });
    });

    public async Task<Work> CreateWorkAsync(Work work)
    {
        work.Created = Now;
        work.Id = await WriteAsync(ReadCache.All, (c, tx) => c.ExecuteScalarAsync<long>("""
            INSERT INTO works (exhibition_id, title, statement, style, mood, strokes, width, height, source_kind,
                source_file, plan_file, image_file, thumb_file, created, status)
            VALUES (@ExhibitionId, @Title, @Statement, @Style, @Mood, @Strokes, @Width, @Height, @SourceKind,
                @SourceFile, @PlanFile, @ImageFile, @ThumbFile, @Created, @Status)
            RETURNING id
            """, work, tx));
        return work;
    }

    /// <summary>Hangs a queued work once painted: its files, size and strokes, and <c>done</c>.</summary>
    public Task<bool> FinishWorkAsync(Work w) => ChangeAsync("""
        UPDATE works SET mood = @Mood, strokes = @Strokes, width = @Width, height = @Height, source_file = @SourceFile,
            plan_file = @PlanFile, image_file = @ImageFile, thumb_file = @ThumbFile, status = 'done', error = ''
        WHERE id = @Id
        """, w);

    /// <summary>A queued work's progress: <c>painting</c>, or <c>failed</c> with the reason.</summary>
    public Task<bool> SetWorkStatusAsync(long id, string status, string error) =>
        ChangeAsync("UPDATE works SET status = @status, error = @error WHERE id = @id AND status <> 'done'", new { id, status, error });

    public Task<bool> UpdateWorkAsync(long id, string title, string statement) =>
        ChangeAsync("UPDATE works SET title = @title, statement = @statement WHERE id = @id", new { id, title, statement });

    public Task<bool> DeleteWorkAsync(long id) => ChangeAsync("DELETE FROM works WHERE id = @id", new { id });

    public async Task<bool> FileInUseAsync(string name)
    {
        await using var c = await db.OpenAsync();
        return await c.ExecuteScalarAsync<long>(
            "SELECT (SELECT COUNT(*) FROM works WHERE source_file = @name OR plan_file = @name OR image_file = @name OR thumb_file = @name)"
            + " + (SELECT COUNT(*) FROM paintings WHERE source_file = @name OR plan_file = @name)"
            + " + (SELECT COUNT(*) FROM timelapses WHERE webm_file = @name OR mp4_file = @name OR poster_file = @name)", new { name }) > 0;
    }

    // --- comments ---

    private const string CommentColumns = "id, work_id, parent_id, name, text, hidden, created";

    private const string ReplyColumns = "c.id, c.work_id, c.parent_id, c.name, c.text, c.hidden, c.created";

    // A page of threads: top-level comments in time order, then every reply under them, each row read once as the
    // recursion finds it. (Matching the found ids against the table afterwards made the planner hash-join a scan of
    // every comment in the gallery: 88 buffers a read at 5,300 comments, and growing; now 25.) The roots are a
    // subquery so that their ORDER BY and LIMIT stay theirs in SQLite too. Two fixed texts rather than an interpolated
    // direction: SQL here is never built from values.
    private const string ThreadsOldest = $"""
        WITH RECURSIVE thread AS (SELECT {CommentColumns} FROM (SELECT {CommentColumns} FROM comments
            WHERE work_id = @workId AND parent_id IS NULL ORDER BY created, id LIMIT @limit OFFSET @offset) AS roots
        UNION ALL SELECT {ReplyColumns} FROM comments c JOIN thread t ON c.parent_id = t.id)
        SELECT {CommentColumns} FROM thread ORDER BY created, id;
        SELECT COUNT(*) FROM comments WHERE work_id = @workId AND parent_id IS NULL;
        """;
    private const string ThreadsNewest = $"""
        WITH RECURSIVE thread AS (SELECT {CommentColumns} FROM (SELECT {CommentColumns} FROM comments
            WHERE work_id = @workId AND parent_id IS NULL ORDER BY created DESC, id DESC LIMIT @limit OFFSET @offset) AS roots
        UNION ALL SELECT {ReplyColumns} FROM comments c JOIN thread t ON c.parent_id = t.id)
        SELECT {CommentColumns} FROM thread ORDER BY created, id;
        SELECT COUNT(*) FROM comments WHERE work_id = @workId AND parent_id IS NULL;
        """;
    private const string Responses = "SELECT mood, COUNT(*) FROM responses WHERE work_id = @workId GROUP BY mood;";

    /// <summary>
    /// One page of a work's discussion: <paramref name="limit"/> top-level comments in time order, with every reply
    /// under them (hidden ones included; <see cref="CommentThreads"/> decides what visitors see), and how many
    /// top-level comments there are in all.
    /// </summary>
    public Task<(IReadOnlyList<Comment> Comments, long Threads)> ThreadsAsync(long workId, bool newestFirst, int limit, int offset) =>
        _cache.GetAsync<(IReadOnlyList<Comment>, long)>($"threads:{workId}:{newestFirst}:{limit}:{offset}", Talk(workId), async () =>
        {
            await using var c = await db.OpenAsync();
            await using var q = await c.QueryMultipleAsync(newestFirst ? ThreadsNewest : ThreadsOldest, new { workId, limit, offset });
            return ([.. await q.ReadAsync<Comment>()], await q.ReadSingleAsync<long>());
        });

    /// <summary>Everything a work's page shows, in one round trip: the work, its exhibition, a page of threads, the responses.</summary>
    public Task<WorkPageData?> WorkPageAsync(long workId, bool newestFirst, int limit, int offset) =>
        _cache.GetAsync($"page:{workId}:{newestFirst}:{limit}:{offset}", Talk(workId), () => ReadWorkPageAsync(workId, newestFirst, limit, offset));

    private async Task<WorkPageData?> ReadWorkPageAsync(long workId, bool newestFirst, int limit, int offset)
    {
        await using var c = await db.OpenAsync();
        await using var q = await c.QueryMultipleAsync($"""
            SELECT {WorkColumns} FROM works WHERE id = @workId;
            SELECT e.id, e.title, e.statement, e.created FROM exhibitions e JOIN works w ON w.exhibition_id = e.id WHERE w.id = @workId;
            {Responses}
            {(newestFirst ? ThreadsNewest : ThreadsOldest)}
            """, new { workId, limit, offset });
        var work = await q.ReadSingleOrDefaultAsync<Work>();
        var exhibition = await q.ReadSingleOrDefaultAsync<Exhibition>();
        var responses = Totals(await q.ReadAsync<(string, long)>());
        var comments = await q.ReadAsync<Comment>();
        long threads = await q.ReadSingleAsync<long>();
        return work is null || exhibition is null ? null : new WorkPageData(work, exhibition, [.. comments], threads, responses);
    }

    /// <summary>How many top-level comments come before this comment's thread in the given order (to find its page).</summary>
    public async Task<long> ThreadsBeforeAsync(Comment root, bool newestFirst)
    {
        await using var c = await db.OpenAsync();
        return await c.ExecuteScalarAsync<long>(newestFirst
            ? "SELECT COUNT(*) FROM comments WHERE work_id = @WorkId AND parent_id IS NULL AND (created > @Created OR (created = @Created AND id > " +
                "@Id))"
            : "SELECT COUNT(*) FROM comments WHERE work_id = @WorkId AND parent_id IS NULL AND (created < @Created OR (created = @Created AND id < " +
                "@Id))",
                root);
    }

    public async Task<Comment?> CommentAsync(long id)
    {
        await using var c = await db.OpenAsync();
        return await c.QuerySingleOrDefaultAsync<Comment>($"SELECT {CommentColumns} FROM comments WHERE id = @id", new { id });
    }

    public async Task<Comment> CreateCommentAsync(long workId, long? parentId, string name, string text, string client)
    {
        long now = Now;
        long id = await WriteAsync(Talk(workId), (c, tx) => c.ExecuteScalarAsync<long>("""
            INSERT INTO comments (work_id, parent_id, name, text, hidden, client, created)
            VALUES (@workId, @parentId, @name, @text, 0, @client, @now) RETURNING id
            """, new { workId, parentId, name, text, client, now }, tx));
        return new Comment { Id = id, WorkId = workId, ParentId = parentId, Name = name, Text = text, Created = now };
    }

    public Task<bool> SetCommentHiddenAsync(long id, bool hidden) => ChangeAsync("UPDATE comments SET hidden = @h WHERE id = @id", new
    { id, h = hidden ? 1 : 0 });

    /// <summary>Deletes a comment and, through the foreign key, every reply under it.</summary>
    public Task<bool> DeleteCommentAsync(long id) => ChangeAsync("DELETE FROM comments WHERE id = @id", new { id });

    // --- responses ---

    /// <summary>Records what one visitor felt before a work; a later answer from the same visitor replaces it.</summary>
    public Task RespondAsync(long workId, string client, string mood) => WriteAsync(Talk(workId), (c, tx) => c.ExecuteAsync("""
        INSERT INTO responses (work_id, client, mood, created) VALUES (@workId, @client, @mood, @now)
        ON CONFLICT (work_id, client) DO UPDATE SET mood = excluded.mood, created = excluded.created
        """, new { workId, client, mood, now = Now }, tx));

    /// <summary>How many visitors felt each mood (all four named, zeros included).</summary>
    public Task<IReadOnlyDictionary<string, long>> ResponsesAsync(long workId) => _cache.GetAsync<IReadOnlyDictionary<string,
        long>>($"responses:{workId}", Talk(workId), async () =>
    {
        await using var c = await db.OpenAsync();
        return Totals(await c.QueryAsync<(string, long)>(Responses, new { workId }));
    });

    private static Dictionary<string, long> Totals(IEnumerable<(string Mood, long N)> rows)
    {
        var totals = Mood.Names.ToDictionary(n => n, _ => 0L);
        foreach (var (m, n) in rows) totals[m] = n;
        return totals;
    }
}
