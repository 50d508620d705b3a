using System.Net;
using System.Text;

namespace Echoes.Tests.Gallery;

/// <summary>Memory under hostile load, measured on the real <c>echoes serve</c> in its own process.</summary>
public sealed class GalleryMemoryTests(ITestOutputHelper output)
{
    private const long MaxPeakBytes = 300L * 1024 * 1024;
    private const long MaxUploadGrowth = 400L * 1024 * 1024;

    [Fact]
    public async Task Sixty_parallel_unauthenticated_multi_megabyte_bodies_keep_the_server_under_300_MB()
    {
        using var server = await GalleryProcess.StartAsync(TestImages.TempDir(), "--comments-per-minute", "0");
        try
        {
            using var c = new HttpClient { BaseAddress = server.Address, Timeout = TimeSpan.FromMinutes(2) };
            Assert.Equal(HttpStatusCode.OK, (await c.GetAsync("/")).StatusCode);
            long before = PeakResidentBytes(server.Id);

            // A hostile client does not wait for 100-continue: it sends the whole 8 MB title at once, 60 times over.
            byte[] body = Encoding.UTF8.GetBytes($"{{\"title\": \"{new string('x', 8 * 1024 * 1024)}\"}}");
            var answers = await Task.WhenAll(Enumerable.Range(0, 60).Select(async _ =>
            {
                using var content = new ByteArrayContent(body);
                content.Headers.ContentType = new("application/json");
                try { return (await c.PutAsync("/api/exhibitions/1", content)).StatusCode; }
                catch (HttpRequestException) { return (HttpStatusCode)0; } // the server closed the connection instead of reading the rest
            }));
            long after = PeakResidentBytes(server.Id);
            output.WriteLine($"peak resident set: {before / 1048576.0:0} MB before, {after / 1048576.0:0} MB after; answers: " +
                string.Join(", ", answers.GroupBy(a => a).Select(g => $"{(int)g.Key}×{g.Count()}")));

            Assert.All(answers, a => Assert.True(a is HttpStatusCode.Unauthorized or 0, $"answered {a}"));
            Assert.True(after < MaxPeakBytes, $"the server's peak resident set reached {after / 1048576.0:0} MB (limit {MaxPeakBytes / 1048576} MB)");
            Assert.Equal(HttpStatusCode.OK, (await c.GetAsync("/")).StatusCode);
        }
        finally { server.Kill(); }
    }

    [Fact]
    public async Task A_6300_pixel_png_upload_is_decoded_no_larger_than_the_painter_needs()
    {
        using var server = await GalleryProcess.StartAsync(TestImages.TempDir(), "--comments-per-minute", "0");
        try
        {
            using var c = new HttpClient { BaseAddress = server.Address, Timeout = TimeSpan.FromMinutes(2) };
            c.DefaultRequestHeaders.Authorization = new("Bearer", server.Key);
            long exhibition = await GalleryServer.CreateExhibitionAsync(c, "Large");
            long before = PeakResidentBytes(server.Id);

            byte[] png = ShrinkingDecodeTests.LargePng(6300, 6300);
            using var form = new MultipartFormDataContent { { new ByteArrayContent(png), "image", "large.png" }, { new StringContent("30"), "strokes" } };
            await GalleryServer.PaintedAsync(c, await c.PostAsync($"/api/exhibitions/{exhibition}/works", form), TimeSpan.FromMinutes(2));
            long after = PeakResidentBytes(server.Id);
            output.WriteLine($"{png.Length / 1024} KB PNG, 6300×6300: peak resident set {before / 1048576.0:0} MB before, {after / 1048576.0:0} MB after");

            // Skia decodes a PNG only whole: one 8-bit copy (159 MB) beside the painting and its renders (about 125 MB for any
            // upload). Converting the whole image to linear floats as well took it to +690 MB.
            Assert.True(after - before < MaxUploadGrowth, $"the upload took the server from {before / 1048576.0:0} MB to {after / 1048576.0:0} MB");
        }
        finally { server.Kill(); }
    }

    // VmHWM: the most memory the process has ever held resident (its peak working set), from Linux's /proc.
    private static long PeakResidentBytes(int pid)
    {
        string line = File.ReadLines($"/proc/{pid}/status").First(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
        return long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1]) * 1024;
    }
}
