namespace Echoes.Gallery.Web;

/// <summary>
/// Where signing in sends the browser back to: a path on this site, or <c>/</c>. Browsers skip tabs and line breaks
/// in a <c>Location</c> and read <c>\</c> as <c>/</c>, so <c>/\t/evil.example</c> would leave the site; only printable
/// ASCII without spaces or backslashes is kept (which also keeps the header valid: no line breaks, nothing beyond ASCII).
/// </summary>
internal static class ReturnPath
{
    public const int MaxLength = 2000;

    /// <summary>The path when it is one on this site, else <c>/</c>.</summary>
    public static string Local(string? path) =>
        path is { Length: > 0 and <= MaxLength } p && p[0] == '/' && !p.StartsWith("//", StringComparison.Ordinal)
            && p.All(c => c is > ' ' and < '\u007F' and not '\\') ? p : "/";
}
