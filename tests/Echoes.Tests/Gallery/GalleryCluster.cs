using Npgsql;

namespace Echoes.Tests.Gallery;

/// <summary>
/// Several real <c>echoes serve</c> processes (<see cref="GalleryProcess"/>) on one fresh database of the PostgreSQL
/// server named by <c>ECHOES_TEST_POSTGRES</c>, each with its own data folder and port, as machines behind a proxy
/// would run; every process is killed and the database dropped at the end. Without the variable the test is skipped
/// (under CI it fails instead).
/// </summary>
public sealed class GalleryCluster : IAsyncDisposable
{
    private readonly List<GalleryProcess> _servers = [];
    private readonly string _admin;
    private readonly string _name;

    private GalleryCluster(string admin, string name)
    {
        (_admin, _name) = (admin, name);
        Database = new NpgsqlConnectionStringBuilder(admin) { Database = name }.ConnectionString;
    }

    /// <summary>The shared database's connection string (what each server gets as <c>--db</c>).</summary>
    public string Database { get; }

    /// <summary>The servers started so far, in order.</summary>
    public IReadOnlyList<GalleryProcess> Servers => _servers;

    /// <summary>A fresh, empty database and <paramref name="servers"/> servers started at the same moment on it,
    /// each given <paramref name="args"/> too.</summary>
    public static async Task<GalleryCluster> StartAsync(int servers, params string[] args)
    {
        string admin = Environment.GetEnvironmentVariable(GalleryServer.PostgresVariable) ?? "";
        if (admin.Length == 0)
        {
            Assert.False(Environment.GetEnvironmentVariable("CI") is "true", $"CI must provide PostgreSQL ({GalleryServer.PostgresVariable})");
            Assert.Skip($"{GalleryServer.PostgresVariable} is not set (.ci/run starts a PostgreSQL server and sets it)");
        }
        var cluster = new GalleryCluster(admin, "echoes_cluster_" + Guid.NewGuid().ToString("N")[..12]);
        await using (var c = new NpgsqlConnection(admin))
        {
            await c.OpenAsync();
            await using var cmd = new NpgsqlCommand($"CREATE DATABASE {cluster._name}", c);
            await cmd.ExecuteNonQueryAsync();
        }
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

    /// <summary>The one curator key the servers printed between them (exactly one must have).</summary>
    public string Key => Assert.Single(_servers, s => s.Key is not null).Key!;

    /// <summary>An open connection to the shared database, to look at what the servers stored.</summary>
    public async Task<NpgsqlConnection> OpenAsync()
    {
        var c = new NpgsqlConnection(Database);
        await c.OpenAsync();
        return c;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var s in _servers)
        {
            s.Dispose();
            try { Directory.Delete(s.DataDirectory, true); } catch (IOException) { }
        }
        NpgsqlConnection.ClearAllPools();
        await using var c = new NpgsqlConnection(_admin);
        await c.OpenAsync();
        await using var cmd = new NpgsqlCommand($"DROP DATABASE IF EXISTS {_name} WITH (FORCE)", c);
        await cmd.ExecuteNonQueryAsync();
    }
}
