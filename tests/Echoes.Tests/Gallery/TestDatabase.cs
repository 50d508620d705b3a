using Npgsql;

namespace Echoes.Tests.Gallery;

/// <summary>
/// A fresh, empty database on the PostgreSQL server named by <c>ECHOES_TEST_POSTGRES</c> (set by <c>.ci/run</c>, which
/// installs and starts the server), dropped with its connections when disposed.
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    /// <summary>The variable naming the PostgreSQL server (an administrator's connection string).</summary>
    public const string Variable = "ECHOES_TEST_POSTGRES";

    private readonly string _admin;
    private readonly string _name;

    private TestDatabase(string admin, string name)
    {
        (_admin, _name) = (admin, name);
        ConnectionString = new NpgsqlConnectionStringBuilder(admin) { Database = name }.ConnectionString;
    }

    /// <summary>The database's connection string (what a server or worker gets as <c>--db</c>).</summary>
    public string ConnectionString { get; }

    /// <summary>Why no PostgreSQL server is at hand, or null when one is.</summary>
    public static string? Unavailable => Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } ? null
        : $"{Variable} is not set (.ci/run starts a PostgreSQL server and sets it)";

    /// <summary>Skips the test when no PostgreSQL server is at hand (under CI that fails instead).</summary>
    public static void RequireOrSkip()
    {
        if (Unavailable is not { } why) return;
        Assert.False(Environment.GetEnvironmentVariable("CI") is "true", $"CI must provide PostgreSQL: {why}");
        Assert.Skip(why);
    }

    /// <summary>Creates a database named <paramref name="prefix"/> and a random suffix; call only when <see cref="Unavailable"/> is null.</summary>
    public static async Task<TestDatabase> CreateAsync(string prefix)
    {
        var db = new TestDatabase(Environment.GetEnvironmentVariable(Variable)!, prefix + Guid.NewGuid().ToString("N")[..12]);
        await db.AdminAsync($"CREATE DATABASE {db._name}");
        return db;
    }

    /// <summary>An open connection to the database, to look at what the gallery stored.</summary>
    public async Task<NpgsqlConnection> OpenAsync()
    {
        var c = new NpgsqlConnection(ConnectionString);
        await c.OpenAsync();
        return c;
    }

    private async Task AdminAsync(string sql)
    {
        await using var c = new NpgsqlConnection(_admin);
        await c.OpenAsync();
        await using var cmd = new NpgsqlCommand(sql, c);
        await cmd.ExecuteNonQueryAsync();
    }

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        try
        {
            await AdminAsync($"DROP DATABASE IF EXISTS {_name} WITH (FORCE)");
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.InsufficientPrivilege)
        {
            // A role without pg_signal_backend may not end an autovacuum worker; a plain drop waits for it instead.
            await AdminAsync($"DROP DATABASE IF EXISTS {_name}");
        }
    }
}
