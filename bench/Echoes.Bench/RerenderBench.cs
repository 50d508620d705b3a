using System.Globalization;

namespace Echoes.Bench;

/// <summary>
/// Re-render of a default painting's plan at print widths, to PNG, beside <c>rsvg-convert</c> (librsvg, a general vector
/// renderer) drawing the same plan's SVG at the same width, each a fresh process timed whole, alternating run by run
/// so both see the same load. The peer is skipped, with a note, when it is not installed.
/// </summary>
internal static class RerenderBench
{
    public static void Run(string[] args)
    {
        var positional = args.Where((a, i) => !a.StartsWith("--") && (i == 0 || !args[i - 1].StartsWith("--")));
        string image = positional.FirstOrDefault() ?? Path.Combine("..", "shared", "images", "chelsea.png");
        int runs = int.Parse(PaintBench.Option(args, "--runs") ?? "3", CultureInfo.InvariantCulture);
        var widths = (PaintBench.Option(args, "--widths") ?? "4096,7680").Split(',').Select(int.Parse).ToArray();
        string cli = PaintBench.Option(args, "--cli") ?? Path.Combine("src", "Echoes.Cli", "bin", "Release", "net10.0", "Echoes.Cli.dll");
        if (!File.Exists(cli)) { Console.Error.WriteLine($"{cli} not found: build the CLI in Release first, or pass --cli PATH"); return; }
        string? rsvg = new[] { "/usr/bin/rsvg-convert", "/usr/local/bin/rsvg-convert" }.FirstOrDefault(File.Exists);
        var tmp = Directory.CreateTempSubdirectory("echoes-rerender").FullName;
        var plan = Path.Combine(tmp, "plan.json");
        var svg = Path.Combine(tmp, "plan.svg");
        var (w, h) = Echoes.Imaging.ImageSize.Read(image);
        int width = (int)Math.Round(1024.0 * w / Math.Max(w, h));
        PaintBench.Repeat(1, cli, "paint", image, "-o", Path.Combine(tmp, "default.png"), "--width", width.ToString(CultureInfo.InvariantCulture),
            "--plan", plan, "-q");
        PaintBench.Repeat(1, cli, "render", plan, "-o", svg, "-q");
        int strokes = Echoes.Strokes.StrokePlan.Load(plan).Strokes.Count;
        Console.WriteLine($"Re-render to PNG of the default painting of {Path.GetFileName(image)} ({strokes} strokes), `{Path.GetFileName(cli)}` " +
            $"beside rsvg-convert on its SVG, median of {runs} runs, whole processes ({Machine.Describe()})\n");
        if (rsvg is null) Console.WriteLine("(rsvg-convert is not installed: apt-get install librsvg2-bin; the peer is skipped)\n");
        Console.WriteLine("| width | echoes s | peak MB | rsvg-convert s | peak MB | ratio |");
        Console.WriteLine("|---:|---:|---:|---:|---:|---:|");
        foreach (int wd in widths)
        {
            var ws = wd.ToString(CultureInfo.InvariantCulture);
            var ours = new List<(double, double)>();
            var peer = new List<(double, double)>();
            for (int r = 0; r < runs; r++)
            {
                ours.Add(PaintBench.Repeat(1, cli, "render", plan, "-o", Path.Combine(tmp, "big.png"), "--width", ws, "-q"));
                if (rsvg is not null) peer.Add(PaintBench.Repeat(1, rsvg, "-w", ws, svg, "-o", Path.Combine(tmp, "peer.png")));
            }
            double o = Machine.Median(ours.Select(x => x.Item1)), p = Machine.Median(peer.Select(x => x.Item1));
            string peerCells = rsvg is null ? "– | – | –" : $"{p:F2} | {Machine.Median(peer.Select(x => x.Item2)):F0} | {o / p:F2}";
            Console.WriteLine($"| {wd} | {o:F2} | {Machine.Median(ours.Select(x => x.Item2)):F0} | {peerCells} |");
        }
        Directory.Delete(tmp, true);
    }
}
