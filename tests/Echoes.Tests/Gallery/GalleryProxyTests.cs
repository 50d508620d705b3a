using System.Net;
using System.Net.Http.Json;

namespace Echoes.Tests.Gallery;

/// <summary>Behind a reverse proxy that speaks HTTPS to browsers (<c>--behind-proxy</c>, <c>X-Forwarded-Proto: https</c>).</summary>
public sealed class GalleryProxyTests
{
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Under_https_every_cookie_is_secure_and_hsts_is_sent(bool https)
    {
        await using var server = new SqliteGallery { Adjust = o => o with { BehindProxy = true } };
        await server.InitializeAsync();
        long work = (await server.PaintWorkAsync(await server.CreateExhibitionAsync(), strokes: 20)).GetProperty("id").GetInt64();
        using var browser = new HttpClient(new HttpClientHandler { UseCookies = false, AllowAutoRedirect = false }) { BaseAddress = server.Address };
        HttpRequestMessage Request(HttpMethod method, string path)
        {
            var r = new HttpRequestMessage(method, path);
            r.Headers.Host = "gallery.example";
            r.Headers.Add("X-Forwarded-Proto", https ? "https" : "http");
            return r;
        }

        // A work's page sets the visitor's and the anti-forgery cookies; a response without the visitor cookie sets one too.
        var page = await browser.SendAsync(Request(HttpMethod.Get, $"/works/{work}"));
        var refused = Request(HttpMethod.Post, $"/api/works/{work}/responses");
        refused.Content = JsonContent.Create(new { mood = "joy" });
        var cookies = page.Headers.GetValues("Set-Cookie").Concat((await browser.SendAsync(refused)).Headers.GetValues("Set-Cookie")).ToList();
        Assert.Contains(cookies, c => c.StartsWith("echoes_visitor=", StringComparison.Ordinal));
        Assert.Contains(cookies, c => c.StartsWith("echoes_csrf=", StringComparison.Ordinal));
        foreach (string cookie in cookies)
        {
            Assert.Equal(https, cookie.Contains("; secure", StringComparison.OrdinalIgnoreCase));
            Assert.Contains("; httponly", cookie, StringComparison.OrdinalIgnoreCase);
        }
        Assert.Equal(https, page.Headers.Contains("Strict-Transport-Security"));

        // Refusals carry the same protective headers as pages.
        var missing = await browser.SendAsync(Request(HttpMethod.Get, "/works/999999"));
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal(https, missing.Headers.Contains("Strict-Transport-Security"));
        Assert.True(missing.Headers.Contains("Content-Security-Policy"));
    }

    [Fact]
    public async Task Every_429_says_when_to_try_again()
    {
        await using var server = new SqliteGallery { Adjust = o => o with { CommentsPerMinute = 1, ResponsesPerMinute = 1 } };
        await server.InitializeAsync();
        long work = (await server.PaintWorkAsync(await server.CreateExhibitionAsync(), strokes: 20)).GetProperty("id").GetInt64();
        using var v = server.Visitor();
        await v.GetAsync($"/works/{work}"); // the visitor cookie
        foreach (var (path, body) in new[] { ($"/api/works/{work}/comments", (object)new { name = "N", text = "t" }), ($"/api/works/{work}/responses", new { mood = "joy" }) })
        {
            Assert.Equal(HttpStatusCode.Created, (await v.PostAsJsonAsync(path, body)).StatusCode);
            var limited = await v.PostAsJsonAsync(path, body);
            Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
            var after = limited.Headers.RetryAfter?.Delta;
            Assert.True(after is { TotalSeconds: >= 1 and <= 60 }, $"Retry-After: {limited.Headers.RetryAfter}");
        }
    }
}
