using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Echoes.Gallery;
using SkiaSharp;

namespace Echoes.Tests.Gallery;

/// <summary>
/// A real gallery on a loopback port, on SQLite in a temporary folder or on a fresh database of the PostgreSQL server
/// named by <c>ECHOES_TEST_POSTGRES</c> (set by <c>.ci/run</c>, which installs and starts the server).
/// </summary>
public abstract class GalleryServer : IAsyncLifetime
{
    private RunningGallery? _gallery;
    private TestDatabase? _postgres;

    public string DataDirectory { get; } = TestImages.TempDir();
    public string Key { get; private set; } = "";
    public Uri Address => _gallery?.Address ?? throw new InvalidOperationException("not started");
    public string? Database { get; private set; }
    public string? Unavailable { get; private set; }
    public string StartOutput { get; private set; } = "";

    protected abstract bool Postgres { get; }

    /// <summary>This server, or the test is skipped when it could not start (no PostgreSQL here; under CI that fails instead).</summary>
    public GalleryServer OrSkip()
    {
        if (Unavailable is not null) TestDatabase.RequireOrSkip();
        return this;
    }

    /// <summary>Changes to the test options (a rate limit, say) for a gallery of its own.</summary>
    public Func<GalleryOptions, GalleryOptions> Adjust { get; init; } = o => o;

    public GalleryOptions Options => Adjust(new()
    {
        Port = 0, DataDirectory = DataDirectory, Database = Database, CommentsPerMinute = 0, ResponsesPerMinute = 0, ConcurrentPaintings = 2, ImageLongSide = 480,
    });

    public async ValueTask InitializeAsync()
    {
        if (Postgres)
        {
            if ((Unavailable = TestDatabase.Unavailable) is not null) return;
            _postgres = await TestDatabase.CreateAsync("echoes_test_");
            Database = _postgres.ConnectionString;
        }
        await StartAsync();
    }

    /// <summary>Starts (or restarts, on the same data) the gallery; returns what it printed.</summary>
    public async Task<string> StartAsync()
    {
        var output = new StringWriter();
        _gallery = await GalleryApp.StartAsync(Options, output);
        StartOutput = output.ToString();
        if (StartOutput.Split('\n').FirstOrDefault(l => l.StartsWith("Curator key: ", StringComparison.Ordinal)) is { } line)
            Key = line["Curator key: ".Length..].Trim();
        return StartOutput;
    }

    public async Task StopAsync()
    {
        if (_gallery is not null) await _gallery.DisposeAsync();
        _gallery = null;
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        if (_postgres is not null) await _postgres.DisposeAsync();
        try { Directory.Delete(DataDirectory, true); } catch (IOException) { }
        GC.SuppressFinalize(this);
    }

