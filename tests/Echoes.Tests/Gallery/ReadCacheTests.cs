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

    // Runs the read as part of a request through the read-your-writes middleware: from a visitor whose last write is
    // numbered seen (or who wrote nothing), as a page view or not.
    private static async Task<int> VisitAsync(ReadCache cache, long? seen, bool page, Func<Task<int>> read)
    {
        var ctx = new DefaultHttpContext();
        if (seen is long v) ctx.Request.Headers.Cookie = $"{ReadYourWrites.CookieName}={v}";
        int result = 0;
        await ReadYourWrites.Middleware(cache)(ctx, async () =>
        {
            if (page) ReadYourWrites.PageView();
            result = await read();
        });
        return result;
    }
}
