using System.Diagnostics;
using Echoes.Rendering;
using Echoes.Strokes;

namespace Echoes.Bench;

/// <summary>Rasterizer throughput per brush kind: one thread, strokes composited into a 2048² band buffer. Besides wall
/// time it reports pixels per second of the process's CPU time, which a machine shared with other work does not skew.</summary>
internal static class RasterBench
{
    /// <summary>Every brush kind, or those named in <paramref name="args"/> (<c>round flat</c>).</summary>
    public static void Run(string[] args)
    {
        var kinds = args.Length == 0 ? Enum.GetValues<BrushKind>() : args.Select(a => Enum.Parse<BrushKind>(a, ignoreCase: true)).ToArray();
        Console.WriteLine($"Rasterizer throughput, one thread ({Machine.Describe()})\n");
        Console.WriteLine("| brush | strokes/s | Mpixels/s | Mpixels per CPU s | mean pixels/stroke |");
        Console.WriteLine("|---|---:|---:|---:|---:|");
        const int size = 2048;
        var color = new float[size * size * 3];
        var height = new float[size * size];
        var g = new StrokeGeometry();
        foreach (var kind in kinds)
        {
            var plan = SyntheticPlan.Make(4000, size, size, seed: 7);
            var strokes = plan.Strokes.Select(s => s with { Brush = kind, Opacity = 1 }).ToList();
            var runs = new List<(double Sps, double Pps, double Cpu, double Mean)>();
            for (int run = 0; run < 3; run++)
            {
                var band = new BandSink { Color = color, Height = height, Width = size, Top = 0, Impasto = true, Paint = new() };
                var sink = new CountingSink { Inner = band };
                var cpu = CpuSeconds();
                var sw = Stopwatch.StartNew();
                foreach (var s in strokes)
                {
                    g.Build(s, 1f);
                    sink.Inner.Prepare(s, default);
                    Rasterizer.Rasterize(g, 0, 0, size, size, ref sink);
                }
                double sec = sw.Elapsed.TotalSeconds;
                cpu = CpuSeconds() - cpu;
                runs.Add((strokes.Count / sec, sink.Pixels / sec / 1e6, sink.Pixels / cpu / 1e6, sink.Pixels / (double)strokes.Count));
            }
            Console.WriteLine($"| {kind} | {Machine.Median(runs.Select(r => r.Sps)):N0} | {Machine.Median(runs.Select(r => r.Pps)):F1} | " +
                $"{Machine.Median(runs.Select(r => r.Cpu)):F1} | {runs[0].Mean:N0} |");
        }
    }

    private static double CpuSeconds()
    {
        using var self = Process.GetCurrentProcess();
        return self.TotalProcessorTime.TotalSeconds;
    }

    private struct CountingSink : ISpanSink
    {
        public BandSink Inner;
        public long Pixels;
        public readonly bool WantsHeight => true;

        public readonly bool WantsAlong => Inner.WantsAlong;

        public void Span(int y, int x0, in ShadedRun run)
        {
            Pixels += run.Coverage.Length;
            Inner.Span(y, x0, run);
        }
    }
}
