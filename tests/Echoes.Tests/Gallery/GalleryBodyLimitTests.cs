using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace Echoes.Tests.Gallery;

/// <summary>Request bodies: curator routes answer visitors before reading a byte, and each route has its own size limit.</summary>
public sealed class GalleryBodyLimitTests(SqliteGallery server) : IClassFixture<SqliteGallery>
{
    private static StringContent JsonBody(string json) => new(json, Encoding.UTF8, "application/json");

    private static async Task<string> Error(HttpResponseMessage r) =>
        (await r.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("error").GetString()!;

    [Fact]
    public async Task Visitors_get_401_from_curator_routes_whatever_body_they_send()
    {
        long ex = await server.CreateExhibitionAsync();
        using var v = server.Visitor();
        v.DefaultRequestHeaders.ExpectContinue = true; // as curl does for large bodies: the answer comes before the body is sent
        // Malformed JSON used to answer 400 (the body was bound before the key was checked).
        var malformed = await v.PutAsync($"/api/exhibitions/{ex}", JsonBody("{\"title\": [1, 2"));
        Assert.Equal(HttpStatusCode.Unauthorized, malformed.StatusCode);
        Assert.Contains("curator key", await Error(malformed));
        var wrongType = await v.PostAsync("/api/exhibitions", JsonBody("{\"title\": 5}"));
        Assert.Equal(HttpStatusCode.Unauthorized, wrongType.StatusCode);
        var tooLarge = await v.PutAsync($"/api/exhibitions/{ex}", JsonBody($"{{\"title\": \"{new string('x', 200_000)}\"}}"));
        Assert.Equal(HttpStatusCode.Unauthorized, tooLarge.StatusCode);
        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["title"] = "Nope" });
        Assert.Equal(HttpStatusCode.Unauthorized, (await v.PostAsync("/exhibitions", form)).StatusCode);
    }

    [Theory]
    [InlineData("PUT", "/api/exhibitions/{ex}", "title", 66_000, "64 KB")]
    [InlineData("POST", "/api/exhibitions", "title", 66_000, "64 KB")]
    [InlineData("POST", "/api/works/{work}/comments", "text", 17_000, "16 KB")]
    public async Task Each_route_refuses_bodies_over_its_own_limit_with_413(string method, string path, string field, int size, string limit)
    {
        long ex = await server.CreateExhibitionAsync();
        long work = (await server.PaintWorkAsync(ex, strokes: 10)).GetProperty("id").GetInt64();
        using var c = server.Curator();
        c.DefaultRequestHeaders.ExpectContinue = true;
        string url = path.Replace("{ex}", ex.ToString()).Replace("{work}", work.ToString());
        string Body(int length) => $"{{\"name\": \"N\", \"{field}\": \"{new string('x', length)}\"}}";
        var r = await c.SendAsync(new HttpRequestMessage(new HttpMethod(method), url) { Content = JsonBody(Body(size)) });
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, r.StatusCode);
        Assert.Contains($"larger than the limit of {limit}", await Error(r));
        // Just under the limit is an ordinary request (refused for its too-long field, with 400).
        var ok = await c.SendAsync(new HttpRequestMessage(new HttpMethod(method), url) { Content = JsonBody(Body(size - 2000)) });
        Assert.Equal(HttpStatusCode.BadRequest, ok.StatusCode);
    }

    [Fact]
    public async Task Uploads_may_be_20_MB_and_no_more()
    {
        long ex = await server.CreateExhibitionAsync();
        using var c = server.Curator();
        c.DefaultRequestHeaders.ExpectContinue = true;
        using var over = new MultipartFormDataContent { { new ByteArrayContent(new byte[21 * 1024 * 1024]), "image", "big.png" } };
        var r = await c.PostAsync($"/api/exhibitions/{ex}/works", over);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, r.StatusCode);
        Assert.Contains("20 MB", await Error(r));
        // 1 MB is far over the JSON limit but an upload's own limit allows it (refused only as not an image).
        using var mb = new MultipartFormDataContent { { new ByteArrayContent(new byte[1024 * 1024]), "image", "zeros.png" } };
        var notImage = await c.PostAsync($"/api/exhibitions/{ex}/works", mb);
        Assert.Equal(HttpStatusCode.BadRequest, notImage.StatusCode);
        Assert.Contains("not a readable image", await Error(notImage));
    }
}
