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

        // Paint a photo in the studio and watch the strokes arrive.
        await page.ClickAsync("text=Paint a work for this room");
        await page.SetInputFilesAsync("input[name=image]", new FilePayload { Name = "study.png", MimeType = "image/png", Buffer = GalleryServer.SmallPhoto(240, 160) });
        await page.SelectOptionAsync("select[name=style]", "faithful");
        await page.FillAsync("input[name=strokes]", "1500");
        await page.Locator("input[name=mood-love]").FillAsync("0.8");
        await page.ClickAsync("#paint");
        await Assertions.Expect(page.Locator("#easel")).ToHaveAttributeAsync("data-state", new System.Text.RegularExpressions.Regex("done|failed"));
        Assert.True(await page.GetAttributeAsync("#easel", "data-state") == "done", $"the studio says: {await page.TextContentAsync("#status")}");
        Assert.Equal("1500", await page.GetAttributeAsync("#easel", "data-strokes"));
        int batches = int.Parse((await page.GetAttributeAsync("#easel", "data-batches"))!);
        Assert.True(batches >= 2, $"the strokes came in {batches} batch(es), not as they were placed");
        double spread = await page.EvaluateAsync<double>("""
            () => { const c = document.getElementById('easel'), d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
                    let s = 0, s2 = 0, n = 0; for (let i = 0; i < d.length; i += 4 * 97) { s += d[i]; s2 += d[i] * d[i]; n++; }
                    return Math.sqrt(s2 / n - (s / n) * (s / n)); }
            """);
        Assert.True(spread > 10, $"the easel is nearly blank (spread {spread:0.0})");
        await Screenshot(page, "studio");

        // Hang it.
        await page.FillAsync("#hang-form input[name=title]", "Tide");
        await page.ClickAsync("#hang");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Tide");
        string workUrl = page.Url;

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
}
