using Spectre.Console;

namespace Echoes.Cli.Commands;

/// <summary>A Spectre.Console progress bar for long steps, shown only on a terminal and never with --quiet.</summary>
internal sealed class Progress(bool quiet)
{
    private readonly bool _show = !quiet && !Console.IsOutputRedirected && AnsiConsole.Profile.Capabilities.Interactive;

    public T Run<T>(string label, Func<IProgress<double>, T> work) => Run(label, (p, _) => work(p));

    /// <summary>Runs <paramref name="work"/> with a bar it advances (0–1) and a label it can rewrite (strokes, error).</summary>
    public T Run<T>(string label, Func<IProgress<double>, IProgress<string>, T> work)
    {
        if (!_show) return work(new Progress<double>(_ => { }), new Progress<string>(_ => { }));
        T result = default!;
        AnsiConsole.Progress().AutoClear(true).HideCompleted(true).Start(ctx =>
        {
            var task = ctx.AddTask(label, maxValue: 1.0);
            var reporter = new Reporter(task);
            result = work(reporter, reporter);
        });
        return result;
    }

    private sealed class Reporter(ProgressTask task) : IProgress<double>, IProgress<string>
    {
        public void Report(double value) => task.Value = Math.Max(task.Value, value);
        public void Report(string description) => task.Description = Markup.Escape(description);
    }
}
