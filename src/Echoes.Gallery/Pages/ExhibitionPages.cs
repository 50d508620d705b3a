using Echoes.Gallery.Data;
using static Echoes.Gallery.Pages.Html;

namespace Echoes.Gallery.Pages;

/// <summary>The list of exhibitions, and each exhibition's room with its works as a grid.</summary>
internal static class ExhibitionPages
{
    public static Html Index(IReadOnlyList<Exhibition> exhibitions, PageContext pc) => Layout.Page("Exhibitions", H($"""
        <h1>Exhibitions</h1>
        {(exhibitions.Count == 0
            ? H($"<p class=\"quiet\">No exhibitions yet.{(pc.Curator ? Empty : H($" A curator opens them: <a href=\"/curator\">sign in</a>."))}</p>")
                : Empty)}
        <ul class="exhibitions">{exhibitions.Select(e => H($"""
            <li><a href="/exhibitions/{e.Id}"><h2>{e.Title}</h2></a><p>{Excerpt(e.Statement)}</p>
            <p class="quiet">{e.Works} {(e.Works == 1 ? "work" : "works")} · opened {Layout.When(e.Created)}</p></li>
            """))}</ul>
        {(pc.Curator ? H($"""
            <section class="panel"><h2>Open an exhibition</h2>
            <form method="post" action="/exhibitions" id="new-exhibition">{pc.Field}
            <label>Title <input name="title" required maxlength="120"></label>
            <label>Statement <textarea name="statement" rows="3" maxlength="2000"></textarea></label>
            <button>Open</button></form></section>
            """) : Empty)}
        """), pc);

    public static Html Room(Exhibition e, IReadOnlyList<Work> works, PageContext pc) => Layout.Page(e.Title, H($"""
        <h1>{e.Title}</h1>
        <p class="statement">{e.Statement}</p>
        {(works.Count == 0 ? H($"<p class=\"quiet\">Nothing hangs here yet.</p>") : Empty)}
        <ul class="grid">{works.Select(w => H($"""
            <li><a href="/works/{w.Id}"><img src="/works/{w.Id}/thumb.jpg" alt="{w.Title}" loading="lazy" width="{Thumb(w).W}" height="{Thumb(w).H}">
            <span class="title">{w.Title}</span></a><span class="quiet">{(w.Mood.Length > 0 ? w.Mood
                : "no mood")} · {w.Strokes:N0} strokes</span></li>
            """))}</ul>
        {(pc.Curator ? H($"""
            <section class="panel"><h2>Curate</h2>
            <p><a class="button" href="/studio?exhibition={e.Id}">Paint a work for this room</a></p>
            <form method="post" action="/exhibitions/{e.Id}/edit">{pc.Field}
            <label>Title <input name="title" required maxlength="120" value="{e.Title}"></label>
            <label>Statement <textarea name="statement" rows="3" maxlength="2000">{e.Statement}</textarea></label>
            <button>Save</button></form>
            {pc.Button($"/exhibitions/{e.Id}/delete", "Delete the exhibition and its works", "danger",
                "Delete this exhibition and every work in it?")}
            </section>
            """) : Empty)}
        """), pc);

    private static (int W, int H) Thumb(Work w)
    {
        double s = 480.0 / Math.Max(w.Width, w.Height);
        return ((int)Math.Round(w.Width * s), (int)Math.Round(w.Height * s));
    }

    private static string Excerpt(string s) => s.Length <= 280 ? s : s[..280].TrimEnd() + "…";
}
