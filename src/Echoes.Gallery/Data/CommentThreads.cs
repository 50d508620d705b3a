namespace Echoes.Gallery.Data;

/// <summary>A discussion as threads: top-level comments in the chosen order, replies under each oldest first.
/// A reply whose parent is not shown (hidden) is shown at the top level, so no visible text is lost.</summary>
internal sealed class CommentThreads
{
    public CommentThreads(IReadOnlyList<Comment> all, bool newestFirst)
    {
        var ids = all.Select(c => c.Id).ToHashSet();
        Replies = all.Where(c => c.ParentId is long p && ids.Contains(p)).ToLookup(c => c.ParentId!.Value);
        var roots = all.Where(c => c.ParentId is not long p || !ids.Contains(p));
        Roots = [.. newestFirst ? roots.OrderByDescending(c => c.Created).ThenByDescending(c => c.Id) : roots.OrderBy(c => c.Created).ThenBy(c => c.Id)];
    }

    public IReadOnlyList<Comment> Roots { get; }

    public ILookup<long, Comment> Replies { get; }
}
