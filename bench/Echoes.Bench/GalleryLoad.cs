using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace Echoes.Bench;

/// <summary>
/// Load on the gallery (issue "Exhibition"): the real <c>echoes serve</c> in its own process, N concurrent clients on
/// loopback reading pages and posting comments for a while; prints throughput, p50/p99 latency by kind of request,
/// errors, and whether every acknowledged comment is in the database afterwards. With <c>--servers N</c> (and
/// <c>--db</c>) N servers share one PostgreSQL database, each with its own data folder, and the clients are spread
/// over them as a reverse proxy would; the comments are then checked through the last server.
/// </summary>
internal static class GalleryLoad
{
    // The one address every server stands behind, as far as a visitor's cookies are concerned.
    private static readonly Uri Site = new("http://127.0.0.1/");
    private static readonly string[] Kinds = ["page: exhibitions", "page: room", "page: work", "api: work", "comment (POST)"];

    // What one run measured: latencies by kind, failures by kind and status, the comments the servers acknowledged.
    private sealed record Measured(Dictionary<string, ConcurrentBag<double>> Latencies, ConcurrentDictionary<string, int> Errors,
        ConcurrentBag<(long Work, long Id)> Accepted, double Seconds, string Cpu = "", string Lag = "");

    public static void Run(string[] args)
    {
        int clients = Int(args, "--clients", 200), serverCount = Int(args, "--servers", 1);
        string cli = Option(args, "--cli") ?? Path.Combine("src", "Echoes.Cli", "bin", "Release", "net10.0", "Echoes.Cli.dll");
        if (!File.Exists(cli)) { Console.Error.WriteLine($"{cli} not found: build the CLI in Release first, or pass --cli PATH"); return; }
        string? db = Option(args, "--db");
        if (serverCount > 1 && db is null) { Console.Error.WriteLine("--servers needs --db: several servers share one PostgreSQL"); return; }
        string[] serveArgs = [.. db is null ? [] : (string[])["--db", db],
            .. Option(args, "--paint-workers") is { } n ? ["--paint-workers", n] : (string[])[]];
        Measured measured;
        int lost;
        string burst;
        double serverPeak;
        using (var fleet = GalleryFleet.Start(cli, serverCount, serveArgs, Int(args, "--workers", 0), db, clients))
        {
            var (exhibition, works) = Seed(fleet.Clients[0], fleet.Key, 6).GetAwaiter().GetResult();
            measured = Load(fleet.Clients, works, exhibition, args, fleet.Servers.Select(s => s.Id)).GetAwaiter().GetResult();
            serverPeak = fleet.Servers.Max(s => PeakMb(s.Id));
            lost = Lost(fleet.Clients[^1], works, measured.Accepted);
            burst = PaintBurst.RunAsync(fleet.Clients[0], fleet.Key, exhibition, Int(args, "--burst", 50), TimeSpan.FromMinutes(30))
                .GetAwaiter().GetResult();
            fleet.KeepLogs = !measured.Errors.IsEmpty || lost > 0 || !burst.Contains(" 0 failed, 0 unfinished", StringComparison.Ordinal);
            if (fleet.KeepLogs) Console.Error.WriteLine($"something failed: the servers' and workers' logs are kept in {fleet.Logs}");
        }
        Report(args, measured, lost, serverPeak, burst, db is null ? "SQLite" : "PostgreSQL", serverCount);
    }

