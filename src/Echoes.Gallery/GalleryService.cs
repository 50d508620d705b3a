using Echoes.Gallery.Data;
using Echoes.Gallery.Web;
using Echoes.Gallery.Works;
using Echoes.Moods;

namespace Echoes.Gallery;

/// <summary>
/// The gallery's operations, shared by the pages' forms and the JSON API: each checks its input (lengths, plain text,
/// existence) and throws <see cref="GalleryError"/> or <see cref="EchoesException"/> with the line the caller sees.
/// </summary>
internal sealed class GalleryService(GalleryStore store, BlobStore blobs, RenderCache renders, Timelapses timelapses)
{
    public const int MaxName = 60;
    public const int MaxComment = 2000;
    public const int MaxDepth = 6;

    public GalleryStore Store => store;

    public Timelapses Timelapses => timelapses;

    public async Task<Exhibition> ExhibitionAsync(long id) => await store.ExhibitionAsync(id) ?? throw GalleryError.NotFound($"exhibition {id}");

    public async Task<Work> WorkAsync(long id) => await store.WorkAsync(id) ?? throw GalleryError.NotFound($"work {id}");

    public Task<Exhibition> CreateExhibitionAsync(string? title, string? statement) =>
        store.CreateExhibitionAsync(Field.Line("title", title, PaintRequest.MaxTitle), Field.Check("statement", statement,
            PaintRequest.MaxStatement, required: false));

    public async Task<Exhibition> UpdateExhibitionAsync(long id, string? title, string? statement)
    {
        var e = await ExhibitionAsync(id);
        await store.UpdateExhibitionAsync(id, title is null ? e.Title : Field.Line("title", title, PaintRequest.MaxTitle),
            statement is null ? e.Statement : Field.Check("statement", statement, PaintRequest.MaxStatement, required: false));
        return await ExhibitionAsync(id);
    }

    public async Task DeleteExhibitionAsync(long id)
    {
        var works = await store.WorksAsync(id);
        var videos = new List<string>();
        foreach (var w in works) videos.AddRange((await timelapses.GetAsync(w.Id))?.Files ?? []);
        if (!await store.DeleteExhibitionAsync(id)) throw GalleryError.NotFound($"exhibition {id}");
        foreach (var w in works) await ForgetFilesAsync(w, videos);
    }

    public async Task<Work> UpdateWorkAsync(long id, string? title, string? statement)
    {
        var w = await WorkAsync(id);
        await store.UpdateWorkAsync(id, title is null ? w.Title : Field.Line("title", title, PaintRequest.MaxTitle),
            statement is null ? w.Statement : Field.Check("statement", statement, PaintRequest.MaxStatement, required: false));
        return await WorkAsync(id);
    }

    public async Task<long> DeleteWorkAsync(long id)
    {
        var w = await WorkAsync(id);
        var videos = (await timelapses.GetAsync(id))?.Files.ToList() ?? [];
        await store.DeleteWorkAsync(id);
        await ForgetFilesAsync(w, videos);
        return w.ExhibitionId;
    }

    // Files are shared by content: remove one only when no remaining work uses it; renders go with their plan, and
    // time-lapse files (read before the delete took their rows) with their work.
    private async Task ForgetFilesAsync(Work w, IEnumerable<string> timelapseFiles)
    {
        foreach (var name in new[] { w.SourceFile, w.PlanFile, w.ImageFile, w.ThumbFile }.Concat(timelapseFiles))
            if (!await store.FileInUseAsync(name))
            {
                if (name == w.PlanFile) await renders.ForgetAsync(name);
                await blobs.DeleteAsync(name);
            }
    }

    public async Task<Comment> PostCommentAsync(long workId, string? name, string? text, long? parentId, string client)
    {
        await WorkAsync(workId);
        string n = Field.Line("name", name, MaxName);
        string t = Field.Check("text", text, MaxComment);
        if (parentId is long p)
        {
            var parent = await store.CommentAsync(p);
            if (parent is null || parent.WorkId != workId) throw new GalleryError(400, $"parentId: comment {p} is not in this work's discussion");
            if (await DepthAsync(parent) >= MaxDepth) throw new GalleryError(400,
                $"parentId: replies nest at most {MaxDepth} deep; reply higher up the thread");
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

    /// <summary>A page of a work's discussion; <paramref name="order"/> is <c>newest</c> (the default) or <c>oldest</c>.</summary>
    public async Task<CommentThreads> DiscussionAsync(long workId, string? order, int? page, bool curator)
    {
        await WorkAsync(workId);
        var (newest, p) = DiscussionPage(order, page);
        var (comments, threads) = await store.ThreadsAsync(workId, newest, CommentThreads.PageSize, (p - 1) * CommentThreads.PageSize);
        return new CommentThreads(comments, newest, curator, threads, p);
    }

    /// <summary>A work's page: the work, its exhibition, a page of its discussion and the responses; and which page of
    /// the discussion in which order (a <see cref="CommentThreads"/> of them shows it to a visitor or a curator).</summary>
    public async Task<(WorkPageData Data, bool NewestFirst, int Page)> WorkPageAsync(long workId, string? order, int? page)
    {
        var (newest, p) = DiscussionPage(order, page);
        var d = await store.WorkPageAsync(workId, newest, CommentThreads.PageSize, (p - 1) * CommentThreads.PageSize)
            ?? throw GalleryError.NotFound($"work {workId}");
        return (d, newest, p);
    }

    private static (bool NewestFirst, int Page) DiscussionPage(string? order, int? page)
    {
        bool newest = order switch
        {
            null or "" or "newest" => true,
            "oldest" => false,
            _ => throw new GalleryError(400, $"order: expected newest or oldest (got \"{(order.Length > 20 ? order[..20] : order)}\")"),
        };
        int p = page ?? 1;
        return p is < 1 or > 1_000_000 ? throw new GalleryError(400, "page: must be 1 or more") : (newest, p);
    }

    /// <summary>Where a comment is shown on its work's page, newest threads first: <c>/works/{id}?page=N#c{comment}</c>.</summary>
    public async Task<string> LinkAsync(Comment c)
    {
        var root = c;
        while (root.ParentId is long p && await store.CommentAsync(p) is { } parent) root = parent;
        long before = await store.ThreadsBeforeAsync(root, newestFirst: true);
        long page = before / CommentThreads.PageSize + 1;
        return $"/works/{c.WorkId}{(page > 1 ? $"?page={page}" : "")}#c{c.Id}";
    }

    public async Task<IReadOnlyDictionary<string, long>> RespondAsync(long workId, string? mood, string visitor)
    {
        await WorkAsync(workId);
        string m = (mood ?? "").Trim().ToLowerInvariant();
        if (!Mood.Names.Contains(m)) throw new GalleryError(400,
            $"mood: expected one of {string.Join(", ", Mood.Names)} (got \"{(m.Length > 20 ? m[..20] : m)}\")");
        await store.RespondAsync(workId, visitor, m);
        return await store.ResponsesAsync(workId);
    }
}
