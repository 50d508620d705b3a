using Echoes.Gallery.Data;
using Microsoft.AspNetCore.Http;

namespace Echoes.Tests.Gallery;

/// <summary>The gallery's read cache: kept until its tag changes, misses shared, writes heard from other servers.</summary>
public sealed class ReadCacheTests
{
    [Fact]
    public async Task Visitors_missing_the_same_entry_together_share_one_read()
    {
        var cache = new ReadCache(null);
        int reads = 0;
        var gate = new TaskCompletionSource();
        async Task<int> Read()
        {
            Interlocked.Increment(ref reads);
            await gate.Task;
            return 42;
        }
        var waiting = Enumerable.Range(0, 30).Select(_ => cache.GetAsync("page:1", "talk:1", Read)).ToArray();
        gate.SetResult();
        Assert.All(await Task.WhenAll(waiting), v => Assert.Equal(42, v));
        Assert.Equal(1, reads);

        // Kept afterwards, until something under its tag changes.
        Assert.Equal(42, await cache.GetAsync("page:1", "talk:1", Read));
        Assert.Equal(1, reads);
        cache.Changed("talk:1");
        await cache.GetAsync("page:1", "talk:1", Read);
        Assert.Equal(2, reads);
    }

    [Fact]
    public async Task A_read_begun_before_a_write_is_not_shared_with_requests_after_it()
    {
        var cache = new ReadCache(null);
        var gate = new TaskCompletionSource();
        int reads = 0;
        async Task<int> Read()
        {
            int n = Interlocked.Increment(ref reads);
            if (n == 1) await gate.Task; // the first read is slow, and began before the write
            return n;
        }
        var before = cache.GetAsync("page:1", "talk:1", Read);
        cache.Changed("talk:1", version: 7); // heard from another server
        Assert.Equal(2, await cache.GetAsync("page:1", "talk:1", Read));
        gate.SetResult();
        Assert.Equal(1, await before);
        Assert.NotNull(cache.AppliedAt(7));
    }

    [Fact]
    public void A_write_heard_after_a_later_numbered_one_is_not_taken_as_applied_before_it_arrives()
    {
        // Writes commit in another order than they are numbered: hearing 9 says nothing of 8, still in flight.
        var cache = new ReadCache(maxAgeMs: null) { Coherent = true };
        cache.Changed("talk:1", version: 9);
        Assert.Null(cache.AppliedAt(8));
        cache.Changed("talk:2", version: 8);
        Assert.True(cache.AppliedAt(8) > cache.AppliedAt(9));
    }

    [Fact]
    public async Task A_page_view_after_a_change_gets_the_page_as_it_was_while_one_read_brings_it_up_to_date()
    {
        var cache = new ReadCache(maxAgeMs: 2000) { Coherent = true };
        var gate = new TaskCompletionSource();
        int reads = 0;
        async Task<int> Read()
        {
            int n = Interlocked.Increment(ref reads);
            if (n == 2) await gate.Task; // the read after the change takes a while
            return n;
        }
        Assert.Equal(1, await VisitAsync(cache, null, page: true, () => cache.GetAsync("page:1", "talk:1", Read)));
        cache.Changed("talk:1", version: 5); // another visitor's comment, heard from another server

        // Page views are not held up by the read; other reads (the API, background work) wait for it.
        Assert.Equal(1, await VisitAsync(cache, null, page: true, () => cache.GetAsync("page:1", "talk:1", Read)));
        var api = VisitAsync(cache, null, page: false, () => cache.GetAsync("page:1", "talk:1", Read));
        Assert.False(api.IsCompleted);
        Assert.Equal(2, reads); // one read, shared
        gate.SetResult();
        Assert.Equal(2, await api);
        Assert.Equal(2, await VisitAsync(cache, null, page: true, () => cache.GetAsync("page:1", "talk:1", Read)));
        Assert.Equal(2, reads);
    }

