using Echoes.Gallery.Data;
using Hangfire;
using Hangfire.InMemory;
using Hangfire.PostgreSql;
using Hangfire.PostgreSql.Factories;
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
        s.AddSingleton(_ => Storage(o)).AddSingleton<IBackgroundJobClient>(sp => new BackgroundJobClient(sp.GetRequiredService<JobStorage>()))
            .AddSingleton<PaintingSignals>().AddSingleton<Paintings>().AddTransient<PaintJob>();
        if (o.PaintWorkers > 0) s.AddHostedService<PaintWorkers>();
    }

    private static JobStorage Storage(GalleryOptions o)
    {
        if (o.Database is not { } cs) return new InMemoryStorage();
        var pg = new PostgreSqlStorageOptions
        {
            SchemaName = "hangfire", PrepareSchemaIfNecessary = true,
            InvisibilityTimeout = o.JobInvisibility, UseSlidingInvisibilityTimeout = true,
            // Workers hear of new jobs through LISTEN/NOTIFY; the poll is only the fallback.
            EnableLongPolling = true, QueuePollInterval = TimeSpan.FromSeconds(5),
        };
        var builder = PostgresConnection.Parse(cs);
        // Each worker's fetch, the storage's own processes (heartbeats, expiry, the long-polling listener) and the enqueues of
        // a burst of requests; idle connections are closed after a while, and a burst waits for one rather than failing.
        builder.MaxPoolSize = o.PaintWorkers + 12;
        builder.Timeout = 30;
        return new PostgreSqlStorage(new NpgsqlConnectionFactory(builder.ConnectionString, pg), pg);
    }
}
