using System.Globalization;
using System.Text;

namespace Echoes;

/// <summary>
/// The check every name and title passes (scene titles and figure names, the gallery's titles and commenters' names):
/// text that shows what it says. Refused: control characters (line breaks and tabs included), and Unicode's format
/// characters, which show nothing themselves: zero-width spaces and joiners (U+200B–U+200D), word joiners (U+2060),
/// byte-order marks (U+FEFF), tag characters (U+E0000 block) and those that change the direction of the text around
/// them (U+200E, U+200F, U+061C, U+202A–U+202E, U+2066–U+2069). They can make one name look like another, hide
/// words, or turn the words after a title around on a page or in a terminal. Broken UTF-16 (a lone surrogate) is
/// refused too.
/// </summary>
internal static class VisibleText
{
    /// <summary>Why <paramref name="text"/> cannot be a name or title (<c>contains a control character (U+0007)</c>), or null when it can.</summary>
    public static string? Problem(string text)
    {
        for (int i = 0; i < text.Length;)
        {
            if (Rune.DecodeFromUtf16(text.AsSpan(i), out var r, out int used) != System.Buffers.OperationStatus.Done)
                return $"contains a broken character (U+{(int)text[i]:X4} without its pair)";
            if (Rune.IsControl(r)) return $"contains a control character ({CodePoint(r)})";
            if (Rune.GetUnicodeCategory(r) == UnicodeCategory.Format) return $"contains an invisible or direction-changing character " +
                $"({CodePoint(r)})";
            i += used;
        }
        return null;
    }

    private static string CodePoint(Rune r) => $"U+{r.Value:X4}";
}
