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

    private Database(string? sqlite, NpgsqlDataSource? postgres, string description)
    {
        (_sqlite, _postgres, Description) = (sqlite, postgres, description);
        Dialect = postgres is null ? Dialect.Sqlite : Dialect.Postgres;
    }

    public Dialect Dialect { get; }

    /// <summary>For the start-up line: the file or the server, never the password.</summary>
    public string Description { get; }

    /// <summary>Picks the engine from the options: PostgreSQL when given a connection string, else SQLite in the data folder.</summary>
    public static Database For(GalleryOptions o)
    {
        if (o.Database is not { } cs)
        {
            string file = Path.GetFullPath(Path.Combine(o.DataDirectory, "gallery.db"));
            var b = new SqliteConnectionStringBuilder { DataSource = file, Pooling = true, ForeignKeys = true, DefaultTimeout = 30, Mode = SqliteOpenMode.ReadWriteCreate };
            return new Database(b.ConnectionString, null, $"SQLite {file}");
        }
        var builder = PostgresConnection.Parse(cs);
        return new Database(null, NpgsqlDataSource.Create(builder), $"PostgreSQL {builder.Host}:{builder.Port}/{builder.Database}");
    }

    /// <summary>An open connection; SQLite connections are set to wait for the writer and sync fully on commit.</summary>
    public async Task<DbConnection> OpenAsync(CancellationToken ct = default)
    {
        if (_postgres is not null) return await _postgres.OpenConnectionAsync(ct);
        var c = new SqliteConnection(_sqlite);
        await c.OpenAsync(ct);
        using var cmd = c.CreateCommand();
        // synchronous=FULL: a comment the server has acknowledged survives a crash of the machine, not only of the process.
        cmd.CommandText = "PRAGMA synchronous=FULL; PRAGMA busy_timeout=30000;";
        await cmd.ExecuteNonQueryAsync(ct);
        return c;
    }

    public async ValueTask DisposeAsync()
    {
        if (_postgres is not null) await _postgres.DisposeAsync();
        else SqliteConnection.ClearAllPools();
    }
}
