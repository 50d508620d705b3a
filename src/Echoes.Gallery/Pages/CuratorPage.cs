using static Echoes.Gallery.Pages.Html;

namespace Echoes.Gallery.Pages;

/// <summary>Where a curator signs in with the key printed when the gallery first started.</summary>
internal static class CuratorPage
{
    public static Html Render(PageContext pc, string returnTo, string? error) => Layout.Page("Curator", H($"""
        <h1>Curator</h1>
        {(pc.Curator ? H($"<p>You are signed in as a curator.</p>") : H($"""
            <p>Curators open exhibitions, hang and remove works and moderate discussions. The key was printed once,
             when the gallery first started (<code>Curator key: …</code>).</p>
            {(error is null ? Empty : H($"<p class=\"error\">{error}</p>"))}
            <form method="post" action="/curator" class="panel">{pc.Field}<input type="hidden" name="return" value="{returnTo}">
            <label>Curator key <input name="key" type="password" required autocomplete="current-password"></label><button>Sign in</button></form>
            """))}
        """), pc);
}
