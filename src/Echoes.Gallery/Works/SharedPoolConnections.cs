using Hangfire.PostgreSql;
using Npgsql;

namespace Echoes.Gallery.Works;

/// <summary>Hangfire's connections taken from the gallery's own pool (<see cref="NpgsqlDataSource"/>), so the painting
/// queue adds no connections of its own to a process's budget; Hangfire opens each and disposes it back to the pool.</summary>
internal sealed class SharedPoolConnections(NpgsqlDataSource pool) : IConnectionFactory
{
    public NpgsqlConnection GetOrCreateConnection() => pool.CreateConnection();
}
