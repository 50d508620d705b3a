namespace Echoes.Gallery.Works;

/// <summary>
/// A painting asked for, as the database keeps it: what to paint (the source's stored file and the form's fields), how
/// far it has got, and its result. A work's painting names the work it fills; a studio painting has a studio id and may
/// later be hung as a work.
/// </summary>
internal sealed class QueuedPainting
{
    public long Id { get; set; }
    public string? StudioId { get; set; }
    public long? WorkId { get; set; }
    public string SourceFile { get; set; } = "";
    public string SourceField { get; set; } = "";
    /// <summary>The form's text fields as JSON (<see cref="PaintRequest.Recipe"/>).</summary>
    public string Recipe { get; set; } = "";
    /// <summary><c>queued</c>, <c>painting</c>, <c>done</c> or <c>failed</c>.</summary>
    public string Status { get; set; } = "";
    public string Error { get; set; } = "";
    /// <summary>Strokes placed and stored so far.</summary>
    public int Placed { get; set; }
    /// <summary>The logical size and ground as the <c>begin</c> event's JSON, once known.</summary>
    public string Canvas { get; set; } = "";
    public string PlanFile { get; set; } = "";
    public long? HungWork { get; set; }
    public long Created { get; set; }
    public long Touched { get; set; }

    public bool Finished => Status is "done" or "failed";
}
