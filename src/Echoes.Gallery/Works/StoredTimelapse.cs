namespace Echoes.Gallery.Works;

/// <summary>A work's time-lapse as the database keeps it: how far its job has got, and its stored files once made.</summary>
internal sealed class StoredTimelapse
{
    public long WorkId { get; set; }
    /// <summary><c>queued</c>, <c>rendering</c>, <c>done</c>, <c>failed</c>, or <c>unavailable</c> (no ffmpeg where the job ran).</summary>
    public string Status { get; set; } = "";
    public string Error { get; set; } = "";
    public string WebmFile { get; set; } = "";
    public string Mp4File { get; set; } = "";
    public string PosterFile { get; set; } = "";
    /// <summary>The video's size, pixels.</summary>
    public int Width { get; set; }
    /// <summary>See <see cref="Width"/>.</summary>
    public int Height { get; set; }
    public long Touched { get; set; }

    /// <summary>Its stored files (none until done).</summary>
    public IEnumerable<string> Files => new[] { WebmFile, Mp4File, PosterFile }.Where(f => f.Length > 0);
}
