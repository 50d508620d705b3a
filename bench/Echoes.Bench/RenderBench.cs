using System.Diagnostics;
using Echoes.Rendering;

namespace Echoes.Bench;

/// <summary>Re-render of a generated 50,000-stroke plan at 4096 px wide and at A2 300 ppi, each in a child process.</summary>
internal static class RenderBench
{
    private static readonly (string Name, int Width, float PlanW, float PlanH)[] Cases =
    [
        ("4096 px wide (4096×2731)", 4096, 1536, 1024),
        ("A2 300 ppi (7016×4961)", 7016, 1403.2f, 992.2f),
    ];

    public static void Run(string[] args)
    {
        int runs = args.Length >= 2 && args[0] == "--runs" ? int.Parse(args[1]) : 3;
        Console.WriteLine($"Re-render of a generated 50,000-stroke layered plan (coverage depth {SyntheticPlan.CoverageDepth}), median of {runs} runs ({Machine.Describe()})\n");
        Console.WriteLine("| output | render s | whole process s | peak memory MB |");
        Console.WriteLine("|---|---:|---:|---:|");
        for (int c = 0; c < Cases.Length; c++)
        {
            var results = new List<double[]>();
            for (int r = 0; r < runs; r++)
            {
                var sw = Stopwatch.StartNew();
                var psi = new ProcessStartInfo(Environment.ProcessPath!, [typeof(RenderBench).Assembly.Location, "render-once", c.ToString()])
                { RedirectStandardOutput = true };
                if (Environment.ProcessPath!.EndsWith("Echoes.Bench")) psi.ArgumentList.RemoveAt(0);
                using var p = Process.Start(psi)!;
                var line = p.StandardOutput.ReadToEnd().Trim();
                p.WaitForExit();
                var parts = line.Split(' ').Select(double.Parse).ToArray();
                results.Add([parts[0], sw.Elapsed.TotalSeconds, parts[1]]);
            }
            Console.WriteLine($"| {Cases[c].Name} | {Machine.Median(results.Select(x => x[0])):F2} | {Machine.Median(results.Select(x => x[1])):F2} | {Machine.Median(results.Select(x => x[2])):F0} |");
        }
    }

    /// <summary>Child process: builds the plan, renders once, prints "seconds peakMB".</summary>
    public static void Once(string[] args)
    {
        var c = Cases[int.Parse(args[0])];
        var plan = SyntheticPlan.Make(50_000, c.PlanW, c.PlanH);
        var sw = Stopwatch.StartNew();
        using var canvas = Renderer.Render(plan, width: c.Width);
        double sec = sw.Elapsed.TotalSeconds;
        Console.WriteLine($"{sec:F3} {Machine.PeakMb():F0}");
    }
}
