using System.Net;
using Echoes.Gallery;
using SkiaSharp;

namespace Echoes.Tests.Gallery;

/// <summary>Downloads anyone may ask for: widths on a ladder, one bounded queue, a disk cache with a size limit.</summary>
public sealed class GalleryDownloadTests
{
    private static async Task<SqliteGallery> StartAsync(Func<GalleryOptions, GalleryOptions> adjust)
    {
        var server = new SqliteGallery { Adjust = adjust };
        await server.InitializeAsync();
        return server;
    }

    private static string Renders(GalleryServer s) => Path.Combine(s.DataDirectory, "files", "renders");

    private static string[] Cached(GalleryServer s) => !Directory.Exists(Renders(s)) ? [] :
        [.. Directory.EnumerateFiles(Renders(s)).Select(f => Path.GetFileName(f)[64..]).Order()]; // after the plan's hash

    private static async Task<long> PaintAsync(GalleryServer s, string title) =>
        (await s.PaintWorkAsync(await s.CreateExhibitionAsync(), title, strokes: 30)).GetProperty("id").GetInt64();

    [Fact]
    public async Task Requested_widths_are_served_at_the_nearest_rung_of_the_ladder_and_made_once()
    {
        await using var s = await StartAsync(o => o);
        long work = await PaintAsync(s, "Ladder");
        using var v = s.Visitor();
        foreach (int asked in (int[])[300, 310, 330, 16])
        {
            var r = await v.GetAsync($"/works/{work}/painting.png?width={asked}");
            Assert.Equal(HttpStatusCode.OK, r.StatusCode);
            Assert.Equal($"work-{work}-320.png", r.Content.Headers.ContentDisposition?.FileNameStar ?? r.Content.Headers.ContentDisposition?.FileName);
            using var png = SKBitmap.Decode(await r.Content.ReadAsByteArrayAsync());
            Assert.Equal(320, png.Width);
        }
        using var wide = SKBitmap.Decode(await v.GetByteArrayAsync($"/works/{work}/painting.png?width=1100"));
        Assert.Equal(1024, wide.Width);
        Assert.Equal(["-1024.png", "-320.png"], Cached(s));
        Assert.Equal(HttpStatusCode.BadRequest, (await v.GetAsync($"/works/{work}/painting.png?width=8001")).StatusCode);
    }

    [Fact]
    public async Task The_svg_is_made_once_and_served_from_the_cache()
    {
        await using var s = await StartAsync(o => o);
        long work = await PaintAsync(s, "Vector");
        using var v = s.Visitor();
        string first = await v.GetStringAsync($"/works/{work}/painting.svg");
        Assert.Equal([".svg"], Cached(s));
        var again = await v.GetAsync($"/works/{work}/painting.svg");
        Assert.Equal(first, await again.Content.ReadAsStringAsync());
        Assert.StartsWith("image/svg+xml", again.Content.Headers.ContentType!.ToString());
        Assert.NotNull(again.Headers.ETag);
    }

    [Fact]
    public async Task The_cache_keeps_under_its_limit_and_the_least_recently_used_go_first()
    {
        long limit = long.MaxValue;
        await using var s = await StartAsync(o => o with { RenderCacheBytes = limit });
        long work = await PaintAsync(s, "Cache");
        using (var v = s.Visitor())
            foreach (int w in (int[])[320, 640, 1024])
                Assert.Equal(HttpStatusCode.OK, (await v.GetAsync($"/works/{work}/painting.png?width={w}")).StatusCode);
        var sizes = Directory.EnumerateFiles(Renders(s)).ToDictionary(f => Path.GetFileName(f)[64..], f => new FileInfo(f).Length);

        // Room for the two larger renders only: on restart the oldest (320) goes.
        limit = sizes["-640.png"] + sizes["-1024.png"];
        await s.StopAsync();
        await s.StartAsync();
        Assert.Equal(["-1024.png", "-640.png"], Cached(s));

        using var c = s.Visitor();
        Assert.Equal(HttpStatusCode.OK, (await c.GetAsync($"/works/{work}/painting.png?width=640")).StatusCode); // used: now the newest
        Assert.Equal(HttpStatusCode.OK, (await c.GetAsync($"/works/{work}/painting.png?width=320")).StatusCode); // made again: 1024 goes
        Assert.Equal(["-320.png", "-640.png"], Cached(s));
        Assert.True(Directory.EnumerateFiles(Renders(s)).Sum(f => new FileInfo(f).Length) <= limit);
    }

    [Fact]
    public async Task A_works_renders_are_deleted_with_it()
    {
        await using var s = await StartAsync(o => o);
        long work = await PaintAsync(s, "Ephemeral");
        using var v = s.Visitor();
        await v.GetByteArrayAsync($"/works/{work}/painting.png?width=640");
        await v.GetStringAsync($"/works/{work}/painting.svg");
        Assert.Equal(2, Cached(s).Length);
        using var c = s.Curator();
        Assert.Equal(HttpStatusCode.NoContent, (await c.DeleteAsync($"/api/works/{work}")).StatusCode);
        Assert.Empty(Cached(s));
    }

    [Fact]
    public async Task Downloads_beyond_the_queue_get_503_with_Retry_After_while_curators_still_paint()
    {
        await using var s = await StartAsync(o => o with { DownloadRenders = 1, DownloadQueue = 1 });
        long work = await PaintAsync(s, "Crowd");
        using var v = s.Visitor();
        // Each render takes far longer than six requests take to arrive; asked twice, a width is rendered once at most.
        var downloads = ((int[])[640, 1024, 1600, 640, 1024, 1600]).Select(w => v.GetAsync($"/works/{work}/painting.png?width={w}")).ToArray();
        var painted = s.PaintWorkAsync(await s.CreateExhibitionAsync(), "Meanwhile", strokes: 20);
        var answers = await Task.WhenAll(downloads);
        Assert.Equal("Meanwhile", (await painted).GetProperty("title").GetString());

        var busy = answers.Where(a => a.StatusCode == HttpStatusCode.ServiceUnavailable).ToList();
        Assert.True(busy.Count >= 3, $"only {busy.Count} of 6 were refused with one slot and one place in the queue");
        Assert.All(busy, b => Assert.Equal(TimeSpan.FromSeconds(10), b.Headers.RetryAfter?.Delta));
        Assert.All(answers.Except(busy), a => Assert.Equal(HttpStatusCode.OK, a.StatusCode));
    }

    [Fact]
    public async Task A_download_render_stops_when_the_client_goes_away()
    {
        // One slot and no queue: while a render holds the slot, every other download is refused.
        await using var s = await StartAsync(o => o with { DownloadRenders = 1, DownloadQueue = 0 });
        long work = await PaintAsync(s, "Impatient");
        using (var v = s.Visitor())
        {
            using var gone = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => v.GetAsync($"/works/{work}/painting.png?width=4096", gone.Token));
        }
        // The slot frees once the render sees the cancellation (between bands; later on a busy machine). Had the render
        // gone on instead, it would have finished and left its 4096-pixel file in the cache.
        using var next = s.Visitor();
        var deadline = DateTime.UtcNow.AddSeconds(30);
        HttpResponseMessage r;
        while ((r = await next.GetAsync($"/works/{work}/painting.png?width=320")).StatusCode == HttpStatusCode.ServiceUnavailable
               && DateTime.UtcNow < deadline)
            await Task.Delay(200);
        Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        Assert.Equal(["-320.png"], Cached(s));
    }
}
