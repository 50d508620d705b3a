using System.Diagnostics;
using System.Globalization;
using Echoes.Imaging;
using Echoes.Painting;
using Echoes.Rendering;

namespace Echoes.Bench;

/// <summary>
/// The standard table of DESIGN §8 for a folder of images: faithful paints at 50–1000 strokes at working size 256
/// (RMSE, SSIM, whole-process wall time, peak memory), then a default paint at long side 1024 and a re-render of its
/// plan at 7680 px. Every timed case runs in a fresh child process; times are medians over the runs.
/// </summary>
internal static class PaintBench
{
    private static readonly int[] Counts = [50, 100, 200, 500, 1000];

    public static void Run(string[] args)
    {
        var positional = args.Where((a, i) => !a.StartsWith("--") && (i == 0 || !args[i - 1].StartsWith("--"))).ToList();
        string folder = positional.FirstOrDefault() ?? Path.Combine("..", "shared", "images");
        int runs = Option(args, "--runs", 3);
        var counts = args.Contains("--counts") ? args[Array.IndexOf(args, "--counts") + 1].Split(',').Select(int.Parse).ToArray() : Counts;
        var images = Directory.EnumerateFiles(folder).Where(f => Canvas.Extensions.Contains(Path.GetExtension(f).ToLowerInvariant())
                                                           || f.EndsWith(".bmp") || f.EndsWith(".gif")).Order().ToList();
        Console.WriteLine($"Faithful style, working size 256, median of {runs} runs ({Machine.Describe()})\n");
        Console.WriteLine("| image | strokes | RMSE | SSIM | wall s | peak MB |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|");
        foreach (var img in images)
            foreach (int n in counts)
            {
                var r = Repeat(runs, "paint-once", img, n.ToString(CultureInfo.InvariantCulture));
                Console.WriteLine($"| {Path.GetFileNameWithoutExtension(img)} | {n} | {r[1]:F2} | {r[2]:F3} | {r[0]:F2} | {r[3]:F0} |");
            }
        Console.WriteLine($"\nDefault paint (expressive, medium detail) at long side 1024, and a re-render of its plan at 7680 px wide\n");
        Console.WriteLine("| image | strokes | paint wall s (whole process, render and save included) | peak MB | re-render 7680 px s |");
        Console.WriteLine("|---|---:|---:|---:|---:|");
        foreach (var img in images)
        {
            var r = Repeat(runs, "default-once", img);
            Console.WriteLine($"| {Path.GetFileNameWithoutExtension(img)} | {r[1]:F0} | {r[0] - r[3]:F2} | {r[2]:F0} | {r[3]:F2} |");
        }
    }

    private static int Option(string[] args, string name, int fallback)
    {
        int i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? int.Parse(args[i + 1], CultureInfo.InvariantCulture) : fallback;
    }

    // Runs the child 'runs' times; returns the per-column medians with the whole-process wall time first.
    private static double[] Repeat(int runs, params string[] childArgs)
    {
        var all = new List<double[]>();
        for (int i = 0; i < runs; i++)
        {
            var psi = new ProcessStartInfo(Environment.ProcessPath!) { RedirectStandardOutput = true };
            if (!Environment.ProcessPath!.EndsWith("Echoes.Bench")) psi.ArgumentList.Add(typeof(PaintBench).Assembly.Location);
            foreach (var a in childArgs) psi.ArgumentList.Add(a);
            var sw = Stopwatch.StartNew();
            using var p = Process.Start(psi)!;
            var line = p.StandardOutput.ReadToEnd().Trim();
            p.WaitForExit();
            double wall = sw.Elapsed.TotalSeconds;
            all.Add([wall, .. line.Split(' ').Select(s => double.Parse(s, CultureInfo.InvariantCulture))]);
        }
        return [.. Enumerable.Range(0, all[0].Length).Select(c => Machine.Median(all.Select(r => r[c])))];
    }

    /// <summary>Child: faithful paint of N strokes at 256 as the CLI does it; prints "rmse ssim peakMB".</summary>
    public static void PaintOnce(string[] args)
    {
        string img = args[0];
        int n = int.Parse(args[1], CultureInfo.InvariantCulture);
        var options = Styles.Faithful with { Strokes = n, WorkingSize = 256 };
        var target = Target.FromPicture(Picture.Load(img, 256), 256);
        var plan = new Painter(options).Paint(target);
        using var painting = Renderer.Render(plan, width: target.Width);
        var tmp = Path.Combine(Path.GetTempPath(), $"echoes-bench-{Environment.ProcessId}.png");
        painting.Save(tmp);
        File.Delete(tmp);
        using var reference = target.Reference.ToCanvas();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{Quality.Rmse(painting, reference):F3} {Quality.Ssim(painting, reference):F4} {Machine.PeakMb():F1}"));
    }

    /// <summary>Child: default paint rendered at long side 1024, then its plan re-rendered at 7680 px; prints "strokes peakMB rerender-s".</summary>
    public static void DefaultOnce(string[] args)
    {
        var options = Styles.Expressive;
        int ws = Painter.WorkingSizeFor(options);
        var target = Target.FromPicture(Picture.Load(args[0], ws), ws);
        var plan = new Painter(options).Paint(target);
        using (var painting = Renderer.Render(plan, longSide: 1024))
        {
            var tmp = Path.Combine(Path.GetTempPath(), $"echoes-bench-{Environment.ProcessId}.png");
            painting.Save(tmp);
            File.Delete(tmp);
        }
        double peak = Machine.PeakMb();
        var sw = Stopwatch.StartNew();
        using (Renderer.Render(plan, width: 7680)) { }
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{plan.Strokes.Count} {peak:F1} {sw.Elapsed.TotalSeconds:F3}"));
    }
}
