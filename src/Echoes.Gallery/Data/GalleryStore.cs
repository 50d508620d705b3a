using Dapper;
using Echoes.Moods;

namespace Echoes.Gallery.Data;

/// <summary>Every query the gallery makes, in one place; all SQL is fixed text with Dapper parameters.</summary>
internal sealed class GalleryStore(Database db, TimeProvider clock)
{
    static GalleryStore() => DefaultTypeMap.MatchNamesWithUnderscores = true;

    private const string WorkColumns = "id, exhibition_id, title, statement, style, mood, strokes, width, height, source_kind, source_file, plan_file, image_file, thumb_file, created";

    private long Now => clock.GetUtcNow().ToUnixTimeMilliseconds();

    public Database Database => db;

    // --- curator key ---

    public async Task<string?> CuratorKeyHashAsync()
    {
        await using var c = await db.OpenAsync();
        return await c.QuerySingleOrDefaultAsync<string>("SELECT key_hash FROM curator WHERE id = 1");
    }

    public async Task SetCuratorKeyHashAsync(string hash)
    {
        await using var c = await db.OpenAsync();
        await c.ExecuteAsync("""
            INSERT INTO curator (id, key_hash, created) VALUES (1, @hash, @now)
            ON CONFLICT (id) DO UPDATE SET key_hash = excluded.key_hash, created = excluded.created
            """, new { hash, now = Now });
    }

    // --- exhibitions ---

    public async Task<IReadOnlyList<Exhibition>> ExhibitionsAsync()
    {
        await using var c = await db.OpenAsync();
        return [.. await c.QueryAsync<Exhibition>("""
            SELECT e.id, e.title, e.statement, e.created, (SELECT COUNT(*) FROM works w WHERE w.exhibition_id = e.id) AS works
            FROM exhibitions e ORDER BY e.created DESC, e.id DESC
            """)];
    }

    public async Task<Exhibition?> ExhibitionAsync(long id)
    {
        await using var c = await db.OpenAsync();
        return await c.QuerySingleOrDefaultAsync<Exhibition>("""
            SELECT e.id, e.title, e.statement, e.created, (SELECT COUNT(*) FROM works w WHERE w.exhibition_id = e.id) AS works
            FROM exhibitions e WHERE e.id = @id
            """, new { id });
    }

    public async Task<Exhibition> CreateExhibitionAsync(string title, string statement)
    {
        await using var c = await db.OpenAsync();
        long now = Now;
        long id = await c.ExecuteScalarAsync<long>(
            "INSERT INTO exhibitions (title, statement, created) VALUES (@title, @statement, @now) RETURNING id", new { title, statement, now });
        return new Exhibition { Id = id, Title = title, Statement = statement, Created = now };
    }

    public async Task<bool> UpdateExhibitionAsync(long id, string title, string statement)
    {
        await using var c = await db.OpenAsync();
        return await c.ExecuteAsync("UPDATE exhibitions SET title = @title, statement = @statement WHERE id = @id", new { id, title, statement }) > 0;
    }

    public async Task<bool> DeleteExhibitionAsync(long id)
    {
        await using var c = await db.OpenAsync();
        return await c.ExecuteAsync("DELETE FROM exhibitions WHERE id = @id", new { id }) > 0;
    }

    // --- works ---

    public async Task<IReadOnlyList<Work>> WorksAsync(long exhibitionId)
    {
        await using var c = await db.OpenAsync();
        return [.. await c.QueryAsync<Work>($"SELECT {WorkColumns} FROM works WHERE exhibition_id = @exhibitionId ORDER BY created, id", new { exhibitionId })];
    }

    public async Task<Work?> WorkAsync(long id)
    {
        await using var c = await db.OpenAsync();
        return await c.QuerySingleOrDefaultAsync<Work>($"SELECT {WorkColumns} FROM works WHERE id = @id", new { id });
    }

    public async Task<Work> CreateWorkAsync(Work w)
    {
        await using var c = await db.OpenAsync();
        w.Created = Now;
        w.Id = await c.ExecuteScalarAsync<long>("""
            INSERT INTO works (exhibition_id, title, statement, style, mood, strokes, width, height, source_kind, source_file, plan_file, image_file, thumb_file, created)
            VALUES (@ExhibitionId, @Title, @Statement, @Style, @Mood, @Strokes, @Width, @Height, @SourceKind, @SourceFile, @PlanFile, @ImageFile, @ThumbFile, @Created)
            RETURNING id
            """, w);
        return w;
    }

