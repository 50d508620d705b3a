using static Echoes.Gallery.Pages.Html;

namespace Echoes.Gallery.Pages;

/// <summary>The frame around every page: head, navigation, and the scripts pages opt into.</summary>
internal static class Layout
{
    public static Html Page(string title, Html body, PageContext? pc, params string[] scripts) => Frame(title, body, pc, Account(pc), scripts);

    // The account link is made before the head, so a curator's sign-out form has asked for the token by then.
    private static Html Frame(string title, Html body, PageContext? pc, Html account, string[] scripts) => H($"""
        <!doctype html>
        <html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
        <title>{title} · Echoes</title><link rel="stylesheet" href="/static/gallery.css">
        {(pc is { HasToken: true } ? H($"<meta name=\"csrf-token\" content=\"{pc.Token}\">") : Empty)}
        </head><body>
        <header><a class="brand" href="/">Echoes</a><nav><a href="/">Exhibitions</a><a href="/studio">Studio</a>{account}</nav></header>
        <main>{body}</main>
        <footer>Paintings made of brush strokes by Echoes · <a href="/openapi/v1.json">API</a></footer>
        {scripts.Select(s => H($"<script src=\"/static/{s}\"></script>"))}
        <script src="/static/gallery.js"></script>
        </body></html>
        """);

    private static Html Account(PageContext? pc) => pc switch
    {
        null => Empty,
        { Curator: true } => pc.Button("/curator/signout", "Sign out", "link"),
        _ => H($"<a href=\"/curator\">Curator</a>"),
    };

    public static Html ErrorPage(int status, string message) =>
        Page(status == 404 ? "Not found" : "Cannot do that",
            H($"<section class=\"error\"><h1>{(status == 404 ? "Not found" : "Cannot do that")}</h1><p>{message}</p><p><a href=\"/\">Back to " +
                $"the exhibitions</a></p></section>"),
            null);

    /// <summary>A moment as the gallery shows it (UTC, to the minute).</summary>
    public static string When(long unixMs) => DateTimeOffset.FromUnixTimeMilliseconds(unixMs).ToString("d MMM yyyy, HH:mm 'UTC'",
        System.Globalization.CultureInfo.InvariantCulture);
}
