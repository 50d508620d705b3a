using System.Data.Common;
using Dapper;

namespace Echoes.Gallery.Data;

/// <summary>
/// The schema, as numbered steps applied in order at start-up (each in its own transaction, recorded in
/// <c>schema_version</c>). The same SQL serves SQLite and PostgreSQL; only the identity column is spelt differently.
/// </summary>
internal static class Migrations
{
    private static readonly string[] Steps =
    [
        """
        CREATE TABLE curator (id INTEGER PRIMARY KEY, key_hash TEXT NOT NULL, created BIGINT NOT NULL);
        CREATE TABLE exhibitions (id {ID}, title TEXT NOT NULL, statement TEXT NOT NULL, created BIGINT NOT NULL);
        CREATE TABLE works (id {ID}, exhibition_id BIGINT NOT NULL REFERENCES exhibitions(id) ON DELETE CASCADE,
            title TEXT NOT NULL, statement TEXT NOT NULL, style TEXT NOT NULL, mood TEXT NOT NULL, strokes INTEGER NOT NULL,
            width INTEGER NOT NULL, height INTEGER NOT NULL, source_kind TEXT NOT NULL, source_file TEXT NOT NULL,
            plan_file TEXT NOT NULL, image_file TEXT NOT NULL, thumb_file TEXT NOT NULL, created BIGINT NOT NULL);
        CREATE INDEX works_exhibition ON works (exhibition_id);
        CREATE TABLE comments (id {ID}, work_id BIGINT NOT NULL REFERENCES works(id) ON DELETE CASCADE,
            parent_id BIGINT REFERENCES comments(id) ON DELETE CASCADE, name TEXT NOT NULL, text TEXT NOT NULL,
            hidden INTEGER NOT NULL DEFAULT 0, client TEXT NOT NULL, created BIGINT NOT NULL);
        CREATE INDEX comments_work ON comments (work_id);
        CREATE TABLE responses (work_id BIGINT NOT NULL REFERENCES works(id) ON DELETE CASCADE, client TEXT NOT NULL,
            mood TEXT NOT NULL, created BIGINT NOT NULL, PRIMARY KEY (work_id, client));
        """,
        // Discussions are read a page of threads at a time: top-level comments by time, then replies by parent.
        """
        CREATE INDEX comments_threads ON comments (work_id, parent_id, created, id);
        CREATE INDEX comments_parent ON comments (parent_id);
        """,
        // Signed-in browsers, so that signing out (or a new key) ends a cookie on the server, not only in the browser.
        """
        CREATE TABLE curator_sessions (id_hash TEXT PRIMARY KEY, expires BIGINT NOT NULL);
        """,
        // Several servers on one database: files by content in chunks, renders, cookie keys, rate-limit windows, and the
        // write counter whose values announce changes to the other servers' caches. Chunks are stored uncompressed:
        // PNG, JPEG and plans barely compress, and TOAST would only spend CPU trying.
        $"""
        {PostgresOnly}
        CREATE TABLE blobs (name TEXT PRIMARY KEY, bytes BIGINT NOT NULL, touched BIGINT NOT NULL);
        CREATE INDEX blobs_touched ON blobs (touched);
        CREATE TABLE blob_chunks (name TEXT NOT NULL REFERENCES blobs(name) ON DELETE CASCADE, n INTEGER NOT NULL,
            data BYTEA NOT NULL, PRIMARY KEY (name, n));
        ALTER TABLE blob_chunks ALTER COLUMN data SET STORAGE EXTERNAL;
        CREATE TABLE renders (name TEXT PRIMARY KEY, blob TEXT NOT NULL, bytes BIGINT NOT NULL, last_use BIGINT NOT NULL);
        CREATE INDEX renders_blob ON renders (blob);
        CREATE INDEX works_source_file ON works (source_file);
        CREATE INDEX works_plan_file ON works (plan_file);
        CREATE INDEX works_image_file ON works (image_file);
        CREATE INDEX works_thumb_file ON works (thumb_file);
        CREATE TABLE data_protection_keys (name TEXT PRIMARY KEY, xml TEXT NOT NULL);
        CREATE TABLE rate_windows (bucket TEXT NOT NULL, window_start BIGINT NOT NULL, hits INTEGER NOT NULL,
            PRIMARY KEY (bucket, window_start));
        CREATE SEQUENCE gallery_writes;
        """,
        // Paintings are jobs: a work is recorded when asked for (queued) and painted by any worker; studio paintings
        // live here too, so any server can follow them and they outlive a restart. Strokes land in fixed batches, so a
        // painting started again after its worker died writes the same rows.
        """
        ALTER TABLE works ADD COLUMN status TEXT NOT NULL DEFAULT 'done';
        ALTER TABLE works ADD COLUMN error TEXT NOT NULL DEFAULT '';
        CREATE TABLE paintings (id {ID}, studio_id TEXT UNIQUE, work_id BIGINT REFERENCES works(id) ON DELETE CASCADE,
            source_file TEXT NOT NULL, source_field TEXT NOT NULL, recipe TEXT NOT NULL, status TEXT NOT NULL,
            error TEXT NOT NULL DEFAULT '', placed INTEGER NOT NULL DEFAULT 0, canvas TEXT NOT NULL DEFAULT '',
            plan_file TEXT NOT NULL DEFAULT '', hung_work BIGINT, created BIGINT NOT NULL, touched BIGINT NOT NULL);
        CREATE INDEX paintings_work ON paintings (work_id);
        CREATE INDEX paintings_source_file ON paintings (source_file);
        CREATE INDEX paintings_plan_file ON paintings (plan_file);
        CREATE TABLE painting_strokes (painting_id BIGINT NOT NULL REFERENCES paintings(id) ON DELETE CASCADE,
            first_stroke INTEGER NOT NULL, count INTEGER NOT NULL, strokes TEXT NOT NULL, PRIMARY KEY (painting_id, first_stroke));
        """,
        // Each work's time-lapse, made by a job once the work is hung (or on demand for works hung before): its state and
        // its stored files (WebM, MP4 and the poster frame), which go with the work.
        """
        CREATE TABLE timelapses (work_id BIGINT PRIMARY KEY REFERENCES works(id) ON DELETE CASCADE, status TEXT NOT NULL,
            error TEXT NOT NULL DEFAULT '', webm_file TEXT NOT NULL DEFAULT '', mp4_file TEXT NOT NULL DEFAULT '',
            poster_file TEXT NOT NULL DEFAULT '', width INTEGER NOT NULL DEFAULT 0, height INTEGER NOT NULL DEFAULT 0,
            touched BIGINT NOT NULL);
        CREATE INDEX timelapses_status ON timelapses (status);
        """,
        // A page of a work's discussion reads its 20 newest threads in index order (an IS NULL test does not let the
        // planner use the old index's order, so it sorted every top-level comment of the work), and their replies by
        // an index the planner prefers to scanning every comment of the gallery: a busy work's page 1.8 → 0.3 ms.
        """
        CREATE INDEX comments_roots ON comments (work_id, created, id) WHERE parent_id IS NULL;
        CREATE INDEX comments_replies ON comments (parent_id) WHERE parent_id IS NOT NULL;
        DROP INDEX comments_threads;
        DROP INDEX comments_parent;
        """,
    ];

