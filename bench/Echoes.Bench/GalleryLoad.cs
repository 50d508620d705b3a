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
    private static readonly string[] Kinds = ["page: exhibitions", "page: room", "page: work", "api: work", "comment (POST)"];

    public static void Run(string[] args)
    {
        int clients = Int(args, "--clients", 200), seconds = Int(args, "--seconds", 60), think = Int(args, "--think-ms", 0), warmup = Int(args, "--warmup", 5);
        double commentShare = double.Parse(Option(args, "--comments") ?? "0.1", CultureInfo.InvariantCulture);
        string cli = Option(args, "--cli") ?? Path.Combine("src", "Echoes.Cli", "bin", "Release", "net10.0", "Echoes.Cli.dll");
        if (!File.Exists(cli)) { Console.Error.WriteLine($"{cli} not found: build the CLI in Release first, or pass --cli PATH"); return; }
        int serverCount = Int(args, "--servers", 1);
        if (serverCount > 1 && Option(args, "--db") is null) { Console.Error.WriteLine("--servers needs --db: several servers share one PostgreSQL"); return; }
        string data = Path.Combine(Path.GetTempPath(), "echoes-load-" + Guid.NewGuid().ToString("N")[..8]);
        var (servers, https, key) = StartServers(cli, args, serverCount, clients, data);
        var workers = StartWorkers(cli, args, data);
        var (exhibition, works) = Seed(https[0], key, 6).GetAwaiter().GetResult();

        var latencies = Kinds.ToDictionary(k => k, _ => new ConcurrentBag<double>());
        var errors = new ConcurrentDictionary<string, int>();
        var accepted = new ConcurrentBag<(long Work, long Id)>();
        var until = Stopwatch.StartNew();
        var tasks = Enumerable.Range(0, clients).Select(c => Task.Run(async () =>
        {
            var rng = new Random(c);
            var http = https[c % https.Count];
            if (think > 0) await Task.Delay(rng.Next(think)); // clients arrive spread out, not in one burst
            while (until.Elapsed.TotalSeconds < warmup + seconds)
            {
                bool measured = until.Elapsed.TotalSeconds >= warmup;
                long work = works[rng.Next(works.Length)];
                double roll = rng.NextDouble();
                string kind = roll < commentShare ? Kinds[4] : Kinds[(int)((roll - commentShare) / (1 - commentShare) * 4)];
                var t = Stopwatch.StartNew();
                try
                {
                    using var r = kind switch
                    {
                        "page: exhibitions" => await http.GetAsync("/"),
                        "page: room" => await http.GetAsync($"/exhibitions/{exhibition}"),
                        "page: work" => await http.GetAsync($"/works/{work}"),
                        "api: work" => await http.GetAsync($"/api/works/{work}"),
                        _ => await http.PostAsJsonAsync($"/api/works/{work}/comments", new { name = $"client {c}", text = $"a thought from {c} at {t.ElapsedTicks}" }),
                    };
                    if (r.StatusCode == HttpStatusCode.Created) accepted.Add((work, (await r.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt64()));
                    else await r.Content.LoadIntoBufferAsync();
                    if (!r.IsSuccessStatusCode) errors.AddOrUpdate($"{kind}: {(int)r.StatusCode}", 1, (_, n) => n + 1);
                    if (measured) latencies[kind].Add(t.Elapsed.TotalMilliseconds);
                }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException) { errors.AddOrUpdate($"{kind}: {e.GetType().Name}", 1, (_, n) => n + 1); }
                if (think > 0) await Task.Delay(rng.Next(think / 2, think * 3 / 2 + 1));
            }
        })).ToArray();
        Task.WaitAll(tasks);
        double elapsed = until.Elapsed.TotalSeconds - warmup;
        double serverPeak = servers.Max(s => PeakMb(s.Id));

        var stored = new HashSet<long>();
        var http = https[^1];
        foreach (long w in works)
            for (int page = 1, last = 1; page <= last; page++)
            {
                using var r = http.GetAsync($"/api/works/{w}/comments?page={page}").GetAwaiter().GetResult();
                last = int.Parse(r.Headers.GetValues("X-Pages").Single(), CultureInfo.InvariantCulture);
                stored.UnionWith(Flatten(r.Content.ReadFromJsonAsync<JsonElement>().GetAwaiter().GetResult()));
            }
        int lost = accepted.Count(a => !stored.Contains(a.Id));
        string burst = PaintBurst.RunAsync(https[0], key, exhibition, Int(args, "--burst", 50), TimeSpan.FromMinutes(30)).GetAwaiter().GetResult();
        Stop(servers, https, workers, data);

        int total = latencies.Values.Sum(b => b.Count);
        Console.WriteLine($"Gallery load: {clients} clients, {seconds} s measured after {warmup} s of warm-up, {commentShare:P0} comment posts, think time {think} ms, {(Option(args, "--db") is null ? "SQLite" : "PostgreSQL")}, {serverCount} server(s) ({Machine.Describe()})\n");
        Console.WriteLine("| requests | kind | p50 ms | p99 ms | max ms |");
        Console.WriteLine("|---:|---|---:|---:|---:|");
        foreach (var k in Kinds)
        {
            var xs = latencies[k].Order().ToArray();
            if (xs.Length > 0) Console.WriteLine($"| {xs.Length:N0} | {k} | {Pct(xs, 0.5):0.0} | {Pct(xs, 0.99):0.0} | {xs[^1]:0.0} |");
        }
        var pages = latencies.Where(kv => kv.Key.StartsWith("page", StringComparison.Ordinal)).SelectMany(kv => kv.Value).Order().ToArray();
        Console.WriteLine($"| {pages.Length:N0} | all pages | {Pct(pages, 0.5):0.0} | {Pct(pages, 0.99):0.0} | {(pages.Length > 0 ? pages[^1] : 0):0.0} |");
        Console.WriteLine($"\nthroughput {total / elapsed:N0} requests/s; errors {errors.Values.Sum()} {(errors.IsEmpty ? "" : "(" + string.Join(", ", errors.Select(e => $"{e.Key} ×{e.Value}")) + ")")}; " +
            $"comments acknowledged {accepted.Count:N0}, missing afterwards {lost}; server peak memory {serverPeak:N0} MB (the largest server)\n{burst}");
    }

    private static async Task<(long, long[])> Seed(HttpClient http, string key, int works)
    {
        using var req = new HttpRequestMessage(HttpMethod.Post, "/api/exhibitions") { Content = JsonContent.Create(new { title = "Under load", statement = "Many visitors at once." }) };
        req.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        long ex = (await (await http.SendAsync(req)).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt64();
        var ids = new List<long>();
        for (int i = 0; i < works; i++) ids.Add(await PaintBurst.QueueAsync(http, key, ex, i, $"Work {i + 1}"));
        await PaintBurst.DrainAsync(http, ids, TimeSpan.FromMinutes(10)); // works are painted by the queue's workers
        return (ex, [.. ids]);
    }

    private static IEnumerable<long> Flatten(JsonElement comments) =>
        comments.EnumerateArray().SelectMany(c => Flatten(c.GetProperty("replies")).Prepend(c.GetProperty("id").GetInt64()));

    private static Process Start(string cli, List<string> args, out Uri address, out string key)
    {
        var psi = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        psi.ArgumentList.Add(cli);
        foreach (var a in args) psi.ArgumentList.Add(a);
        var p = Process.Start(psi)!;
        key = "";
        while (p.StandardOutput.ReadLine() is { } line)
        {
            if (line.StartsWith("Curator key: ", StringComparison.Ordinal)) key = line[13..];
            if (line.StartsWith("Echoes gallery: ", StringComparison.Ordinal)) { address = new Uri(line[16..].Split(' ')[0]); return p; }
        }
        throw new InvalidOperationException("echoes serve did not start: " + p.StandardError.ReadToEnd());
    }

    // `--servers N` servers, each with a data folder of its own (DATA-i) and a client; the first issues the curator key.
    private static (List<Process> Servers, List<HttpClient> Clients, string Key) StartServers(string cli, string[] args, int count, int clients,
        string data)
    {
        string[] db = Option(args, "--db") is { } conn ? ["--db", conn] : [];
        string[] painters = Option(args, "--paint-workers") is { } n ? ["--paint-workers", n] : [];
        var servers = new List<Process>();
        var https = new List<HttpClient>();
        string key = "";
        for (int i = 0; i < count; i++)
        {
            servers.Add(Start(cli, ["serve", "--port", "0", "--data", $"{data}-{i}", "--comments-per-minute", "0", .. db, .. painters,
                .. i == 0 ? ["--new-key"] : (string[])[]], out var address, out string printed));
            if (i == 0) key = printed;
            https.Add(new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = clients, PooledConnectionLifetime = TimeSpan.FromMinutes(10) })
            { BaseAddress = address, Timeout = TimeSpan.FromSeconds(30) });
        }
        return (servers, https, key);
    }

    // Kills the servers and workers and deletes their data folders.
    private static void Stop(List<Process> servers, List<HttpClient> https, List<Process> workers, string data)
    {
        for (int i = 0; i < servers.Count; i++)
        {
            servers[i].Kill();
            servers[i].Dispose();
            https[i].Dispose();
            try { Directory.Delete($"{data}-{i}", true); } catch (IOException) { }
        }
        for (int i = 0; i < workers.Count; i++)
        {
            workers[i].Kill();
            try { Directory.Delete($"{data}-w{i}", true); } catch (IOException) { }
        }
    }

    // `--workers N` with `--db`: N `echoes worker` processes painting beside the servers, each with a data folder of its own.
    private static List<Process> StartWorkers(string cli, string[] args, string data)
    {
        var workers = new List<Process>();
        if (Option(args, "--db") is not { } db) return workers;
        for (int i = 0; i < Int(args, "--workers", 0); i++)
        {
            var psi = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var a in new[] { cli, "worker", "--db", db, "--data", $"{data}-w{i}" }) psi.ArgumentList.Add(a);
            var p = Process.Start(psi)!;
            while (p.StandardOutput.ReadLine() is { } line && !line.StartsWith("Echoes worker: ", StringComparison.Ordinal)) { }
            workers.Add(p);
        }
        return workers;
    }

    private static double PeakMb(int pid) =>
        File.ReadLines($"/proc/{pid}/status").FirstOrDefault(l => l.StartsWith("VmHWM:")) is { } l ? double.Parse(l.Split(':')[1].Trim().Split(' ')[0]) / 1024.0 : double.NaN;

    private static double Pct(double[] sorted, double q) => sorted.Length == 0 ? double.NaN : sorted[Math.Min(sorted.Length - 1, (int)(q * sorted.Length))];

    private static string? Option(string[] args, string name) => Array.IndexOf(args, name) is int i and >= 0 && i + 1 < args.Length ? args[i + 1] : null;

    private static int Int(string[] args, string name, int fallback) => Option(args, name) is { } v ? int.Parse(v, CultureInfo.InvariantCulture) : fallback;
}
