using System.Security.Cryptography;
using System.Text.Json;
using System.Threading.RateLimiting;
using Dapper;
using Echoes.Gallery.Data;
using Echoes.Gallery.Web;
using Hangfire;

namespace Echoes.Gallery.Works;

/// <summary>
/// The paintings asked for, in the database, and the job queue that paints them: a painting is recorded (its source
/// stored, its form's fields kept as a recipe) and a job naming only its id is queued; whichever worker takes the job
/// reads the request back, stores the strokes in fixed batches as they land and records the result. Every change is
/// announced on <see cref="Channel"/> (PostgreSQL) and to this process's <see cref="PaintingSignals"/>.
/// </summary>
internal sealed class Paintings(Database db, GalleryStore store, BlobStore blobs, PaintingSignals signals, IBackgroundJobClient jobs,
    GalleryOptions options)
{
    /// <summary>The PostgreSQL notification channel; payload <c>id:placed</c>.</summary>
    public const string Channel = "echoes_paintings";

    /// <summary>Strokes per stored batch: fixed, so a painting painted again writes the very same rows.</summary>
    public const int Batch = 32;

    private const string Columns = "id, studio_id, work_id, source_file, source_field, recipe, status, error, placed, canvas, plan_file, " +
        "hung_work, created, touched";

    /// <summary>Paintings one server queues at once. Queueing stores the upload (a transaction of several 256 KB rows)
    /// and two rows, each on one of the server's few pooled connections: a burst of uploads waits here, in order, rather
    /// than for the pool, so it never takes the connections pages and comments need, nor times out waiting for them.</summary>
    public const int QueueingSlots = 2;

    /// <summary>Uploads that may wait for a slot; more are refused with 503 and <c>Retry-After</c>.</summary>
    public const int QueueingWaiting = 200;

    private readonly ConcurrencyLimiter _queueing = new(new ConcurrencyLimiterOptions
    {
        PermitLimit = QueueingSlots, QueueLimit = QueueingWaiting, QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
    });

    private static long Now => DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();

    /// <summary>Records a work as queued in the exhibition and queues its painting.</summary>
    public async Task<Work> QueueWorkAsync(long exhibitionId, PaintRequest r, Dictionary<string, string> recipe)
    {
        using var slot = await SlotAsync();
        string source = await blobs.PutAsync(r.Source.Data, r.Source.Extension);
        var work = await store.CreateWorkAsync(new Work
        {
            ExhibitionId = exhibitionId, Title = r.Title, Statement = r.Statement, Style = r.Options.Style, SourceKind = r.Source.Kind,
            SourceFile = source, Status = "queued",
        });
        try { await QueueAsync(r, source, recipe, work.Id, null); }
        catch (System.Data.Common.DbException)
        {
            // The work is recorded but its painting is not: say so on the work rather than leave it queued for ever.
            await store.SetWorkStatusAsync(work.Id, "failed", "the gallery was busy; send the painting again");
            throw;
        }
        return work;
    }

    /// <summary>Queues a studio painting and returns its studio id.</summary>
    public async Task<string> QueueStudioAsync(PaintRequest r, Dictionary<string, string> recipe)
    {
        string studioId = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(12));
        using var slot = await SlotAsync();
        await QueueAsync(r, await blobs.PutAsync(r.Source.Data, r.Source.Extension), recipe, null, studioId);
        return studioId;
    }

    private async Task<RateLimitLease> SlotAsync()
    {
        var lease = await _queueing.AcquireAsync();
        if (lease.IsAcquired) return lease;
        lease.Dispose();
        throw new GalleryError(503, "the gallery is busy queueing paintings; send the painting again in a few seconds");
    }

    // The source is stored first (by the caller), then the painting's row, then its job.
    private async Task QueueAsync(PaintRequest r, string source, Dictionary<string, string> recipe, long? workId, string? studioId)
    {
        var row = new
        {
            studioId, workId, source, field = PaintRequest.SourceField(r.Source),
            recipe = JsonSerializer.Serialize(recipe), now = Now,
        };
        long id = await db.WriteAsync((c, tx) => c.ExecuteScalarAsync<long>("""
            INSERT INTO paintings (studio_id, work_id, source_file, source_field, recipe, status, created, touched)
            VALUES (@studioId, @workId, @source, @field, @recipe, 'queued', @now, @now) RETURNING id
            """, row, tx));
        try { Enqueue(id); }
        catch (BackgroundJobClientException)
        {
            // Recorded but not queued: say so on the work rather than leave it waiting for ever.
            const string busy = "the painting queue could not be reached; send the painting again";
            await SetStatusAsync(new QueuedPainting { Id = id, WorkId = workId }, "failed", busy);
            throw new GalleryError(503, busy);
        }
    }

    /// <summary>Queues the job that paints <paramref name="id"/>: its one argument is the id.</summary>
    public void Enqueue(long id) => jobs.Enqueue<PaintJob>(j => j.RunAsync(id, CancellationToken.None));

    public Task<QueuedPainting?> GetAsync(long id) => OneAsync($"SELECT {Columns} FROM paintings WHERE id = @id", new { id });

    public Task<QueuedPainting?> StudioAsync(string studioId) =>
        OneAsync($"SELECT {Columns} FROM paintings WHERE studio_id = @studioId", new { studioId });

    public Task<QueuedPainting?> ForWorkAsync(long workId) => OneAsync($"SELECT {Columns} FROM paintings WHERE work_id = @workId", new { workId });

    private async Task<QueuedPainting?> OneAsync(string sql, object args)
    {
        await using var c = await db.OpenAsync();
        return await c.QuerySingleOrDefaultAsync<QueuedPainting>(sql, args);
    }

    /// <summary>Studio paintings still waiting or painting; and forgets finished ones older than <paramref name="keep"/>.</summary>
    public async Task<long> OpenStudioPaintingsAsync(TimeSpan keep)
    {
        long before = Now - (long)keep.TotalMilliseconds;
        await db.WriteAsync((c, tx) => c.ExecuteAsync("""
            DELETE FROM paintings WHERE studio_id IS NOT NULL AND status IN ('done', 'failed') AND touched < @before
            """, new { before }, tx));
        await using var c = await db.OpenAsync();
        return await c.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM paintings WHERE studio_id IS NOT NULL AND status IN ('queued', 'painting')");
    }

    /// <summary>Paintings not finished (on SQLite the queue lives in memory: these are queued again at start-up).</summary>
    public async Task<IReadOnlyList<long>> UnfinishedAsync()
    {
        await using var c = await db.OpenAsync();
        return [.. await c.QueryAsync<long>("SELECT id FROM paintings WHERE status IN ('queued', 'painting') ORDER BY id")];
    }

    /// <summary>The request as it was asked for, read back from its recipe and stored source.</summary>
    public async Task<PaintRequest> RequestAsync(QueuedPainting p) => PaintRequest.Rebuild(
        JsonSerializer.Deserialize<Dictionary<string, string>>(p.Recipe) ?? [], p.SourceField, await ReadAsync(p.SourceFile), options);

    /// <summary>A stored file's bytes.</summary>
    public async Task<byte[]> ReadAsync(string name) => await blobs.ReadAllAsync(name)
        ?? throw new EchoesException(nameof(QueuedPainting.SourceFile), $"\"{name}\" is missing from the gallery's store");

    /// <summary>Marks the painting (and its work) <c>painting</c> or <c>failed</c>.</summary>
    public async Task SetStatusAsync(QueuedPainting p, string status, string error)
    {
        await ChangeAsync(p.Id, "UPDATE paintings SET status = @status, error = @error, touched = @now WHERE id = @id AND status <> 'done'",
            new { id = p.Id, status, error, now = Now });
        if (p.WorkId is long w) await store.SetWorkStatusAsync(w, status, error);
    }

    /// <summary>Records the finished painting: its plan's stored file, and its canvas if no stroke gave it.</summary>
    public Task FinishAsync(QueuedPainting p, string planFile, string canvas) => ChangeAsync(p.Id, """
        UPDATE paintings SET status = 'done', error = '', plan_file = @planFile, touched = @now,
            canvas = CASE WHEN canvas = '' THEN @canvas ELSE canvas END
        WHERE id = @id
        """, new { id = p.Id, planFile, canvas, now = Now });

    public Task SetHungAsync(long id, long workId) => ChangeAsync(id, "UPDATE paintings SET hung_work = @workId WHERE id = @id", new { id, workId });

    /// <summary>Stores a batch of strokes (a JSON array) starting at stroke <paramref name="first"/>; a batch already there is kept.</summary>
    public Task AppendAsync(long id, int first, int count, string strokes, string canvas) => ChangeAsync(id, """
        INSERT INTO painting_strokes (painting_id, first_stroke, count, strokes) VALUES (@id, @first, @count, @strokes)
        ON CONFLICT (painting_id, first_stroke) DO NOTHING;
        UPDATE paintings SET placed = CASE WHEN placed < @placed THEN @placed ELSE placed END, canvas = @canvas, touched = @now WHERE id = @id;
        """, new { id, first, count, strokes, canvas, placed = first + count, now = Now });

    /// <summary>Up to <paramref name="max"/> stored strokes from stroke <paramref name="from"/> on, each as its JSON.</summary>
    public async Task<List<JsonElement>> StrokesAsync(long id, int from, int max)
    {
        await using var c = await db.OpenAsync();
        var rows = await c.QueryAsync<(long First, string Strokes)>("""
            SELECT first_stroke, strokes FROM painting_strokes WHERE painting_id = @id AND first_stroke + count > @from
            ORDER BY first_stroke LIMIT @rows
            """, new { id, from, rows = max / Batch + 2 });
        var strokes = new List<JsonElement>(max);
        foreach (var (first, json) in rows)
        {
            using var doc = JsonDocument.Parse(json);
            strokes.AddRange(doc.RootElement.EnumerateArray().Skip((int)Math.Max(0, from - first)).Select(e => e.Clone()));
            if (strokes.Count >= max) break;
        }
        return strokes.Count > max ? strokes[..max] : strokes;
    }

    // A change to one painting, announced to every server (PostgreSQL, delivered at commit) and to this process.
    private async Task ChangeAsync(long id, string sql, object args)
    {
        await db.WriteAsync(async (c, tx) =>
        {
            int n = await c.ExecuteAsync(sql, args, tx);
            if (db.Dialect == Dialect.Postgres)
            {
                string payload = id.ToString(System.Globalization.CultureInfo.InvariantCulture);
                await c.ExecuteAsync($"SELECT pg_notify('{Channel}', @payload)", new { payload }, tx);
            }
            return n;
        });
        signals.Signal(id);
    }
}
