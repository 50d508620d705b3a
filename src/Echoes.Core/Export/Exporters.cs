using System.Text;
using Echoes.Imaging;
using Echoes.Rendering;
using Echoes.Strokes;

namespace Echoes.Export;

/// <summary>
/// Writes a plan in the format its file's extension names: a raster image (<c>.png</c>, <c>.jpg</c>, <c>.webp</c>,
/// PNG with its <see cref="Provenance"/>), an SVG of the strokes or, for plotters, of their centre lines, the plan
/// itself (<c>.json</c>), or a time-lapse (<c>.mp4</c>, <c>.webm</c>, <c>.gif</c>, or a folder of PNG frames for a name
/// without an extension or a folder that exists, see <see cref="Timelapse.IsTimelapse"/>).
/// </summary>
public static class Exporters
{
    /// <summary>Width of a time-lapse when none is given, pixels.</summary>
    public const int TimelapseWidth = 1280;

    /// <summary>Writes <paramref name="plan"/> to <paramref name="path"/> in the format its extension names.</summary>
    /// <returns>The frames written for a time-lapse; 1 for any other file.</returns>
    /// <exception cref="EchoesException">Unknown extension, unusable output, size over the limit, unknown paper.</exception>
    public static int Write(StrokePlan plan, string path, ExportOptions options, IProgress<double>? progress = null,
        CancellationToken cancellationToken = default)
    {
        string ext = Path.GetExtension(path).ToLowerInvariant();
        if (Timelapse.IsTimelapse(path))
        {
            int width = options.Width ?? TimelapseWidth;
            return Timelapse.Write(plan, path, width, options.Timelapse, RenderOptionsOf(options), progress, cancellationToken);
        }
        if (ext == ".json")
        {
            plan.Save(path);
            return 1;
        }
        byte[] bytes = Encode(plan, ext, options, progress, cancellationToken);
        cancellationToken.ThrowIfCancellationRequested(); // a render cut short is not written
        AtomicFile.Write(path, s => s.Write(bytes));
        return 1;
    }

    /// <summary>Whether the extension names a raster image, which takes a render.</summary>
    public static bool IsRaster(string extension) => Canvas.Extensions.Contains(extension.ToLowerInvariant());

    /// <summary>The file's bytes for <paramref name="plan"/> in the format <paramref name="extension"/> names.</summary>
    /// <param name="plan">The plan.</param>
    /// <param name="extension">The file's extension, with its dot.</param>
    /// <param name="options">Size, relief, quality, pens and provenance.</param>
    /// <param name="progress">Receives the render's fraction done, 0–1 (raster images).</param>
    /// <param name="cancellationToken">Stops the render.</param>
    /// <exception cref="EchoesException">Unknown extension, size over the limit, unknown paper, unusable resolution.</exception>
    public static byte[] Encode(StrokePlan plan, string extension, ExportOptions options, IProgress<double>? progress = null,
        CancellationToken cancellationToken = default)
    {
        string ext = extension.ToLowerInvariant();
        (int Width, int Height)? sheet = options.Paper is { } p ? PrintSize.Paper(p, options.Dpi, plan.Width / plan.Height) : null;
        if (ext == ".json") return plan.ToJson();
        if (ext == ".svg" && options.Plotter) return Encoding.UTF8.GetBytes(Plotter(plan, options));
        if (ext == ".svg")
            return Encoding.UTF8.GetBytes(sheet is var (sw, sh) ? SvgWriter.ToSvg(plan, sw, sh, options.Fit) : SvgWriter.ToSvg(plan, options.Width));
        // The plan's hash serialises the whole plan: worked out beside the render, whose bands leave a core idle at times.
        var hash = options.MaxDegreeOfParallelism == 1 ? Task.FromResult(plan.Hash()) : Task.Run(plan.Hash, cancellationToken);
        using var canvas = Render(plan, sheet, options, progress, cancellationToken);
        if (sheet is not null) canvas.Dpi = options.Dpi;
        Provenance.Record(canvas, plan, options.Command, options.EmbedPlan, hash.GetAwaiter().GetResult());
        return canvas.EncodeFile(Canvas.FormatOf("out" + ext), options.Quality);
    }

    private static Canvas Render(StrokePlan plan, (int Width, int Height)? sheet, ExportOptions o, IProgress<double>? progress, CancellationToken ct)
    {
        var render = RenderOptionsOf(o);
        return sheet is var (pw, ph)
            ? Renderer.Render(plan, pw, ph, o.Fit, render, progress, ct)
            : Renderer.Render(plan, width: o.Width, longSide: o.LongSide, options: render, progress: progress, cancellationToken: ct);
    }

    private static RenderOptions RenderOptionsOf(ExportOptions o) =>
        RenderOptions.Default with { Impasto = o.Impasto, MaxDegreeOfParallelism = o.MaxDegreeOfParallelism };

    // A plotter's page: the paper turned to the painting's orientation, or the plan's logical size at 96 dpi.
    private static string Plotter(StrokePlan plan, ExportOptions o)
    {
        double aspect = plan.Width / plan.Height;
        var (w, h) = o.Paper is { } paper ? PrintSize.Parse(paper) : (plan.Width * 25.4 / 96, plan.Height * 25.4 / 96);
        if (o.Paper is not null && aspect >= 1 != w >= h) (w, h) = (h, w);
        return PlotterSvg.Write(plan, w, h, o.Pens, o.PenByPart);
    }
}
