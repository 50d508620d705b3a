using Echoes.Gallery.Data;
using Echoes.Gallery.Works;
using Echoes.Moods;
using static Echoes.Gallery.Pages.Html;

namespace Echoes.Gallery.Pages;

/// <summary>A work's page: the painting and its facts, its time-lapse (a video the engine rendered), downloads, viewers'
/// responses beside the painter's mood, and the discussion.</summary>
internal static class WorkPage
{
    public static Html Render(Work w, Exhibition e, CommentThreads threads, IReadOnlyDictionary<string, long> responses,
        StoredTimelapse timelapse, PageContext pc) => Layout.Page(w.Title, H($"""
        <p class="crumbs"><a href="/exhibitions/{e.Id}">{e.Title}</a></p>
        <article class="work" data-work="{w.Id}">
        <figure><img id="painting" src="/works/{w.Id}/painting.png" alt="{w.Title}" width="{w.Width}" height="{w.Height}"></figure>
        <div class="facts">
        <h1>{w.Title}</h1>
        <p class="statement">{w.Statement}</p>
        <dl><dt>Mood</dt><dd>{(w.Mood.Length > 0 ? w.Mood : "none")}</dd><dt>Style</dt><dd>{w.Style}</dd>
        <dt>Strokes</dt><dd id="stroke-count">{w.Strokes:N0}</dd>
        <dt>From</dt><dd>a {w.SourceKind}</dd><dt>Hung</dt><dd>{Layout.When(w.Created)}</dd></dl>
        {Timelapse(w, timelapse)}
        <form class="downloads" method="get" action="/works/{w.Id}/painting.png">
        <label>PNG width <select name="width">{WidthLadder.Rungs.Select(n =>
            H($"<option{(n == 1600 ? H($" selected") : Empty)}>{n}</option>"))}</select></label>
        <button>Download PNG</button> <a href="/works/{w.Id}/painting.svg" download>SVG</a>
        <a href="/works/{w.Id}/plan.json" download>Plan JSON</a>{(timelapse.Status == "done"
            ? H($" <a href=\"/works/{w.Id}/timelapse.mp4\" download>Time-lapse MP4</a> <a href=\"/works/{w.Id}/timelapse.webm\" download>WebM</a>")
            : Empty)}</form>
        {Responses(w, responses, pc)}
        {(pc.Curator ? Curate(w, pc) : Empty)}
        </div></article>
        {Discussion(w, threads, pc)}
        """), pc, "player.js");

    // The time-lapse video: muted, seekable, shown by its poster until played (player.js starts it for visitors who have
    // not asked for reduced motion, and follows a time-lapse still being made).
    private static Html Timelapse(Work w, StoredTimelapse t) => t.Status switch
    {
        "done" => H($"""
            <section id="timelapse" class="timelapse" data-status="done"><h2>Time-lapse</h2>
            <video id="timelapse-video" controls muted playsinline preload="metadata" poster="/works/{w.Id}/timelapse.jpg"
            width="{t.Width}" height="{t.Height}"><source src="/works/{w.Id}/timelapse.webm" type="video/webm">
            <source src="/works/{w.Id}/timelapse.mp4" type="video/mp4"></video></section>
            """),
        "unavailable" or "failed" => H($"""
            <section id="timelapse" class="timelapse" data-status="{t.Status}"><h2>Time-lapse</h2>
            <p class="quiet">{(t.Status == "failed" ? "The time-lapse could not be made" : "The time-lapse is unavailable")}:
            {t.Error.TrimEnd('.')}.</p></section>
            """),
        _ => H($"""
            <section id="timelapse" class="timelapse" data-status="{t.Status}" data-api="/api/works/{w.Id}/timelapse"><h2>Time-lapse</h2>
            <p class="quiet">The time-lapse is being made…</p></section>
            """),
    };

    /// <summary>A work not painted yet: its progress, shown as the engine renders it while a worker paints it, or why it failed.</summary>
    public static Html Pending(Work w, Exhibition e, PageContext pc) => Layout.Page(w.Title, H($"""
        <p class="crumbs"><a href="/exhibitions/{e.Id}">{e.Title}</a></p>
        <article class="work pending" data-work="{w.Id}">
        <figure><img id="live" data-frames="/api/works/{w.Id}/frames" data-state="{w.Status}" alt="{w.Title}, as it is painted" hidden></figure>
        <div class="facts"><h1>{w.Title}</h1><p class="statement">{w.Statement}</p>
        <p id="painting-status">{Progress(w)}</p></div></article>
        """), pc, "painting.js");

    private static string Progress(Work w) => w.Status switch
    {
        "queued" => "Queued: waiting for a free easel…",
        "failed" => $"The painting failed: {w.Error}",
        _ => "Painting…",
    };

