using System.Diagnostics;
using System.Globalization;

namespace Echoes.Bench;

/// <summary>1080p MP4 time-lapses of generated 20,000- and 50,000-stroke plans (30 fps, 20 s), on the real CLI.</summary>
internal static class TimelapseBench
{
    public static void Run(string[] args)
    {
        string cli = args.Length > 1 && args[0] == "--cli" ? args[1] : Path.Combine("src", "Echoes.Cli", "bin", "Release", "net10.0", "Echoes.Cli.dll");
        var tmp = Directory.CreateTempSubdirectory("echoes-tl").FullName;
        Console.WriteLine($"1920 px MP4 time-lapse, 30 fps, 20 s + 2 s hold ({Machine.Describe()})\n");
        Console.WriteLine("| strokes | wall s | peak MB |");
        Console.WriteLine("|---:|---:|---:|");
        foreach (int n in new[] { 20_000, 50_000 })
        {
            var plan = Path.Combine(tmp, $"p{n}.json");
            SyntheticPlan.Make(n, 1920, 1080).Save(plan);
            var psi = new ProcessStartInfo("/usr/bin/time") { RedirectStandardError = true, RedirectStandardOutput = true };
            foreach (var a in new[] { "-f", "%e %M" }) psi.ArgumentList.Add(a);
            if (cli.EndsWith(".dll")) psi.ArgumentList.Add("dotnet");
            psi.ArgumentList.Add(cli);
            foreach (var a in new[] { "timelapse", plan, "-o", Path.Combine(tmp, "t.mp4"), "--width", "1920", "--fps", "30", "--seconds", "20", "-q" }) psi.ArgumentList.Add(a);
            using var p = Process.Start(psi)!;
            p.StandardOutput.ReadToEnd();
            var last = p.StandardError.ReadToEnd().Trim().Split('\n')[^1].Split(' ');
            p.WaitForExit();
            Console.WriteLine($"| {n:N0} | {double.Parse(last[0], CultureInfo.InvariantCulture):F1} | {double.Parse(last[1], CultureInfo.InvariantCulture) / 1024:F0} |");
        }
        Directory.Delete(tmp, true);
    }
}