    // Every client reads pages and posts comments as fast as it is answered (less its think time) for the warm-up and the
    // measured seconds; only the measured requests count.
    private static async Task<Measured> Load(IReadOnlyList<HttpClient> https, long[] works, long exhibition, string[] args,
        IEnumerable<int> servers)
    {
        int clients = Int(args, "--clients", 200), seconds = Int(args, "--seconds", 60);
        int think = Int(args, "--think-ms", 0), warmup = Int(args, "--warmup", 5);
        // Each visitor stays on one server (a proxy with sticky sessions), or each request goes to the next server.
        bool roundRobin = args.Contains("--round-robin");
        double commentShare = double.Parse(Option(args, "--comments") ?? "0.1", CultureInfo.InvariantCulture);
        var m = new Measured(Kinds.ToDictionary(k => k, _ => new ConcurrentBag<double>()), new(), new(), seconds);
        var until = Stopwatch.StartNew();
        var cpu = Task.Delay(TimeSpan.FromSeconds(warmup)).ContinueWith(_ => ProcessCpu.Start(servers), TaskScheduler.Default);
        using var measuring = new CancellationTokenSource(TimeSpan.FromSeconds(warmup + seconds));
        var lag = Task.Delay(TimeSpan.FromSeconds(warmup)).ContinueWith(_ => TimerLag.Start(measuring.Token), TaskScheduler.Default);
        await Task.WhenAll(Enumerable.Range(0, clients).Select(c => Task.Run(async () =>
        {
            var rng = new Random(c);
            var visitor = new CookieContainer(); // a browser's own cookies, whichever server the proxy sends it to
            if (think > 0) await Task.Delay(rng.Next(think)); // clients arrive spread out, not in one burst
            for (int i = c; until.Elapsed.TotalSeconds < warmup + seconds; i++)
            {
                bool counted = until.Elapsed.TotalSeconds >= warmup;
                double roll = rng.NextDouble();
                string kind = roll < commentShare ? Kinds[4] : Kinds[(int)((roll - commentShare) / (1 - commentShare) * 4)];
                await Request(https[(roundRobin ? i : c) % https.Count], visitor, kind, exhibition, works[rng.Next(works.Length)], c, m, counted);
                if (think > 0) await Task.Delay(rng.Next(think / 2, think * 3 / 2 + 1));
            }
        })));
        return m with
        {
            Seconds = until.Elapsed.TotalSeconds - warmup,
            Cpu = (await cpu).Stop(m.Latencies.Values.Sum(b => b.Count) + m.Errors.Values.Sum()),
            Lag = await (await lag).ReportAsync(),
        };
    }