    // Marks a step that only a shared PostgreSQL database needs (a single machine keeps files and keys in its folder):
    // SQLite records the version and runs nothing.
    private const string PostgresOnly = "-- PostgreSQL only";

    /// <summary>The PostgreSQL advisory lock held while anyone changes the schema (ours or the job queue's).</summary>
    internal const long SchemaLock = 7265636;

    /// <summary>The schema version this build expects.</summary>
    public static int Latest => Steps.Length;

    /// <summary>Brings the database up to <see cref="Latest"/>; safe when several servers start at once on PostgreSQL.</summary>
    /// <exception cref="EchoesException">The database was made by a newer Echoes.</exception>
    public static async Task ApplyAsync(Database db, CancellationToken ct = default)
    {
        await using var c = await db.OpenAsync(ct);
        if (db.Dialect == Dialect.Sqlite) await c.ExecuteAsync("PRAGMA journal_mode=WAL;");
        await using var tx = await c.BeginTransactionAsync(ct);
        // The lock comes before any DDL: two servers creating the same table at once collide in PostgreSQL's catalog
        // (pg_type's unique index) even with IF NOT EXISTS.
        if (db.Dialect == Dialect.Postgres) await c.ExecuteAsync($"SELECT pg_advisory_xact_lock({SchemaLock})", transaction: tx);
        await c.ExecuteAsync("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)", transaction: tx);
        int current = await c.ExecuteScalarAsync<int?>("SELECT MAX(version) FROM schema_version", transaction: tx) ?? 0;
        if (current > Latest) throw new EchoesException(db.Description,
            $"the database has schema version {current}, newer than this Echoes knows ({Latest}); upgrade Echoes");
        for (int v = current + 1; v <= Latest; v++)
        {
            if (db.Dialect == Dialect.Postgres || !Steps[v - 1].StartsWith(PostgresOnly, StringComparison.Ordinal))
                await c.ExecuteAsync(Sql(Steps[v - 1], db.Dialect), transaction: tx);
            await c.ExecuteAsync("INSERT INTO schema_version (version) VALUES (@v)", new { v }, tx);
        }
        await tx.CommitAsync(ct);
    }

    private static string Sql(string step, Dialect d) => step.Replace("{ID}", d == Dialect.Sqlite
        ? "INTEGER PRIMARY KEY AUTOINCREMENT" : "BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY", StringComparison.Ordinal);
}
