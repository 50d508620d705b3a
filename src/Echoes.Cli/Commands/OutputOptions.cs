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
    private static readonly string[] StandardFormats = ["png", "jpg", "webp", "svg"];

    public readonly Option<string> Output = CommonOptions.Output("Output file: .png, .jpg, .webp or .svg; - for standard output (see --format)");
    public readonly Option<int?> Width;
    public readonly Option<string?> Print = new("--print")
    {
        Description = "Paper size: A0–A6, letter, legal, tabloid, WxHmm or WxHin; the output is the sheet's size exactly, "
            + "landscape for a wide painting, else portrait",
    };
    public readonly Option<Fit?> Fit = new("--fit")
    {
        Description = "With --print: contain (the whole painting, centred, margins in its ground colour) or cover (fills the sheet, cropped)"
            + CommonOptions.Default("contain"),
        HelpName = "contain|cover",
    };
    public readonly Option<double> Dpi = new("--dpi") { Description = "Resolution for --print, pixels per inch", DefaultValueFactory = _ => 300 };
    public readonly Option<string?> Format = new("--format")
    {
        Description = "Format written to standard output (-o -): png, jpg, webp or svg" + CommonOptions.Default("png"), HelpName = "png|jpg|webp|svg",
    };
    public readonly Option<bool> Flat = CommonOptions.NoImpasto();
    public readonly Option<int> Quality = CommonOptions.Quality();
    public readonly Option<bool> Plotter = new("--plotter")
    {
        Description = "SVG of stroke centre lines, one layer per pen, sized in mm (for pen plotters)",
    };
    public readonly Option<int> Pens = new("--pens") { Description = "Pens for --plotter (1–64)", DefaultValueFactory = _ => 6 };
    public readonly Option<bool> PenByPart = new("--pen-by-part")
    {
        Description = "With --plotter, each figure, tie and echo of a scene on a pen (layer) of its own beside the colour pens",
    };
    public readonly Option<bool> EmbedPlan = new("--embed-plan")
    {
        Description = "Store the stroke plan inside the PNG (echoes info --plan recovers it)",
    };

    /// <param name="naturalSize">What the output's size is when neither --width nor --print is given (for the help).</param>
    public OutputOptions(string naturalSize) => Width = CommonOptions.Width(naturalSize);

    public void AddTo(Command cmd)
    {
        foreach (var o in new Option[] { Output, Width, Print, Fit, Dpi, Format, Flat, Quality, Plotter, Pens, PenByPart, EmbedPlan })
            cmd.Options.Add(o);
    }

    /// <summary>Checks everything that can be checked before painting, and warns of options that would do nothing.</summary>
    public void Check(ParseResult r)
    {
        string path = r.GetValue(Output)!;
        CommonOptions.CheckWidth(r.GetValue(Width));
        CommonOptions.CheckQuality(r.GetValue(Quality));
        Commands.Output.Check(path);
        if (r.GetValue(Format) is string f && !StandardFormats.Contains(f.ToLowerInvariant()))
            throw new EchoesException("--format", $"\"{f}\" is not a format (known: {string.Join(", ", StandardFormats)})");
        if (r.GetValue(Print) is string paper)
        {
            if (r.GetValue(Width) is not null) throw new EchoesException("--print", "give either --width or --print, not both");
            PrintSize.Paper(paper, r.GetValue(Dpi), 1.0);
        }
        if (r.GetValue(Plotter) && Extension(r) != ".svg")
            throw new EchoesException(path, "--plotter writes SVG: give an .svg output");
        if (r.GetValue(Pens) is < 1 or > 64) throw new EchoesException("--pens", "the number of pens must be between 1 and 64");
        Warn(r);
    }

    /// <summary>The output's extension: the file's, or the --format's for standard output (PNG by default).</summary>
    public string Extension(ParseResult r)
    {
        string path = r.GetValue(Output)!;
        if (!Commands.Output.IsStandard(path)) return Path.GetExtension(path).ToLowerInvariant();
        return "." + (r.GetValue(Format)?.ToLowerInvariant() ?? "png");
    }

    private Fit FitOf(ParseResult r) => r.GetValue(Fit) ?? Rendering.Fit.Contain;

    /// <summary>Whether the result goes to standard output (so nothing else may be printed there).</summary>
    public bool ToStandardOutput(ParseResult r) => Commands.Output.IsStandard(r.GetValue(Output)!);

    /// <summary>Prints the one-line summary unless --quiet or the painting itself goes to standard output.</summary>
    public void Report(ParseResult r, bool quiet, string summary)
    {
        if (!quiet && !ToStandardOutput(r)) r.InvocationConfiguration.Output.WriteLine($"{r.GetValue(Output)}: {summary}");
    }

    /// <summary>Writes the plan to the output as asked; <paramref name="natural"/> is its size when neither --width nor --print is given.</summary>
    public void Write(ParseResult r, StrokePlan plan, (int Width, int Height) natural, Progress progress)
    {
        string ext = Extension(r);
        var options = new ExportOptions
        {
            Width = r.GetValue(Width) ?? Fitted(natural).Width, Paper = r.GetValue(Print), Dpi = r.GetValue(Dpi), Fit = FitOf(r),
            Impasto = !r.GetValue(Flat), Quality = r.GetValue(Quality), Plotter = r.GetValue(Plotter), Pens = r.GetValue(Pens),
            PenByPart = r.GetValue(PenByPart), EmbedPlan = r.GetValue(EmbedPlan), Command = CommandLine(r),
        };
        string path = r.GetValue(Output)!;
        bool render = Exporters.IsRaster(ext) && !options.Plotter;
        if (!Commands.Output.IsStandard(path))
        {
            if (render) progress.Run("rendering", p => Exporters.Write(plan, path, options, p));
            else Exporters.Write(plan, path, options);
            return;
        }
        byte[] bytes = render ? progress.Run("rendering", p => Exporters.Encode(plan, ext, options, p)) : Exporters.Encode(plan, ext, options);
        Commands.Output.WriteStandard(bytes);
    }

    /// <summary>Refuses, before painting, a source whose painting could not be written at the size asked
    /// (a 1×30000 strip has no width to shrink to within the limit).</summary>
    public void CheckSize(ParseResult r, string name, (int Width, int Height) natural)
    {
        if (r.GetValue(Print) is not null) return;
        int w = r.GetValue(Width) ?? Fitted(natural).Width;
        long h = (long)Math.Round(natural.Height * (double)w / natural.Width);
        if (h > Limits.MaxOutputSide)
            throw new EchoesException(name, $"the painting would be {w}×{h} px, over the limit of {Limits.MaxOutputSide:N0} px on a side "
                + $"({natural.Width}×{natural.Height} is too long and thin)");
    }

    // The natural size, or, when a side is over the limit, the same aspect with the long side at the limit.
    private static (int Width, int Height) Fitted((int Width, int Height) natural)
    {
        int longSide = Math.Max(natural.Width, natural.Height);
        if (longSide <= Limits.MaxOutputSide) return natural;
        double k = Limits.MaxOutputSide / (double)longSide;
        return (Math.Max(1, (int)(natural.Width * k)), Math.Max(1, (int)(natural.Height * k)));
    }

    private void Warn(ParseResult r)
    {
        var err = r.InvocationConfiguration.Error;
        bool Given(Option o) => r.GetResult(o) is { Implicit: false };
        bool print = r.GetValue(Print) is not null;
        string ext = Extension(r);
        if (Given(Dpi) && !print) err.WriteLine("echoes: warning: --dpi does nothing without --print");
        if (Given(Fit) && !print) err.WriteLine("echoes: warning: --fit does nothing without --print");
        if (Given(Pens) && !r.GetValue(Plotter)) err.WriteLine("echoes: warning: --pens does nothing without --plotter");
        if (r.GetValue(PenByPart) && !r.GetValue(Plotter)) err.WriteLine("echoes: warning: --pen-by-part does nothing without --plotter");
        if (r.GetValue(EmbedPlan) && ext != ".png")
            err.WriteLine($"echoes: warning: --embed-plan does nothing in a {ext} file (only PNG carries the plan)");
        if (Given(Quality) && ext is ".png" or ".svg")
            err.WriteLine($"echoes: warning: --quality does nothing for {ext} (only JPEG and WebP have a quality)");
        if (Given(Format) && !ToStandardOutput(r))
            err.WriteLine("echoes: warning: --format does nothing with a file output (its extension gives the format)");
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
