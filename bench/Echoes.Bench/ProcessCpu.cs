using System.Globalization;

namespace Echoes.Bench;

/// <summary>
/// CPU time spent by the processes of a gallery load while it is measured (read from /proc, Linux): the servers,
/// PostgreSQL's processes on this machine, and the clients (this process). Divided by the requests answered it is a
/// cost per request that busy neighbours on a shared machine change far less than they change latency.
/// </summary>
internal sealed class ProcessCpu
{
    private static readonly string[] Groups = ["servers", "PostgreSQL", "clients"];
    private readonly HashSet<int> _servers;
    private readonly Dictionary<int, (string Group, double Seconds)> _start;
    private readonly string _loadStart = LoadAverage();

    private ProcessCpu(IEnumerable<int> servers)
    {
        _servers = [.. servers];
        _start = Snapshot();
    }

    /// <summary>Starts counting now.</summary>
    public static ProcessCpu Start(IEnumerable<int> servers) => new(servers);

    /// <summary>CPU seconds by group since the start, per request, and the load average then and now.</summary>
    public string Stop(long requests)
    {
        var seconds = Groups.ToDictionary(g => g, _ => 0.0);
        foreach (var (pid, (group, s)) in Snapshot())
            seconds[group] += s - (_start.TryGetValue(pid, out var before) ? before.Seconds : 0);
        string Cost(string g) => $"{g} {seconds[g]:0.0} s ({1000 * seconds[g] / Math.Max(1, requests):0.00} ms a request)";
        return $"CPU while measured: {string.Join(", ", Groups.Select(Cost))}; load average {_loadStart} then, {LoadAverage()} at the end";
    }

    private Dictionary<int, (string, double)> Snapshot()
    {
        var all = new Dictionary<int, (string, double)>();
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(dir), out int pid)) continue;
            string stat;
            try { stat = File.ReadAllText(Path.Combine(dir, "stat")); }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException) { continue; } // ended meanwhile
            int close = stat.LastIndexOf(')');
            string name = stat[(stat.IndexOf('(') + 1)..close];
            string? group = _servers.Contains(pid) ? "servers" : pid == Environment.ProcessId ? "clients" : name == "postgres" ? "PostgreSQL" : null;
            if (group is null) continue;
            // After the name: state is field 3; utime and stime (clock ticks, 100 a second) are fields 14 and 15.
            var f = stat[(close + 2)..].Split(' ');
            all[pid] = (group, (double.Parse(f[11], CultureInfo.InvariantCulture) + double.Parse(f[12], CultureInfo.InvariantCulture)) / 100.0);
        }
        return all;
    }

    private static string LoadAverage() => File.ReadAllText("/proc/loadavg").Split(' ')[0];
}