    public async Task<bool> UpdateWorkAsync(long id, string title, string statement)
    {
        await using var c = await db.OpenAsync();
        return await c.ExecuteAsync("UPDATE works SET title = @title, statement = @statement WHERE id = @id", new { id, title, statement }) > 0;
    }

    public async Task<bool> DeleteWorkAsync(long id)
    {
        await using var c = await db.OpenAsync();
        return await c.ExecuteAsync("DELETE FROM works WHERE id = @id", new { id }) > 0;
    }

    public async Task<bool> FileInUseAsync(string name)
    {
        await using var c = await db.OpenAsync();
        return await c.ExecuteScalarAsync<long>(
            "SELECT COUNT(*) FROM works WHERE source_file = @name OR plan_file = @name OR image_file = @name OR thumb_file = @name", new { name }) > 0;
    }

    // --- comments ---

    public async Task<IReadOnlyList<Comment>> CommentsAsync(long workId, bool includeHidden)
    {
        await using var c = await db.OpenAsync();
        return [.. await c.QueryAsync<Comment>(
            "SELECT id, work_id, parent_id, name, text, hidden, created FROM comments WHERE work_id = @workId AND (hidden = 0 OR @includeHidden) ORDER BY created, id",
            new { workId, includeHidden })];
    }

    public async Task<Comment?> CommentAsync(long id)
    {
        await using var c = await db.OpenAsync();
        return await c.QuerySingleOrDefaultAsync<Comment>("SELECT id, work_id, parent_id, name, text, hidden, created FROM comments WHERE id = @id", new { id });
    }

    public async Task<Comment> CreateCommentAsync(long workId, long? parentId, string name, string text, string client)
    {
        await using var c = await db.OpenAsync();
        long now = Now;
        long id = await c.ExecuteScalarAsync<long>("""
            INSERT INTO comments (work_id, parent_id, name, text, hidden, client, created)
            VALUES (@workId, @parentId, @name, @text, 0, @client, @now) RETURNING id
            """, new { workId, parentId, name, text, client, now });
        return new Comment { Id = id, WorkId = workId, ParentId = parentId, Name = name, Text = text, Created = now };
    }

    public async Task<bool> SetCommentHiddenAsync(long id, bool hidden)
    {
        await using var c = await db.OpenAsync();
        return await c.ExecuteAsync("UPDATE comments SET hidden = @h WHERE id = @id", new { id, h = hidden ? 1 : 0 }) > 0;
    }

    /// <summary>Deletes a comment and, through the foreign key, every reply under it.</summary>
    public async Task<bool> DeleteCommentAsync(long id)
    {
        await using var c = await db.OpenAsync();
        return await c.ExecuteAsync("DELETE FROM comments WHERE id = @id", new { id }) > 0;
    }

    public async Task<IReadOnlyList<long>> CommentIdsAsync()
    {
        await using var c = await db.OpenAsync();
        return [.. await c.QueryAsync<long>("SELECT id FROM comments")];
    }

    // --- responses ---

    /// <summary>Records what one visitor felt before a work; a later answer from the same visitor replaces it.</summary>
    public async Task RespondAsync(long workId, string client, string mood)
    {
        await using var c = await db.OpenAsync();
        await c.ExecuteAsync("""
            INSERT INTO responses (work_id, client, mood, created) VALUES (@workId, @client, @mood, @now)
            ON CONFLICT (work_id, client) DO UPDATE SET mood = excluded.mood, created = excluded.created
            """, new { workId, client, mood, now = Now });
    }

    /// <summary>How many visitors felt each mood (all four named, zeros included).</summary>
    public async Task<IReadOnlyDictionary<string, long>> ResponsesAsync(long workId)
    {
        await using var c = await db.OpenAsync();
        var rows = await c.QueryAsync<(string Mood, long N)>("SELECT mood, COUNT(*) FROM responses WHERE work_id = @workId GROUP BY mood", new { workId });
        var totals = Mood.Names.ToDictionary(n => n, _ => 0L);
        foreach (var (m, n) in rows) totals[m] = n;
        return totals;
    }
}
