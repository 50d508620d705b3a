namespace Echoes.Gallery.Data;

/// <summary>A room of works.</summary>
public sealed class Exhibition
{
    /// <summary>Identifier, as in <c>/exhibitions/{id}</c>.</summary>
    public long Id { get; set; }
    /// <summary>Its name.</summary>
    public string Title { get; set; } = "";
    /// <summary>The curator's words about it (plain text).</summary>
    public string Statement { get; set; } = "";
    /// <summary>When it opened, Unix milliseconds.</summary>
    public long Created { get; set; }
    /// <summary>How many works hang in it.</summary>
    public long Works { get; set; }
}

/// <summary>A painting hung in an exhibition: its plan, its rendered image and what it was made from.</summary>
public sealed class Work
{
    /// <summary>Identifier, as in <c>/works/{id}</c>.</summary>
    public long Id { get; set; }
    /// <summary>The exhibition it hangs in.</summary>
    public long ExhibitionId { get; set; }
    /// <summary>Its title.</summary>
    public string Title { get; set; } = "";
    /// <summary>The painter's statement (plain text).</summary>
    public string Statement { get; set; } = "";
    /// <summary>Painting style.</summary>
    public string Style { get; set; } = "";
    /// <summary>The mood it was painted in (<c>sorrow:0.7,love:0.3</c>), empty for none.</summary>
    public string Mood { get; set; } = "";
    /// <summary>Strokes in its plan.</summary>
    public int Strokes { get; set; }
    /// <summary>Size of the stored image, pixels.</summary>
    public int Width { get; set; }
    /// <summary>Size of the stored image, pixels.</summary>
    public int Height { get; set; }
    /// <summary><c>photo</c> or <c>scene</c>.</summary>
    public string SourceKind { get; set; } = "";
    /// <summary>Content-addressed file names (hash + extension) of the source, plan, image and thumbnail.</summary>
    public string SourceFile { get; set; } = "";
    /// <summary>See <see cref="SourceFile"/>.</summary>
    public string PlanFile { get; set; } = "";
    /// <summary>See <see cref="SourceFile"/>.</summary>
    public string ImageFile { get; set; } = "";
    /// <summary>See <see cref="SourceFile"/>.</summary>
    public string ThumbFile { get; set; } = "";
    /// <summary>When it was hung, Unix milliseconds.</summary>
    public long Created { get; set; }
    /// <summary><c>queued</c>, <c>painting</c>, <c>done</c> or <c>failed</c>: a work is recorded when asked for and painted by a worker.</summary>
    public string Status { get; set; } = "done";
    /// <summary>Why the painting failed (one line), empty otherwise.</summary>
    public string Error { get; set; } = "";
}

/// <summary>One comment in a work's discussion; replies name their parent.</summary>
public sealed class Comment
{
    /// <summary>Identifier.</summary>
    public long Id { get; set; }
    /// <summary>The work discussed.</summary>
    public long WorkId { get; set; }
    /// <summary>The comment this replies to, if any.</summary>
    public long? ParentId { get; set; }
    /// <summary>Who wrote it (plain text).</summary>
    public string Name { get; set; } = "";
    /// <summary>What they wrote (plain text).</summary>
    public string Text { get; set; } = "";
    /// <summary>Hidden by a curator: shown to curators only.</summary>
    public bool Hidden { get; set; }
    /// <summary>When it was posted, Unix milliseconds.</summary>
    public long Created { get; set; }
}
