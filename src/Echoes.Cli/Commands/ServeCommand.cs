using System.CommandLine;
using Echoes.Gallery;

namespace Echoes.Cli.Commands;

/// <summary><c>echoes serve</c>: the web gallery and studio, until Ctrl+C.</summary>
internal static class ServeCommand
{
    /// <summary>Where the gallery keeps its data when no <c>--data</c> is given: the user's data folder, whatever the current directory.</summary>
    public static string DefaultData => UserData.Folder("gallery");

    public static Command Create()
    {
        var port = new Option<int>("--port", "-p") { Description = "TCP port (0 picks a free one)", DefaultValueFactory = _ => 5000 };
        var host = new Option<string>("--host")
        {
            Description = "Address to listen on: 127.0.0.1 for this machine only, 0.0.0.0 or :: for a shared deployment",
            DefaultValueFactory = _ => "127.0.0.1"
        };
        var data = new Option<string?>("--data")
        {
            Description = "Folder for the SQLite database and the stored files"
            + CommonOptions.Default(DefaultData)
        };
        var db = new Option<string?>("--db")
        { Description = "A PostgreSQL connection string (Host=…;Database=…;Username=…;Password=… or postgres://…) instead of SQLite" };
        var newKey = new Option<bool>("--new-key") { Description = "Issue a new curator key (printed once; the old key stops working)" };
        var proxy = new Option<bool>("--behind-proxy")
        {
            Description = "Trust X-Forwarded-For/-Proto from a reverse proxy on this machine (client addresses for rate limits, HTTPS for " +
                "cookies)"
        };
        var proxies = new Option<string[]>("--proxy")
        {
            Description = "Address of a reverse proxy on another machine whose X-Forwarded-For/-Proto to trust (repeatable; implies " +
                "--behind-proxy)", AllowMultipleArgumentsPerToken = false,
        };
        var comments = new Option<int>("--comments-per-minute")
        {
            Description = "Comments one client may post per minute (0: no limit)",
            DefaultValueFactory = _ => 10
        };
        var workers = WorkerCommand.PaintWorkers("Paintings this server paints at once from the queue (0: none, a web server only)",
            new GalleryOptions().PaintWorkers, "half the cores");
        var timeout = WorkerCommand.JobTimeout();
        var cmd = new Command("serve", "Open the web gallery and studio")
        {
            port, host, data, db, newKey, comments, proxy, proxies, workers, timeout
        };
        cmd.SetAction(async (r, ct) =>
        {
            int p = r.GetValue(port);
            if (p is < 0 or > 65535) throw new EchoesException("--port", $"{p} is not a port (0 to 65535)");
            if (r.GetValue(comments) < 0) throw new EchoesException("--comments-per-minute", "cannot be negative");
            var options = new GalleryOptions
            {
                Port = p, Host = r.GetValue(host)!, DataDirectory = r.GetValue(data) ?? DefaultData, Database = r.GetValue(db),
                NewCuratorKey = r.GetValue(newKey), CommentsPerMinute = r.GetValue(comments), BehindProxy = r.GetValue(proxy),
                Proxies = r.GetValue(proxies) ?? [],
                PaintWorkers = WorkerCommand.Check(r.GetValue(workers) ?? new GalleryOptions().PaintWorkers, "--paint-workers"),
                JobInvisibility = TimeSpan.FromSeconds(WorkerCommand.Check(r.GetValue(timeout), "--job-timeout", min: 1)),
            };
            var output = r.InvocationConfiguration.Output;
            await using var gallery = await GalleryApp.StartAsync(options, output, ct);
            output.WriteLine("Press Ctrl+C to stop.");
            output.Flush();
            try { await Task.Delay(Timeout.Infinite, ct); }
            catch (OperationCanceledException) { /* Ctrl+C or SIGTERM: stop cleanly */ }
            output.WriteLine("Stopped.");
            return 0;
        });
        return cmd;
    }
}
