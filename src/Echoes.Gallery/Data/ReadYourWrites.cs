using System.Globalization;
using Microsoft.AspNetCore.Http;

namespace Echoes.Gallery.Data;

/// <summary>
/// A visitor sees their own writes wherever the proxy sends their next request. A write's answer carries a short-lived
/// cookie naming the visitor's last few writes, each by its number and the cache tag it changed (a comment: its work's
/// discussion); a server whose <see cref="ReadCache"/> has not yet applied one of them (its <see cref="ChangeFeed"/> is a
/// few milliseconds behind, or has heard later-numbered writes first) answers that visitor from the database, past the
/// cache; one that has applied them serves them nothing kept from before one of them under the same tag. (A write's
/// number is shared by every write committed with it, so the tag must come from the visitor's own write.)
/// </summary>
internal static class ReadYourWrites
{
    public const string CookieName = "echoes_seen";
    /// <summary>How long a visitor's writes are remembered: far longer than any announcement takes to reach every server.</summary>
    public static readonly TimeSpan Remembered = TimeSpan.FromMinutes(1);
    /// <summary>How many of a visitor's writes the cookie names, newest first.</summary>
    public const int Listed = 4;
    private static readonly AsyncLocal<Visit?> Current = new();

    // One write of the visitor's: its number and the tag it changed.
    private readonly record struct Write(long Version, string Tag);

    // What the request's visitor must see: the writes the cookie names (newest first) and the cache's change counts at
    // which they were applied, or, while this cache has not applied one of them (null), nothing from the cache; and
    // whether the request is a page view, which may be served a page a moment old.
    private sealed class Visit(Write[] listed, long[]? applied)
    {
        public Write[] Listed { get; } = listed;
        public bool Fresh => applied is null;
        public bool PageView { get; set; }
        public List<Write> Wrote { get; } = [];

        // Whether an entry under the tag read from the change count on holds every write of theirs under it. Writes
        // older than those listed were applied before the oldest listed one (a visitor's writes commit one after
        // another), so a full list whose oldest is newer than the entry may hide one.
        public bool Shows(long change, string tag)
        {
            if (applied is null || (applied.Length == ReadYourWrites.Listed && applied[^1] > change)) return false;
            for (int i = 0; i < applied.Length; i++)
                if (applied[i] > change && (Listed[i].Tag == tag || Listed[i].Tag == ReadCache.All)) return false;
            return true;
        }
    }

    /// <summary>Whether the request under way must read past the cache.</summary>
    public static bool MustReadFresh => Current.Value?.Fresh == true;

    /// <summary>Marks the request under way as a visitor's page view: while one read brings a page that has just changed
    /// up to date, the page as it was may answer it (unless one of the visitor's own writes may be missing from it).</summary>
    public static void PageView()
    {
        if (Current.Value is { } v) v.PageView = true;
    }

    /// <summary>Whether the request under way may be answered with an entry under <paramref name="tag"/> whose read began
    /// at the cache's change count <paramref name="change"/> although a change has made it stale since.</summary>
    public static bool MayServeReadAt(long change, string tag) => Current.Value is { PageView: true } v && v.Shows(change, tag);

    /// <summary>Records that the request under way made the numbered write under the tag (after its commit).</summary>
    public static void Wrote(long version, string tag)
    {
        if (version > 0 && Current.Value is { } v) lock (v.Wrote) v.Wrote.Add(new(version, tag));
    }

    /// <summary>Middleware: reads the visitor's last writes, and hands out those the request makes.</summary>
    public static Func<HttpContext, Func<Task>, Task> Middleware(ReadCache cache) => (ctx, next) =>
    {
        var listed = ctx.Request.Cookies.TryGetValue(CookieName, out var c) ? Parse(c) : [];
        var applied = listed.Select(w => cache.AppliedAt(w.Version)).ToArray();
        var visit = new Visit(listed, applied.Contains(null) ? null : [.. applied.Select(a => a!.Value)]);
        Current.Value = visit;
        ctx.Response.OnStarting(() =>
        {
            if (visit.Wrote.Count > 0)
                ctx.Response.Cookies.Append(CookieName, Format(visit.Wrote.OrderByDescending(w => w.Version).Concat(visit.Listed)), new()
                {
                    HttpOnly = true, SameSite = SameSiteMode.Lax, Secure = ctx.Request.IsHttps, Path = "/", MaxAge = Remembered,
                });
            return Task.CompletedTask;
        });
        return next();
    };

    // "number:tag" for each write, newest first, joined by dots (a tag holding a dot is written as everything).
    private static string Format(IEnumerable<Write> writes) => string.Join('.', writes.Distinct().Take(Listed)
        .Select(w => string.Create(CultureInfo.InvariantCulture, $"{w.Version}:{(w.Tag.Contains('.') ? ReadCache.All : w.Tag)}")));

    // The writes a cookie names, newest first; anything unreadable in it is ignored, and a bare number (as written before
    // writes named their tags) counts as a write under every tag.
    private static Write[] Parse(string cookie) => [.. cookie.Split('.').Take(Listed).Select(s => s.Split(':', 2))
        .Select(p => long.TryParse(p[0], NumberStyles.None, CultureInfo.InvariantCulture, out long v)
            ? new Write(v, p.Length > 1 ? p[1] : ReadCache.All) : default)
        .Where(w => w.Version > 0)];
}
