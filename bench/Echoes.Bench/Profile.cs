using System.Diagnostics;
using Echoes.Imaging;
using Echoes.Painting;
using Echoes.Rendering;
namespace Echoes.Bench;
internal static class Profile { public static void Run(string[] args) {
var sw = Stopwatch.StartNew();
bool expr = args.Length > 2 && args[2] == "expressive";
int ws = expr ? Painter.WorkingSizeFor(Styles.Expressive) : 256;
var pic = Picture.Load(args[0].Contains('/') ? args[0] : Path.Combine("..", "shared", "images", args[0]), ws);
Console.WriteLine($"load {sw.ElapsedMilliseconds} ms"); sw.Restart();
var t = Target.FromPicture(pic, ws);
Console.WriteLine($"target {sw.ElapsedMilliseconds} ms"); sw.Restart();
var opts = Styles.Faithful with { Strokes = int.Parse(args[1]) == 0 ? null : int.Parse(args[1]), WorkingSize = 256 };
if (expr) opts = Styles.Expressive;
else if (args.Length > 2) opts = opts with { SearchEffort = int.Parse(args[2]) };
double last = 0; var plan = new Painter(opts).Paint(t, new SyncProgress(p => last = p.Rmse));
Console.WriteLine($"canvas rmse {last:F2}");
{
    double area = 0; var byW = new SortedDictionary<int, int>();
    foreach (var st in plan.Strokes) { float len = 0; for (int q = 1; q < st.Points.Length; q++) len += (st.Points[q] - st.Points[q - 1]).Length; area += st.Width * (len + st.Width); int key = (int)MathF.Round(st.Width); byW[key] = byW.GetValueOrDefault(key) + 1; }
    Console.WriteLine($"strokes {plan.Strokes.Count}, coverage depth {area / (plan.Width * plan.Height):F1}");
}
Console.WriteLine($"paint {sw.ElapsedMilliseconds} ms"); sw.Restart();
var c = Renderer.Render(plan, width: t.Width);
var flat = Renderer.Render(plan, width: t.Width, options: new RenderOptions { Impasto = false });
Console.WriteLine($"render {sw.ElapsedMilliseconds} ms");
var refc = t.Reference.ToCanvas();
double s = 0; for (int i = 0; i < c.Pixels.Length; i += 4) for (int k = 0; k < 3; k++) { double d = c.Pixels[i+k] - refc.Pixels[i+k]; s += d*d; }
Console.WriteLine($"rmse {Math.Sqrt(s / (c.Width * c.Height * 3)):F2}");
s = 0; for (int i = 0; i < c.Pixels.Length; i += 4) for (int k = 0; k < 3; k++) { double d = flat.Pixels[i+k] - refc.Pixels[i+k]; s += d*d; }
Console.WriteLine($"flat rmse {Math.Sqrt(s / (c.Width * c.Height * 3)):F2}");
}}

