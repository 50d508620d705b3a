using Npgsql;

namespace Echoes.Tests.Gallery;

/// <summary>
/// Several real <c>echoes serve</c> and <c>echoes worker</c> processes (<see cref="GalleryProcess"/>) on one fresh
/// <see cref="TestDatabase"/>, each with its own data folder (and a server its own port), as machines behind a proxy
/// would run; every process is killed and the database dropped at the end. Without PostgreSQL the test is skipped
/// (under CI it fails instead).
/// </summary>
public sealed class GalleryCluster : IAsyncDisposable
{
    private readonly List<GalleryProcess> _servers = [];
    private readonly List<GalleryProcess> _workers = [];
    private readonly TestDatabase _database;

    private GalleryCluster(TestDatabase database) => _database = database;

    /// <summary>The shared database's connection string (what each process gets as <c>--db</c>).</summary>
    public string Database => _database.ConnectionString;

    /// <summary>The servers started so far, in order.</summary>
    public IReadOnlyList<GalleryProcess> Servers => _servers;

    /// <summary>A fresh, empty database and <paramref name="servers"/> servers started at the same moment on it,
    /// each given <paramref name="args"/> too.</summary>
    public static async Task<GalleryCluster> StartAsync(int servers, params string[] args)
    {
        TestDatabase.RequireOrSkip();
        var cluster = new GalleryCluster(await TestDatabase.CreateAsync("echoes_cluster_"));
        try { await Task.WhenAll(Enumerable.Range(0, servers).Select(_ => cluster.StartServerAsync(args))); }
        catch
        {
            await cluster.DisposeAsync();
            throw;
        }
        return cluster;
    }

    /// <summary>Starts one more server on the shared database, in a data folder of its own.</summary>
    public async Task<GalleryProcess> StartServerAsync(params string[] args)
    {
        var server = await GalleryProcess.StartAsync(TestImages.TempDir(), ["--db", Database, .. args]);
        lock (_servers) _servers.Add(server);
        return server;
    }

    /// <summary>Starts a painting worker on the shared database, in a data folder of its own (so it can reach the files
    /// only through the database), with one painter and a short job timeout, so a killed worker's job returns quickly.</summary>
    public async Task<GalleryProcess> StartWorkerAsync(int jobTimeoutSeconds = 3)
    {
        var worker = await GalleryProcess.StartWorkerAsync(TestImages.TempDir(),
            "--db", Database, "--paint-workers", "1", "--job-timeout", jobTimeoutSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture));
        lock (_workers) _workers.Add(worker);
        return worker;
    }

    /// <summary>The one curator key the servers printed between them (exactly one must have).</summary>
    public string Key => Assert.Single(_servers, s => s.Key is not null).Key!;

    /// <summary>An open connection to the shared database, to look at what the processes stored.</summary>
    public Task<NpgsqlConnection> OpenAsync() => _database.OpenAsync();

    public async ValueTask DisposeAsync()
    {
        foreach (var p in _servers.Concat(_workers))
        {
            p.Dispose();
            try { Directory.Delete(p.DataDirectory, true); } catch (IOException) { }
        }
        await _database.DisposeAsync();
    }
}
