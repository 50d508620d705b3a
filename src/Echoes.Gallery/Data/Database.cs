using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Echoes.Gallery.Data;

/// <summary>Which SQL engine holds the gallery: one schema, a few words differ.</summary>
internal enum Dialect
{
    Sqlite,
    Postgres,
}

/// <summary>
/// The gallery's database: a SQLite file in the data folder (nothing to install; WAL, full sync, foreign keys) or a
/// PostgreSQL server given by a connection string. Every query goes through Dapper with parameters.
/// </summary>
internal sealed class Database : IAsyncDisposable
{
    private readonly string? _sqlite;
    private readonly NpgsqlDataSource? _postgres;
    // Writes go through one queue that commits them in groups: SQLite takes one writer at a time (and makes others spin
    // in a blocking busy loop), and on either engine one commit then pays one fsync for many comments.
    private readonly WriteQueue _writes;

    private Database(string? sqlite, NpgsqlDataSource? postgres, string description)
    {
        (_sqlite, _postgres, Description) = (sqlite, postgres, description);
        Dialect = postgres is null ? Dialect.Sqlite : Dialect.Postgres;
        // Kept reads expire on PostgreSQL while the change feed is not heard (other servers' writes may be missed).
        Cache = new ReadCache(postgres is null ? null : 2000);
        _writes = new WriteQueue(OpenForWriteAsync, postgres is null ? null : ChangeFeed.AnnounceAsync, Cache.Changed);
    }

    /// <summary>What pages read, kept; each committed batch of writes invalidates what it changed here (other servers
    /// hear it through the <see cref="ChangeFeed"/>).</summary>
    public ReadCache Cache { get; }

    public Dialect Dialect { get; }

    /// <summary>The PostgreSQL server's connections (pooled), or null on SQLite.</summary>
    public NpgsqlDataSource? Postgres => _postgres;

    /// <summary>For the start-up line: the file or the server, never the password.</summary>
    public string Description { get; }

    /// <summary>Picks the engine from the options: PostgreSQL (with at most <paramref name="poolSize"/> connections unless the
    /// connection string says otherwise) when given a connection string, else SQLite in the data folder.</summary>
    public static Database For(GalleryOptions o, int poolSize = PostgresConnection.MaxPoolSize)
    {
        if (o.Database is not { } cs)
        {
            string file = Path.GetFullPath(Path.Combine(o.DataDirectory, "gallery.db"));
            var b = new SqliteConnectionStringBuilder
            {
                DataSource = file, Pooling = true, DefaultTimeout = 30,
                Mode = SqliteOpenMode.ReadWriteCreate
            };
            return new Database(b.ConnectionString, null, $"SQLite {file}");
        }
        var builder = PostgresConnection.Parse(cs, poolSize);
        return new Database(null, NpgsqlDataSource.Create(builder), $"PostgreSQL {builder.Host}:{builder.Port}/{builder.Database}");
    }

    /// <summary>An open connection for reading (WAL readers never wait for the writer).</summary>
    public async Task<DbConnection> OpenAsync(CancellationToken ct = default)
    {
        if (_postgres is not null) return await _postgres.OpenConnectionAsync(ct);
        var c = new SqliteConnection(_sqlite);
        await c.OpenAsync(ct);
        return c;
    }

    /// <summary>Runs a write, queued and committed with others; the task ends once it is durable.</summary>
    public async Task<T> WriteAsync<T>(Func<DbConnection, DbTransaction?, Task<T>> write) => (await _writes.Enqueue(null, write)).Result;

    /// <summary>Runs a write that changes what pages under <paramref name="tag"/> show, queued and committed with others; on
    /// PostgreSQL it is announced to every server (<see cref="ChangeFeed"/>) together with the writes committed beside it,
    /// and the task gives the number they were announced under (0 on SQLite).</summary>
    public Task<(T Result, long Version)> WriteAsync<T>(string tag, Func<DbConnection, DbTransaction?, Task<T>> write) =>
        _writes.Enqueue(tag, write);

    private async Task<DbConnection> OpenForWriteAsync(CancellationToken ct)
    {
        var c = await OpenAsync(ct);
        if (Dialect == Dialect.Sqlite)
        {
            await using var cmd = c.CreateCommand();
            // FULL: what the server has acknowledged survives a crash of the machine, not only of the process.
            // Foreign keys (cascading deletes) matter only to writes, so readers skip the pragma.
            cmd.CommandText = "PRAGMA synchronous=FULL; PRAGMA foreign_keys=ON;";
            await cmd.ExecuteNonQueryAsync(ct);
        }
        return c;
    }

    public async ValueTask DisposeAsync()
    {
        await _writes.DisposeAsync();
        if (_postgres is not null) await _postgres.DisposeAsync();
        else SqliteConnection.ClearAllPools();
    }
}
