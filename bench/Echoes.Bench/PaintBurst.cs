using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace Echoes.Bench;

/// <summary>
/// Paintings as jobs under a burst: queues many works at once through the API (each answered 202, queued) and times
/// how long the workers take to paint them all, counting any that fail or never finish.
/// </summary>
internal static class PaintBurst
{
    /// <summary>Queues <paramref name="count"/> works in <paramref name="exhibition"/> and waits for every one to finish.</summary>
    public static async Task<string> RunAsync(HttpClient http, string key, long exhibition, int count, TimeSpan limit)
    {
        var clock = Stopwatch.StartNew();
        int retried = 0;
        var ids = await Task.WhenAll(Enumerable.Range(0, count).Select(i =>
            QueueAsync(http, key, exhibition, i, $"Burst {i + 1}", () => Interlocked.Increment(ref retried))));
        double queued = clock.Elapsed.TotalSeconds;
        var (done, failed) = await DrainAsync(http, ids, limit);
        return $"burst of {count} paintings (300 strokes each): queued in {queued:0.0} s ({retried} answers 503, sent again after their " +
            $"Retry-After), drained in {clock.Elapsed.TotalSeconds:0.0} s; " +
            $"{done} done, {failed} failed, {count - done - failed} unfinished";
    }

    /// <summary>Queues one work (a shared photo, 300 strokes) and returns its id. A busy server's 503 is honoured as a
    /// client should: the work is sent again after the server's <c>Retry-After</c> (<paramref name="retried"/> is told).</summary>
    public static async Task<long> QueueAsync(HttpClient http, string key, long exhibition, int i, string title, Action? retried = null)
    {
        for (int attempt = 1; ; attempt++)
        {
            var (id, wait) = await TryQueueAsync(http, key, exhibition, i, title, attempt < 20);
            if (id is long queued) return queued;
            retried?.Invoke();
            await Task.Delay(wait);
        }
    }

    // The work's id, or how long the server asked to wait (a 503 with Retry-After, while retrying is allowed).
    private static async Task<(long? Id, TimeSpan Wait)> TryQueueAsync(HttpClient http, string key, long exhibition, int i, string title,
        bool mayRetry)
    {
        var photos = Directory.EnumerateFiles(Path.Combine("..", "shared", "images")).Where(f => f.EndsWith(".png") || f.EndsWith(".jpg"))
            .Order().ToArray();
        using var form = new MultipartFormDataContent
        {
            { new ByteArrayContent(await File.ReadAllBytesAsync(photos[i % photos.Length])), "image", Path.GetFileName(photos[i % photos.Length]) },
            { new StringContent(title), "title" }, { new StringContent("faithful"), "style" }, { new StringContent("300"), "strokes" },
        };
        using var r = new HttpRequestMessage(HttpMethod.Post, $"/api/exhibitions/{exhibition}/works") { Content = form };
        r.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        using var answer = await http.SendAsync(r);
        if (mayRetry && answer.StatusCode == System.Net.HttpStatusCode.ServiceUnavailable && answer.Headers.RetryAfter?.Delta is { } delta)
            return (null, delta);
        if (answer.StatusCode != System.Net.HttpStatusCode.Accepted)
            throw new InvalidOperationException($"queueing a work answered {(int)answer.StatusCode}: {await answer.Content.ReadAsStringAsync()}");
        return ((await answer.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt64(), TimeSpan.Zero);
    }

    /// <summary>Waits until every work is done or failed (or the limit passes); returns how many ended each way.</summary>
    public static async Task<(int Done, int Failed)> DrainAsync(HttpClient http, IReadOnlyCollection<long> ids, TimeSpan limit)
    {
        var open = new HashSet<long>(ids);
        int done = 0, failed = 0;
        var until = Stopwatch.StartNew();
        while (open.Count > 0 && until.Elapsed < limit)
        {
            foreach (long id in open.ToArray())
            {
                string status = (await http.GetFromJsonAsync<JsonElement>($"/api/works/{id}")).GetProperty("status").GetString()!;
                if (status is not ("done" or "failed")) continue;
                open.Remove(id);
                if (status == "done") done++; else failed++;
            }
            if (open.Count > 0) await Task.Delay(250);
        }
        return (done, failed);
    }
}
