namespace Echoes.Bench;

/// <summary>Facts printed above every table so numbers can be compared only where they are comparable.</summary>
internal static class Machine
{
    public static string Describe()
    {
        string cpu = "unknown CPU";
        try { cpu = File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name"))?.Split(':', 2)[1].Trim() ?? cpu; }
        catch (IOException) { }
        return $"{Environment.ProcessorCount} cores, {cpu}, .NET {Environment.Version}, {DateTime.UtcNow:yyyy-MM-dd}";
    }

    /// <summary>Peak resident memory of this process in MB (VmHWM).</summary>
    public static double PeakMb()
    {
        var line = File.ReadLines("/proc/self/status").FirstOrDefault(l => l.StartsWith("VmHWM:"));
        return line is null ? double.NaN : double.Parse(line.Split(':')[1].Trim().Split(' ')[0]) / 1024.0;
    }

    public static double Median(IEnumerable<double> xs)
    {
        var a = xs.Order().ToArray();
        return a.Length == 0 ? double.NaN : a.Length % 2 == 1 ? a[a.Length / 2] : 0.5 * (a[a.Length / 2 - 1] + a[a.Length / 2]);
    }
}
