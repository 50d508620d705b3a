namespace Echoes.Stories;

/// <summary>A word or a punctuation mark of a story, where it stands, and what the reader needs to know about it.</summary>
/// <param name="Text">As written.</param>
/// <param name="Index">Position among the story's tokens.</param>
/// <param name="Sentence">Index of its sentence.</param>
/// <param name="SentenceStart">First word of its sentence (capitalised for grammar, not because it is a name).</param>
/// <param name="Quoted">Inside quotation marks, or in the speech of a dialogue line opened by a dash.</param>
/// <param name="Line">Index of its line in the text.</param>
internal sealed record Token(string Text, int Index, int Sentence, bool SentenceStart, bool Quoted, int Line = 0)
{
    /// <summary>As written, with a possessive <c>'s</c> removed (Mia's → Mia).</summary>
    public string Bare { get; } = WithoutPossessive(Text);

    /// <summary>Lower-case form, with a possessive <c>'s</c> removed and curly apostrophes made straight.</summary>
    public string Lower { get; } = WithoutPossessive(Text).Replace('’', '\'').ToLowerInvariant();

    /// <summary>A word (letters, possibly with inner apostrophes or hyphens), not punctuation.</summary>
    public bool IsWord => char.IsLetter(Text[0]);

    /// <summary>Starts with a capital letter.</summary>
    public bool IsCapitalised => char.IsUpper(Text[0]);

    /// <summary>Written in Cyrillic letters: read with the Russian rules.</summary>
    public bool IsCyrillic => Text[0] is >= '\u0400' and <= '\u04FF';

    /// <summary>Written with a possessive <c>'s</c> (Mia's).</summary>
    public bool IsPossessive => Bare.Length < Text.Length;

    private static string WithoutPossessive(string t) =>
        t.Length > 2 && t[^1] is 's' or 'S' && t[^2] is '\'' or '’' ? t[..^2] : t;
}
