using Echoes.Gallery.Data;

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
        Assert.True(cache.HasApplied(7));
    }

    [Fact]
    public void A_write_heard_after_a_later_numbered_one_is_not_taken_as_applied_before_it_arrives()
    {
        // Writes commit in another order than they are numbered: hearing 9 says nothing of 8, still in flight.
        var cache = new ReadCache(maxAgeMs: null) { Coherent = true };
        cache.Changed("talk:1", version: 9);
        Assert.False(cache.HasApplied(8));
        cache.Changed("talk:2", version: 8);
        Assert.True(cache.HasApplied(8) && cache.HasApplied(9));
    }
}
