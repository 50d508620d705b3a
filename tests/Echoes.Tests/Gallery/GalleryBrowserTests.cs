using Microsoft.Playwright;

namespace Echoes.Tests.Gallery;

/// <summary>The gallery in a real browser (Debian's Chromium driven by Playwright): a curator's day and a visitor's limits.</summary>
public sealed class GalleryBrowserTests(SqliteGallery server) : IClassFixture<SqliteGallery>
{
    private const string Chromium = "/usr/bin/chromium";

    private static async Task<IBrowser> LaunchAsync(IPlaywright pw) => await pw.Chromium.LaunchAsync(new()
    {
        ExecutablePath = Chromium, Headless = true,
        Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
    });

    private static void RequireChromium()
    {
        if (File.Exists(Chromium)) return;
        Assert.False(Environment.GetEnvironmentVariable("CI") is "true", "CI must install chromium (.ci/run does)");
        Assert.Skip("chromium is not installed here");
    }

    // ECHOES_SCREENSHOTS=DIR keeps pictures of the pages (for the documentation and for looking at changes).
    private static async Task Screenshot(IPage page, string name)
    {
        if (Environment.GetEnvironmentVariable("ECHOES_SCREENSHOTS") is { Length: > 0 } dir)
            await page.ScreenshotAsync(new() { Path = Path.Combine(dir, name + ".png"), FullPage = true });
    }