    /// <summary>A visitor: no key, its own cookies.</summary>
    public HttpClient Visitor() => new(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false }) { BaseAddress = Address };

    /// <summary>An API client with the curator key.</summary>
    public HttpClient Curator()
    {
        var c = Visitor();
        c.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Key);
        return c;
    }

    public async Task<long> CreateExhibitionAsync(string title = "Room")
    {
        using var c = Curator();
        return await CreateExhibitionAsync(c, title);
    }

    /// <summary>Opens an exhibition through a client that holds the curator key.</summary>
    public static async Task<long> CreateExhibitionAsync(HttpClient curator, string title = "Room")
    {
        var r = await curator.PostAsJsonAsync("/api/exhibitions", new { title, statement = "A room for tests" });
        Assert.Equal(HttpStatusCode.Created, r.StatusCode);
        return (await r.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt64();
    }

    /// <summary>Paints a small synthetic photo into the exhibition (few strokes, so it is quick) and returns the work's JSON.</summary>
    public async Task<JsonElement> PaintWorkAsync(long exhibition, string title = "Study", int strokes = 40)
    {
        using var c = Curator();
        return await PaintWorkAsync(c, exhibition, title, strokes);
    }

    /// <summary>Paints a work through a client that holds the curator key.</summary>
    public static async Task<JsonElement> PaintWorkAsync(HttpClient c, long exhibition, string title = "Study", int strokes = 40)
    {
        using var form = new MultipartFormDataContent
        {
            { new ByteArrayContent(SmallPhoto()), "image", "study.png" },
            { new StringContent(title), "title" }, { new StringContent("faithful"), "style" },
            { new StringContent("love"), "mood" }, { new StringContent(strokes.ToString()), "strokes" },
        };
        return await PaintedAsync(c, await c.PostAsync($"/api/exhibitions/{exhibition}/works", form));
    }

    /// <summary>
    /// A work queued by <c>POST …/works</c> (202 Accepted, status <c>queued</c>), followed through <c>GET /api/works/{id}</c>
    /// until a worker has painted it; returns the work's JSON then. A failed painting fails the test with its error.
    /// </summary>
    public static async Task<JsonElement> PaintedAsync(HttpClient c, HttpResponseMessage r, TimeSpan? timeout = null)
    {
        Assert.True(r.StatusCode == HttpStatusCode.Accepted, await r.Content.ReadAsStringAsync());
        var queued = await r.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("queued", queued.GetProperty("status").GetString());
        long id = queued.GetProperty("id").GetInt64();
        Assert.Equal($"/api/works/{id}", r.Headers.Location!.OriginalString);
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(120));
        while (true)
        {
            var w = await c.GetFromJsonAsync<JsonElement>($"/api/works/{id}");
            string status = w.GetProperty("status").GetString()!;
            if (status == "done") return w;
            Assert.True(status != "failed", $"work {id} failed: {w.GetProperty("error")}");
            Assert.True(DateTime.UtcNow < deadline, $"work {id} is still {status}");
            await Task.Delay(100);
        }
    }

    /// <summary>A work's time-lapse (<c>GET /api/works/{id}/timelapse</c>, which asks for it if need be) followed until its
    /// job has settled: <c>done</c>, <c>failed</c> or <c>unavailable</c> (or still running after three minutes).</summary>
    public static async Task<JsonElement> TimelapseAsync(HttpClient c, long id)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(180);
        while (true)
        {
            var t = await c.GetFromJsonAsync<JsonElement>($"/api/works/{id}/timelapse");
            if (t.GetProperty("status").GetString() is not ("queued" or "rendering") || DateTime.UtcNow > deadline) return t;
            await Task.Delay(250);
        }
    }

    /// <summary>Every comment id in a work's discussion, through all its pages.</summary>
    public static async Task<HashSet<long>> CommentIdsAsync(HttpClient c, long work)
    {
        var ids = new HashSet<long>();
        static IEnumerable<long> Flatten(JsonElement list) => list.EnumerateArray().SelectMany(e => Flatten(e.GetProperty("replies")).Prepend(e.GetProperty("id").GetInt64()));
        for (int page = 1, pages = 1; page <= pages; page++)
        {
            var r = await c.GetAsync($"/api/works/{work}/comments?page={page}");
            pages = int.Parse(r.Headers.GetValues("X-Pages").Single());
            ids.UnionWith(Flatten(await r.Content.ReadFromJsonAsync<JsonElement>()));
        }
        return ids;
    }

    /// <summary>A 120×80 PNG: a warm gradient with a dark disc, something to paint.</summary>
    public static byte[] SmallPhoto(int w = 120, int h = 80)
    {
        using var bmp = new SKBitmap(w, h);
        for (int y = 0; y < h; y++)
            for (int x = 0; x < w; x++)
            {
                bool disc = (x - w / 2) * (x - w / 2) + (y - h / 2) * (y - h / 2) < h * h / 9;
                bmp.SetPixel(x, y, disc ? new SKColor(40, 30, 60) : new SKColor((byte)(120 + x), (byte)(80 + y), 60));
            }
        using var img = SKImage.FromBitmap(bmp);
        return img.Encode(SKEncodedImageFormat.Png, 100).ToArray();
    }
}

public sealed class SqliteGallery : GalleryServer
{
    protected override bool Postgres => false;
}

public sealed class PostgresGallery : GalleryServer
{
    protected override bool Postgres => true;
}
