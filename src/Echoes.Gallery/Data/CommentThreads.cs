namespace Echoes.Gallery.Data;

/// <summary>
/// A page of discussion as threads: top-level comments in the chosen order, replies under each oldest first. Visitors
/// see a hidden comment only as a blank placeholder, and only when it has visible replies (so the thread still reads);
/// curators see everything, marked hidden.
/// </summary>
internal sealed class CommentThreads
{
    public const int PageSize = 30;

    public CommentThreads(IReadOnlyList<Comment> page, bool newestFirst, bool curator, long totalThreads, int pageNumber)
    {
        var replies = page.Where(c => c.ParentId is not null).ToLookup(c => c.ParentId!.Value);
        var shown = new Dictionary<long, Comment>();
        bool Visible(Comment c)
        {
            bool any = false;
            foreach (var r in replies[c.Id]) any |= Visible(r);
            if (curator || !c.Hidden) { shown[c.Id] = c; return true; }
            if (any) shown[c.Id] = new Comment { Id = c.Id, WorkId = c.WorkId, ParentId = c.ParentId, Hidden = true, Created = c.Created };
            return any;
        }
        var roots = page.Where(c => c.ParentId is null).Where(Visible).Select(c => shown[c.Id]);
        Roots = [.. newestFirst ? roots.OrderByDescending(c => c.Created).ThenByDescending(c => c.Id)
            : roots.OrderBy(c => c.Created).ThenBy(c => c.Id)];
        Replies = shown.Values.Where(c => c.ParentId is not null).OrderBy(c => c.Created).ThenBy(c => c.Id).ToLookup(c => c.ParentId!.Value);
        (NewestFirst, TotalThreads, Page) = (newestFirst, totalThreads, pageNumber);
    }

    public IReadOnlyList<Comment> Roots { get; }

    public ILookup<long, Comment> Replies { get; }

    public bool NewestFirst { get; }

    public long TotalThreads { get; }

    /// <summary>1-based.</summary>
    public int Page { get; }

    public int Pages => (int)Math.Max(1, (TotalThreads + PageSize - 1) / PageSize);
}
