using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Dapper;

namespace Echoes.Tests.Gallery;

/// <summary>
/// The gallery on several machines: real <c>echoes serve</c> processes on one PostgreSQL database, each with its own
/// data folder, as a reverse proxy would spread visitors over them.
/// </summary>
public sealed partial class GalleryClusterTests(ITestOutputHelper output)
{
    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex TokenField();

    [Fact]
    public async Task A_work_made_through_one_server_is_served_byte_identical_by_the_other()
    {
        await using var cluster = await GalleryCluster.StartAsync(2);
        var (a, b) = (cluster.Servers[0], cluster.Servers[1]);
        using var curator = a.Client(key: cluster.Key);
        long work = await PaintAsync(curator);

        using var va = a.Client();
        using var vb = b.Client();
        foreach (string file in (string[])["painting.png", "thumb.jpg", "plan.json", "painting.png?width=320", "painting.svg"])
        {
            byte[] there = await vb.GetByteArrayAsync($"/works/{work}/{file}"); // renders are made by the second server
            byte[] here = await va.GetByteArrayAsync($"/works/{work}/{file}");
            Assert.True(there.Length > 100, $"{file}: {there.Length} bytes");
            Assert.Equal(here, there);
        }
        // Nothing of the work was written to either data folder: both served it from the database.
        Assert.All(cluster.Servers, s =>
            Assert.Empty(Directory.EnumerateFiles(Path.Combine(s.DataDirectory, "files"), "*", SearchOption.AllDirectories)));
        await using var db = await cluster.OpenAsync();
        Assert.Equal(2, await db.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM renders")); // made once, by the server asked first
    }

    [Fact]
    public async Task A_curator_signed_in_on_one_server_is_a_curator_on_the_other_until_signing_out()
    {
        await using var cluster = await GalleryCluster.StartAsync(2);
        var (a, b) = (cluster.Servers[0], cluster.Servers[1]);
        var jar = new CookieContainer(); // one browser: cookies for 127.0.0.1 go to every port, as behind one proxy address
        using var onA = a.Client(jar);
        using var onB = b.Client(jar);
        var signIn = await onA.PostAsync("/curator", Form(("key", cluster.Key), ("return", "/"),
            ("__RequestVerificationToken", await TokenAsync(onA))));
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);

        // The cookie and a form token, both made by the first server, open a curator's form on the second.
        var copy = new CookieContainer();
        copy.Add(jar.GetAllCookies());
        string token = await TokenAsync(onA);
        var made = await onB.PostAsync("/exhibitions", Form(("title", "Made across"), ("statement", ""), ("__RequestVerificationToken", token)));
        Assert.Equal(HttpStatusCode.Redirect, made.StatusCode);
        Assert.StartsWith("/exhibitions/", made.Headers.Location!.ToString());

        // Signing out on the first ends the session on the second too, even for a copy of the cookie.
        Assert.Equal(HttpStatusCode.Redirect, (await onA.PostAsync("/curator/signout", Form(("__RequestVerificationToken", token)))).StatusCode);
        using var stolen = b.Client(copy);
        var refused = await stolen.PostAsync("/exhibitions", Form(("title", "After"), ("statement", ""), ("__RequestVerificationToken", token)));
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
    }

