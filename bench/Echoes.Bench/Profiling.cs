using System.Diagnostics;
using Echoes.Imaging;
using Echoes.Painting;
using Echoes.Rendering;
using Echoes.Scenes;
using Echoes.Strokes;
using Echoes.Targets;

namespace Echoes.Bench;

/// <summary>Development probes: where a paint's time goes, per-pixel rasterizer cost, render cost, composed targets.</summary>
internal static class Profiling
{
    /// <summary><c>profile IMAGE STROKES [EFFORT|expressive]</c>: stage times, stroke count, coverage depth and RMSE of one paint.</summary>
    public static void Paint(string[] args)
    {
        bool expressive = args.Length > 2 && args[2] == "expressive";
        var options = expressive ? Styles.Expressive
            : Styles.Faithful with { Strokes = int.Parse(args[1]), WorkingSize = 256, SearchEffort = args.Length > 2 ? int.Parse(args[2]) : Styles.Faithful.SearchEffort };
        int ws = Painter.WorkingSizeFor(options);
        var sw = Stopwatch.StartNew();
        var target = Target.FromPicture(Picture.Load(ImagePath(args[0]), ws), ws);
        Console.WriteLine($"load + target {sw.ElapsedMilliseconds} ms"); sw.Restart();
        var plan = new Painter(options).Paint(target);
        Console.WriteLine($"paint {sw.ElapsedMilliseconds} ms: {plan.Strokes.Count} strokes, coverage depth {CoverageDepth(plan):F1}"); sw.Restart();
        using var painting = Renderer.Render(plan, width: target.Width);
        Console.WriteLine($"render {sw.ElapsedMilliseconds} ms");
        using var reference = target.Reference.ToCanvas();
        Console.WriteLine($"RMSE {Quality.Rmse(painting, reference):F2}, SSIM {Quality.Ssim(painting, reference):F3}");
    }

    /// <summary><c>pixels</c>: nanoseconds per pixel of the rasterizer, footprint alone and with texture, for three brushes.</summary>
    public static void Pixels()
    {
        var g = new StrokeGeometry();
        var color = new float[512 * 512 * 3]; var height = new float[512 * 512];
        foreach (var kind in new[] { BrushKind.Round, BrushKind.Flat, BrushKind.DryBrush })
        {
            var stroke = new Stroke { Brush = kind, Points = [new(100, 100), new(200, 140), new(300, 130)], Width = 40, Color = Echoes.Color.Rgb.Black, Load = 0.6f, Seed = 3 };
            foreach (bool textured in new[] { false, true })
            {
                g.Build(stroke, 1f, textured: textured);
                var count = new Counter();
                Rasterizer.Rasterize(g, 0, 0, 512, 512, ref count);
                var band = new BandSink { Color = color, Height = height, Width = 512, Top = 0, Impasto = true, Paint = new() };
                band.Prepare(stroke, default);
                var sw = Stopwatch.StartNew();
                for (int i = 0; i < 2000; i++) Rasterizer.Rasterize(g, 0, 0, 512, 512, ref band);
                Console.WriteLine($"{kind} {(textured ? "textured" : "footprint")}: {sw.Elapsed.TotalNanoseconds / 2000 / count.N:F1} ns/px over {count.N} px");
            }
        }
    }

    /// <summary><c>render-profile PLAN WIDTH</c>: warm render times on all cores and on one, and the plan's span pixels.</summary>
    public static void Render(string[] args)
    {
        var plan = StrokePlan.Load(args[0]);
        int w = int.Parse(args[1]);
        for (int rep = 0; rep < 3; rep++)
        {
            var sw = Stopwatch.StartNew();
            using (Renderer.Render(plan, width: w)) { }
            double all = sw.Elapsed.TotalMilliseconds; sw.Restart();
            using (Renderer.Render(plan, width: w, options: new RenderOptions { MaxDegreeOfParallelism = 1 })) { }
            Console.WriteLine($"render {all:F0} ms on all cores, {sw.Elapsed.TotalMilliseconds:F0} ms on one");
        }
        Console.WriteLine($"coverage depth {CoverageDepth(plan):F1}");
    }

    /// <summary><c>compose-target SCENE OUT.png WORKING</c>: the composer's reference image, before painting.</summary>
    public static void ComposeTarget(string[] args) =>
        SceneComposer.Compose(Scene.Load(args[0]), int.Parse(args[2])).Target.Reference.ToCanvas().Save(args[1]);

