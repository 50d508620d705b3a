using Echoes.Gallery.Data;
using Hangfire;
using Hangfire.InMemory;
using Hangfire.PostgreSql;
using Microsoft.Extensions.DependencyInjection;

namespace Echoes.Gallery.Works;

/// <summary>
/// The painting queue on Hangfire. On PostgreSQL its jobs live in the shared database (schema <c>hangfire</c>), so any
/// server queues and any worker, on any machine, paints; a job fetched by a worker that dies becomes visible again
/// <see cref="GalleryOptions.JobInvisibility"/> after the worker's last sign of life. On SQLite (one machine) the queue
/// is in this process's memory and the paintings table is the durable record: unfinished paintings are queued again at start.
/// Storage and client are built per gallery, not through Hangfire's global configuration, so galleries in one process stay apart.
/// </summary>
internal static class PaintQueue
{
    /// <summary>Registers the queue, the painting records and, unless <see cref="GalleryOptions.PaintWorkers"/> is 0, this
    /// process's workers (a web server's <see cref="ChangeFeed"/> hears the other processes' painting changes).</summary>
    public static void Add(IServiceCollection s, GalleryOptions o)
    {
        s.AddSingleton(sp => Storage(o, sp.GetRequiredService<Database>()))
            .AddSingleton<IBackgroundJobClient>(sp => new BackgroundJobClient(sp.GetRequiredService<JobStorage>()))
            .AddSingleton<PaintingSignals>().AddSingleton<Paintings>().AddTransient<PaintJob>();
        if (o.PaintWorkers > 0) s.AddHostedService<PaintWorkers>();
    }

    private static JobStorage Storage(GalleryOptions o, Database db)
    {
        if (db.Postgres is not { } pool) return new InMemoryStorage();
        var pg = new PostgreSqlStorageOptions
        {
            SchemaName = "hangfire", PrepareSchemaIfNecessary = true,
            InvisibilityTimeout = o.JobInvisibility, UseSlidingInvisibilityTimeout = true,
            // Workers poll (a short query a second each) rather than long-poll: a long-polling worker holds a connection
            // for as long as it waits, so connections would grow with the painters (docs/deploy.md sums the budget).
            EnableLongPolling = false, QueuePollInterval = TimeSpan.FromSeconds(1),
        };
        // The queue's connections come from the gallery's own bounded pool: each fetch, heartbeat and enqueue holds one
        // only for its short query, and a burst of them waits for one rather than opening more.
        return new PostgreSqlStorage(new SharedPoolConnections(pool), pg);
    }
}
