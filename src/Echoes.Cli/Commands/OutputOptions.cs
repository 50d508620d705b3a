using System.CommandLine;
using Echoes.Export;
using Echoes.Imaging;
using Echoes.Rendering;
using Echoes.Strokes;

namespace Echoes.Cli.Commands;

/// <summary>The output options every rendering command shares: size (pixels or paper), relief, quality, plotter SVG,
/// and what the file records about how it was made.</summary>
internal sealed class OutputOptions
{
    public readonly Option<string> Output = CommonOptions.Output("Output file: .png, .jpg, .webp or .svg");
    public readonly Option<int?> Width = CommonOptions.Width();
    public readonly Option<string?> Print = new("--print") { Description = "Paper size: A0–A6, letter, legal, tabloid, WxHmm or WxHin (the plan is fitted inside)" };
    public readonly Option<double> Dpi = new("--dpi") { Description = "Resolution for --print, pixels per inch", DefaultValueFactory = _ => 300 };
    public readonly Option<bool> Flat = CommonOptions.NoImpasto();
    public readonly Option<int> Quality = CommonOptions.Quality();
    public readonly Option<bool> Plotter = new("--plotter") { Description = "SVG of stroke centre lines, one layer per pen, sized in mm (for pen plotters)" };
    public readonly Option<int> Pens = new("--pens") { Description = "Pens for --plotter (1–64)", DefaultValueFactory = _ => 6 };
    public readonly Option<bool> EmbedPlan = new("--embed-plan") { Description = "Store the stroke plan inside the PNG (echoes info --plan recovers it)" };

    public void AddTo(Command cmd)
    {
        foreach (var o in new Option[] { Output, Width, Print, Dpi, Flat, Quality, Plotter, Pens, EmbedPlan }) cmd.Options.Add(o);
    }

    /// <summary>Checks everything that can be checked before painting.</summary>
    public void Check(ParseResult r)
    {
        string path = r.GetValue(Output)!;
        CommonOptions.CheckWidth(r.GetValue(Width));
        Commands.Output.Check(path);
        if (r.GetValue(Print) is string paper)
        {
            if (r.GetValue(Width) is not null) throw new EchoesException("--print", "give either --width or --print, not both");
            PrintSize.Pixels(paper, r.GetValue(Dpi), 1.0);
        }
        else if (r.GetResult(Dpi) is { Implicit: false }) PrintSize.Pixels("A4", r.GetValue(Dpi), 1.0);
        if (r.GetValue(Plotter) && !path.EndsWith(".svg", StringComparison.OrdinalIgnoreCase))
            throw new EchoesException(path, "--plotter writes SVG: give an .svg output");
        if (r.GetValue(Pens) is < 1 or > 64) throw new EchoesException("--pens", "the number of pens must be between 1 and 64");
    }

    /// <summary>Writes the plan to the output as asked; <paramref name="defaultWidth"/> applies when neither --width nor --print is given.</summary>
    public void Write(ParseResult r, StrokePlan plan, int defaultWidth, Progress progress)
    {
        string path = r.GetValue(Output)!;
        double aspect = plan.Width / plan.Height;
        int? width = r.GetValue(Width);
        double? dpi = null;
        if (r.GetValue(Print) is string paper)
        {
            width = PrintSize.Pixels(paper, r.GetValue(Dpi), aspect).Width;
            dpi = r.GetValue(Dpi);
        }
        if (r.GetValue(Plotter))
        {
            var (pw, ph) = r.GetValue(Print) is string p2 ? PaperMm(p2, aspect) : (plan.Width * 25.4 / 96, plan.Height * 25.4 / 96);
            PlotterSvg.Save(plan, path, pw, ph, r.GetValue(Pens));
            return;
        }
        if (path.EndsWith(".svg", StringComparison.OrdinalIgnoreCase))
        {
            SvgWriter.Save(plan, path, width ?? defaultWidth);
            return;
        }
        var options = RenderOptions.Default with { Impasto = !r.GetValue(Flat) };
        using var canvas = progress.Run("rendering", p => Renderer.Render(plan, width: width ?? defaultWidth, options: options, progress: p));
        canvas.Dpi = dpi;
        canvas.Text["Software"] = $"Echoes {EngineInfo.Version}";
        canvas.Text["echoes:version"] = EngineInfo.Version;
        canvas.Text["echoes:command"] = CommandLine(r);
        canvas.Text["echoes:plan-hash"] = plan.Hash();
        if (plan.Meta.TryGetValue("seed", out var seed)) canvas.Text["echoes:seed"] = seed;
        if (plan.Meta.TryGetValue("style", out var style)) canvas.Text["echoes:style"] = style;
        if (plan.Meta.TryGetValue("mood", out var mood)) canvas.Text["echoes:mood"] = mood;
        if (r.GetValue(EmbedPlan)) canvas.Text["echoes:plan"] = System.Text.Encoding.UTF8.GetString(plan.ToJson());
        canvas.Save(path, r.GetValue(Quality));
    }

    private static (double, double) PaperMm(string paper, double aspect)
    {
        var (w, h) = PrintSize.Parse(paper);
        return aspect >= 1 != w >= h ? (h, w) : (w, h);
    }

    // The command and its options, without the output path: the same painting written under another name is the
    // same file, byte for byte.
    private string CommandLine(ParseResult r)
    {
        var tokens = r.Tokens.Select(t => t.Value).ToList();
        for (int i = 0; i < tokens.Count - 1; i++)
            if (tokens[i] is "-o" or "--output") { tokens.RemoveAt(i + 1); tokens.RemoveAt(i); break; }
        return "echoes " + string.Join(' ', tokens.Select(Quote));
    }

    private static string Quote(string a) => a.Contains(' ') ? $"\"{a}\"" : a;
}
