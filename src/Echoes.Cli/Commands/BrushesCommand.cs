using System.CommandLine;
using Echoes.Export;
using Echoes.Rendering;

namespace Echoes.Cli.Commands;

/// <summary><c>echoes brushes -o sampler.png</c>: a sheet of every brush kind in several colours and sizes.</summary>
internal static class BrushesCommand
{
    public static Command Create()
    {
        var output = CommonOptions.Output("Output file: .png, .jpg, .webp or .svg");
        var width = CommonOptions.Width("1400");
        var quiet = CommonOptions.Quiet();
        var flat = CommonOptions.NoImpasto();
        var planOut = new Option<string?>("--plan") { Description = "Also save the sampler's stroke plan (.json)" };
        var cmd = new Command("brushes", "Paint a sampler sheet of every brush kind") { output, width, quiet, flat, planOut };
        cmd.SetAction(r =>
        {
            string outPath = r.GetValue(output)!;
            int w = r.GetValue(width) ?? 1400;
            CommonOptions.CheckWidth(w);
            Output.Check(outPath, standardAllowed: false);
            var options = RenderOptions.Default with { Impasto = !r.GetValue(flat) };
            if (Path.GetExtension(outPath).Equals(".svg", StringComparison.OrdinalIgnoreCase))
                Exporters.Write(BrushSampler.Plan(), outPath, new ExportOptions { Width = w });
            else
            {
                using var canvas = new Progress(r.GetValue(quiet)).Run("painting", _ => BrushSampler.Render(w, options));
                canvas.Save(outPath);
            }
            if (r.GetValue(planOut) is string pp) Exporters.Write(BrushSampler.Plan(), pp, new ExportOptions());
            if (!r.GetValue(quiet)) r.InvocationConfiguration.Output.WriteLine($"{outPath}: the brush sampler");
            return 0;
        });
        return cmd;
    }
}