    [Fact]
    public async Task A_new_key_issued_on_one_server_is_honoured_by_the_other_within_5_seconds()
    {
        await using var cluster = await GalleryCluster.StartAsync(2);
        string old = cluster.Key;
        var b = cluster.Servers[1];
        Assert.Equal(HttpStatusCode.BadRequest, await CuratorCallAsync(b, old)); // accepted (the empty body is then refused)

        cluster.Servers[0].Kill(); // the first machine restarts with --new-key
        var restarted = await cluster.StartServerAsync("--new-key");
        string fresh = restarted.Key ?? throw new InvalidOperationException($"no key printed:\n{restarted.Output}");
        var clock = Stopwatch.StartNew();
        while (await CuratorCallAsync(b, fresh) != HttpStatusCode.BadRequest || await CuratorCallAsync(b, old) != HttpStatusCode.Forbidden)
        {
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), "the other server still holds the old key after 5 s");
            await Task.Delay(50);
        }
        output.WriteLine($"the other server honoured the new key after {clock.ElapsedMilliseconds} ms");
    }

    [Fact]
    public async Task A_comment_posted_on_one_server_shows_on_the_other_within_3_seconds()
    {
        var (cluster, work) = await TwoServersAndAWorkAsync();
        await using var _ = cluster;
        using var curator = cluster.Servers[0].Client(key: cluster.Key);
        using var reader = cluster.Servers[1].Client();
        Assert.Empty(await GalleryServer.CommentIdsAsync(reader, work)); // the second server now keeps the empty discussion

        var posted = await curator.PostAsJsonAsync($"/api/works/{work}/comments", new { name = "Ada", text = "seen everywhere" });
        long id = (await posted.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt64();
        long ms = await WithinThreeSecondsAsync(async () => (await GalleryServer.CommentIdsAsync(reader, work)).Contains(id));
        output.WriteLine($"the comment reached the other server after {ms} ms");
    }

    [Fact]
    public async Task A_visitor_sees_their_own_comment_on_their_next_page_from_any_server()
    {
        var (cluster, work) = await TwoServersAndAWorkAsync();
        await using var _ = cluster;
        var jar = new CookieContainer(); // one browser, its requests sent to either server
        using var writer = cluster.Servers[0].Client(jar);
        using var sameBrowser = cluster.Servers[1].Client(jar);
        using var someoneElse = cluster.Servers[1].Client();

        // The second server has heard of the comment, but still keeps the page as read before it (other visitors may be
        // shown that one while it is read again): the writer waits for the page that shows their comment.
        Assert.DoesNotContain("heard of it", await sameBrowser.GetStringAsync($"/works/{work}"));
        await CommentAsync(writer, work, "heard of it");
        // The API is never answered from a stale entry.
        await WithinThreeSecondsAsync(async () => (await GalleryServer.CommentIdsAsync(someoneElse, work)).Count > 0);
        Assert.Contains("heard of it", await sameBrowser.GetStringAsync($"/works/{work}"));

        // The second server misses the announcement (the listening connections are cut): the writer's next page there is
        // read past its cache, which still holds the page as it was.
        Assert.DoesNotContain("not heard of", await sameBrowser.GetStringAsync($"/works/{work}"));
        await using (var db = await cluster.OpenAsync())
            await db.ExecuteAsync("""
                SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND application_name = @feed
                """, new { feed = Echoes.Gallery.Data.ChangeFeed.ApplicationName });
        await CommentAsync(writer, work, "not heard of");
        Assert.Contains("not heard of", await sameBrowser.GetStringAsync($"/works/{work}"));
    }

    // Two servers on a fresh database, and a small work painted through the first.
    private static async Task<(GalleryCluster, long)> TwoServersAndAWorkAsync()
    {
        var cluster = await GalleryCluster.StartAsync(2);
        try
        {
            using var curator = cluster.Servers[0].Client(key: cluster.Key);
            return (cluster, await PaintAsync(curator, strokes: 20));
        }
        catch
        {
            await cluster.DisposeAsync();
            throw;
        }
    }

    // Asks until the answer is yes, failing after 3 s; returns how long it took.
    private static async Task<long> WithinThreeSecondsAsync(Func<Task<bool>> reached)
    {
        var clock = Stopwatch.StartNew();
        while (!await reached())
        {
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(3), "the comment did not reach the other server within 3 s");
            await Task.Delay(20);
        }
        return clock.ElapsedMilliseconds;
    }

    // Posts a comment through the work page's form, as a browser does (the answer redirects back to the page).
    private static async Task CommentAsync(HttpClient browser, long work, string text)
    {
        var form = await browser.PostAsync($"/works/{work}/comments", Form(("name", "Bo"), ("text", text),
            ("__RequestVerificationToken", await TokenAsync(browser, $"/works/{work}"))));
        Assert.Equal(HttpStatusCode.Redirect, form.StatusCode);
    }

    [Fact]
    public async Task Three_servers_started_together_on_an_empty_database_issue_one_key_that_all_honour()
    {
        await using var cluster = await GalleryCluster.StartAsync(3);
        string key = cluster.Key; // exactly one printed a key
        foreach (var s in cluster.Servers) Assert.Equal(HttpStatusCode.BadRequest, await CuratorCallAsync(s, key));
        await using var db = await cluster.OpenAsync();
        Assert.Equal(1, await db.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM data_protection_keys")); // and one cookie key
    }

    [Fact]
    public async Task The_comment_limit_counts_a_clients_posts_across_servers()
    {
        await using var cluster = await GalleryCluster.StartAsync(2, "--comments-per-minute", "2");
        using var onA = cluster.Servers[0].Client(key: cluster.Key);
        using var onB = cluster.Servers[1].Client(key: cluster.Key);
        long work = await PaintAsync(onA, strokes: 20);
        // The window is a clock minute: start early in one so the three posts share it.
        if (DateTime.UtcNow.Second > 50) await Task.Delay(TimeSpan.FromSeconds(61 - DateTime.UtcNow.Second));
        var codes = new List<HttpStatusCode>();
        foreach (var c in (HttpClient[])[onA, onB, onB, onA])
            codes.Add((await c.PostAsJsonAsync($"/api/works/{work}/comments", new { name = "N", text = "again" })).StatusCode);
        Assert.Equal([HttpStatusCode.Created, HttpStatusCode.Created, HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests], codes);
    }

    [Fact]
    public async Task A_single_machine_still_needs_no_database_server()
    {
        using var server = await GalleryProcess.StartAsync(TestImages.TempDir());
        using var c = server.Client(key: server.Key ?? throw new InvalidOperationException(server.Output));
        long work = await PaintAsync(c, strokes: 20);
        byte[] png = await c.GetByteArrayAsync($"/works/{work}/painting.png");
        // Kept by content in the data folder, where the single machine has always kept it.
        string name = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(png)) + ".png";
        Assert.True(File.Exists(Path.Combine(server.DataDirectory, "files", name[..2], name)));
        Assert.Contains("SQLite", server.Output);
    }

    private static async Task<long> PaintAsync(HttpClient curator, int strokes = 40) =>
        (await GalleryServer.PaintWorkAsync(curator, await GalleryServer.CreateExhibitionAsync(curator), strokes: strokes))
            .GetProperty("id").GetInt64();

    // A curator-only call that changes nothing: the key is checked before the body, which is then refused as empty.
    private static async Task<HttpStatusCode> CuratorCallAsync(GalleryProcess server, string key)
    {
        using var c = server.Client(key: key);
        return (await c.PostAsJsonAsync("/api/exhibitions", new { })).StatusCode;
    }

    private static async Task<string> TokenAsync(HttpClient browser, string page = "/curator") =>
        TokenField().Match(await browser.GetStringAsync(page)).Groups[1].Value;

    private static FormUrlEncodedContent Form(params (string Name, string Value)[] fields) =>
        new(fields.Select(f => KeyValuePair.Create(f.Name, f.Value)));
}
