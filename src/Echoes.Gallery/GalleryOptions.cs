namespace Echoes.Gallery;

/// <summary>How a gallery is served and stored, with its limits. Every limit is documented in the README.</summary>
public sealed record GalleryOptions
{
    /// <summary>TCP port; 0 picks a free one.</summary>
    public int Port { get; init; } = 5000;

    /// <summary>Address to bind: loopback unless told otherwise.</summary>
    public string Host { get; init; } = "127.0.0.1";

    /// <summary>Folder for the SQLite database, the content-addressed files and the cookie keys; with <see cref="Database"/>
    /// all of those live in the database and the folder holds only scratch.</summary>
    public string DataDirectory { get; init; } = "echoes-gallery";

    /// <summary>A PostgreSQL connection string (keywords or a postgres:// URI); null uses SQLite in the data folder.</summary>
    public string? Database { get; init; }

    /// <summary>Largest upload (image or scene), bytes.</summary>
    public long MaxUploadBytes { get; init; } = 20 * 1024 * 1024;

    /// <summary>Largest uploaded image, width × height.</summary>
    public long MaxImagePixels { get; init; } = 40_000_000;

    /// <summary>Comments one client may post per minute; 0 turns the limit off (load tests).</summary>
    public int CommentsPerMinute { get; init; } = 10;

    /// <summary>Mood responses one client may send per minute; 0 turns the limit off.</summary>
    public int ResponsesPerMinute { get; init; } = 30;

    /// <summary>Paintings made at once; more wait their turn so pages stay fast.</summary>
    public int ConcurrentPaintings { get; init; } = Math.Max(1, Environment.ProcessorCount / 2);

    /// <summary>Download renders (PNG at a width, SVG) made at once, each on one core, apart from the paintings' easels.</summary>
    public int DownloadRenders { get; init; } = 1;

    /// <summary>Download renders that may wait for a slot; more are refused with 503 and <c>Retry-After</c>.</summary>
    public int DownloadQueue { get; init; } = 8;

    /// <summary>Largest total size of the cached download renders on disk, bytes; the least recently used go first.</summary>
    public long RenderCacheBytes { get; init; } = 512L * 1024 * 1024;

    /// <summary>
    /// Behind a reverse proxy on this machine: take the client's address and scheme from <c>X-Forwarded-For</c> and
    /// <c>X-Forwarded-Proto</c> when the request comes from loopback (rate limits then count real clients, and cookies
    /// are marked Secure under HTTPS). Off by default, since anyone could send the headers.
    /// </summary>
    public bool BehindProxy { get; init; }

    /// <summary>
    /// Addresses of reverse proxies on other machines (several servers behind one proxy) whose forwarded headers are
    /// trusted as loopback's are with <see cref="BehindProxy"/>; any given implies it.
    /// </summary>
    public IReadOnlyList<string> Proxies { get; init; } = [];

    /// <summary>Issue a new curator key at start-up even if one exists (the old one stops working).</summary>
    public bool NewCuratorKey { get; init; }

    /// <summary>
    /// Paintings this process paints from the shared queue at once (the queue's workers); 0 makes it a web server only,
    /// leaving the painting to <c>echoes worker</c> processes. Half the cores by default.
    /// </summary>
    public int PaintWorkers { get; init; } = Math.Max(1, Environment.ProcessorCount / 2);

    /// <summary>
    /// On PostgreSQL, how long a painting job stays invisible to other workers after its worker last showed signs of
    /// life: a worker killed mid-painting gives its job up to another after this long (it is renewed while it paints).
    /// </summary>
    public TimeSpan JobInvisibility { get; init; } = TimeSpan.FromMinutes(1);

    /// <summary>Longest a work's time-lapse may take to make (render and encode); a job that runs past it is recorded as
    /// failed, so a huge plan cannot hold a worker for ever.</summary>
    public TimeSpan TimelapseTimeout { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>Long side of the image stored with each work, pixels (other sizes are rendered from the plan on request).</summary>
    public int ImageLongSide { get; init; } = 1600;

    /// <summary>How long a stored file no work uses is kept (a server may have stored an upload's bytes and not yet
    /// committed the work that names them); shortened by tests.</summary>
    internal TimeSpan OrphanGrace { get; init; } = TimeSpan.FromMinutes(10);
}
