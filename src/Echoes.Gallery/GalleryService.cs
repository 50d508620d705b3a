using Echoes.Gallery.Data;
using Echoes.Gallery.Web;
using Echoes.Gallery.Works;
using Echoes.Moods;

namespace Echoes.Gallery;

/// <summary>
/// The gallery's operations, shared by the pages' forms and the JSON API: each checks its input (lengths, plain text,
/// existence) and throws <see cref="GalleryError"/> or <see cref="EchoesException"/> with the line the caller sees.
/// </summary>
internal sealed class GalleryService(GalleryStore store, BlobStore blobs)
{
    public const int MaxName = 60;
    public const int MaxComment = 2000;
    public const int MaxDepth = 6;

    public GalleryStore Store => store;

    public async Task<Exhibition> ExhibitionAsync(long id) => await store.ExhibitionAsync(id) ?? throw GalleryError.NotFound($"exhibition {id}");

    public async Task<Work> WorkAsync(long id) => await store.WorkAsync(id) ?? throw GalleryError.NotFound($"work {id}");

    public Task<Exhibition> CreateExhibitionAsync(string? title, string? statement) =>
        store.CreateExhibitionAsync(Field.Check("title", title, PaintRequest.MaxTitle), Field.Check("statement", statement, PaintRequest.MaxStatement, required: false));

    public async Task<Exhibition> UpdateExhibitionAsync(long id, string? title, string? statement)
    {
        var e = await ExhibitionAsync(id);
        e.Title = title is null ? e.Title : Field.Check("title", title, PaintRequest.MaxTitle);
        e.Statement = statement is null ? e.Statement : Field.Check("statement", statement, PaintRequest.MaxStatement, required: false);
        await store.UpdateExhibitionAsync(id, e.Title, e.Statement);
        return e;
    }

    public async Task DeleteExhibitionAsync(long id)
    {
        var works = await store.WorksAsync(id);
        if (!await store.DeleteExhibitionAsync(id)) throw GalleryError.NotFound($"exhibition {id}");
        foreach (var w in works) await ForgetFilesAsync(w);
    }

    public async Task<Work> UpdateWorkAsync(long id, string? title, string? statement)
    {
        var w = await WorkAsync(id);
        w.Title = title is null ? w.Title : Field.Check("title", title, PaintRequest.MaxTitle);
        w.Statement = statement is null ? w.Statement : Field.Check("statement", statement, PaintRequest.MaxStatement, required: false);
        await store.UpdateWorkAsync(id, w.Title, w.Statement);
        return w;
    }

    public async Task<long> DeleteWorkAsync(long id)
    {
        var w = await WorkAsync(id);
        await store.DeleteWorkAsync(id);
        await ForgetFilesAsync(w);
        return w.ExhibitionId;
    }

    // Files are shared by content: remove one only when no remaining work uses it.
    private async Task ForgetFilesAsync(Work w)
    {
        foreach (var name in new[] { w.SourceFile, w.PlanFile, w.ImageFile, w.ThumbFile })
            if (!await store.FileInUseAsync(name) && blobs.PathOf(name) is { } path) File.Delete(path);
    }

    public async Task<Comment> PostCommentAsync(long workId, string? name, string? text, long? parentId, string client)
    {
        await WorkAsync(workId);
        string n = Field.Check("name", name, MaxName);
        string t = Field.Check("text", text, MaxComment);
        if (parentId is long p)
        {
            var parent = await store.CommentAsync(p);
            if (parent is null || parent.WorkId != workId) throw new GalleryError(400, $"parentId: comment {p} is not in this work's discussion");
            if (await DepthAsync(parent) >= MaxDepth) throw new GalleryError(400, $"parentId: replies nest at most {MaxDepth} deep; reply higher up the thread");
        }
        return await store.CreateCommentAsync(workId, parentId, n, t, client);
    }

    private async Task<int> DepthAsync(Comment c)
    {
        int depth = 1;
        while (c.ParentId is long p && await store.CommentAsync(p) is { } parent) { c = parent; depth++; }
        return depth;
    }

    public async Task<long> ModerateAsync(long commentId, string action)
    {
        var c = await store.CommentAsync(commentId) ?? throw GalleryError.NotFound($"comment {commentId}");
        _ = action switch
        {
            "hide" => await store.SetCommentHiddenAsync(commentId, true),
            "unhide" => await store.SetCommentHiddenAsync(commentId, false),
            "delete" => await store.DeleteCommentAsync(commentId),
            _ => throw new GalleryError(400, $"unknown moderation \"{action}\" (hide, unhide or delete)"),
        };
        return c.WorkId;
    }

    public async Task<IReadOnlyDictionary<string, long>> RespondAsync(long workId, string? mood, string visitor)
    {
        await WorkAsync(workId);
        string m = (mood ?? "").Trim().ToLowerInvariant();
        if (!Mood.Names.Contains(m)) throw new GalleryError(400, $"mood: expected one of {string.Join(", ", Mood.Names)} (got \"{(m.Length > 20 ? m[..20] : m)}\")");
        await store.RespondAsync(workId, visitor, m);
        return await store.ResponsesAsync(workId);
    }
}
