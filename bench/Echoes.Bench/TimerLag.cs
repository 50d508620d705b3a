using System.Diagnostics;

namespace Echoes.Bench;

/// <summary>
/// How late this process's own short timers fire while a load runs: a stall of the client process (or of the whole
/// machine) delays them as it delays the requests' timing, while a stall inside a server does not. So when requests
/// take a second and the timers were never late, the second was spent in a server or the network, not here.
/// </summary>
internal sealed class TimerLag
{
    private static readonly TimeSpan Tick = TimeSpan.FromMilliseconds(10);
    private readonly List<double> _late = [];
    private readonly Task _loop;

    private TimerLag(CancellationToken stop) => _loop = Task.Run(() => LoopAsync(stop));

    /// <summary>Starts timing until <paramref name="stop"/> is cancelled.</summary>
    public static TimerLag Start(CancellationToken stop) => new(stop);

    private async Task LoopAsync(CancellationToken stop)
    {
        var clock = new Stopwatch();
        while (!stop.IsCancellationRequested)
        {
            clock.Restart();
            try { await Task.Delay(Tick, stop); }
            catch (OperationCanceledException) { return; }
            _late.Add((clock.Elapsed - Tick).TotalMilliseconds);
        }
    }

    /// <summary>The timers' lateness: median, 99th percentile and worst, and how many were over half a second late.</summary>
    public async Task<string> ReportAsync()
    {
        await _loop;
        if (_late.Count == 0) return "client timers: none fired";
        var xs = _late.Order().ToArray();
        return $"client's own {Tick.TotalMilliseconds:0} ms timers ({xs.Length:N0}) late by p50 {GalleryLoad.Pct(xs, 0.5):0.0} ms, " +
            $"p99 {GalleryLoad.Pct(xs, 0.99):0.0} ms, max {xs[^1]:0.0} ms; {xs.Count(x => x > 500)} over 500 ms late";
    }
}