internal sealed class SyncProgress(Action<PaintProgress> a) : IProgress<PaintProgress> { public void Report(PaintProgress p) => a(p); }
internal static class MicroProfile
{
    public static void Run()
    {
        var pic = Picture.Load(Path.Combine("..", "shared", "images", "astronaut.png"), 256);
        var t = Target.FromPicture(pic, 256);
        var g = new Echoes.Rendering.StrokeGeometry();
        var stroke = new Echoes.Strokes.Stroke { Points = [new(100, 100), new(200, 160), new(300, 150)], Width = 40, Color = Echoes.Color.Rgb.Black };
        float scale = 0.25f;
        for (int rep = 0; rep < 2; rep++)
        {
            var sw = Stopwatch.StartNew();
            for (int i = 0; i < 20000; i++) g.Build(stroke, scale, textured: false);
            double build = sw.Elapsed.TotalMicroseconds / 20000; sw.Restart();
            var sink = new Echoes.Painting.ScoreSink { T = t.Encoded, C = new float[t.Encoded.Length], W = t.Width };
            long px = 0;
            for (int i = 0; i < 20000; i++) { var cs = new PixelCount(); Echoes.Rendering.Rasterizer.Rasterize(g, 0, 0, t.Width, t.Height, ref cs); px = cs.N; }
            double raster = sw.Elapsed.TotalMicroseconds / 20000; sw.Restart();
            for (int i = 0; i < 20000; i++) Echoes.Rendering.Rasterizer.Rasterize(g, 0, 0, t.Width, t.Height, ref sink);
            double score = sw.Elapsed.TotalMicroseconds / 20000;
            var fc = new PixelCount(); Echoes.Rendering.ScanFill.Fill(g, stroke, t.Width, t.Height, ref fc);
            sw.Restart();
            for (int i = 0; i < 20000; i++) { var cs = new PixelCount(); Echoes.Rendering.ScanFill.Fill(g, stroke, t.Width, t.Height, ref cs); }
            double fill = sw.Elapsed.TotalMicroseconds / 20000;
            var ac = new CovSum(); Echoes.Rendering.Rasterizer.Rasterize(g, 0, 0, t.Width, t.Height, ref ac);
            Console.WriteLine($"scanfill px {fc.N} in {fill:F2} us; raster coverage sum {ac.S:F0}");
            Console.WriteLine($"caps {g.Count} px {px} build {build:F2} us, raster {raster:F2} us, raster+score {score:F2} us");
        }
    }
    private struct CovSum : Echoes.Rendering.ISpanSink { public double S; public readonly bool WantsHeight => false; public void Span(int y, int x0, ReadOnlySpan<float> c, ReadOnlySpan<float> h) { foreach (var v in c) S += v; } }
    private struct PixelCount : Echoes.Rendering.ISpanSink { public long N; public readonly bool WantsHeight => false; public void Span(int y, int x0, ReadOnlySpan<float> c, ReadOnlySpan<float> h) => N += c.Length; }
}
internal static class RenderProfile
{
    public static void Run(string[] args)
    {
        var plan = Echoes.Strokes.StrokePlan.Load(args[0]);
        int w = int.Parse(args[1]);
        for (int rep = 0; rep < 3; rep++)
        {
            var sw = Stopwatch.StartNew();
            using var c = Renderer.Render(plan, width: w);
            Console.WriteLine($"render {sw.ElapsedMilliseconds} ms");
            sw.Restart();
            using var c1 = Renderer.Render(plan, width: w, options: new RenderOptions { MaxDegreeOfParallelism = 1 });
            Console.WriteLine($"render 1 thread {sw.ElapsedMilliseconds} ms");
        }
        var g = new Echoes.Rendering.StrokeGeometry();
        float scale = w / plan.Width;
        var (pw, ph) = plan.PixelSize(w);
        long px = 0;
        foreach (var s in plan.Strokes) { g.Build(s, scale); var cs = new Counter(); Echoes.Rendering.Rasterizer.Rasterize(g, 0, 0, pw, ph, ref cs); px += cs.N; }
        Console.WriteLine($"span pixels {px / 1e6:F1} M over {pw * ph / 1e6:F2} M canvas (depth {px / (double)(pw * ph):F1})");
    }
    private struct Counter : Echoes.Rendering.ISpanSink { public long N; public readonly bool WantsHeight => true; public void Span(int y, int x0, ReadOnlySpan<float> c, ReadOnlySpan<float> h) => N += c.Length; }
}
internal static class PixelProfile
{
    public static void Run()
    {
        var g = new Echoes.Rendering.StrokeGeometry();
        foreach (var kind in new[] { Echoes.Strokes.BrushKind.Round, Echoes.Strokes.BrushKind.Flat, Echoes.Strokes.BrushKind.DryBrush })
        {
            var stroke = new Echoes.Strokes.Stroke { Brush = kind, Points = [new(100, 100), new(200, 140), new(300, 130)], Width = 40, Color = Echoes.Color.Rgb.Black, Load = 0.6f, Seed = 3 };
            var color = new float[512 * 512 * 3]; var height = new float[512 * 512];
            foreach (var (textured, label) in new[] { (false, "plain"), (true, "textured") })
            {
                g.Build(stroke, 1f, textured: textured);
                var cnt = new Counter(); Echoes.Rendering.Rasterizer.Rasterize(g, 0, 0, 512, 512, ref cnt);
                var sw = Stopwatch.StartNew();
                for (int i = 0; i < 2000; i++) { var c = new Counter(); Echoes.Rendering.Rasterizer.Rasterize(g, 0, 0, 512, 512, ref c); }
                double nullNs = sw.Elapsed.TotalNanoseconds / 2000 / cnt.N; sw.Restart();
                var band = new Echoes.Rendering.BandSink { Color = color, Height = height, Width = 512, Top = 0, Impasto = true, Thickness = 1, Covers = 0.7f };
                for (int i = 0; i < 2000; i++) Echoes.Rendering.Rasterizer.Rasterize(g, 0, 0, 512, 512, ref band);
                double bandNs = sw.Elapsed.TotalNanoseconds / 2000 / cnt.N;
                { var c = new Counter(); Echoes.Rendering.Rasterizer.Rasterize(g, 0, 0, 512, 512, ref c); }
                Console.WriteLine($"{kind} {label}: {cnt.N} px, null sink {nullNs:F1} ns/px, band sink {bandNs:F1} ns/px");
            }
        }
    }
    private struct Counter : Echoes.Rendering.ISpanSink { public long N; public readonly bool WantsHeight => true; public void Span(int y, int x0, ReadOnlySpan<float> c, ReadOnlySpan<float> h) => N += c.Length; }
}
