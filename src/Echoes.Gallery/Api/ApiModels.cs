using Echoes.Gallery.Data;

namespace Echoes.Gallery.Api;

/// <summary>An exhibition as the list shows it.</summary>
public sealed record ExhibitionSummary(long Id, string Title, string Statement, long Created, long WorkCount, string Url)
{
    internal static ExhibitionSummary Of(Exhibition e) => new(e.Id, e.Title, e.Statement, e.Created, e.Works, $"/exhibitions/{e.Id}");
}

/// <summary>An exhibition with its works.</summary>
public sealed record ExhibitionDetail(long Id, string Title, string Statement, long Created, string Url, IReadOnlyList<WorkView> Works);

/// <summary>A work, with where to find its files; <c>status</c> is <c>queued</c>, <c>painting</c>, <c>done</c> (the files are
/// there) or <c>failed</c> (<c>error</c> says why), and <c>events</c> streams its strokes while it is painted.</summary>
public sealed record WorkView(long Id, long ExhibitionId, string Title, string Statement, string Style, string Mood, int Strokes,
    int Width, int Height, string SourceKind, long Created, string Url, string Image, string Thumb, string Svg, string Plan, string Status,
    string? Error, string Events, string Frames, string Timelapse)
{
    internal static WorkView Of(Work w) => new(w.Id, w.ExhibitionId, w.Title, w.Statement, w.Style, w.Mood, w.Strokes, w.Width, w.Height,
        w.SourceKind, w.Created, $"/works/{w.Id}", $"/works/{w.Id}/painting.png", $"/works/{w.Id}/thumb.jpg", $"/works/{w.Id}/painting.svg",
            $"/works/{w.Id}/plan.json", w.Status, w.Status == "failed" ? w.Error : null, $"/api/works/{w.Id}/events",
            $"/api/works/{w.Id}/frames", $"/api/works/{w.Id}/timelapse");
}

/// <summary>A work's time-lapse: <c>status</c> is <c>queued</c>, <c>rendering</c>, <c>done</c> (the files are there),
/// <c>failed</c> or <c>unavailable</c> (no ffmpeg on the gallery's worker; <c>error</c> says why).</summary>
public sealed record TimelapseView(long WorkId, string Status, string? Error, string? Webm, string? Mp4, string? Poster, int Width, int Height)
{
    internal static TimelapseView Of(Works.StoredTimelapse t) => t.Status == "done"
        ? new(t.WorkId, t.Status, null, $"/works/{t.WorkId}/timelapse.webm", $"/works/{t.WorkId}/timelapse.mp4",
            $"/works/{t.WorkId}/timelapse.jpg", t.Width, t.Height)
        : new(t.WorkId, t.Status, t.Error.Length > 0 ? t.Error : null, null, null, null, 0, 0);
}

/// <summary>A comment and the replies under it.</summary>
public sealed record CommentView(long Id, long WorkId, long? ParentId, string Name, string Text, bool Hidden, long Created,
    IReadOnlyList<CommentView> Replies);

/// <summary>A new or changed exhibition (or work: title and statement).</summary>
public sealed record TitleInput(string? Title, string? Statement);

/// <summary>A new comment; <c>parentId</c> makes it a reply.</summary>
public sealed record CommentInput(string? Name, string? Text, long? ParentId);

/// <summary>A viewer's response: which of joy, sorrow, love, loss they felt.</summary>
public sealed record ResponseInput(string? Mood);

/// <summary>Totals of viewers' responses by mood, beside the painter's own.</summary>
public sealed record ResponseTotals(string PainterMood, IReadOnlyDictionary<string, long> Viewers);

/// <summary>Hangs a studio painting.</summary>
public sealed record HangInput(long ExhibitionId, string? Title, string? Statement);

/// <summary>A studio painting started: follow <c>events</c> (server-sent events: its strokes) or <c>frames</c> (the engine's
/// render of it so far, as JPEG frames) to watch it.</summary>
public sealed record StudioStarted(string Id, string Events, string Frames);
