using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;

namespace Echoes.Tests.Gallery;

/// <summary>
/// A real <c>echoes serve</c> or <c>echoes worker</c> (the built Echoes.Cli) running as its own process with its own data
/// folder (a server on a loopback port); killed (SIGKILL, like a crashed machine) when disposed. Everything it prints is
/// kept for failure messages.
/// </summary>
public sealed class GalleryProcess : IDisposable
{
    private static readonly TimeSpan StartLimit = TimeSpan.FromSeconds(60);
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _output = new();

    private GalleryProcess(Process process, string data) => (_process, DataDirectory) = (process, data);

    /// <summary>Where it listens (a worker listens nowhere: null).</summary>
    public Uri? Address { get; private set; }

    /// <summary>The curator key it printed at start-up, or null when it printed none.</summary>
    public string? Key { get; private set; }

    public string DataDirectory { get; }

    /// <summary>The operating system's id of the process (for reading its memory from /proc).</summary>
    public int Id => _process.Id;

    /// <summary>What it has printed so far (standard output and error, in arrival order).</summary>
    public string Output => string.Join('\n', _output);

    /// <summary>
    /// Starts <c>echoes serve --port 0 --data DATA</c> with <paramref name="args"/> and returns once it prints its
    /// address; throws with what it printed when it exits first or takes over a minute.
    /// </summary>
    public static Task<GalleryProcess> StartAsync(string data, params string[] args) =>
        LaunchAsync(data, "Echoes gallery: ", ["serve", "--port", "0", "--data", data, .. args]);

    /// <summary>As <see cref="StartAsync(string, string[])"/>, with environment variables set (<c>PATH</c> without ffmpeg, say).</summary>
    public static Task<GalleryProcess> StartAsync(string data, IReadOnlyDictionary<string, string> environment, params string[] args) =>
        LaunchAsync(data, "Echoes gallery: ", ["serve", "--port", "0", "--data", data, .. args], environment);

    /// <summary>Starts <c>echoes worker --data DATA</c> with <paramref name="args"/> (<c>--db</c> among them) and returns
    /// once it says it is painting.</summary>
    public static Task<GalleryProcess> StartWorkerAsync(string data, params string[] args) =>
        LaunchAsync(data, "Echoes worker: ", ["worker", "--data", data, .. args]);

    private static async Task<GalleryProcess> LaunchAsync(string data, string ready, string[] args,
        IReadOnlyDictionary<string, string>? environment = null)
    {
        var psi = new ProcessStartInfo(Environment.ProcessPath!.EndsWith("dotnet", StringComparison.Ordinal) ? Environment.ProcessPath : "dotnet")
        {
            RedirectStandardOutput = true, RedirectStandardError = true,
        };
        psi.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Echoes.Cli.dll"));
        foreach (var a in args) psi.ArgumentList.Add(a);
        foreach (var (name, value) in environment ?? new Dictionary<string, string>()) psi.Environment[name] = value;
        var started = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        var server = new GalleryProcess(new Process { StartInfo = psi, EnableRaisingEvents = true }, data);
        server._process.OutputDataReceived += (_, e) => server.Read(e.Data, ready, started);
        server._process.ErrorDataReceived += (_, e) => { if (e.Data is { } l) server._output.Enqueue(l); };
        server._process.Exited += (_, _) => started.TrySetException(new InvalidOperationException(
            $"echoes {args[0]} exited ({server._process.ExitCode}) before it was ready:\n{server.Output}"));
        server._process.Start();
        server._process.BeginOutputReadLine();
        server._process.BeginErrorReadLine();
        try
        {
            string line = await started.Task.WaitAsync(StartLimit);
            if (args[0] == "serve") server.Address = new Uri(line[ready.Length..].Split(' ')[0]);
        }
        catch
        {
            server.Dispose();
            throw;
        }
        return server;
    }

    private void Read(string? line, string ready, TaskCompletionSource<string> started)
    {
        if (line is null) return;
        _output.Enqueue(line);
        if (line.StartsWith("Curator key: ", StringComparison.Ordinal)) Key = line["Curator key: ".Length..].Trim();
        if (line.StartsWith(ready, StringComparison.Ordinal)) started.TrySetResult(line);
    }

    /// <summary>A browser or API client of this server with its own cookies (or the given jar, shared with other servers as a
    /// browser behind a proxy would).</summary>
    public HttpClient Client(CookieContainer? cookies = null, string? key = null)
    {
        var c = new HttpClient(new HttpClientHandler { CookieContainer = cookies ?? new CookieContainer(), AllowAutoRedirect = false })
        { BaseAddress = Address ?? throw new InvalidOperationException("a worker has no address") };
        if (key is not null) c.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
        return c;
    }

    /// <summary>Kills the process (SIGKILL) and waits for it to go.</summary>
    public void Kill()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit();
        }
    }

    public void Dispose()
    {
        Kill();
        _process.Dispose();
    }
}
