using System.Globalization;
using Microsoft.AspNetCore.Http;

namespace Echoes.Gallery.Data;

/// <summary>
/// A visitor sees their own writes wherever the proxy sends their next request. A write's answer carries a short-lived
/// cookie with the write's number; a server whose <see cref="ReadCache"/> has not yet applied that very write (its
/// <see cref="ChangeFeed"/> is a few milliseconds behind, or has heard later-numbered writes first) answers that visitor
/// from the database, past the cache; one that has applied it serves them nothing kept from before it.
/// </summary>
internal static class ReadYourWrites
{
    public const string CookieName = "echoes_seen";
    /// <summary>How long a visitor's write number is kept: far longer than any announcement takes to reach every server.</summary>
    public static readonly TimeSpan Remembered = TimeSpan.FromMinutes(1);
    private static readonly AsyncLocal<Visit?> Current = new();

    // What the request's visitor must see: nothing kept from before the cache's change count Seen (their last write), or,
    // while this cache has not applied that write (null), nothing from the cache; and whether the request is a page
    // view, which may be served a page a moment old.
    private sealed class Visit(long? seen)
    {
        public long? Seen { get; } = seen;
        public bool Fresh => Seen is null;
        public bool PageView { get; set; }
        public long Wrote { get; set; }
    }

    /// <summary>Whether the request under way must read past the cache.</summary>
    public static bool MustReadFresh => Current.Value?.Fresh == true;

    /// <summary>Marks the request under way as a visitor's page view: while one read brings a page that has just changed
    /// up to date, the page as it was may answer it (unless it is older than the visitor's own last write).</summary>
    public static void PageView()
    {
        if (Current.Value is { } v) v.PageView = true;
    }

    /// <summary>Whether the request under way may be answered with an entry whose read began at the cache's change count
    /// <paramref name="change"/> although a change has made it stale since.</summary>
    public static bool MayServeReadAt(long change) => Current.Value is { PageView: true, Seen: long seen } && change >= seen;

    /// <summary>Records that the request under way wrote the numbered write (after its commit).</summary>
    public static void Wrote(long version)
    {
        if (Current.Value is { } v && version > v.Wrote) v.Wrote = version;
    }

    /// <summary>Middleware: reads the visitor's last write number, and hands out the number of any write the request makes.</summary>
    public static Func<HttpContext, Func<Task>, Task> Middleware(ReadCache cache) => (ctx, next) =>
    {
        long? seen = 0;
        if (ctx.Request.Cookies.TryGetValue(CookieName, out var c) && long.TryParse(c, NumberStyles.None, CultureInfo.InvariantCulture, out long v))
            seen = cache.AppliedAt(v);
        var visit = new Visit(seen);
        Current.Value = visit;
        ctx.Response.OnStarting(() =>
        {
            if (visit.Wrote > 0)
                ctx.Response.Cookies.Append(CookieName, visit.Wrote.ToString(CultureInfo.InvariantCulture), new CookieOptions
                {
                    HttpOnly = true, SameSite = SameSiteMode.Lax, Secure = ctx.Request.IsHttps, Path = "/", MaxAge = Remembered,
                });
            return Task.CompletedTask;
        });
        return next();
    };
}