    private static async Task Request(HttpClient http, CookieContainer cookies, string kind, long exhibition, long work, int client,
        Measured m, bool counted)
    {
        var t = Stopwatch.StartNew();
        try
        {
            using var request = kind switch
            {
                "page: exhibitions" => new HttpRequestMessage(HttpMethod.Get, "/"),
                "page: room" => new HttpRequestMessage(HttpMethod.Get, $"/exhibitions/{exhibition}"),
                "page: work" => new HttpRequestMessage(HttpMethod.Get, $"/works/{work}"),
                "api: work" => new HttpRequestMessage(HttpMethod.Get, $"/api/works/{work}"),
                _ => new HttpRequestMessage(HttpMethod.Post, $"/api/works/{work}/comments")
                {
                    Content = JsonContent.Create(new { name = $"client {client}", text = $"a thought from {client} at {t.ElapsedTicks}" }),
                },
            };
            using var r = await SendAsync(http, cookies, request);
            if (r.StatusCode == HttpStatusCode.Created)
                m.Accepted.Add((work, (await r.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt64()));
            else await r.Content.LoadIntoBufferAsync();
            if (!r.IsSuccessStatusCode) m.Errors.AddOrUpdate($"{kind}: {(int)r.StatusCode}", 1, (_, n) => n + 1);
            if (counted) m.Latencies[kind].Add(t.Elapsed.TotalMilliseconds);
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            m.Errors.AddOrUpdate($"{kind}: {e.GetType().Name}", 1, (_, n) => n + 1);
        }
    }

    // Sends the request with the visitor's cookies (one jar for every server: one site behind one proxy) and keeps what
    // the answer sets.
    private static async Task<HttpResponseMessage> SendAsync(HttpClient http, CookieContainer cookies, HttpRequestMessage request)
    {
        if (cookies.GetCookieHeader(Site) is { Length: > 0 } sent) request.Headers.Add("Cookie", sent);
        var r = await http.SendAsync(request);
        if (r.Headers.TryGetValues("Set-Cookie", out var set))
            foreach (string cookie in set) cookies.SetCookies(Site, cookie);
        return r;
    }

    // Acknowledged comments not in the database afterwards, read through the given (last) server.
    private static int Lost(HttpClient http, long[] works, IEnumerable<(long Work, long Id)> accepted)
    {
        var stored = new HashSet<long>();
        foreach (long w in works)
            for (int page = 1, last = 1; page <= last; page++)
            {
                using var r = http.GetAsync($"/api/works/{w}/comments?page={page}").GetAwaiter().GetResult();
                last = int.Parse(r.Headers.GetValues("X-Pages").Single(), CultureInfo.InvariantCulture);
                stored.UnionWith(Flatten(r.Content.ReadFromJsonAsync<JsonElement>().GetAwaiter().GetResult()));
            }
        return accepted.Count(a => !stored.Contains(a.Id));
    }

    private static void Report(string[] args, Measured m, int lost, double serverPeak, string burst, string engine, int servers)
    {
        int total = m.Latencies.Values.Sum(b => b.Count);
        double comments = double.Parse(Option(args, "--comments") ?? "0.1", CultureInfo.InvariantCulture);
        Console.WriteLine($"Gallery load: {Int(args, "--clients", 200)} clients, {m.Seconds:0.0} s measured after {Int(args, "--warmup", 5)} s " +
            $"of warm-up, {comments:P0} comment posts, think time {Int(args, "--think-ms", 0)} ms, " +
            $"{engine}, {servers} server(s) ({(args.Contains("--round-robin") ? "each request to the next" : "each visitor on one")}), " +
            $"{Int(args, "--workers", 0)} worker(s) ({Machine.Describe()})\n");
        Console.WriteLine("| requests | kind | p50 ms | p99 ms | max ms |");
        Console.WriteLine("|---:|---|---:|---:|---:|");
        foreach (var k in Kinds)
        {
            var xs = m.Latencies[k].Order().ToArray();
            if (xs.Length > 0) Console.WriteLine($"| {xs.Length:N0} | {k} | {Pct(xs, 0.5):0.0} | {Pct(xs, 0.99):0.0} | {xs[^1]:0.0} |");
        }
        var pages = m.Latencies.Where(kv => kv.Key.StartsWith("page", StringComparison.Ordinal)).SelectMany(kv => kv.Value).Order().ToArray();
        Console.WriteLine(
            $"| {pages.Length:N0} | all pages | {Pct(pages, 0.5):0.0} | {Pct(pages, 0.99):0.0} | {(pages.Length > 0 ? pages[^1] : 0):0.0} |");
        string errors = m.Errors.IsEmpty ? "" : "(" + string.Join(", ", m.Errors.Select(e => $"{e.Key} ×{e.Value}")) + ")";
        Console.WriteLine($"\nthroughput {total / m.Seconds:N0} requests/s; errors {m.Errors.Values.Sum()} {errors}; " +
            $"comments acknowledged {m.Accepted.Count:N0}, missing afterwards {lost}; " +
            $"server peak memory {serverPeak:N0} MB (the largest server)\n{m.Cpu}\n{m.Lag}\n{burst}");
    }

    private static async Task<(long, long[])> Seed(HttpClient http, string key, int works)
    {
        using var req = new HttpRequestMessage(HttpMethod.Post, "/api/exhibitions") { Content = JsonContent.Create(new { title = "Under load", statement = "Many visitors at once." }) };
        req.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        long ex = (await (await http.SendAsync(req)).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt64();
        var ids = new List<long>();
        for (int i = 0; i < works; i++) ids.Add(await PaintBurst.QueueAsync(http, key, ex, i, $"Work {i + 1}"));
        await PaintBurst.DrainAsync(http, ids, TimeSpan.FromMinutes(10)); // works are painted by the queue's workers
        await TimelapsesAsync(http, ids, TimeSpan.FromMinutes(10));
        return (ex, [.. ids]);
    }

    // Hung works have their time-lapses encoded by the workers: the pages are measured after that, not beside ffmpeg.
    private static async Task TimelapsesAsync(HttpClient http, List<long> ids, TimeSpan limit)
    {
        var clock = Stopwatch.StartNew();
        foreach (long id in ids)
            while (clock.Elapsed < limit && (await http.GetFromJsonAsync<JsonElement>($"/api/works/{id}/timelapse"))
                .GetProperty("status").GetString() is "queued" or "rendering")
                await Task.Delay(250);
    }

    private static IEnumerable<long> Flatten(JsonElement comments) =>
        comments.EnumerateArray().SelectMany(c => Flatten(c.GetProperty("replies")).Prepend(c.GetProperty("id").GetInt64()));

    private static double PeakMb(int pid) =>
        File.ReadLines($"/proc/{pid}/status").FirstOrDefault(l => l.StartsWith("VmHWM:")) is { } l ? double.Parse(l.Split(':')[1].Trim().Split(' ')[0]) / 1024.0 : double.NaN;

    /// <summary>The <paramref name="q"/> quantile of sorted values (NaN for none).</summary>
    internal static double Pct(double[] sorted, double q) => sorted.Length == 0 ? double.NaN : sorted[Math.Min(sorted.Length - 1, (int)(q * sorted.Length))];

    private static string? Option(string[] args, string name) => Array.IndexOf(args, name) is int i and >= 0 && i + 1 < args.Length ? args[i + 1] : null;

    private static int Int(string[] args, string name, int fallback) => Option(args, name) is { } v ? int.Parse(v, CultureInfo.InvariantCulture) : fallback;
}
