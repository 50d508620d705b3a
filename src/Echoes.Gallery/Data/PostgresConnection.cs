using System.Net;
using Npgsql;

namespace Echoes.Gallery.Data;

/// <summary>Reads a PostgreSQL connection string in either form users have: keywords (<c>Host=…;Database=…</c>) or a
/// <c>postgres://user:password@host:port/database</c> URI.</summary>
internal static class PostgresConnection
{
    /// <summary>Connections one web server opens at most, unless the connection string says otherwise: its one listening
    /// connection and seven shared by requests, writes and its painting queue (Hangfire draws from the same pool).</summary>
    public const int MaxPoolSize = 8;

    /// <summary>Connections one <c>echoes worker</c> opens at most, unless the connection string says otherwise: its
    /// painters write briefly between seconds of painting, and the queue's polls and heartbeats are short queries.</summary>
    public const int WorkerPoolSize = 4;

    /// <summary>Statements each connection keeps prepared, unless the connection string says otherwise: the gallery asks
    /// the same few statements thousands of times a second, and an unprepared one is parsed and planned every time
    /// (a work page's read of five statements spent longer planning than running).</summary>
    public const int AutoPrepared = 64;

    /// <summary>Whether the text is meant as a PostgreSQL connection string.</summary>
    public static bool Looks(string text) =>
        text.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase) || text.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase)
        || text.Contains("host=", StringComparison.OrdinalIgnoreCase) || text.Contains("server=", StringComparison.OrdinalIgnoreCase);

    /// <exception cref="EchoesException">The text is not a usable connection string.</exception>
    public static NpgsqlConnectionStringBuilder Parse(string text, int poolSize = MaxPoolSize)
    {
        if (!Looks(text)) throw new EchoesException("--db",
            "expected a PostgreSQL connection string (Host=…;Database=…, or postgres://user:password@host/database)");
        NpgsqlConnectionStringBuilder b;
        try { b = text.Contains("://", StringComparison.Ordinal) ? FromUri(new Uri(text)) : new NpgsqlConnectionStringBuilder(text); }
        catch (Exception e) when (e is ArgumentException or UriFormatException or FormatException)
        {
            throw new EchoesException("--db", $"not a valid PostgreSQL connection string: {e.Message.TrimEnd('.')}");
        }
        if (string.IsNullOrEmpty(b.Host)) throw new EchoesException("--db", "the PostgreSQL connection string names no host");
        // An unreachable server should fail start-up quickly, not after the driver's default 15 s.
        if (!Names(text, "timeout")) b.Timeout = 5;
        // Ten servers and four workers must fit the server's default max_connections (100, three of them kept for
        // superusers): 10 × 8 + 4 × 4 = 96 (docs/deploy.md).
        if (!Names(text, "maximumpoolsize", "maxpoolsize")) b.MaxPoolSize = poolSize;
        if (!Names(text, "maxautoprepare")) b.MaxAutoPrepare = AutoPrepared;
        // Traffic to this machine never leaves it, so TLS there protects nothing and costs both sides: the driver asks
        // for it whenever the server offers it, and encrypting every round trip was an eighth of a web server's CPU.
        if (!Names(text, "sslmode") && OnThisMachine(b.Host)) b.SslMode = SslMode.Disable;
        return b;
    }

    // Whether every host named is this machine (a loopback address or localhost, in a list of hosts perhaps with a port).
    private static bool OnThisMachine(string hosts) => hosts.Split(',').All(h =>
    {
        string host = h.Trim();
        if (host.LastIndexOf(':') is int colon and > 0 && !IPAddress.TryParse(host.Trim('[', ']'), out _)) host = host[..colon];
        host = host.Trim('[', ']');
        return host.Equals("localhost", StringComparison.OrdinalIgnoreCase) || IPAddress.TryParse(host, out var a) && IPAddress.IsLoopback(a);
    });

    // Whether the connection string (either form) sets one of the keywords (lower case, without spaces) itself.
    private static bool Names(string text, params string[] keywords) =>
        text.Split(';', '?', '&').Select(p => Uri.UnescapeDataString(p.Split('=')[0]).Replace(" ", "", StringComparison.Ordinal).ToLowerInvariant())
            .Any(keywords.Contains);

    private static NpgsqlConnectionStringBuilder FromUri(Uri uri)
    {
        var b = new NpgsqlConnectionStringBuilder { Host = uri.Host, Port = uri.IsDefaultPort || uri.Port < 0 ? 5432 : uri.Port };
        if (uri.AbsolutePath.Trim('/') is { Length: > 0 } db) b.Database = Uri.UnescapeDataString(db);
        if (uri.UserInfo.Split(':', 2) is [var user, ..] info && user.Length > 0)
        {
            b.Username = Uri.UnescapeDataString(user);
            if (info.Length == 2) b.Password = Uri.UnescapeDataString(info[1]);
        }
        foreach (var pair in uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var kv = pair.Split('=', 2);
            b[Uri.UnescapeDataString(kv[0])] = kv.Length == 2 ? Uri.UnescapeDataString(kv[1]) : "";
        }
        return b;
    }
}
