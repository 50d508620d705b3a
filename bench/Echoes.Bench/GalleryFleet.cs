using System.Diagnostics;

namespace Echoes.Bench;

/// <summary>
/// The processes a gallery load runs against: <c>echoes serve</c> servers (each with a data folder of its own and an
/// HTTP client, as a reverse proxy would spread visitors) and <c>echoes worker</c> painters. Each process's output is
/// copied to a log file beside the data folders (kept when a request failed, to read why); disposing kills every
/// process and deletes the data folders, and so does Ctrl+C or the bench's exit, so a failed run leaves nothing running.
/// </summary>
internal sealed class GalleryFleet : IDisposable
{
    private readonly List<(Process Process, string Data, bool Server)> _processes = [];
    private readonly List<HttpClient> _clients = [];
    private readonly string _cli;
    private readonly string _data = Path.Combine(Path.GetTempPath(), "echoes-load-" + Guid.NewGuid().ToString("N")[..8]);
    private int _disposed;

    private GalleryFleet(string cli)
    {
        _cli = cli;
        Directory.CreateDirectory(Logs);
        Console.CancelKeyPress += OnCancel;
        AppDomain.CurrentDomain.ProcessExit += OnExit;
    }

    /// <summary>One client per server, in order; they keep no cookies (each visitor keeps its own).</summary>
    public IReadOnlyList<HttpClient> Clients => _clients;

    /// <summary>The curator key the first server printed.</summary>
    public string Key { get; private set; } = "";

    /// <summary>The folder of the processes' logs (<c>server-0.log</c>, <c>worker-0.log</c>, …).</summary>
    public string Logs => _data + "-logs";

    /// <summary>Whether disposal keeps the logs (so it does unless the run said all went well).</summary>
    public bool KeepLogs { get; set; } = true;

    /// <summary>The server processes (to read their peak memory).</summary>
    public IEnumerable<Process> Servers => _processes.Where(p => p.Server).Select(p => p.Process);

    /// <summary>Starts <paramref name="servers"/> servers given <paramref name="serveArgs"/>, the first with a new curator key,
    /// then <paramref name="workers"/> workers on <paramref name="db"/>; whatever started is stopped if one fails.</summary>
    public static GalleryFleet Start(string cli, int servers, string[] serveArgs, int workers, string? db, int clients)
    {
        var fleet = new GalleryFleet(cli);
        try
        {
            for (int i = 0; i < servers; i++)
            {
                string data = $"{fleet._data}-s{i}";
                string[] extra = i == 0 ? ["--new-key"] : [];
                var address = new Uri(fleet.Launch($"server-{i}", data, "Echoes gallery: ",
                    ["serve", "--port", "0", "--data", data, "--comments-per-minute", "0", .. serveArgs, .. extra]).Split(' ')[0]);
                // Cookies are kept by each simulated visitor (GalleryLoad), not by the connection pool all of them share.
                var handler = new SocketsHttpHandler
                {
                    MaxConnectionsPerServer = clients, PooledConnectionLifetime = TimeSpan.FromMinutes(10), UseCookies = false,
                };
                fleet._clients.Add(new HttpClient(handler) { BaseAddress = address, Timeout = TimeSpan.FromSeconds(30) });
            }
            for (int i = 0; i < workers && db is not null; i++)
                fleet.Launch($"worker-{i}", $"{fleet._data}-w{i}", "Echoes worker: ", ["worker", "--db", db, "--data", $"{fleet._data}-w{i}"]);
            return fleet;
        }
        catch
        {
            fleet.Dispose();
            throw;
        }
    }

    // Starts one process and waits for the line that says it is ready (returning the rest of it); its output goes to its log.
    private string Launch(string name, string data, string ready, IEnumerable<string> args)
    {
        var psi = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in args.Prepend(_cli)) psi.ArgumentList.Add(a);
        var p = Process.Start(psi)!;
        lock (_processes) _processes.Add((p, data, name.StartsWith("server", StringComparison.Ordinal)));
        var log = new StreamWriter(Path.Combine(Logs, name + ".log")) { AutoFlush = true };
        string? rest = null;
        while (rest is null && p.StandardOutput.ReadLine() is { } line)
        {
            log.WriteLine(line);
            if (line.StartsWith("Curator key: ", StringComparison.Ordinal)) Key = line[13..];
            if (line.StartsWith(ready, StringComparison.Ordinal)) rest = line[ready.Length..];
        }
        // Keep reading both pipes (a server whose output nobody reads blocks once the pipe is full), asynchronously: a
        // blocking read would hold a thread-pool thread for the process's life, ten of them for three servers and two
        // workers, and the pool, short of threads, then stalled the clients' requests for most of a second.
        _ = CopyAsync(p.StandardOutput, log);
        _ = CopyAsync(p.StandardError, log);
        return rest ?? throw new InvalidOperationException($"{name} did not start; see {Path.Combine(Logs, name + ".log")}");
    }

    private static async Task CopyAsync(StreamReader output, StreamWriter log)
    {
        while (await output.ReadLineAsync() is { } line)
            lock (log) log.WriteLine(line);
    }

    private void OnCancel(object? sender, ConsoleCancelEventArgs e) => Dispose();

    private void OnExit(object? sender, EventArgs e) => Dispose();

    /// <summary>Kills every process (and its children) and deletes the data folders, and the logs unless <see cref="KeepLogs"/>.</summary>
    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1) return;
        Console.CancelKeyPress -= OnCancel;
        AppDomain.CurrentDomain.ProcessExit -= OnExit;
        lock (_processes)
            foreach (var (p, data, _) in _processes)
            {
                try { p.Kill(entireProcessTree: true); p.WaitForExit(5000); } catch (InvalidOperationException) { }
                p.Dispose();
                try { Directory.Delete(data, true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
            }
        foreach (var c in _clients) c.Dispose();
        if (!KeepLogs) try { Directory.Delete(Logs, true); } catch (IOException) { }
    }
}