    /// <summary><c>png PLAN WIDTH</c>: PNG encoding of one render, Skia's encoder beside the parallel one: wall and CPU
    /// seconds (medians of 3) and bytes.</summary>
    public static void Png(string[] args)
    {
        using var canvas = Renderer.Render(StrokePlan.Load(args[0]), width: int.Parse(args[1]));
        var info = new SkiaSharp.SKImageInfo(canvas.Width, canvas.Height, SkiaSharp.SKColorType.Rgba8888, SkiaSharp.SKAlphaType.Opaque);
        byte[] Skia()
        {
            var handle = System.Runtime.InteropServices.GCHandle.Alloc(canvas.Pixels, System.Runtime.InteropServices.GCHandleType.Pinned);
            try
            {
                using var pixmap = new SkiaSharp.SKPixmap(info, handle.AddrOfPinnedObject(), canvas.Width * 4);
                using var data = pixmap.Encode(SkiaSharp.SKEncodedImageFormat.Png, 100)!;
                return data.ToArray();
            }
            finally { handle.Free(); }
        }
        Console.WriteLine($"PNG encoding of a {canvas.Width}×{canvas.Height} render, median of 3 ({Machine.Describe()})\n");
        Console.WriteLine("| encoder | wall s | CPU s | MB |");
        Console.WriteLine("|---|---:|---:|---:|");
        foreach (var (name, encode) in new (string, Func<byte[]>)[] { ("Skia (default zlib level)", Skia), ("parallel parts, level 2", () => PngEncoder.Encode(canvas.Pixels, canvas.Width, canvas.Height)) })
        {
            var runs = new List<(double Wall, double Cpu, int Bytes)>();
            for (int r = 0; r < 3; r++)
            {
                using var self = Process.GetCurrentProcess();
                var cpu = self.TotalProcessorTime;
                var sw = Stopwatch.StartNew();
                int bytes = encode().Length;
                using var after = Process.GetCurrentProcess();
                runs.Add((sw.Elapsed.TotalSeconds, (after.TotalProcessorTime - cpu).TotalSeconds, bytes));
            }
            Console.WriteLine($"| {name} | {Machine.Median(runs.Select(x => x.Wall)):F2} | {Machine.Median(runs.Select(x => x.Cpu)):F2} | {runs[0].Bytes / 1e6:F1} |");
        }
    }

    /// <summary><c>diff A B</c>: mean and largest channel difference of two images of one size, and the share of pixels
    /// off by more than 2 levels.</summary>
    public static void Diff(string[] args)
    {
        using var a = Canvas.FromBitmap(SkiaSharp.SKBitmap.Decode(args[0]));
        using var b = Canvas.FromBitmap(SkiaSharp.SKBitmap.Decode(args[1]));
        long sum = 0, over = 0;
        int most = 0;
        for (int i = 0; i < a.Pixels.Length; i += 4)
        {
            int d = 0;
            for (int k = 0; k < 3; k++) { int e = Math.Abs(a.Pixels[i + k] - b.Pixels[i + k]); sum += e; d = Math.Max(d, e); }
            most = Math.Max(most, d);
            if (d > 2) over++;
        }
        Console.WriteLine($"mean {sum / (3.0 * a.Width * a.Height):F4}, largest {most}, over 2 levels {over / (double)(a.Width * a.Height):P3}");
    }

    private static string ImagePath(string name) => name.Contains('/') ? name : Path.Combine("..", "shared", "images", name);

    // Sum of stroke areas (width × length) over the canvas area: how many times an average pixel is painted.
    private static double CoverageDepth(StrokePlan plan)
    {
        double area = 0;
        foreach (var s in plan.Strokes)
        {
            float len = 0;
            for (int i = 1; i < s.Points.Length; i++) len += (s.Points[i] - s.Points[i - 1]).Length;
            area += s.Width * (len + s.Width);
        }
        return area / (plan.Width * plan.Height);
    }

    private struct Counter : ISpanSink
    {
        public long N;
        public readonly bool WantsHeight => true;
        public readonly bool WantsAlong => false;
        public void Span(int y, int x0, in ShadedRun run) => N += run.Coverage.Length;
    }
}
