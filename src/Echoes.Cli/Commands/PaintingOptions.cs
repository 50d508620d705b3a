using System.CommandLine;
using Echoes.Export;
using Echoes.Moods;
using Echoes.Painting;
using Echoes.Strokes;

namespace Echoes.Cli.Commands;

/// <summary>The options of the commands that paint (<c>paint</c>, <c>compose</c>): budget, style, mood, seed, and the
/// plan and time-lapse they can also write.</summary>
internal sealed class PaintingOptions(string seedDefault)
{
    public readonly Option<int?> Strokes = new("--strokes", "-n")
    {
        Description = $"Exact number of strokes (1 to {Painter.MaxStrokes:N0})"
        + CommonOptions.Default("set by --style and --detail")
    };
    public readonly Option<Detail?> Detail = new("--detail")
    {
        Description = "Level of detail when --strokes is not given"
        + CommonOptions.Default("medium"), HelpName = "low|medium|high"
    };
    public readonly Option<string> Style = new("--style", "-s")
    {
        Description = $"Style: {string.Join(", ", Styles.All.Keys)}",
        DefaultValueFactory = _ => "expressive"
    };
    public readonly Option<string?> Mood = new("--mood", "-m") { Description = "Mood: joy, sorrow, love, loss, or a blend like sorrow:0.7,love:0.3" };
    public readonly Option<int?> Seed = new("--seed")
    {
        Description = "Seed: the same input, options and seed give the same painting"
        + CommonOptions.Default(seedDefault)
    };
    public readonly Option<string?> PlanOut = new("--plan") { Description = "Also save the stroke plan (.json)" };
    public readonly Option<string?> Timelapse = new("--timelapse")
    { Description = "Also make a time-lapse: .mp4, .webm, .gif or a folder of PNG frames (10 s at 30 fps, 1280 px wide)" };
    public readonly Option<bool> Quiet = CommonOptions.Quiet();

    public void AddTo(Command cmd)
    {
        foreach (var o in new Option[] { Strokes, Detail, Style, Mood, Seed, PlanOut, Timelapse, Quiet }) cmd.Options.Add(o);
    }

    public void Check(ParseResult r)
    {
        if (r.GetValue(PlanOut) is string pp) Output.CheckPlan(pp);
        if (r.GetValue(Timelapse) is string tl) TimelapseCommand.CheckOutput(tl);
    }

    /// <summary>The style with the command line's budget, and the seed and mood asked for (null: the source's own).</summary>
    public (PaintOptions Style, int? Seed, Mood? Mood) Read(ParseResult r)
    {
        var style = Styles.Get(r.GetValue(Style)!) with { Strokes = r.GetValue(Strokes), Detail = r.GetValue(Detail) ?? Painting.Detail.Medium };
        return (style, r.GetValue(Seed), r.GetValue(Mood) is string m ? Moods.Mood.Parse(m) : null);
    }

    /// <summary>Paints with a progress bar showing the strokes placed and the current error.</summary>
    public StrokePlan Paint(ParseResult r, Func<IProgress<PaintProgress>, StrokePlan> paint) =>
        new Progress(r.GetValue(Quiet)).Run("painting", (bar, label) => paint(new Progress<PaintProgress>(s =>
        {
            bar.Report(s.Total == 0 ? 0 : s.Strokes / (double)s.Total);
            label.Report($"painting: {Words.Count(s.Strokes, "stroke")}, error {s.Rmse:F1}");
        })));

    /// <summary>Saves the plan and makes the time-lapse when asked.</summary>
    public void WriteExtras(ParseResult r, StrokePlan plan, CancellationToken ct)
    {
        if (r.GetValue(PlanOut) is string planPath) Exporters.Write(plan, planPath, new ExportOptions());
        if (r.GetValue(Timelapse) is string tlPath)
            TimelapseCommand.Write(plan, tlPath, new ExportOptions(), r.GetValue(Quiet), ct);
    }
}
