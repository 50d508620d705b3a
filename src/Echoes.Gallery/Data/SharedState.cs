using Dapper;
using Echoes.Gallery.Auth;
using Echoes.Gallery.Works;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.Extensions.DependencyInjection;

namespace Echoes.Gallery.Data;

/// <summary>
/// Where a gallery keeps what is not rows: files, renders and cookie keys. A single machine (SQLite) keeps them in its
/// data folder; on PostgreSQL everything lives in the database, so any number of servers may serve one gallery, and a
/// <see cref="ChangeFeed"/> keeps each server's cache coherent with the others' writes.
/// </summary>
internal static class SharedState
{
    // Serialises the creation of the cookie keys when several servers start at once.
    private const long KeyRingLock = 7265637;

    /// <summary>Registers the blob store, the render cache, the Data Protection keys and (PostgreSQL) the change feed.</summary>
    public static void Add(IServiceCollection s, GalleryOptions o, Database db, GalleryStore store)
    {
        string files = Path.Combine(o.DataDirectory, "files");
        var protection = s.AddDataProtection().SetApplicationName("Echoes.Gallery");
        if (db.Postgres is not { } pg)
        {
            s.AddSingleton<BlobStore>(new FolderBlobStore(files))
                .AddSingleton<RenderCache>(_ => new FolderRenderCache(Path.Combine(files, "renders"), o.RenderCacheBytes));
            protection.PersistKeysToFileSystem(new DirectoryInfo(Path.Combine(o.DataDirectory, "keys")));
            return;
        }
        var blobs = new PostgresBlobStore(pg, TimeProvider.System, o.OrphanGrace);
        s.AddSingleton<BlobStore>(blobs)
            .AddSingleton<RenderCache>(new PostgresRenderCache(pg, blobs, Path.Combine(files, "renders"), o.RenderCacheBytes, TimeProvider.System))
            .AddSingleton(sp => new ChangeFeed(pg, store.Cache, sp.GetRequiredService<PaintingSignals>()))
            .Configure<KeyManagementOptions>(k => k.XmlRepository = new DatabaseKeyRepository(pg));
    }

    /// <summary>Middleware for a shared database: visitors see their own writes whichever server answers them.</summary>
    public static void Use(WebApplication app, Database db, GalleryStore store)
    {
        if (db.Postgres is not null) app.Use(ReadYourWrites.Middleware(store.Cache));
    }

    /// <summary>
    /// Before a server on PostgreSQL listens: the cookie keys loaded, or made by the first server to get there (the
    /// others wait for it and load its key, so no cookie is made with a key the others lack), and the change feed
    /// listening (a few seconds at most; until then the cache expires entries quickly).
    /// </summary>
    public static async Task StartAsync(IServiceProvider services, Database db, CancellationToken ct)
    {
        if (db.Postgres is not { } pg) return;
        await using (var c = await pg.OpenConnectionAsync(ct))
        {
            await c.ExecuteAsync("SELECT pg_advisory_lock(@KeyRingLock)", new { KeyRingLock });
            // Protecting anything makes the framework load its key ring now, creating and storing a key if there is none.
            try { services.GetRequiredService<IDataProtectionProvider>().CreateProtector("Echoes.Gallery.Start").Protect("key ring"); }
            finally { await c.ExecuteAsync("SELECT pg_advisory_unlock(@KeyRingLock)", new { KeyRingLock }); }
        }
        try { await services.GetRequiredService<ChangeFeed>().Listening.WaitAsync(TimeSpan.FromSeconds(5), ct); }
        catch (TimeoutException) { } // the feed keeps trying in the background
    }
}
