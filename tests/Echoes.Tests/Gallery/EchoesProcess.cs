using System.Diagnostics;
using System.Text;

namespace Echoes.Tests.Gallery;

/// <summary>
/// A real <c>echoes</c> process (<c>serve</c> or <c>worker</c>) for tests across processes: started from the test's
/// build, ready once it prints its start-up line; <see cref="Kill"/> is SIGKILL (kill -9), no chance to tidy up.
/// </summary>
internal sealed class EchoesProcess : IDisposable
{
    private readonly Process _p;
    private readonly StringBuilder _err = new();

    private EchoesProcess(Process p) => _p = p;

    public Uri? Address { get; private set; }
    public string? Key { get; private set; }

    /// <summary>What it wrote to stderr so far (for failure messages).</summary>
    public string Errors { get { lock (_err) return _err.ToString(); } }

    /// <summary><c>echoes serve</c> on a free port of this machine; <paramref name="extra"/> are more flags.</summary>
    public static EchoesProcess Serve(string db, string data, params string[] extra) =>
        Start("Echoes gallery: ", ["serve", "--port", "0", "--db", db, "--data", data, "--comments-per-minute", "0", .. extra]);

    /// <summary><c>echoes worker</c> with one painter and a short job timeout, so a dead worker's job returns quickly.</summary>
    public static EchoesProcess Worker(string db, string data, int jobTimeoutSeconds = 3) =>
        Start("Echoes worker: ", ["worker", "--db", db, "--data", data, "--paint-workers", "1", "--job-timeout", jobTimeoutSeconds.ToString()]);

    private static EchoesProcess Start(string ready, string[] args)
    {
        var psi = new ProcessStartInfo(Environment.ProcessPath!.EndsWith("dotnet", StringComparison.Ordinal) ? Environment.ProcessPath : "dotnet")
        {
            RedirectStandardOutput = true, RedirectStandardError = true,
        };
        psi.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Echoes.Cli.dll"));
        foreach (var a in args) psi.ArgumentList.Add(a);
        var e = new EchoesProcess(Process.Start(psi)!);
        e._p.ErrorDataReceived += (_, d) => { if (d.Data is { } l) lock (e._err) e._err.AppendLine(l); };
        e._p.BeginErrorReadLine();
        while (e._p.StandardOutput.ReadLine() is { } line)
        {
            if (line.StartsWith("Curator key: ", StringComparison.Ordinal)) e.Key = line[13..].Trim();
            if (!line.StartsWith(ready, StringComparison.Ordinal)) continue;
            if (ready.StartsWith("Echoes gallery", StringComparison.Ordinal)) e.Address = new Uri(line[ready.Length..].Split(' ')[0]);
            _ = e._p.StandardOutput.ReadToEndAsync(); // keep the pipe drained
            return e;
        }
        e._p.WaitForExit();
        throw new InvalidOperationException($"echoes {args[0]} did not start: {e.Errors}");
    }

    /// <summary>SIGKILL, and waits until the process is gone.</summary>
    public void Kill()
    {
        _p.Kill(entireProcessTree: true);
        _p.WaitForExit();
    }

    public void Dispose()
    {
        if (!_p.HasExited) Kill();
        _p.Dispose();
    }
}
