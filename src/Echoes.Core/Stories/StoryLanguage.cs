namespace Echoes.Stories;

/// <summary>
/// Which language a story is written in, as far as the reader needs to know: Russian (mostly Cyrillic words), English
/// (its common words outnumber those of the other languages checked), or another, which gets a warning that only
/// English and Russian are read. Names are still found in any language written in capitals.
/// </summary>
internal static class StoryLanguage
{
    private static HashSet<string> Set(string words) => new(words.Split(' '), StringComparer.Ordinal);

    private static readonly HashSet<string> EnglishWords = Set("the and was were he she his her to of in it with for that had is on at by " +
        "not but they them i you my we me be been have from this an as are there when then who what would");

    private static readonly (string Name, HashSet<string> Words)[] Others =
    [
        ("Spanish", Set("el la los las que y del en un una con por su sus lo se es muy pero nunca él ella era fue como más le")),
        ("French", Set("le les et est une des du au aux il elle ils elles pas qui dans sur mais jamais avec pour son sa ses était")),
        ("German", Set("der die das und ist nicht ein eine mit sie er war auf zu den dem ich du es sich wir auch nach")),
        ("Italian", Set("il che di non per con gli sono della nel alla era anche lui lei questo quella ma mai")),
        ("Portuguese", Set("o os que não com uma em ele ela seu sua mas nunca muito foi era por da do das dos")),
    ];

    /// <summary>When the text is in neither English nor Russian: a one-line warning, and that language's common words
    /// (so that its pronouns are not taken for names); else null.</summary>
    public static (string Warning, IReadOnlySet<string> Words)? Other(StoryText story)
    {
        var words = story.Tokens.Where(t => t.IsWord).ToList();
        if (words.Count < 5 || words.Count(t => t.IsCyrillic) * 2 >= words.Count) return null;
        int english = words.Count(t => EnglishWords.Contains(t.Lower));
        var best = Others.Select(o => (o.Name, o.Words, Count: words.Count(t => o.Words.Contains(t.Lower)))).MaxBy(o => o.Count);
        if (best.Count <= english) return null;
        return ($"the text looks like {best.Name}: only English and Russian are read, so its people, feelings and ties may be missed",
            best.Words);
    }
}
