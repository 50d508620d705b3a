using System.Diagnostics;
using System.Globalization;
using Echoes.Imaging;

namespace Echoes.Bench;

/// <summary>
/// The standard table of DESIGN §8 for a folder of images, measured on the real <c>echoes</c> command (each run a
/// fresh process, timed whole, peak memory from GNU time): faithful paints at 50–1000 strokes at working size 256
/// (RMSE and SSIM of the written PNG against the source resized to 256), then a default paint at long side 1024 and
/// a re-render of its plan at 7680 px wide. Times are medians over the runs.
/// </summary>
internal static class PaintBench
{
    private static readonly int[] Counts = [50, 100, 200, 500, 1000];

    public static void Run(string[] args)
    {
        var positional = args.Where((a, i) => !a.StartsWith("--") && (i == 0 || !args[i - 1].StartsWith("--"))).ToList();
        string folder = positional.FirstOrDefault() ?? Path.Combine("..", "shared", "images");
        int runs = int.Parse(Option(args, "--runs") ?? "3", CultureInfo.InvariantCulture);
        var counts = Option(args, "--counts")?.Split(',').Select(int.Parse).ToArray() ?? Counts;
        string cli = Option(args, "--cli") ?? Path.Combine("src", "Echoes.Cli", "bin", "Release", "net10.0", "Echoes.Cli.dll");
        if (!File.Exists(cli)) { Console.Error.WriteLine($"{cli} not found: build the CLI in Release first, or pass --cli PATH"); return; }
        var images = Directory.EnumerateFiles(folder)
            .Where(f => new[] { ".png", ".jpg", ".jpeg", ".webp", ".bmp", ".gif" }.Contains(Path.GetExtension(f).ToLowerInvariant())).Order().ToList();
        var tmp = Directory.CreateTempSubdirectory("echoes-bench").FullName;

        Console.WriteLine($"Faithful style, working size 256, `{Path.GetFileName(cli)}`, median of {runs} runs ({Machine.Describe()})\n");
        Console.WriteLine("| image | strokes | RMSE | SSIM | wall s | peak MB |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|");
        foreach (var img in images)
        {
            using var reference = Picture.Load(img, 256).ToCanvas();
            foreach (int n in counts)
            {
                var outPng = Path.Combine(tmp, "faithful.png");
                var (wall, peak) = Repeat(runs, cli, "paint", img, "-o", outPng, "--style", "faithful", "--strokes", n.ToString(CultureInfo.InvariantCulture),
                    "--working-size", "256", "--width", reference.Width.ToString(CultureInfo.InvariantCulture), "-q");
                using var painting = Images.Load(outPng);
                Console.WriteLine($"| {Path.GetFileNameWithoutExtension(img)} | {n} | {Quality.Rmse(painting, reference):F2} | {Quality.Ssim(painting, reference):F3} | {wall:F2} | {peak:F0} |");
            }
        }

        Console.WriteLine($"\nDefault paint (expressive, medium detail) at long side 1024, and a re-render of its plan at 7680 px wide\n");
        Console.WriteLine("| image | strokes | paint wall s | peak MB | re-render wall s | peak MB |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|");
        foreach (var img in images)
        {
            var (w, h) = ImageSize.Read(img);
            int width = (int)Math.Round(1024.0 * w / Math.Max(w, h));
            var plan = Path.Combine(tmp, "default.json");
            var paint = Repeat(runs, cli, "paint", img, "-o", Path.Combine(tmp, "default.png"), "--width", width.ToString(CultureInfo.InvariantCulture), "--plan", plan, "-q");
            var render = Repeat(runs, cli, "render", plan, "-o", Path.Combine(tmp, "big.png"), "--width", "7680", "-q");
            int strokes = Echoes.Strokes.StrokePlan.Load(plan).Strokes.Count;
            Console.WriteLine($"| {Path.GetFileNameWithoutExtension(img)} | {strokes} | {paint.Wall:F2} | {paint.PeakMb:F0} | {render.Wall:F2} | {render.PeakMb:F0} |");
        }
        Directory.Delete(tmp, true);
    }

    internal static string? Option(string[] args, string name)
    {
        int i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }

    /// <summary>Runs a program (the CLI, or a .dll through dotnet) <paramref name="runs"/> times under GNU time; the medians of wall time and peak
    /// resident memory.</summary>
    internal static (double Wall, double PeakMb) Repeat(int runs, string cli, params string[] cliArgs)
    {
        var walls = new List<double>(); var peaks = new List<double>();
        bool gnuTime = File.Exists("/usr/bin/time");
        for (int i = 0; i < runs; i++)
        {
            var psi = new ProcessStartInfo(gnuTime ? "/usr/bin/time" : cli) { RedirectStandardError = true, RedirectStandardOutput = true };
            if (gnuTime) { psi.ArgumentList.Add("-f"); psi.ArgumentList.Add("%M"); psi.ArgumentList.Add(cli.EndsWith(".dll") ? "dotnet" : cli); }
            if (cli.EndsWith(".dll")) { if (!gnuTime) psi.FileName = "dotnet"; psi.ArgumentList.Add(cli); }
            foreach (var a in cliArgs) psi.ArgumentList.Add(a);
            var sw = Stopwatch.StartNew();
            using var p = Process.Start(psi)!;
            p.StandardOutput.ReadToEnd();
            var err = p.StandardError.ReadToEnd();
            p.WaitForExit();
            walls.Add(sw.Elapsed.TotalSeconds);
            if (p.ExitCode != 0) throw new InvalidOperationException($"echoes failed: {err}");
            var last = err.Trim().Split('\n')[^1];
            peaks.Add(gnuTime && double.TryParse(last, CultureInfo.InvariantCulture, out var kb) ? kb / 1024 : double.NaN);
        }
        return (Machine.Median(walls), Machine.Median(peaks));
    }
}
