using System.Runtime.CompilerServices;
using Echoes.Color;
using Echoes.Imaging;
using Echoes.Rendering;
using Echoes.Strokes;

namespace Echoes.Tests;

/// <summary>
/// One small reference image per brush kind, compared with a tolerance. Regenerate after an intended change with
/// <c>ECHOES_UPDATE_GOLDEN=1 dotnet test -c Release</c> and look at the images before committing them.
/// </summary>
public class GoldenTests
{
    public static TheoryData<BrushKind> Kinds => [.. Enum.GetValues<BrushKind>()];

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Each_brush_matches_its_golden_image(BrushKind kind)
    {
        var canvas = Renderer.Render(Plan(kind), width: 240);
        var path = Path.Combine(SourceDir(), "Golden", $"{kind.ToString().ToLowerInvariant()}.png");
        if (Environment.GetEnvironmentVariable("ECHOES_UPDATE_GOLDEN") == "1") canvas.Save(path);
        Assert.True(File.Exists(path), $"missing golden image {path}; run ECHOES_UPDATE_GOLDEN=1 dotnet test -c Release");
        var golden = Images.LoadCanvas(path);
        double mean = Images.MeanAbsDiff(canvas, golden), differing = Images.FractionDiffering(canvas, golden, 24);
        Assert.True(mean < 1.0 && differing < 0.01, $"{kind}: mean difference {mean:F3}, {differing:P2} of pixels differ by more than 24");
    }

    [Fact]
    public void Brushes_leave_measurably_different_marks()
    {
        // Dry brush breaks up and leaves gaps; the knife is a solid slab; a glaze lets the ground show through.
        double dry = Stats(BrushKind.DryBrush).MeanCoverage, knife = Stats(BrushKind.Knife).MeanCoverage;
        Assert.True(dry < 0.8 * knife, $"dry {dry:F3} knife {knife:F3}");
        Assert.True(knife > 0.8, $"knife {knife:F3}");
    }

    [Fact]
    public void A_glaze_filters_what_is_beneath_while_paint_covers_it()
    {
        Rgb Crossing(BrushKind kind)
        {
            var plan = new StrokePlan(100, 100, Rgb.White);
            plan.Strokes.Add(new Stroke { Brush = BrushKind.Flat, Points = [new(0, 50), new(100, 50)], Width = 40, Color = new Rgb(1, 1, 0) });
            plan.Strokes.Add(new Stroke { Brush = kind, Points = [new(50, 0), new(50, 100)], Width = 40, Color = new Rgb(0.2f, 0.5f, 1f), TaperStart = 0, TaperEnd = 0 });
            var c = Renderer.Render(plan, width: 100, options: new RenderOptions { Impasto = false });
            int i = (50 * 100 + 50) * 4;
            return Rgb.FromSrgb8(c.Pixels[i], c.Pixels[i + 1], c.Pixels[i + 2]);
        }
        var glazed = Crossing(BrushKind.Glaze);
        var painted = Crossing(BrushKind.Round);
        Assert.True(glazed.B < 0.1f && glazed.G > 0.35f, $"yellow × blue glaze should be green, got {glazed}");
        // Opaque paint covers, carrying only a little of the wet yellow it was dragged through (wet-in-wet pickup).
        Assert.True(painted.B > 0.6f && painted.B > painted.G && painted.G > painted.R, $"opaque paint should cover, got {painted}");
    }

    private static (double Partial, double MeanCoverage) Stats(BrushKind kind)
    {
        var stroke = Plan(kind).Strokes[^1] with { Color = Rgb.Black, Opacity = 1 };
        var g = new StrokeGeometry();
        g.Build(stroke, 2f);
        var textured = new CoverageStats();
        Rasterizer.Rasterize(g, 0, 0, 480, 270, ref textured);
        // The bare footprint at the stroke's own width (a textured footprint is widened where its sides fray).
        g.Build(stroke, 2f, textured: false);
        var footprint = new CoverageStats();
        Rasterizer.Rasterize(g, 0, 0, 480, 270, ref footprint);
        // Coverage relative to the bare footprint: 1 for a solid mark.
        return (textured.Partial / (double)footprint.Count, textured.Sum / footprint.Sum);
    }

    private struct CoverageStats : ISpanSink
    {
        public int Count, Partial; public double Sum;
        public readonly bool WantsHeight => false;
        public readonly bool WantsAlong => false;
        public void Span(int y, int x0, in ShadedRun run)
        {
            var c = run.Coverage;
            foreach (var v in c) { Count++; Sum += v; if (v < 0.85f) Partial++; }
        }
    }

    internal static StrokePlan Plan(BrushKind kind)
    {
        var plan = new StrokePlan(240, 135, Rgb.FromHex("#efe8da"));
        // An underlayer shows what glazes multiply and what knives cover.
        plan.Strokes.Add(new Stroke { Brush = BrushKind.Flat, Points = [new(20, 100), new(220, 100)], Width = 30, Color = Rgb.FromHex("#e8b04a"), Seed = 1 });
        Point2[] pts = kind switch
        {
            BrushKind.Drip => [new(120, 15), new(124, 70), new(122, 110)],
            BrushKind.Splatter => [new(60, 70), new(170, 50)],
            _ => [new(25, 80), new(90, 30), new(160, 75), new(215, 40)],
        };
        plan.Strokes.Add(new Stroke
        {
            Brush = kind, Points = pts, Width = kind == BrushKind.Drip ? 9 : 34, Color = Rgb.FromHex("#2e5f8e"),
            Opacity = kind == BrushKind.Glaze ? 0.75f : 1f, Load = 0.5f, Seed = 42,
        });
        return plan;
    }

    private static string SourceDir([CallerFilePath] string file = "") => Path.GetDirectoryName(file)!;
}