    [Fact]
    public async Task The_visitor_who_wrote_is_never_served_a_page_kept_from_before_their_write()
    {
        var cache = new ReadCache(maxAgeMs: 2000) { Coherent = true };
        int reads = 0;
        Task<int> Read() => Task.FromResult(Interlocked.Increment(ref reads));
        Assert.Equal(1, await VisitAsync(cache, null, page: true, () => cache.GetAsync("page:1", "talk:1", Read)));

        // This server has not heard of the visitor's write 8 yet: the visitor reads past the cache, the cache is untouched.
        Assert.Equal(2, await VisitAsync(cache, 8, page: true, () => cache.GetAsync("page:1", "talk:1", Read)));
        Assert.Equal(1, await VisitAsync(cache, null, page: true, () => cache.GetAsync("page:1", "talk:1", Read)));

        // Once it has, the writer waits for a read begun after it, while another visitor may still get the page as it was.
        cache.Changed("talk:1", version: 8);
        Assert.Equal(3, await VisitAsync(cache, 8, page: true, () => cache.GetAsync("page:1", "talk:1", Read)));
        Assert.Equal(3, await VisitAsync(cache, 8, page: true, () => cache.GetAsync("page:1", "talk:1", Read)));

        // A later change by someone else: the writer, whose write that page already shows, may now be served it as it was.
        cache.Changed("talk:1", version: 9);
        Assert.Equal(3, await VisitAsync(cache, 8, page: true, () => cache.GetAsync("page:1", "talk:1", Read)));
    }

    [Fact]
    public async Task A_visitor_who_wrote_elsewhere_gets_the_page_as_it_was_but_never_one_missing_any_of_their_writes()
    {
        var cache = new ReadCache(maxAgeMs: 2000) { Coherent = true };
        var gate = new TaskCompletionSource();
        int reads = 0;
        async Task<int> Read()
        {
            int n = Interlocked.Increment(ref reads);
            if (n >= 2) await gate.Task; // the reads after the changes take a while
            return n;
        }
        Task<int> View(string? seen) => VisitWithCookieAsync(cache, seen, page: true, () => cache.GetAsync("page:1", "talk:1", Read));
        Assert.Equal(1, await View(null));
        cache.Changed(["talk:2", "talk:1"], version: 8); // a visitor's comment on another work, committed with one here
        cache.Changed("talk:1", version: 9); // then someone else's here

        // Nothing that visitor wrote can be missing from the page as it was: they get it while one read runs.
        var elsewhere = View("8:talk:2");
        Assert.True(elsewhere.IsCompleted);
        Assert.Equal(1, await elsewhere);

        // A visitor who commented here and then on a third work waits: their last write is elsewhere, the one before not.
        cache.Changed("talk:1", version: 10);
        cache.Changed("talk:3", version: 11);
        var here = View("11:talk:3.10:talk:1");
        Assert.False(here.IsCompleted);
        gate.SetResult();
        Assert.Equal(3, await here);

        // Four writes elsewhere, all after the page was read: one before them, not named, may have been here.
        gate = new TaskCompletionSource();
        foreach (long v in (long[])[12, 13, 14, 15]) cache.Changed("talk:3", v);
        cache.Changed("talk:1", version: 16);
        Assert.True(View("15:talk:3.14:talk:3.13:talk:3").IsCompleted);
        Assert.False(View("15:talk:3.14:talk:3.13:talk:3.12:talk:3").IsCompleted);
        gate.SetResult();
    }

    // Runs the read as part of a request through the read-your-writes middleware: from a visitor whose last write is
    // numbered seen (or who wrote nothing), as a page view or not.
    private static Task<int> VisitAsync(ReadCache cache, long? seen, bool page, Func<Task<int>> read) =>
        VisitWithCookieAsync(cache, seen?.ToString(System.Globalization.CultureInfo.InvariantCulture), page, read);

    // The same, with the visitor's cookie as written: their writes ("number:tag"), newest first, joined by dots.
    private static async Task<int> VisitWithCookieAsync(ReadCache cache, string? seen, bool page, Func<Task<int>> read)
    {
        var ctx = new DefaultHttpContext();
        if (seen is not null) ctx.Request.Headers.Cookie = $"{ReadYourWrites.CookieName}={seen}";
        int result = 0;
        await ReadYourWrites.Middleware(cache)(ctx, async () =>
        {
            if (page) ReadYourWrites.PageView();
            result = await read();
        });
        return result;
    }
}
