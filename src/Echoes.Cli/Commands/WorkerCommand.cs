using System.CommandLine;
using Echoes.Gallery;

namespace Echoes.Cli.Commands;

/// <summary><c>echoes worker</c>: paints the gallery's queued paintings from a shared PostgreSQL database, until Ctrl+C.</summary>
internal static class WorkerCommand
{
    public static Command Create()
    {
        var db = new Option<string>("--db")
        {
            Description = "The gallery's PostgreSQL connection string (Host=…;Database=…;Username=…;Password=… or postgres://…)",
            Required = true,
        };
        var data = new Option<string?>("--data")
        {
            Description = "Scratch folder (the files themselves are stored in the database)" + CommonOptions.Default(ServeCommand.DefaultData)
        };
        var workers = PaintWorkers("Paintings this worker paints at once", Environment.ProcessorCount, "the cores");
        var timeout = JobTimeout();
        var cmd = new Command("worker", "Paint the gallery's queued paintings (on any machine that reaches its database)")
            { db, data, workers, timeout };
        cmd.SetAction(async (r, ct) =>
        {
            var options = new GalleryOptions
            {
                Database = r.GetValue(db), DataDirectory = r.GetValue(data) ?? ServeCommand.DefaultData,
                PaintWorkers = Check(r.GetValue(workers) ?? Environment.ProcessorCount, "--paint-workers", min: 1),
                JobInvisibility = TimeSpan.FromSeconds(Check(r.GetValue(timeout), "--job-timeout", min: 1)),
            };
            await GalleryWorker.RunAsync(options, r.InvocationConfiguration.Output, ct);
            r.InvocationConfiguration.Output.WriteLine("Stopped.");
            return 0;
        });
        return cmd;
    }

    /// <summary><c>--paint-workers</c>: paintings painted at once by this process (unset: <paramref name="fallback"/>).</summary>
    public static Option<int?> PaintWorkers(string description, int fallback, string what) => new("--paint-workers")
    {
        Description = description + CommonOptions.Default($"{what}, here {fallback}"),
    };

    /// <summary><c>--job-timeout</c>: how soon a dead worker's painting goes to another (PostgreSQL).</summary>
    public static Option<int> JobTimeout() => new("--job-timeout")
    {
        Description = "Seconds after a worker's last sign of life before its painting is given to another worker (PostgreSQL)",
        DefaultValueFactory = _ => 60,
    };

    public static int Check(int value, string flag, int min = 0) =>
        value >= min ? value : throw new EchoesException(flag, $"must be {min} or more (got {value})");
}
