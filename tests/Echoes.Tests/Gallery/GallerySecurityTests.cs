using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Echoes.Tests.Gallery;

/// <summary>What a hostile visitor tries against the gallery, over HTTP against the real app, on SQLite and on PostgreSQL.</summary>
public abstract partial class GallerySecurityTests(GalleryServer server)
{
    private GalleryServer S => server.OrSkip();

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex TokenField();

    /// <summary>The anti-forgery token of a page, as a browser holding <paramref name="browser"/>'s cookies would post it.</summary>
    private static async Task<string> TokenAsync(HttpClient browser, string page) =>
        TokenField().Match(await browser.GetStringAsync(page)).Groups[1].Value;

    private static async Task<HttpResponseMessage> SignInAsync(HttpClient browser, string key, string returnTo) =>
        await browser.PostAsync("/curator", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["key"] = key, ["return"] = returnTo, ["__RequestVerificationToken"] = await TokenAsync(browser, "/curator"),
        }));

    [Theory]
    [InlineData("/\t/evil.example")]
    [InlineData("/\n/evil.example")]
    [InlineData("/\r\nSet-Cookie: x=1")]
    [InlineData("/caf\u00e9")]
    [InlineData("//evil.example")]
    [InlineData("/\\evil.example")]
    [InlineData("https://evil.example/")]
    [InlineData(" /studio")]
    public async Task Sign_in_sends_the_browser_back_only_to_a_path_on_this_site(string returnTo)
    {
        using var browser = S.Visitor();
        var r = await SignInAsync(browser, S.Key, returnTo);
        Assert.Equal(HttpStatusCode.Redirect, r.StatusCode);
        Assert.Equal("/", r.Headers.Location!.OriginalString);

        // The sign-in page carries the same choice in its form.
        using var other = S.Visitor();
        string page = await other.GetStringAsync("/curator?return=" + Uri.EscapeDataString(returnTo));
        Assert.Contains("name=\"return\" value=\"/\"", page);
    }

    [Fact]
    public async Task Sign_in_goes_back_to_the_local_path_it_came_from()
    {
        using var browser = S.Visitor();
        var r = await SignInAsync(browser, S.Key, "/studio?exhibition=1");
        Assert.Equal(HttpStatusCode.Redirect, r.StatusCode);
        Assert.Equal("/studio?exhibition=1", r.Headers.Location!.OriginalString);
        Assert.Contains("id=\"studio-form\"", await browser.GetStringAsync("/studio"));
    }

    [Fact]
    public async Task Signing_out_ends_the_session_so_a_copied_cookie_opens_nothing()
    {
        var jar = new CookieContainer();
        using var browser = new HttpClient(new HttpClientHandler { CookieContainer = jar, AllowAutoRedirect = false }) { BaseAddress = S.Address };
        Assert.Equal(HttpStatusCode.Redirect, (await SignInAsync(browser, S.Key, "/studio")).StatusCode);
        string cookie = jar.GetCookies(S.Address)["echoes_curator"]!.Value;

        // Someone copied the cookie while the curator was signed in: it works for them too, until sign-out.
        using var copy = new HttpClient(new HttpClientHandler { UseCookies = false, AllowAutoRedirect = false }) { BaseAddress = S.Address };
        copy.DefaultRequestHeaders.Add("Cookie", $"echoes_curator={cookie}");
        Assert.Contains("id=\"studio-form\"", await copy.GetStringAsync("/studio"));

        var signedOut = await browser.PostAsync("/curator/signout", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = await TokenAsync(browser, "/"),
        }));
        Assert.Equal(HttpStatusCode.Redirect, signedOut.StatusCode);

        string studio = await copy.GetStringAsync("/studio");
        Assert.DoesNotContain("id=\"studio-form\"", studio);
        Assert.Contains("takes the curator key", studio);
        Assert.Equal(HttpStatusCode.Unauthorized, (await copy.DeleteAsync("/api/comments/1")).StatusCode);
    }

    [Theory]
    [InlineData('\u202E')]
    [InlineData('\u2066')]
    [InlineData('\u200F')]
    [InlineData('\u061C')]
    [InlineData('\u200B')]
    [InlineData('\u200D')]
    [InlineData('\u2060')]
    [InlineData('\uFEFF')]
    public async Task Names_and_titles_refuse_invisible_and_direction_changing_characters(char c)
    {
        string error = $"contains an invisible or direction-changing character (U+{(int)c:X4})";
        using var curator = S.Curator();
        var exhibition = await curator.PostAsJsonAsync("/api/exhibitions", new { title = $"Room{c}gnp.exe" });
        Assert.Equal(HttpStatusCode.BadRequest, exhibition.StatusCode);
        Assert.Equal($"title: {error}", await Error(exhibition));

        long ex = await S.CreateExhibitionAsync();
        long work = (await S.PaintWorkAsync(ex)).GetProperty("id").GetInt64();
        Assert.Equal($"title: {error}", await Error(await curator.PutAsJsonAsync($"/api/works/{work}", new { title = $"A{c}B" })));
        Assert.Equal($"title: {error}", await Error(await curator.PutAsJsonAsync($"/api/exhibitions/{ex}", new { title = $"A{c}B" })));
        using var v = S.Visitor();
        var comment = await v.PostAsJsonAsync($"/api/works/{work}/comments", new { name = $"Ada{c}", text = "hello" });
        Assert.Equal(HttpStatusCode.BadRequest, comment.StatusCode);
        Assert.Equal($"name: {error}", await Error(comment));
    }

    [Theory]
    [InlineData("A\nB", "title: contains a control character (U+000A)")]
    [InlineData("A\tB", "title: contains a control character (U+0009)")]
    [InlineData("A\u0007B", "title: contains a control character (U+0007)")]
    public async Task Titles_are_one_line_without_control_characters(string title, string error)
    {
        using var curator = S.Curator();
        var r = await curator.PostAsJsonAsync("/api/exhibitions", new { title });
        Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode);
        Assert.Equal(error, await Error(r));
    }

    [Fact]
    public async Task Scene_and_story_titles_pass_the_title_check()
    {
        long ex = await S.CreateExhibitionAsync();
        using var c = S.Curator();
        async Task<HttpResponseMessage> Upload(string field, string text)
        {
            using var form = new MultipartFormDataContent { { new StringContent(text), field }, { new StringContent("100"), "strokes" } };
            return await c.PostAsync($"/api/exhibitions/{ex}/works", form);
        }

        var hundredThousand = await Upload("sceneText", $"title: \"{new string('x', 100_000)}\\a\\b\\u0001xx\"\nfigures:\n  - {{ name: A, mood: joy }}\n");
        Assert.Equal(HttpStatusCode.BadRequest, hundredThousand.StatusCode);
        Assert.Equal("scene:1: title is 100,005 characters long, over the limit of 120", await Error(hundredThousand));
        var turned = await Upload("sceneText", "title: \"Dusk\\u202Eeno\"\nfigures:\n  - { name: A, mood: joy }\n");
        Assert.Equal("scene:1: title contains an invisible or direction-changing character (U+202E)", await Error(turned));
        var name = await Upload("sceneText", "title: Dusk\nfigures:\n  - { name: \"A\\u200Bna\", mood: joy }\n");
        Assert.Equal("scene:3: name contains an invisible or direction-changing character (U+200B)", await Error(name));

        // A story's first line names the work only when it shows what it says.
        var story = await Upload("storyText", "The sea\u202E at night\nAna loved Ben. One night by the sea he left her, and she wept.");
        Assert.Equal("Echoes of Ana", (await GalleryServer.PaintedAsync(c, story)).GetProperty("title").GetString());
    }

    [Fact]
    public async Task Errors_about_the_servers_own_files_show_no_server_path()
    {
        long ex = await S.CreateExhibitionAsync();
        using var c = S.Curator();
        if (S.Database is null) // the data folder holds the files (on PostgreSQL the database does)
        {
            // A folder where the upload's stored file must go: the store cannot write it.
            byte[] photo = GalleryServer.SmallPhoto(121, 81);
            string name = Convert.ToHexStringLower(SHA256.HashData(photo)) + ".png";
            string blocked = Path.Combine(S.DataDirectory, "files", name[..2], name);
            Directory.CreateDirectory(blocked);
            try
            {
                using var form = new MultipartFormDataContent
                    { { new ByteArrayContent(photo), "image", "p.png" }, { new StringContent("20"), "strokes" } };
                var upload = await c.PostAsync($"/api/exhibitions/{ex}/works", form);
                Assert.Equal(HttpStatusCode.InternalServerError, upload.StatusCode);
                AssertNoServerPath(await upload.Content.ReadAsStringAsync());
            }
            finally { Directory.Delete(blocked); }
        }

        // A stored plan that went missing from the store.
        var work = await S.PaintWorkAsync(ex);
        byte[] plan = await c.GetByteArrayAsync($"/works/{work.GetProperty("id").GetInt64()}/plan.json");
        string planName = Convert.ToHexStringLower(SHA256.HashData(plan)) + ".json";
        if (S.Database is null) File.Delete(Path.Combine(S.DataDirectory, "files", planName[..2], planName));
        else
        {
            await using var db = new Npgsql.NpgsqlConnection(S.Database);
            await db.OpenAsync();
            await using var delete = new Npgsql.NpgsqlCommand($"DELETE FROM blobs WHERE name = '{planName}'", db);
            await delete.ExecuteNonQueryAsync();
        }
        using var v = S.Visitor();
        var svg = await v.GetAsync($"/works/{work.GetProperty("id").GetInt64()}/painting.svg");
        Assert.False(svg.IsSuccessStatusCode);
        AssertNoServerPath(await svg.Content.ReadAsStringAsync());
    }

    private void AssertNoServerPath(string body)
    {
        Assert.DoesNotContain(S.DataDirectory, body);
        Assert.DoesNotContain(Path.GetTempPath(), body);
        Assert.DoesNotContain("/files/", body);
    }

    [Fact]
    public async Task Responses_without_the_gallerys_visitor_cookie_never_count()
    {
        long work = (await S.PaintWorkAsync(await S.CreateExhibitionAsync())).GetProperty("id").GetInt64();
        using var cookieless = new HttpClient(new HttpClientHandler { UseCookies = false }) { BaseAddress = S.Address };
        for (int i = 0; i < 30; i++)
        {
            var r = await cookieless.PostAsJsonAsync($"/api/works/{work}/responses", new { mood = "joy" });
            Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode);
            Assert.Contains("visitor cookie", await Error(r));
        }
        // An id the client made up is no better than none.
        using var forged = new HttpRequestMessage(HttpMethod.Post, $"/api/works/{work}/responses") { Content = JsonContent.Create(new { mood = "joy" }) };
        forged.Headers.Add("Cookie", "echoes_visitor=0123456789abcdef01234567");
        Assert.Equal(HttpStatusCode.BadRequest, (await cookieless.SendAsync(forged)).StatusCode);
        Assert.Equal(0, await JoyAsync(cookieless, work));

        // A client that keeps cookies is refused once, handed its cookie, and then counts once however often it answers.
        using var visitor = S.Visitor();
        Assert.Equal(HttpStatusCode.BadRequest, (await visitor.PostAsJsonAsync($"/api/works/{work}/responses", new { mood = "joy" })).StatusCode);
        for (int i = 0; i < 3; i++)
            Assert.Equal(HttpStatusCode.Created, (await visitor.PostAsJsonAsync($"/api/works/{work}/responses", new { mood = "joy" })).StatusCode);
        Assert.Equal(1, await JoyAsync(cookieless, work));
    }

    private static async Task<long> JoyAsync(HttpClient c, long work) =>
        (await c.GetFromJsonAsync<JsonElement>($"/api/works/{work}/responses")).GetProperty("viewers").GetProperty("joy").GetInt64();

    private static async Task<JsonElement> Json(HttpResponseMessage r) => await r.Content.ReadFromJsonAsync<JsonElement>();

    private static async Task<string> Error(HttpResponseMessage r) => (await Json(r)).GetProperty("error").GetString()!;
}

public sealed class SqliteGallerySecurityTests(SqliteGallery server) : GallerySecurityTests(server), IClassFixture<SqliteGallery>;

public sealed class PostgresGallerySecurityTests(PostgresGallery server) : GallerySecurityTests(server), IClassFixture<PostgresGallery>;
