using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Echoes.Gallery;

namespace Echoes.Tests.Gallery;

/// <summary>Starting the gallery: bad storage gets one line and exit 2; limits per client; acknowledged writes survive a kill.</summary>
public sealed class GalleryStartTests
{
    [Fact]
    public void A_data_folder_that_cannot_be_created_is_one_line_and_exit_2()
    {
        Cli.AssertUserError(Cli.Run("serve", "--port", "0", "--data", "/dev/null/gallery"), "cannot create the data folder");
    }

    [Fact]
    public void A_database_file_that_cannot_be_opened_is_one_line_and_exit_2()
    {
        string data = TestImages.TempDir();
        Directory.CreateDirectory(Path.Combine(data, "gallery.db")); // a folder where the database file should be
        Cli.AssertUserError(Cli.Run("serve", "--port", "0", "--data", data), "cannot open the database for writing");
    }

    [Fact]
    public void An_unreachable_postgresql_server_is_one_line_and_exit_2()
    {
        var r = Cli.Run("serve", "--port", "0", "--data", TestImages.TempDir(), "--db", "Host=127.0.0.1;Port=1;Username=u;Password=p;Database=d");
        Cli.AssertUserError(r, "PostgreSQL 127.0.0.1:1/d: the PostgreSQL server is unreachable");
    }

    [Theory]
    [InlineData("--db", "not a connection string", "expected a PostgreSQL connection string")]
    [InlineData("--port", "70000", "70000 is not a port")]
    [InlineData("--host", "example.org", "is not an IP address")]
    [InlineData("--proxy", "proxy.example.org", "\"proxy.example.org\" is not an IP address")]
    public void Bad_options_are_one_line_and_exit_2(string option, string value, string error)
    {
        string[] port = option == "--port" ? [] : ["--port", "0"];
        Cli.AssertUserError(Cli.Run(["serve", .. port, "--data", TestImages.TempDir(), option, value]), error);
    }

    [Fact]
    public async Task A_port_in_use_is_reported_clearly()
    {
        string data = TestImages.TempDir();
        await using var first = await GalleryApp.StartAsync(new GalleryOptions { Port = 0, DataDirectory = data }, TextWriter.Null);
        var r = Cli.Run("serve", "--port", first.Address.Port.ToString(), "--data", TestImages.TempDir());
        Cli.AssertUserError(r, $"cannot listen on 127.0.0.1:{first.Address.Port}");
    }

    [Fact]
    public async Task Comments_beyond_the_per_client_limit_get_429()
    {
        await using var server = new SqliteGallery { Adjust = o => o with { CommentsPerMinute = 3 } };
        await server.InitializeAsync();
        using var c = server.Curator();
        long work = (await server.PaintWorkAsync(await server.CreateExhibitionAsync(), strokes: 20)).GetProperty("id").GetInt64();
        var codes = new List<HttpStatusCode>();
        for (int i = 0; i < 5; i++) codes.Add((await c.PostAsJsonAsync($"/api/works/{work}/comments", new { name = "N", text = $"comment {i}" })).StatusCode);
        Assert.Equal([HttpStatusCode.Created, HttpStatusCode.Created, HttpStatusCode.Created, HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests], codes);
        var last = await c.PostAsJsonAsync($"/api/works/{work}/comments", new { name = "N", text = "again" });
        Assert.Contains("too many posts from this client", await last.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData(false, new[] { HttpStatusCode.Created, HttpStatusCode.Created, HttpStatusCode.TooManyRequests })]
    [InlineData(true, new[] { HttpStatusCode.Created, HttpStatusCode.Created, HttpStatusCode.Created })]
    public async Task Behind_a_proxy_rate_limits_count_forwarded_clients_and_not_otherwise(bool behindProxy, HttpStatusCode[] expected)
    {
        await using var server = new SqliteGallery { Adjust = o => o with { CommentsPerMinute = 2, BehindProxy = behindProxy } };
        await server.InitializeAsync();
        using var c = server.Curator();
        long work = (await server.PaintWorkAsync(await server.CreateExhibitionAsync(), strokes: 20)).GetProperty("id").GetInt64();
        var codes = new List<HttpStatusCode>();
        foreach (string client in (string[])["203.0.113.1", "203.0.113.1", "203.0.113.2"])
        {
            using var req = new HttpRequestMessage(HttpMethod.Post, $"/api/works/{work}/comments") { Content = JsonContent.Create(new { name = "N", text = "t" }) };
            req.Headers.Add("X-Forwarded-For", client);
            codes.Add((await c.SendAsync(req)).StatusCode);
        }
        Assert.Equal(expected, codes);
    }

    [Fact]
    public async Task Killed_mid_write_the_database_reopens_with_every_acknowledged_comment()
    {
        string data = TestImages.TempDir();
        using var first = await GalleryProcess.StartAsync(data, "--comments-per-minute", "0");
        Assert.NotNull(first.Key);
        using var c = new HttpClient { BaseAddress = first.Address };
        c.DefaultRequestHeaders.Authorization = new("Bearer", first.Key);
        long work = (await GalleryServer.PaintWorkAsync(c, await GalleryServer.CreateExhibitionAsync(c, "Crash"), strokes: 20)).GetProperty("id").GetInt64();

        // Eight writers post as fast as they can; the server is killed (SIGKILL) while they do.
        var acknowledged = new System.Collections.Concurrent.ConcurrentBag<long>();
        using var stop = new CancellationTokenSource();
        var writers = Enumerable.Range(0, 8).Select(w => Task.Run(async () =>
        {
            for (int i = 0; !stop.IsCancellationRequested; i++)
            {
                try
                {
                    var r = await c.PostAsJsonAsync($"/api/works/{work}/comments", new { name = $"w{w}", text = $"comment {i}" });
                    if (r.StatusCode == HttpStatusCode.Created)
                        acknowledged.Add((await r.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt64());
                }
                catch (HttpRequestException) { return; }
            }
        })).ToArray();
        await Task.Delay(1500);
        first.Kill(); // SIGKILL, and waits for the process to go
        stop.Cancel();
        await Task.WhenAll(writers);
        Assert.True(acknowledged.Count > 20, $"only {acknowledged.Count} comments were written before the kill");

        using var second = await GalleryProcess.StartAsync(data, "--comments-per-minute", "0");
        Assert.Null(second.Key);
        using var v = new HttpClient { BaseAddress = second.Address };
        var stored = await GalleryServer.CommentIdsAsync(v, work);
        var lost = acknowledged.Where(id => !stored.Contains(id)).ToList();
        Assert.True(lost.Count == 0, $"{lost.Count} of {acknowledged.Count} acknowledged comments are missing");
        second.Kill();
    }
}
