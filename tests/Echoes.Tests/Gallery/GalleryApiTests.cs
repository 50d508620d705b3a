using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Xml.Linq;
using Echoes.Strokes;
using SkiaSharp;

namespace Echoes.Tests.Gallery;

/// <summary>The gallery over HTTP, against the real app: the same suite runs on SQLite and on PostgreSQL.</summary>
public abstract class GalleryApiTests(GalleryServer server)
{
    private GalleryServer S => server.OrSkip();

    private static async Task<JsonElement> Json(HttpResponseMessage r) => await r.Content.ReadFromJsonAsync<JsonElement>();

    private static async Task<string> Error(HttpResponseMessage r) => (await Json(r)).GetProperty("error").GetString()!;

    [Fact]
    public async Task Curator_endpoints_refuse_visitors_with_401_and_wrong_keys_with_403()
    {
        long ex = await S.CreateExhibitionAsync();
        using var visitor = S.Visitor();
        var body = new { title = "Nope" };
        Assert.Equal(HttpStatusCode.Unauthorized, (await visitor.PostAsJsonAsync("/api/exhibitions", body)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await visitor.DeleteAsync($"/api/exhibitions/{ex}")).StatusCode);
        visitor.DefaultRequestHeaders.Authorization = new("Bearer", "not-the-key");
        var wrong = await visitor.DeleteAsync($"/api/exhibitions/{ex}");
        Assert.Equal(HttpStatusCode.Forbidden, wrong.StatusCode);
        Assert.Contains("wrong", await Error(wrong));
        using var c = S.Curator();
        Assert.Equal(HttpStatusCode.OK, (await c.GetAsync($"/api/exhibitions/{ex}")).StatusCode);
    }

