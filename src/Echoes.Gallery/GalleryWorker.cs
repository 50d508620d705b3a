using Echoes.Gallery.Data;
using Echoes.Gallery.Works;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Echoes.Gallery;

/// <summary>
/// A painting worker: no web server, only <see cref="GalleryOptions.PaintWorkers"/> painters taking jobs from the queue
/// in a shared PostgreSQL database, on any machine. Killed mid-painting, it loses nothing: the job returns to the queue
/// and another worker paints it again, to the same plan.
/// </summary>
public static class GalleryWorker
{
    /// <summary>Paints until <paramref name="ct"/> is cancelled (paintings under way then return to the queue).</summary>
    /// <param name="options">The database (required), the data folder, how many paint at once.</param>
    /// <param name="output">Where the start-up line goes.</param>
    /// <param name="ct">Stops the worker.</param>
    /// <exception cref="EchoesException">No database, a bad worker count, or PostgreSQL cannot be used.</exception>
    public static async Task RunAsync(GalleryOptions options, TextWriter output, CancellationToken ct)
    {
        if (options.Database is null) throw new EchoesException("--db",
            "a worker paints from a shared PostgreSQL database (on one machine, `echoes serve` paints by itself)");
        if (options.PaintWorkers < 1) throw new EchoesException("--paint-workers", "a worker needs at least one painter");
        string data = Path.GetFullPath(options.DataDirectory);
        Directory.CreateDirectory(data); // scratch only: the files are in the database
        var o = options with { DataDirectory = data };
        var db = Database.For(o, PostgresConnection.WorkerPoolSize);
        try
        {
            await OpenAsync(db, ct);
            var settings = new HostApplicationBuilderSettings { ApplicationName = "Echoes.Worker", ContentRootPath = data };
            var builder = Host.CreateApplicationBuilder(settings);
            builder.Logging.ClearProviders().AddSimpleConsole(c => c.SingleLine = true).SetMinimumLevel(LogLevel.Warning)
                .AddFilter("Microsoft.Hosting", LogLevel.None);
            builder.Services.AddSingleton(o).AddSingleton(db).AddSingleton(new GalleryStore(db, TimeProvider.System))
                .AddSingleton<BlobStore>(new PostgresBlobStore(db.Postgres!, TimeProvider.System, o.OrphanGrace)).AddSingleton<Workshop>();
            PaintQueue.Add(builder.Services, o);
            using var host = builder.Build();
            await host.StartAsync(ct);
            output.WriteLine($"Echoes worker: {o.PaintWorkers} painting at once from {db.Description}");
            output.Flush();
            try { await Task.Delay(Timeout.Infinite, ct); }
            catch (OperationCanceledException) { /* Ctrl+C or SIGTERM: stop cleanly */ }
            await host.StopAsync(CancellationToken.None);
        }
        finally { await db.DisposeAsync(); }
    }

    // The schema, brought up to date if this worker is the first to meet the database.
    private static async Task OpenAsync(Database db, CancellationToken ct)
    {
        try { await Migrations.ApplyAsync(db, ct); }
        catch (PostgresException e) { throw new EchoesException(db.Description, $"PostgreSQL refused: {e.MessageText}"); }
        catch (Exception e) when (e is NpgsqlException or System.Net.Sockets.SocketException or TimeoutException)
        {
            throw new EchoesException(db.Description, $"the PostgreSQL server is unreachable: {(e.InnerException ?? e).Message.TrimEnd('.')}");
        }
    }
}