    private static Html Responses(Work w, IReadOnlyDictionary<string, long> responses, PageContext pc)
    {
        var painter = w.Mood.Length > 0 ? Mood.Parse(w.Mood).Weights : new float[4];
        float painterTotal = Math.Max(1e-6f, painter.Sum());
        long total = Math.Max(1, responses.Values.Sum());
        return H($"""
            <section class="responses"><h2>What did you feel?</h2>
            <table><tr><th></th><th>Painter</th><th>Viewers</th></tr>
            {Mood.Names.Select((m, i) => H($"""
                <tr class="mood-{m}"><td><form method="post" action="/works/{w.Id}/responses">{pc.Field}
                <input type="hidden" name="mood" value="{m}"><button class="feel" data-mood="{m}">{m}</button></form></td>
                <td><span class="bar painter" style="width:{(int)(80 * painter[i] / painterTotal)}%"></span></td>
                <td><span class="bar" style="width:{(int)(80 * responses[m] / total)}%"></span>
                <span class="count" data-mood="{m}">{responses[m]}</span></td></tr>
                """))}
            </table></section>
            """);
    }

    private static Html Curate(Work w, PageContext pc) => H($"""
        <section class="panel"><h2>Curate</h2>
        <form method="post" action="/works/{w.Id}/edit">{pc.Field}
        <label>Title <input name="title" required maxlength="120" value="{w.Title}"></label>
        <label>Statement <textarea name="statement" rows="3" maxlength="2000">{w.Statement}</textarea></label><button>Save</button></form>
        {pc.Button($"/works/{w.Id}/delete", "Delete this work", "danger", "Delete this work and its discussion?")}
        </section>
        """);

    private static Html Discussion(Work w, CommentThreads t, PageContext pc)
    {
        string order = t.NewestFirst ? "newest" : "oldest";
        Html Nav(int page, string label) => page >= 1 && page <= t.Pages
            ? H($"<a href=\"?order={order}&amp;page={page}#discussion\">{label}</a>") : Empty;
        return H($"""
            <section class="discussion" id="discussion"><h2>Discussion <span class="quiet">({t.TotalThreads} {(t.TotalThreads == 1 ? "thread"
                : "threads")})</span></h2>
            <p class="order">Order: <a href="?order=newest#discussion"{(t.NewestFirst ? H($" class=\"on\"")
                : Empty)}>newest first</a> · <a href="?order=oldest#discussion"{(t.NewestFirst ? Empty : H($" class=\"on\""))}>oldest first</a></p>
            {CommentForm(w.Id, null, pc)}
            <ol class="comments">{t.Roots.Select(c => Thread(c, t.Replies, pc))}</ol>
            {(t.Pages > 1
                ? H($"<p class=\"pages\">{Nav(t.Page - 1, "← earlier page")} page {t.Page} of {t.Pages} {Nav(t.Page + 1, "next page →")}</p>")
                    : Empty)}
            </section>
            """);
    }

    private static Html Thread(Comment c, ILookup<long, Comment> children, PageContext pc) => H($"""
        <li id="c{c.Id}" class="comment{(c.Hidden ? " hidden-comment" : "")}">{(c.Hidden && c.Name.Length == 0
            ? H($"<p class=\"text quiet\">A comment here was hidden by a curator.</p>")
            : H($"<p class=\"who\"><b>{c.Name}</b> <span class=\"quiet\">{Layout.When(c.Created)}{(c.Hidden ? " · hidden" : "")}</span></p>"
                + $"<p class=\"text\">{c.Text}</p>"))}
        <details class="reply"><summary>Reply</summary>{CommentForm(c.WorkId, c.Id, pc)}</details>
        {(pc.Curator
            ? H($"<div class=\"moderate\">{pc.Button($"/comments/{c.Id}/{(c.Hidden ? "unhide" : "hide")}", c.Hidden ? "Unhide" : "Hide", "link")}"
                + $"{pc.Button($"/comments/{c.Id}/delete", "Delete", "link danger", "Delete this comment and its replies?")}</div>")
                : Empty)}
        {(children[c.Id].Any() ? H($"<ol class=\"comments\">{children[c.Id].Select(r => Thread(r, children, pc))}</ol>") : Empty)}</li>
        """);

    private static Html CommentForm(long workId, long? parentId, PageContext pc) => H($"""
        <form method="post" action="/works/{workId}/comments" class="comment-form">{pc.Field}
        {(parentId is long p ? H($"<input type=\"hidden\" name=\"parentId\" value=\"{p}\">") : Empty)}
        <input name="name" placeholder="Your name" required maxlength="60">
        <textarea name="text" placeholder="{(parentId is null ? "What do you see?" : "Your reply")}" required maxlength="2000" rows="3"></textarea>
        <button>{(parentId is null ? "Comment" : "Reply")}</button></form>
        """);
}
