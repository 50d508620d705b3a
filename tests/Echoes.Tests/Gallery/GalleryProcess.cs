using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;

namespace Echoes.Tests.Gallery;

/// <summary>
/// A real <c>echoes serve</c> (the built Echoes.Cli) running as its own process on a loopback port with its own data
/// folder; killed (SIGKILL, like a crashed machine) when disposed. Everything it prints is kept for failure messages.
/// </summary>
public sealed class GalleryProcess : IDisposable
{
    private static readonly TimeSpan StartLimit = TimeSpan.FromSeconds(60);
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _output = new();

    private GalleryProcess(Process process, string data) => (_process, DataDirectory) = (process, data);

    /// <summary>Where it listens.</summary>
    public Uri Address { get; private set; } = null!;

    /// <summary>The curator key it printed at start-up, or null when it printed none.</summary>
    public string? Key { get; private set; }

    public string DataDirectory { get; }

    /// <summary>What it has printed so far (standard output and error, in arrival order).</summary>
    public string Output => string.Join('\n', _output);

    /// <summary>
    /// Starts <c>echoes serve --port 0 --data DATA</c> with <paramref name="args"/> and returns once it prints its
    /// address; throws with what it printed when it exits first or takes over a minute.
    /// </summary>
    public static async Task<GalleryProcess> StartAsync(string data, params string[] args)
    {
        var psi = new ProcessStartInfo(Environment.ProcessPath!.EndsWith("dotnet", StringComparison.Ordinal) ? Environment.ProcessPath : "dotnet")
        {
            RedirectStandardOutput = true, RedirectStandardError = true,
        };
        psi.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Echoes.Cli.dll"));
        foreach (var a in (string[])["serve", "--port", "0", "--data", data, .. args]) psi.ArgumentList.Add(a);
        var started = new TaskCompletionSource<Uri>(TaskCreationOptions.RunContinuationsAsynchronously);
        var server = new GalleryProcess(new Process { StartInfo = psi, EnableRaisingEvents = true }, data);
        server._process.OutputDataReceived += (_, e) => server.Read(e.Data, started);
        server._process.ErrorDataReceived += (_, e) => { if (e.Data is { } l) server._output.Enqueue(l); };
        server._process.Exited += (_, _) => started.TrySetException(new InvalidOperationException(
            $"echoes serve exited ({server._process.ExitCode}) before listening:\n{server.Output}"));
        server._process.Start();
        server._process.BeginOutputReadLine();
        server._process.BeginErrorReadLine();
        try { server.Address = await started.Task.WaitAsync(StartLimit); }
        catch
        {
            server.Dispose();
            throw;
        }
        return server;
    }

    private void Read(string? line, TaskCompletionSource<Uri> started)
    {
        if (line is null) return;
        _output.Enqueue(line);
        if (line.StartsWith("Curator key: ", StringComparison.Ordinal)) Key = line["Curator key: ".Length..].Trim();
        if (line.StartsWith("Echoes gallery: ", StringComparison.Ordinal))
            started.TrySetResult(new Uri(line["Echoes gallery: ".Length..].Split(' ')[0]));
    }

    /// <summary>A browser or API client of this server with its own cookies (or the given jar, shared with other servers as a
    /// browser behind a proxy would).</summary>
    public HttpClient Client(CookieContainer? cookies = null, string? key = null)
    {
        var c = new HttpClient(new HttpClientHandler { CookieContainer = cookies ?? new CookieContainer(), AllowAutoRedirect = false })
        { BaseAddress = Address };
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
