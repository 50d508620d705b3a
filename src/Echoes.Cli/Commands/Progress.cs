using Spectre.Console;

namespace Echoes.Cli.Commands;

/// <summary>A Spectre.Console progress bar for long steps, shown only on a terminal and never with --quiet.</summary>
internal sealed class Progress(bool quiet)
{
    private readonly bool _show = !quiet && !Console.IsOutputRedirected && AnsiConsole.Profile.Capabilities.Interactive;

    public T Run<T>(string label, Func<IProgress<double>, T> work)
    {
        if (!_show) return work(new Progress<double>(_ => { }));
        T result = default!;
        AnsiConsole.Progress().AutoClear(true).HideCompleted(true).Start(ctx =>
        {
            var task = ctx.AddTask(label, maxValue: 1.0);
            result = work(new Reporter(task));
        });
        return result;
    }

    private sealed class Reporter(ProgressTask task) : IProgress<double>
    {
        public void Report(double value) => task.Value = Math.Max(task.Value, value);
    }
}
