using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace Echoes.Tests.Gallery;

/// <summary>
/// Time-lapses on a real <c>echoes serve</c>: a server whose PATH has no ffmpeg says the time-lapse is unavailable (the
/// work itself is unharmed), and a work hung before time-lapses existed (no record of one) gets its own when first asked.
/// </summary>
public sealed class GalleryTimelapseTests : IDisposable
{
    private readonly string _data = TestImages.TempDir();

    public void Dispose()
    {
        try { Directory.Delete(_data, true); } catch (IOException) { }
    }

    [Fact]
    public async Task Without_ffmpeg_the_time_lapse_is_unavailable_and_a_work_hung_before_gets_its_own_on_demand()
    {
        long id;
        using (var bare = await GalleryProcess.StartAsync(_data, new Dictionary<string, string> { ["PATH"] = "/nonexistent" }))
        {
            using var c = bare.Client(key: bare.Key);
            long ex = await GalleryServer.CreateExhibitionAsync(c);
            id = (await GalleryServer.PaintWorkAsync(c, ex, "Bare", strokes: 200)).GetProperty("id").GetInt64();
            var t = await GalleryServer.TimelapseAsync(c, id);
            Assert.True(t.GetProperty("status").GetString() == "unavailable", $"without ffmpeg the time-lapse is {t}\n{bare.Output}");
            Assert.Contains("ffmpeg", t.GetProperty("error").GetString());
            var page = await c.GetStringAsync($"/works/{id}");
            Assert.Contains("The time-lapse is unavailable", page);
            Assert.Contains("<h1>Bare</h1>", page);
            Assert.Equal(HttpStatusCode.NotFound, (await c.GetAsync($"/works/{id}/timelapse.mp4")).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await c.GetAsync($"/works/{id}/painting.png")).StatusCode);
        }

        // As if the work had been hung before time-lapses existed: no record of one.
        await using (var db = new SqliteConnection($"Data Source={Path.Combine(_data, "gallery.db")};Pooling=False"))
        {
            await db.OpenAsync();
            await using var forget = db.CreateCommand();
            forget.CommandText = "DELETE FROM timelapses";
            Assert.Equal(1, await forget.ExecuteNonQueryAsync());
        }
        using var server = await GalleryProcess.StartAsync(_data);
        using var v = server.Client();
        var asked = await v.GetFromJsonAsync<JsonElement>($"/api/works/{id}/timelapse");
        Assert.Contains(asked.GetProperty("status").GetString(), new[] { "queued", "rendering", "done" });
        var made = await GalleryServer.TimelapseAsync(v, id);
        Assert.True(made.GetProperty("status").GetString() == "done", $"on demand the time-lapse is {made}\n{server.Output}");
        Assert.Equal(HttpStatusCode.OK, (await v.GetAsync($"/works/{id}/timelapse.webm")).StatusCode);
        Assert.Contains("<video id=\"timelapse-video\"", await v.GetStringAsync($"/works/{id}"));
    }
}
