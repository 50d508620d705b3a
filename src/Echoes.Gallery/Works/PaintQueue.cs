using Echoes.Gallery.Data;
using Hangfire;
using Hangfire.InMemory;
using Hangfire.PostgreSql;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

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
            .AddSingleton<PaintingSignals>().AddSingleton<Paintings>().AddTransient<PaintJob>()
            .AddSingleton<Timelapses>().AddTransient<TimelapseJob>().AddSingleton<PaintingPreviews>();
        if (o.PaintWorkers > 0) s.AddHostedService<PaintWorkers>();
    }

    private static JobStorage Storage(GalleryOptions o, Database db)
    {
        if (db.Postgres is not { } pool) return new InMemoryStorage();
        InstallSchema(pool);
        var pg = new PostgreSqlStorageOptions
        {
            SchemaName = "hangfire", PrepareSchemaIfNecessary = false,
            InvisibilityTimeout = o.JobInvisibility, UseSlidingInvisibilityTimeout = true,
            // Workers poll (a short query a second each) rather than long-poll: a long-polling worker holds a connection
            // for as long as it waits, so connections would grow with the painters (docs/deploy.md sums the budget).
            EnableLongPolling = false, QueuePollInterval = TimeSpan.FromSeconds(1),
        };
        // The queue's connections come from the gallery's own bounded pool: each fetch, heartbeat and enqueue holds one
        // only for its short query, and a burst of them waits for one rather than opening more.
        return new PostgreSqlStorage(new SharedPoolConnections(pool), pg);
    }

    // Hangfire's installer takes no lock: servers starting together on an empty database would collide in the catalog,
    // so it runs under the lock the gallery's own migrations hold.
    private static void InstallSchema(NpgsqlDataSource pool)
    {
        using var c = pool.OpenConnection();
        using (var lockIt = new NpgsqlCommand($"SELECT pg_advisory_lock({Migrations.SchemaLock})", c)) lockIt.ExecuteNonQuery();
        try { PostgreSqlObjectsInstaller.Install(c, "hangfire"); }
        finally
        {
            using var unlock = new NpgsqlCommand($"SELECT pg_advisory_unlock({Migrations.SchemaLock})", c);
            unlock.ExecuteNonQuery();
        }
    }
}
