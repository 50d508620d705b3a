using System.CommandLine;
using Echoes.Export;

namespace Echoes.Cli.Commands;

/// <summary><c>echoes info FILE [--plan out.json]</c>: how a PNG painted by Echoes was made, and its plan when embedded.</summary>
internal static class InfoCommand
{
    public static Command Create()
    {
        var file = new Argument<string>("file") { Description = "A PNG written by Echoes" };
        var planOut = new Option<string?>("--plan") { Description = "Write the embedded stroke plan here (.json)" };
        var cmd = new Command("info", "Show the options, seed, engine version and plan hash recorded in a painting") { file, planOut };
        cmd.SetAction(r =>
        {
            string path = r.GetValue(file)!;
            if (!File.Exists(path)) throw new EchoesException(path, "no such file");
            var bytes = File.ReadAllBytes(path);
            if (bytes.Length < 8 || bytes[0] != 0x89
                || bytes[1] != (byte)'P') throw new EchoesException(path, "not a PNG (Echoes records its facts in PNG files)");
            var text = Provenance.Read(bytes);
            var facts = text.Where(kv => kv.Key.StartsWith("echoes:", StringComparison.Ordinal) && kv.Key != "echoes:plan").ToList();
            if (facts.Count == 0) throw new EchoesException(path, "no Echoes information in this file");
            var o = r.InvocationConfiguration.Output;
            foreach (var (k, v) in facts) o.WriteLine($"{k["echoes:".Length..]}: {v}");
            if (Provenance.ReadDpi(bytes) is double dpi) o.WriteLine($"dpi: {dpi:0.#}");
            o.WriteLine($"plan embedded: {(text.ContainsKey("echoes:plan") ? "yes" : "no")}");
            if (r.GetValue(planOut) is string pp)
            {
                if (!text.TryGetValue("echoes:plan", out var json)) throw new EchoesException(path,
                    "no plan is embedded (paint or render with --embed-plan)");
                Output.CheckPlan(pp);
                var plan = Strokes.StrokePlan.FromJson(System.Text.Encoding.UTF8.GetBytes(json), path);
                Exporters.Write(plan, pp, new ExportOptions());
                o.WriteLine($"{pp}: {Words.Count(plan.Strokes.Count, "stroke")}");
            }
            return 0;
        });
        return cmd;
    }
}