    [Fact]
    public async Task Exhibitions_are_created_listed_edited_and_deleted_with_their_works()
    {
        using var c = S.Curator();
        var created = await c.PostAsJsonAsync("/api/exhibitions", new { title = "Shore", statement = "Sea light" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        long id = (await Json(created)).GetProperty("id").GetInt64();
        Assert.Equal($"/api/exhibitions/{id}", created.Headers.Location!.OriginalString);
        var list = await c.GetFromJsonAsync<JsonElement>("/api/exhibitions");
        Assert.Contains(list.EnumerateArray(), e => e.GetProperty("id").GetInt64() == id && e.GetProperty("title").GetString() == "Shore");

        var edited = await Json(await c.PutAsJsonAsync($"/api/exhibitions/{id}", new { title = "Shore at dusk" }));
        Assert.Equal("Shore at dusk", edited.GetProperty("title").GetString());
        Assert.Equal("Sea light", edited.GetProperty("statement").GetString());

        var work = await S.PaintWorkAsync(id);
        long workId = work.GetProperty("id").GetInt64();
        Assert.Equal(HttpStatusCode.NoContent, (await c.DeleteAsync($"/api/exhibitions/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await c.GetAsync($"/api/exhibitions/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await c.GetAsync($"/api/works/{workId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await c.GetAsync($"/works/{workId}/thumb.jpg")).StatusCode);
    }

    [Fact]
    public async Task A_photo_sent_as_multipart_is_painted_and_its_files_are_served()
    {
        long ex = await S.CreateExhibitionAsync();
        var work = await S.PaintWorkAsync(ex, "Disc", strokes: 60);
        long id = work.GetProperty("id").GetInt64();
        Assert.Equal(60, work.GetProperty("strokes").GetInt32());
        Assert.Equal("love", work.GetProperty("mood").GetString());
        Assert.Equal("photo", work.GetProperty("sourceKind").GetString());

        using var v = S.Visitor();
        var page = await v.GetStringAsync($"/works/{id}");
        Assert.Contains("<h1>Disc</h1>", page);
        Assert.Contains("id=\"timelapse\"", page);

        var plan = StrokePlan.FromJson(await v.GetByteArrayAsync($"/works/{id}/plan.json"));
        Assert.Equal(60, plan.Strokes.Count);
        using var png = SKBitmap.Decode(await v.GetByteArrayAsync($"/works/{id}/painting.png?width=300")); // served at the ladder's 320
        Assert.Equal(320, png.Width);
        Assert.Equal(213, png.Height);
        using var stored = SKBitmap.Decode(await v.GetByteArrayAsync($"/works/{id}/painting.png"));
        Assert.Equal(480, stored.Width);
        var svg = XDocument.Parse(await v.GetStringAsync($"/works/{id}/painting.svg"));
        Assert.Equal("svg", svg.Root!.Name.LocalName);
        Assert.Equal(HttpStatusCode.BadRequest, (await v.GetAsync($"/works/{id}/painting.png?width=99999")).StatusCode);
    }

    [Fact]
    public async Task A_hung_work_gets_a_time_lapse_job_whose_videos_and_poster_are_served()
    {
        long ex = await S.CreateExhibitionAsync();
        long id = (await S.PaintWorkAsync(ex, "Lapse", strokes: 300)).GetProperty("id").GetInt64();
        using var v = S.Visitor();
        var t = await GalleryServer.TimelapseAsync(v, id);
        Assert.True(t.GetProperty("status").GetString() == "done", $"the time-lapse is {t}");
        Assert.Equal(JsonValueKind.Null, t.GetProperty("error").ValueKind);
        // The video fits 720p and keeps the painting's 3:2.
        int w = t.GetProperty("width").GetInt32(), h = t.GetProperty("height").GetInt32();
        Assert.Equal((1080, 720), (w, h));

        var webm = await v.GetAsync(t.GetProperty("webm").GetString());
        Assert.Equal("video/webm", webm.Content.Headers.ContentType!.MediaType);
        Assert.Equal(new byte[] { 0x1A, 0x45, 0xDF, 0xA3 }, (await webm.Content.ReadAsByteArrayAsync())[..4]); // EBML
        var mp4 = await v.GetByteArrayAsync(t.GetProperty("mp4").GetString());
        Assert.Equal("ftyp", Encoding.ASCII.GetString(mp4, 4, 4));
        // Seekable: a range is answered with that range.
        using var range = new HttpRequestMessage(HttpMethod.Get, t.GetProperty("mp4").GetString()) { Headers = { Range = new(100, 199) } };
        var part = await v.SendAsync(range);
        Assert.Equal(HttpStatusCode.PartialContent, part.StatusCode);
        Assert.Equal(mp4[100..200], await part.Content.ReadAsByteArrayAsync());
        // The poster is the last frame: the finished painting at the video's size.
        using var poster = SKBitmap.Decode(await v.GetByteArrayAsync(t.GetProperty("poster").GetString()));
        using var painting = SKBitmap.Decode(await v.GetByteArrayAsync($"/works/{id}/painting.png"));
        Assert.Equal((w, h), (poster.Width, poster.Height));
        using var scaled = painting.Resize(new SKImageInfo(w, h), new SKSamplingOptions(SKCubicResampler.Mitchell));
        Assert.True(MeanDiff(poster, scaled) < 10, $"the poster differs from the painting by {MeanDiff(poster, scaled):0.0} levels");

        var page = await v.GetStringAsync($"/works/{id}");
        Assert.Contains($"poster=\"/works/{id}/timelapse.jpg\"", page);
        Assert.Contains($"href=\"/works/{id}/timelapse.mp4\" download", page);
        // Asking again queues nothing: the time-lapse is made once.
        Assert.Equal("done", (await v.GetFromJsonAsync<JsonElement>($"/api/works/{id}/timelapse")).GetProperty("status").GetString());
    }

    private static double MeanDiff(SKBitmap a, SKBitmap b)
    {
        double sum = 0;
        for (int y = 0; y < a.Height; y += 3)
            for (int x = 0; x < a.Width; x += 3)
            {
                SKColor p = a.GetPixel(x, y), q = b.GetPixel(x, y);
                sum += (Math.Abs(p.Red - q.Red) + Math.Abs(p.Green - q.Green) + Math.Abs(p.Blue - q.Blue)) / 3.0;
            }
        return sum / ((a.Height + 2) / 3 * ((a.Width + 2) / 3));
    }

    [Fact]
    public async Task A_scene_is_painted_too()
    {
        long ex = await S.CreateExhibitionAsync();
        using var c = S.Curator();
        const string scene = "title: Two\nlandscape: { kind: plains, time: dusk }\nfigures:\n  - { name: A, mood: joy }\n  - { name: B, mood: loss }\nties:\n  - { from: A, to: B, strength: -0.5 }\n";
        using var form = new MultipartFormDataContent
        {
            { new ByteArrayContent(Encoding.UTF8.GetBytes(scene)), "scene", "two.yaml" }, { new StringContent("300"), "strokes" },
        };
        var w = await GalleryServer.PaintedAsync(c, await c.PostAsync($"/api/exhibitions/{ex}/works", form));
        Assert.Equal("scene", w.GetProperty("sourceKind").GetString());
        Assert.Equal("Two", w.GetProperty("title").GetString());
        Assert.Equal(300, w.GetProperty("strokes").GetInt32());
    }

    [Fact]
    public async Task A_story_is_read_into_a_scene_and_painted()
    {
        long ex = await S.CreateExhibitionAsync();
        using var c = S.Curator();
        using var form = new MultipartFormDataContent
        {
            { new StringContent("Ana loved Ben. One night by the sea he left her, and she wept."), "storyText" }, { new StringContent("200"), "strokes" },
        };
        var w = await GalleryServer.PaintedAsync(c, await c.PostAsync($"/api/exhibitions/{ex}/works", form));
        Assert.Equal("story", w.GetProperty("sourceKind").GetString());
        Assert.Equal("Echoes of Ana", w.GetProperty("title").GetString());
        Assert.NotEqual("", w.GetProperty("mood").GetString());
    }

    [Fact]
    public async Task Bad_uploads_are_refused_with_a_clear_message()
    {
        long ex = await S.CreateExhibitionAsync();
        using var c = S.Curator();
        // The server answers an oversize upload before reading it; 100-continue lets the client hear that instead of a broken pipe.
        c.DefaultRequestHeaders.ExpectContinue = true;
        async Task<(HttpStatusCode, string)> Send(params (HttpContent Content, string Field, string? File)[] parts)
        {
            using var form = new MultipartFormDataContent();
            foreach (var (content, field, file) in parts)
                if (file is null) form.Add(content, field); else form.Add(content, field, file);
            var r = await c.PostAsync($"/api/exhibitions/{ex}/works", form);
            return (r.StatusCode, await Error(r));
        }

        var notImage = await Send((new ByteArrayContent(Encoding.UTF8.GetBytes("this is a letter, not a picture")), "image", "x.png"));
        Assert.Equal((HttpStatusCode.BadRequest, "image: not a readable image (PNG, JPEG, WebP, BMP or GIF expected)"), notImage);

        using (var huge = new SKBitmap(8000, 6000))
        {
            huge.Erase(SKColors.Gray);
            using var img = SKImage.FromBitmap(huge);
            var big = await Send((new ByteArrayContent(img.Encode(SKEncodedImageFormat.Png, 100).ToArray()), "image", "big.png"));
            Assert.Equal(HttpStatusCode.BadRequest, big.Item1);
            Assert.Contains("8000×6000, over the limit of 40 megapixels", big.Item2);
        }

        var oversize = await Send((new ByteArrayContent(new byte[21 * 1024 * 1024]), "image", "huge.png"));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, oversize.Item1);
        Assert.Contains("larger than the limit of 20 MB", oversize.Item2);

        var scene = await Send((new ByteArrayContent(Encoding.UTF8.GetBytes("title: x\nfigures:\n  - name: A\n    mood: rage\n")), "scene", "s.yaml"));
        Assert.Equal((HttpStatusCode.BadRequest, "scene:4: mood of A: unknown mood \"rage\" (known: joy, sorrow, love, loss)"), scene);

        var style = await Send((new ByteArrayContent(GalleryServer.SmallPhoto()), "image", "p.png"), (new StringContent("cubist"), "style", null));
        Assert.StartsWith("style: unknown style \"cubist\"", style.Item2);
        var focus = await Send((new ByteArrayContent(GalleryServer.SmallPhoto()), "image", "p.png"), (new StringContent("0.5,0.5"), "focus", null));
        Assert.StartsWith("focus: give auto, none or x,y,r", focus.Item2);
        var latin = await Send((new ByteArrayContent(Encoding.Latin1.GetBytes("Chloé était là.")), "story", "s.txt"));
        Assert.Equal((HttpStatusCode.BadRequest, "story: not UTF-8 text (a story is plain text)"), latin);
        var none = await Send((new StringContent("t"), "title", null));
        Assert.StartsWith("image: send an image file", none.Item2);
        Assert.Equal(HttpStatusCode.NotFound, (await c.PostAsync("/api/exhibitions/999999/works", new MultipartFormDataContent())).StatusCode);
    }

    [Fact]
    public async Task Comments_thread_with_replies_in_either_order()
    {
        long ex = await S.CreateExhibitionAsync();
        long work = (await S.PaintWorkAsync(ex)).GetProperty("id").GetInt64();
        using var v = S.Visitor();
        async Task<long> Post(string name, string text, long? parentId = null)
        {
            var r = await v.PostAsJsonAsync($"/api/works/{work}/comments", new { name, text, parentId });
            Assert.Equal(HttpStatusCode.Created, r.StatusCode);
            return (await Json(r)).GetProperty("id").GetInt64();
        }
        long a = await Post("Ada", "The light is sad.");
        long b = await Post("Ben", "No, it is tender.");
        long reply = await Post("Ada", "Tender and sad, then.", b);
        long deep = await Post("Cy", "Agreed.", reply);

        var oldest = await v.GetFromJsonAsync<JsonElement>($"/api/works/{work}/comments?order=oldest");
        Assert.Equal([a, b], oldest.EnumerateArray().Select(c => c.GetProperty("id").GetInt64()));
        var bReplies = oldest[1].GetProperty("replies");
        Assert.Equal(reply, bReplies[0].GetProperty("id").GetInt64());
        Assert.Equal(deep, bReplies[0].GetProperty("replies")[0].GetProperty("id").GetInt64());
        var newest = await v.GetFromJsonAsync<JsonElement>($"/api/works/{work}/comments?order=newest");
        Assert.Equal([b, a], newest.EnumerateArray().Select(c => c.GetProperty("id").GetInt64()));

        var page = await v.GetStringAsync($"/works/{work}?order=newest");
        Assert.True(page.IndexOf("No, it is tender.", StringComparison.Ordinal) < page.IndexOf("The light is sad.", StringComparison.Ordinal));

        long other = (await S.PaintWorkAsync(ex)).GetProperty("id").GetInt64();
        var cross = await v.PostAsJsonAsync($"/api/works/{other}/comments", new { name = "X", text = "y", parentId = a });
        Assert.Equal(HttpStatusCode.BadRequest, cross.StatusCode);
        Assert.Contains("not in this work's discussion", await Error(cross));
    }

    [Fact]
    public async Task Long_discussions_come_in_pages_of_threads()
    {
        long ex = await S.CreateExhibitionAsync();
        long work = (await S.PaintWorkAsync(ex)).GetProperty("id").GetInt64();
        using var v = S.Visitor();
        var ids = new List<long>();
        for (int i = 0; i < 35; i++)
            ids.Add((await Json(await v.PostAsJsonAsync($"/api/works/{work}/comments", new { name = "N", text = $"thought {i}" }))).GetProperty("id").GetInt64());
        var first = await v.GetAsync($"/api/works/{work}/comments");
        Assert.Equal("35", first.Headers.GetValues("X-Total-Count").Single());
        Assert.Equal("2", first.Headers.GetValues("X-Pages").Single());
        var newest = (await Json(first)).EnumerateArray().Select(c => c.GetProperty("id").GetInt64()).ToList();
        Assert.Equal(ids.AsEnumerable().Reverse().Take(30), newest);
        var rest = await v.GetFromJsonAsync<JsonElement>($"/api/works/{work}/comments?page=2");
        Assert.Equal(ids.Take(5).Reverse(), rest.EnumerateArray().Select(c => c.GetProperty("id").GetInt64()));
        Assert.Contains("page 1 of 2", await v.GetStringAsync($"/works/{work}"));
        Assert.Contains("thought 0", await v.GetStringAsync($"/works/{work}?page=2"));
        Assert.Equal(HttpStatusCode.BadRequest, (await v.GetAsync($"/api/works/{work}/comments?order=sideways")).StatusCode);
    }

    [Theory]
    [InlineData("", "text", "name: is required")]
    [InlineData("Ada", "   ", "text: is required")]
    [InlineData("A name far too long for anyone to type into the little box of a gallery", "t", "name: is 71 characters long, over the limit of 60")]
    public async Task Comments_outside_the_limits_are_refused(string name, string text, string error)
    {
        long ex = await S.CreateExhibitionAsync();
        long work = (await S.PaintWorkAsync(ex)).GetProperty("id").GetInt64();
        using var v = S.Visitor();
        var r = await v.PostAsJsonAsync($"/api/works/{work}/comments", new { name, text });
        Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode);
        Assert.Equal(error, await Error(r));
        var tooLong = await v.PostAsJsonAsync($"/api/works/{work}/comments", new { name = "Ada", text = new string('x', 2001) });
        Assert.Equal("text: is 2,001 characters long, over the limit of 2,000", await Error(tooLong));
    }

    [Fact]
    public async Task Script_and_sql_in_visitors_text_are_stored_verbatim_and_shown_as_text()
    {
        long ex = await S.CreateExhibitionAsync("<img src=x onerror=alert(1)>");
        long work = (await S.PaintWorkAsync(ex, "<script>alert('t')</script>")).GetProperty("id").GetInt64();
        using var v = S.Visitor();
        const string evil = "<script>alert(1)</script>'); DROP TABLE comments; --";
        Assert.Equal(HttpStatusCode.Created, (await v.PostAsJsonAsync($"/api/works/{work}/comments", new { name = "<b>Eve</b>", text = evil })).StatusCode);

        var page = await v.GetStringAsync($"/works/{work}");
        Assert.DoesNotContain("<script>alert", page);
        Assert.DoesNotContain("<img src=x", page);
        Assert.DoesNotContain("<b>Eve</b>", page);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;&#x27;); DROP TABLE comments; --", page);
        Assert.Contains("&lt;b&gt;Eve&lt;/b&gt;", page);
        Assert.DoesNotContain("<img src=x", await v.GetStringAsync($"/exhibitions/{ex}"));
        var comments = await v.GetFromJsonAsync<JsonElement>($"/api/works/{work}/comments");
        Assert.Equal(evil, comments[0].GetProperty("text").GetString());
    }

    [Fact]
    public async Task Curators_hide_unhide_and_delete_comments_and_visitors_cannot()
    {
        long ex = await S.CreateExhibitionAsync();
        long work = (await S.PaintWorkAsync(ex)).GetProperty("id").GetInt64();
        using var v = S.Visitor();
        using var c = S.Curator();
        long rude = (await Json(await v.PostAsJsonAsync($"/api/works/{work}/comments", new { name = "Troll", text = "rude words" }))).GetProperty("id").GetInt64();
        await v.PostAsJsonAsync($"/api/works/{work}/comments", new { name = "Kind", text = "please be nice", parentId = rude });

        Assert.Equal(HttpStatusCode.Unauthorized, (await v.PostAsync($"/api/comments/{rude}/hide", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await v.DeleteAsync($"/api/comments/{rude}")).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await c.PostAsync($"/api/comments/{rude}/hide", null)).StatusCode);
        Assert.DoesNotContain("rude words", await v.GetStringAsync($"/api/works/{work}/comments"));
        Assert.DoesNotContain("rude words", await v.GetStringAsync($"/works/{work}"));
        Assert.Contains("hidden by a curator", await v.GetStringAsync($"/works/{work}"));
        Assert.Contains("please be nice", await v.GetStringAsync($"/api/works/{work}/comments"));
        Assert.Contains("rude words", await c.GetStringAsync($"/api/works/{work}/comments"));

        Assert.Equal(HttpStatusCode.NoContent, (await c.PostAsync($"/api/comments/{rude}/unhide", null)).StatusCode);
        Assert.Contains("rude words", await v.GetStringAsync($"/api/works/{work}/comments"));
        Assert.Equal(HttpStatusCode.NoContent, (await c.DeleteAsync($"/api/comments/{rude}")).StatusCode);
        Assert.Equal("[]", await v.GetStringAsync($"/api/works/{work}/comments"));
    }

    [Fact]
    public async Task Responses_count_one_feeling_per_visitor_beside_the_painters_mood()
    {
        long ex = await S.CreateExhibitionAsync();
        long work = (await S.PaintWorkAsync(ex)).GetProperty("id").GetInt64();
        using var first = S.Visitor();
        using var second = S.Visitor();
        await first.GetAsync($"/works/{work}"); // work pages give each visitor the cookie that makes them one visitor
        await second.GetAsync($"/works/{work}");
        Assert.Equal(HttpStatusCode.Created, (await first.PostAsJsonAsync($"/api/works/{work}/responses", new { mood = "sorrow" })).StatusCode);
        var totals = await Json(await second.PostAsJsonAsync($"/api/works/{work}/responses", new { mood = "Joy" }));
        Assert.Equal("love", totals.GetProperty("painterMood").GetString());
        Assert.Equal("{\"joy\":1,\"sorrow\":1,\"love\":0,\"loss\":0}", totals.GetProperty("viewers").GetRawText());
        // The first visitor changes their mind: their answer is replaced, not added.
        var changed = await Json(await first.PostAsJsonAsync($"/api/works/{work}/responses", new { mood = "love" }));
        Assert.Equal("{\"joy\":1,\"sorrow\":0,\"love\":1,\"loss\":0}", changed.GetProperty("viewers").GetRawText());

        var bad = await first.PostAsJsonAsync($"/api/works/{work}/responses", new { mood = "anger" });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Equal("mood: expected one of joy, sorrow, love, loss (got \"anger\")", await Error(bad));
        Assert.Equal(HttpStatusCode.NotFound, (await first.PostAsJsonAsync("/api/works/999999/responses", new { mood = "joy" })).StatusCode);
    }

    [Fact]
    public async Task Forms_without_the_anti_forgery_token_are_refused()
    {
        long ex = await S.CreateExhibitionAsync();
        long work = (await S.PaintWorkAsync(ex)).GetProperty("id").GetInt64();
        using var v = S.Visitor();
        var forged = await v.PostAsync($"/works/{work}/comments", new FormUrlEncodedContent(new Dictionary<string, string> { ["name"] = "Eve", ["text"] = "forged" }));
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.DoesNotContain("forged", await v.GetStringAsync($"/api/works/{work}/comments"));

        // The same form with the page's token goes through.
        string page = await v.GetStringAsync($"/works/{work}");
        string token = System.Text.RegularExpressions.Regex.Match(page, "name=\"__RequestVerificationToken\" value=\"([^\"]+)\"").Groups[1].Value;
        var genuine = await v.PostAsync($"/works/{work}/comments", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["name"] = "Eve", ["text"] = "genuine", ["__RequestVerificationToken"] = token,
        }));
        Assert.Equal(HttpStatusCode.Redirect, genuine.StatusCode);
        Assert.Contains("genuine", await v.GetStringAsync($"/api/works/{work}/comments"));
    }

    [Fact]
    public async Task The_studio_streams_strokes_as_they_are_placed_and_hangs_the_painting()
    {
        long ex = await S.CreateExhibitionAsync();
        using var c = S.Curator();
        using var form = new MultipartFormDataContent
        {
            { new ByteArrayContent(GalleryServer.SmallPhoto()), "image", "p.png" }, { new StringContent("faithful"), "style" }, { new StringContent("800"), "strokes" },
        };
        var started = await c.PostAsync("/api/studio", form);
        Assert.Equal(HttpStatusCode.Accepted, started.StatusCode);
        var s = await Json(started);
        string id = s.GetProperty("id").GetString()!;

        using var stream = new StreamReader(await c.GetStreamAsync(s.GetProperty("events").GetString()));
        var events = new List<(string Name, string Data)>();
        string? name = null;
        while (await stream.ReadLineAsync() is { } line)
        {
            if (line.StartsWith("event: ", StringComparison.Ordinal)) name = line[7..];
            else if (line.StartsWith("data: ", StringComparison.Ordinal)) events.Add((name!, line[6..]));
            if (name is "done" or "error" && events.Count > 0 && events[^1].Name == name) break;
        }
        Assert.Equal("begin", events[0].Name);
        Assert.Equal("done", events[^1].Name);
        var batches = events.Where(e => e.Name == "strokes").Select(e => JsonDocument.Parse(e.Data).RootElement.GetArrayLength()).ToList();
        Assert.True(batches.Count >= 2, $"strokes came in {batches.Count} batch(es)");
        Assert.Equal(800, batches.Sum());

        var hung = await c.PostAsJsonAsync($"/api/studio/{id}/hang", new { exhibitionId = ex, title = "Live" });
        Assert.Equal(HttpStatusCode.Created, hung.StatusCode);
        var w = await Json(hung);
        Assert.Equal(800, w.GetProperty("strokes").GetInt32());
        Assert.Equal("Live", w.GetProperty("title").GetString());
        using var v = S.Visitor();
        Assert.Equal(HttpStatusCode.Unauthorized, (await v.PostAsync("/api/studio", new MultipartFormDataContent())).StatusCode);
    }

    [Fact]
    public async Task Everything_is_still_there_after_a_restart_and_the_key_is_not_shown_again()
    {
        long ex = await S.CreateExhibitionAsync("Kept");
        long work = (await S.PaintWorkAsync(ex)).GetProperty("id").GetInt64();
        using (var v = S.Visitor())
            await v.PostAsJsonAsync($"/api/works/{work}/comments", new { name = "Ada", text = "still here?" });
        string key = S.Key;
        await S.StopAsync();
        string output = await S.StartAsync();
        Assert.DoesNotContain("Curator key", output);
        using var c = S.Curator();
        Assert.Equal(key, S.Key);
        Assert.Equal("Kept", (await c.GetFromJsonAsync<JsonElement>($"/api/exhibitions/{ex}")).GetProperty("title").GetString());
        Assert.Contains("still here?", await c.GetStringAsync($"/api/works/{work}/comments"));
        Assert.Equal(HttpStatusCode.OK, (await c.GetAsync($"/works/{work}/painting.png")).StatusCode);
    }

    [Fact]
    public async Task Pages_render_and_missing_things_are_404()
    {
        long ex = await S.CreateExhibitionAsync("Gallery room");
        await S.PaintWorkAsync(ex, "On the wall");
        using var v = S.Visitor();
        Assert.Contains("Gallery room", await FreshPageAsync(v, "/", "Gallery room"));
        Assert.Contains("On the wall", await FreshPageAsync(v, $"/exhibitions/{ex}", "On the wall"));
        Assert.Contains("Sign in", await v.GetStringAsync("/studio"));
        Assert.Contains("\"/api/exhibitions\"", await v.GetStringAsync("/openapi/v1.json"));
        Assert.Equal(HttpStatusCode.NotFound, (await v.GetAsync("/works/999999")).StatusCode);
        var missing = await v.GetAsync("/api/works/999999");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal("work 999999 does not exist", await Error(missing));
    }

    // With PostgreSQL, a visitor who did not write may get the page as it was while one read refreshes it (stale
    // while revalidate); the change must show within the cluster's 3 s.
    private static async Task<string> FreshPageAsync(HttpClient v, string path, string expected)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        string page = await v.GetStringAsync(path);
        while (!page.Contains(expected, StringComparison.Ordinal) && clock.Elapsed < TimeSpan.FromSeconds(3))
        {
            await Task.Delay(20);
            page = await v.GetStringAsync(path);
        }
        return page;
    }
}

public sealed class SqliteGalleryApiTests(SqliteGallery server) : GalleryApiTests(server), IClassFixture<SqliteGallery>;
public sealed class PostgresGalleryApiTests(PostgresGallery server) : GalleryApiTests(server), IClassFixture<PostgresGallery>;