    [Fact]
    public async Task A_curator_paints_live_hangs_and_visitors_discuss_and_respond()
    {
        RequireChromium();
        using var pw = await Playwright.CreateAsync();
        await using var browser = await LaunchAsync(pw);
        var page = await (await browser.NewContextAsync(new() { BaseURL = server.Address.ToString() })).NewPageAsync();
        page.SetDefaultTimeout(60_000);
        Assertions.SetDefaultExpectTimeout(60_000);

        // Sign in with the key and open an exhibition.
        await page.GotoAsync("/curator");
        await page.FillAsync("input[name=key]", server.Key);
        await page.ClickAsync("form.panel button");
        await page.FillAsync("#new-exhibition input[name=title]", "Shore songs");
        await page.ClickAsync("#new-exhibition button");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Shore songs");

        // Paint a photo in the studio and watch the engine's frames arrive, then the finished painting.
        await page.ClickAsync("text=Paint a work for this room");
        await page.SetInputFilesAsync("input[name=image]", new FilePayload { Name = "study.png", MimeType = "image/png", Buffer = GalleryServer.SmallPhoto(480, 320) });
        await page.SelectOptionAsync("select[name=style]", "faithful");
        await page.FillAsync("input[name=strokes]", "4000");
        await page.Locator("input[name=mood-love]").FillAsync("0.8");
        await page.ClickAsync("#paint");
        // Long enough to see it arrive: a loaded test machine may take minutes.
        await Assertions.Expect(page.Locator("#easel")).ToHaveAttributeAsync("data-state", new System.Text.RegularExpressions.Regex("done|failed"),
            new() { Timeout = 240_000 });
        Assert.True(await page.GetAttributeAsync("#easel", "data-state") == "done", $"the studio says: {await page.TextContentAsync("#status")}");
        Assert.Equal("4000", await page.GetAttributeAsync("#easel", "data-strokes"));
        int changes = int.Parse((await page.GetAttributeAsync("#easel", "data-changes"))!);
        Assert.True(changes >= 3, $"the studio showed {changes} changing frame(s) of the painting, not the painting arriving");
        Assert.EndsWith("/painting.png", await page.GetAttributeAsync("#easel", "src"));
        double spread = await page.EvaluateAsync<double>("""
            () => { const i = document.getElementById('easel'), c = document.createElement('canvas');
                    c.width = i.naturalWidth; c.height = i.naturalHeight; const x = c.getContext('2d'); x.drawImage(i, 0, 0);
                    const d = x.getImageData(0, 0, c.width, c.height).data;
                    let s = 0, s2 = 0, n = 0; for (let k = 0; k < d.length; k += 4 * 97) { s += d[k]; s2 += d[k] * d[k]; n++; }
                    return Math.sqrt(s2 / n - (s / n) * (s / n)); }
            """);
        Assert.True(spread > 10, $"the easel is nearly blank (spread {spread:0.0})");
        await Screenshot(page, "studio");

        // Hang it.
        await page.FillAsync("#hang-form input[name=title]", "Tide");
        await page.ClickAsync("#hang");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Tide");
        string workUrl = page.Url;
        // Its time-lapse is made by a job after hanging; the open page follows it and swaps the video in.
        await Assertions.Expect(page.Locator("#timelapse")).ToHaveAttributeAsync("data-status", "done");
        await Assertions.Expect(page.Locator("#timelapse-video")).ToHaveCountAsync(1);

        // Comment (with a script that must stay text), reply, respond.
        var top = page.Locator(".discussion > form.comment-form");
        await top.Locator("input[name=name]").FillAsync("Ada");
        await top.Locator("textarea[name=text]").FillAsync("The water <script>window.pwned = 1</script> remembers.");
        await top.Locator("button").ClickAsync();
        var comment = page.Locator("li.comment").First;
        await comment.Locator("summary").ClickAsync();
        await comment.Locator("details input[name=name]").FillAsync("Ben");
        await comment.Locator("details textarea[name=text]").FillAsync("It forgets, too.");
        await comment.Locator("details button").ClickAsync();
        await page.ClickAsync("button.feel[data-mood=joy]");

        // Reload: everything is still there, and the script stayed text.
        await page.GotoAsync(workUrl);
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Tide");
        await Assertions.Expect(page.Locator("li.comment > p.text").First).ToHaveTextAsync("The water <script>window.pwned = 1</script> remembers.");
        await Assertions.Expect(page.Locator("li.comment li.comment p.text")).ToHaveTextAsync("It forgets, too.");
        await Assertions.Expect(page.Locator(".count[data-mood=joy]")).ToHaveTextAsync("1");
        Assert.True(await page.EvaluateAsync<bool>("() => window.pwned === undefined"));
        await Assertions.Expect(page.Locator("text=Delete this work")).ToHaveCountAsync(1);
        await Screenshot(page, "work");

        // A visitor sees no curator controls, and a forged delete with the visitor's own token is refused.
        var visitor = await (await browser.NewContextAsync(new() { BaseURL = server.Address.ToString() })).NewPageAsync();
        await visitor.GotoAsync(workUrl);
        await Assertions.Expect(visitor.Locator("text=Delete this work")).ToHaveCountAsync(0);
        int status = await visitor.EvaluateAsync<int>("""
            async () => { const t = document.querySelector('meta[name=csrf-token]').content, f = new FormData();
                          f.append('__RequestVerificationToken', t);
                          return (await fetch(location.pathname + '/delete', { method: 'POST', body: f })).status; }
            """);
        Assert.Equal(401, status);
        await visitor.GotoAsync(workUrl);
        await Assertions.Expect(visitor.Locator("h1")).ToHaveTextAsync("Tide");
    }

    [Fact]
    public async Task The_time_lapse_plays_to_the_painting_and_a_visitor_who_asked_for_less_motion_sees_its_poster()
    {
        RequireChromium();
        long ex = await server.CreateExhibitionAsync("Lapses");
        long id = (await server.PaintWorkAsync(ex, "Rise", strokes: 600)).GetProperty("id").GetInt64();
        using var api = server.Visitor();
        var made = await GalleryServer.TimelapseAsync(api, id);
        Assert.True(made.GetProperty("status").GetString() == "done", $"the time-lapse is {made}");
        using var pw = await Playwright.CreateAsync();
        await using var browser = await LaunchAsync(pw);

        // A visitor: the muted video starts by itself and plays; its last frame is the painting.
        var page = await (await browser.NewContextAsync(new() { BaseURL = server.Address.ToString() })).NewPageAsync();
        page.SetDefaultTimeout(60_000);
        await page.GotoAsync($"/works/{id}");
        var video = page.Locator("#timelapse-video");
        await Assertions.Expect(video).ToHaveAttributeAsync("data-autoplay", "on");
        await page.WaitForFunctionAsync("() => document.getElementById('timelapse-video').currentTime > 0.5");
        Assert.True(await video.EvaluateAsync<bool>("v => v.muted && !v.paused && v.duration > 10"), "the time-lapse is not playing, muted");
        double diff = await video.EvaluateAsync<double>("""
            async v => {
              v.pause();
              await new Promise(done => { v.addEventListener('seeked', done, { once: true }); v.currentTime = v.duration - 0.05; });
              const w = v.videoWidth, h = v.videoHeight, grab = source => {
                const c = document.createElement('canvas'); c.width = w; c.height = h;
                const x = c.getContext('2d'); x.drawImage(source, 0, 0, w, h); return x.getImageData(0, 0, w, h).data; };
              const a = grab(v), b = grab(document.getElementById('painting'));
              let s = 0; for (let i = 0; i < a.length; i += 4) s += (Math.abs(a[i] - b[i]) + Math.abs(a[i + 1] - b[i + 1]) + Math.abs(a[i + 2] - b[i + 2])) / 3;
              return s / (w * h); }
            """);
        Assert.True(diff < 12, $"the time-lapse's last frame differs from the painting by {diff:0.0} levels on average");
        await Screenshot(page, "timelapse");

        // A visitor who asked for reduced motion sees the poster: nothing starts by itself.
        var still = await (await browser.NewContextAsync(new() { BaseURL = server.Address.ToString(), ReducedMotion = ReducedMotion.Reduce }))
            .NewPageAsync();
        await still.GotoAsync($"/works/{id}");
        var quiet = still.Locator("#timelapse-video");
        await Assertions.Expect(quiet).ToHaveAttributeAsync("data-autoplay", "off");
        Assert.Equal($"/works/{id}/timelapse.jpg", await quiet.GetAttributeAsync("poster"));
        await still.WaitForTimeoutAsync(1500);
        Assert.True(await quiet.EvaluateAsync<bool>("v => v.paused && v.currentTime === 0"), "the time-lapse started for a visitor who asked for less motion");
        Assert.Equal(200, (await still.APIRequest.GetAsync($"/works/{id}/timelapse.jpg")).Status);
    }
}
