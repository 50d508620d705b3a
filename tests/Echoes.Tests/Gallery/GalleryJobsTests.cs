using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Echoes.Gallery;
using Echoes.Strokes;
using Npgsql;

namespace Echoes.Tests.Gallery;

/// <summary>
/// Paintings as jobs across processes on a real PostgreSQL: web servers that do not paint, and <c>echoes worker</c>
/// processes that do, one of them killed mid-painting; every process has a data folder of its own, so the workers reach
/// the sources and store the paintings only through the database. And on SQLite, where the queue lives in memory, a
/// queued painting painted after a restart.
/// </summary>
public sealed class GalleryJobsTests : IDisposable
{
    private readonly string _data = TestImages.TempDir();

    public void Dispose()
    {
        try { Directory.Delete(_data, true); } catch (IOException) { }
    }

    [Fact]
    public async Task A_worker_killed_mid_painting_loses_nothing_and_another_finishes_the_same_plan()
    {
        await using var cluster = await GalleryCluster.StartAsync(1, "--paint-workers", "0");
        using var c = cluster.Servers[0].Client(key: cluster.Key);
        long ex = await GalleryServer.CreateExhibitionAsync(c);
        var posted = await c.PostAsync($"/api/exhibitions/{ex}/works", Form(strokes: 4000));
        Assert.Equal(HttpStatusCode.Accepted, posted.StatusCode);
        long id = (await posted.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt64();
        await Task.Delay(1500);
        Assert.Equal("queued", await StatusAsync(c, id)); // a web server with --paint-workers 0 paints nothing

        var first = await cluster.StartWorkerAsync();
        await UntilAsync(async () => await PlacedAsync(cluster, id) >= 2 * Echoes.Gallery.Works.Paintings.Batch, TimeSpan.FromSeconds(120), first);
        Assert.Equal("painting", await StatusAsync(c, id));
        first.Kill();
        int atDeath = await PlacedAsync(cluster, id);
        await Task.Delay(500);
        Assert.Equal("painting", await StatusAsync(c, id));
        Assert.True(atDeath < 4000, $"the first worker finished ({atDeath} strokes) before it could be killed");

        var second = await cluster.StartWorkerAsync();
        await UntilAsync(async () => await StatusAsync(c, id) == "done", TimeSpan.FromMinutes(5), second);
        var plan = StrokePlan.FromJson(await c.GetByteArrayAsync($"/works/{id}/plan.json"));
        Assert.Equal(4000, plan.Strokes.Count);
        // Every stored batch, those the killed worker wrote included, is the final plan's strokes at that place.
        var batches = await BatchesAsync(cluster, id);
        Assert.Equal(4000, batches.Sum(b => b.Count));
        Assert.All(batches, b => Assert.Equal(Json(plan.Strokes.Skip(b.First).Take(b.Count)), b.Strokes));
    }

    [Fact]
    public async Task A_studio_painting_is_followed_through_another_server_and_outlives_a_restart()
    {
        await using var cluster = await GalleryCluster.StartAsync(2, "--paint-workers", "0");
        var (a, b) = (cluster.Servers[0], cluster.Servers[1]);
        await cluster.StartWorkerAsync();
        using var ca = a.Client(key: cluster.Key);
        using var cb = b.Client(key: cluster.Key);
        var started = await ca.PostAsync("/api/studio", Form(strokes: 800));
        Assert.Equal(HttpStatusCode.Accepted, started.StatusCode);
        string studio = (await started.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;

        var (names, strokes) = await FollowAsync(cb, $"/api/studio/{studio}/events");
        Assert.Equal("begin", names[0]);
        Assert.Equal("done", names[^1]);
        Assert.Equal(800, strokes);

        a.Kill();
        var again = await cluster.StartServerAsync("--paint-workers", "0");
        using var cr = again.Client(key: cluster.Key);
        Assert.Equal(HttpStatusCode.OK, (await cr.GetAsync($"/api/studio/{studio}/painting.png")).StatusCode);
        long ex = await GalleryServer.CreateExhibitionAsync(cr);
        var hung = await cr.PostAsJsonAsync($"/api/studio/{studio}/hang", new { exhibitionId = ex, title = "Across" });
        Assert.Equal(HttpStatusCode.Created, hung.StatusCode);
        long work = (await hung.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt64();
        var view = await cb.GetFromJsonAsync<JsonElement>($"/api/works/{work}");
        Assert.Equal(("done", 800), (view.GetProperty("status").GetString(), view.GetProperty("strokes").GetInt32()));
    }

    [Fact]
    public async Task A_burst_of_uploads_larger_than_the_pool_is_queued_whole_and_never_answered_500()
    {
        TestDatabase.RequireOrSkip();
        await using var db = await TestDatabase.CreateAsync("echoes_burst_");
        // Two connections, one of them listening: 30 uploads of about 1 MB at once (four stored rows each) far outnumber
        // them, so uploads that waited for the pool (5 s at most) rather than for their turn would time out.
        using var server = await GalleryProcess.StartAsync(Path.Combine(_data, "burst"),
            "--db", db.ConnectionString + ";Maximum Pool Size=2", "--paint-workers", "0");
        using var c = server.Client(key: server.Key);
        long ex = await GalleryServer.CreateExhibitionAsync(c);
        var statuses = new System.Collections.Concurrent.ConcurrentBag<HttpStatusCode>();
        var photos = Enumerable.Range(0, 30).Select(i => NoisyPhoto(i, 600, 500)).ToArray();
        var ids = await Task.WhenAll(photos.Select(async photo =>
        {
            for (int attempt = 0; attempt < 20; attempt++)
            {
                using var posted = await c.PostAsync($"/api/exhibitions/{ex}/works", Form(strokes: 200, photo));
                statuses.Add(posted.StatusCode);
                if (posted.StatusCode == HttpStatusCode.Accepted)
                    return (await posted.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt64();
                Assert.Equal(HttpStatusCode.ServiceUnavailable, posted.StatusCode);
                await Task.Delay(posted.Headers.RetryAfter?.Delta ?? throw new Xunit.Sdk.XunitException("a 503 without Retry-After"));
            }
            throw new Xunit.Sdk.XunitException("an upload was refused 20 times");
        }));
        Assert.DoesNotContain(HttpStatusCode.InternalServerError, statuses);
        Assert.Equal(30, ids.Distinct().Count());
        await using var conn = await db.OpenAsync();
        await using var count = new NpgsqlCommand("SELECT COUNT(*) FROM paintings WHERE status = 'queued'", conn);
        Assert.Equal(30L, (long)(await count.ExecuteScalarAsync())!);
        Assert.DoesNotContain("pool has been exhausted", server.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task On_sqlite_a_queued_painting_outlives_a_restart_and_is_painted_after_it()
    {
        string data = Path.Combine(_data, "sqlite");
        var options = new GalleryOptions { Port = 0, DataDirectory = data, PaintWorkers = 0, ImageLongSide = 480 };
        var output = new StringWriter();
        long id;
        string key;
        await using (var webOnly = await GalleryApp.StartAsync(options, output))
        {
            key = output.ToString().Split('\n').First(l => l.StartsWith("Curator key: ", StringComparison.Ordinal))[13..].Trim();
            using var c = Curator(webOnly.Address, key);
            long ex = await GalleryServer.CreateExhibitionAsync(c);
            var posted = await c.PostAsync($"/api/exhibitions/{ex}/works", Form(strokes: 200));
            Assert.Equal(HttpStatusCode.Accepted, posted.StatusCode);
            id = (await posted.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt64();
            await Task.Delay(500);
            Assert.Equal("queued", await StatusAsync(c, id));
            Assert.Contains("Queued", await c.GetStringAsync($"/works/{id}"));
        }
        await using var painting = await GalleryApp.StartAsync(options with { PaintWorkers = 1 }, new StringWriter());
        using var again = Curator(painting.Address, key);
        await UntilAsync(async () => await StatusAsync(again, id) == "done", TimeSpan.FromMinutes(3), null);
        Assert.Equal(200, StrokePlan.FromJson(await again.GetByteArrayAsync($"/works/{id}/plan.json")).Strokes.Count);
    }

    private static HttpClient Curator(Uri address, string key)
    {
        var c = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromMinutes(5) };
        c.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
        return c;
    }

    private static MultipartFormDataContent Form(int strokes, byte[]? photo = null) => new()
    {
        { new ByteArrayContent(photo ?? GalleryServer.SmallPhoto(240, 160)), "image", "p.png" }, { new StringContent("Long"), "title" },
        { new StringContent("expressive"), "style" }, { new StringContent(strokes.ToString()), "strokes" },
    };

    // A photo that does not compress (random pixels): about 1 MB as a PNG at 600 × 500.
    private static byte[] NoisyPhoto(int seed, int w, int h)
    {
        var rng = new Random(seed);
        using var bmp = new SkiaSharp.SKBitmap(w, h);
        for (int y = 0; y < h; y++)
            for (int x = 0; x < w; x++) bmp.SetPixel(x, y, new SkiaSharp.SKColor((byte)rng.Next(256), (byte)rng.Next(256), (byte)rng.Next(256)));
        using var img = SkiaSharp.SKImage.FromBitmap(bmp);
        return img.Encode(SkiaSharp.SKEncodedImageFormat.Png, 100).ToArray();
    }

    private static async Task<string> StatusAsync(HttpClient c, long work) =>
        (await c.GetFromJsonAsync<JsonElement>($"/api/works/{work}")).GetProperty("status").GetString()!;

    private static async Task<int> PlacedAsync(GalleryCluster cluster, long work)
    {
        await using var c = await cluster.OpenAsync();
        await using var cmd = new NpgsqlCommand("SELECT placed FROM paintings WHERE work_id = @w", c);
        cmd.Parameters.AddWithValue("w", work);
        return (int)(await cmd.ExecuteScalarAsync())!;
    }

    private static async Task<List<(int First, int Count, string Strokes)>> BatchesAsync(GalleryCluster cluster, long work)
    {
        await using var c = await cluster.OpenAsync();
        await using var cmd = new NpgsqlCommand("""
            SELECT s.first_stroke, s.count, s.strokes FROM painting_strokes s JOIN paintings p ON p.id = s.painting_id
            WHERE p.work_id = @w ORDER BY s.first_stroke
            """, c);
        cmd.Parameters.AddWithValue("w", work);
        var rows = new List<(int, int, string)>();
        await using var r = await cmd.ExecuteReaderAsync();
        while (await r.ReadAsync()) rows.Add((r.GetInt32(0), r.GetInt32(1), r.GetString(2)));
        return rows;
    }

    private static string Json(IEnumerable<Stroke> strokes)
    {
        using var ms = new MemoryStream();
        using (var w = new Utf8JsonWriter(ms))
        {
            w.WriteStartArray();
            foreach (var s in strokes) s.WriteJson(w);
            w.WriteEndArray();
        }
        return Encoding.UTF8.GetString(ms.ToArray());
    }

    private static async Task UntilAsync(Func<Task<bool>> done, TimeSpan limit, GalleryProcess? watched)
    {
        var deadline = DateTime.UtcNow + limit;
        while (!await done())
        {
            Assert.True(DateTime.UtcNow < deadline, $"timed out; the worker said: {watched?.Output}");
            await Task.Delay(100);
        }
    }

    // Follows a painting's server-sent events to the end: the event names, and how many strokes came.
    private static async Task<(List<string> Names, int Strokes)> FollowAsync(HttpClient c, string events)
    {
        using var stream = new StreamReader(await c.GetStreamAsync(events));
        var names = new List<string>();
        int strokes = 0;
        while (await stream.ReadLineAsync() is { } line)
        {
            if (line.StartsWith("event: ", StringComparison.Ordinal)) names.Add(line[7..]);
            else if (line.StartsWith("data: ", StringComparison.Ordinal) && names[^1] == "strokes")
                strokes += JsonDocument.Parse(line[6..]).RootElement.GetArrayLength();
            if (names.Count > 0 && names[^1] is "done" or "error" && line.StartsWith("data: ", StringComparison.Ordinal)) break;
        }
        return (names, strokes);
    }
}
