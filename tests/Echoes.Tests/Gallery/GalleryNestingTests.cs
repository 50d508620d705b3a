using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using CsCheck;

namespace Echoes.Tests.Gallery;

/// <summary>Deeply nested scenes and JSON bodies get a 400 with one line, and the gallery keeps serving.</summary>
public sealed class GalleryNestingTests(SqliteGallery server) : IClassFixture<SqliteGallery>
{
    private static readonly string[] CommentKeys = ["name", "text", "parentId", "mood", "title", "statement"];

    private static async Task<string> Error(HttpResponseMessage r) => (await r.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("error").GetString()!;

    [Theory]
    [InlineData("[")]
    [InlineData("{a: ")]
    public async Task A_deeply_nested_scene_upload_is_refused_and_the_gallery_keeps_serving(string opener)
    {
        long ex = await server.CreateExhibitionAsync();
        using var c = server.Curator();
        string deep = string.Concat(Enumerable.Repeat(opener, 100_000 / opener.Length));
        using var form = new MultipartFormDataContent { { new ByteArrayContent(Encoding.UTF8.GetBytes(deep)), "scene", "deep.yaml" } };
        var r = await c.PostAsync($"/api/exhibitions/{ex}/works", form);
        Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode);
        Assert.Equal("scene:1: nested deeper than 64 levels", await Error(r));
        using var v = server.Visitor();
        Assert.Equal(HttpStatusCode.OK, (await v.GetAsync($"/exhibitions/{ex}")).StatusCode);
    }

    [Fact]
    public async Task A_deeply_nested_json_body_is_refused_and_the_gallery_keeps_serving()
    {
        long ex = await server.CreateExhibitionAsync();
        long work = (await server.PaintWorkAsync(ex)).GetProperty("id").GetInt64();
        using var v = server.Visitor();
        // Deep, yet within a visitor's body limit (16 KB), so the depth is what is refused.
        var body = new StringContent("{\"x\":" + new string('[', 10_000), Encoding.UTF8, "application/json");
        var r = await v.PostAsync($"/api/works/{work}/comments", body);
        Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode);
        Assert.Contains($"nested deeper than 64 levels", await Error(r));
        Assert.Equal(HttpStatusCode.OK, (await v.GetAsync("/")).StatusCode);
    }

    [Fact]
    public async Task The_api_answers_any_json_body_with_a_result_or_one_clear_400()
    {
        long ex = await server.CreateExhibitionAsync();
        long work = (await server.PaintWorkAsync(ex)).GetProperty("id").GetInt64();
        using var v = server.Visitor();
        // Bodies within a visitor's limit: larger ones are refused (413) before their JSON is read at all.
        var bodies = ReaderInputs.Any(CommentKeys).Where(t => Encoding.UTF8.GetByteCount(t) <= Echoes.Gallery.Web.BodyLimits.Visitor);
        await bodies.SampleAsync(async text =>
        {
            var r = await v.PostAsync($"/api/works/{work}/comments", new StringContent(text, Encoding.UTF8, "application/json"));
            Assert.True(r.StatusCode is HttpStatusCode.Created or HttpStatusCode.BadRequest or HttpStatusCode.NotFound, $"{(int)r.StatusCode} for {text}");
            if (r.StatusCode != HttpStatusCode.Created) Assert.DoesNotContain('\n', await Error(r));
        }, iter: 300, threads: 1);
        Assert.Equal(HttpStatusCode.OK, (await v.GetAsync("/")).StatusCode);
    }
}
