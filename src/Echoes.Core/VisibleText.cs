namespace Echoes;

/// <summary>
/// The check every name and title passes (scene titles and figure names, the gallery's titles and commenters' names):
/// text that shows what it says. Control characters (line breaks and tabs included), invisible characters (zero-width
/// spaces and joiners, word joiners, byte-order marks) and characters that change the direction of the text around them
/// (bidi embeddings, overrides, isolates and marks) are refused: they can make one name look like another, or turn the
/// words after a title around on a page or in a terminal.
/// </summary>
public static class VisibleText
{
    /// <summary>Why <paramref name="text"/> cannot be a name or title (<c>contains a control character (U+0007)</c>), or null when it can.</summary>
    public static string? Problem(string text)
    {
        foreach (char c in text)
        {
            if (char.IsControl(c)) return $"contains a control character ({CodePoint(c)})";
            if (IsInvisible(c)) return $"contains an invisible or direction-changing character ({CodePoint(c)})";
        }
        return null;
    }

    /// <summary>
    /// Whether the character is one of those that show nothing or turn text around: U+200B–U+200F, U+202A–U+202E,
    /// U+2060, U+2066–U+2069, U+061C and U+FEFF.
    /// </summary>
    public static bool IsInvisible(char c) => c is (>= '\u200B' and <= '\u200F') or (>= '\u202A' and <= '\u202E')
        or '\u2060' or (>= '\u2066' and <= '\u2069') or '\u061C' or '\uFEFF';

    private static string CodePoint(char c) => $"U+{(int)c:X4}";
}
