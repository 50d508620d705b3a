using System.Text;

namespace Echoes.Stories;

/// <summary>
/// A story split into sentences and tokens. Sentences end at <c>. ! ?</c> (not after common abbreviations or
/// initials) and at paragraph breaks; a sentence that ends inside a quotation continues to the closing mark's clause.
/// Quotation marks (straight or curly, double or single) are tracked so titles and speech can be told from narration.
/// </summary>
internal sealed class StoryText
{
    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "mr", "mrs", "ms", "dr", "st", "prof", "sr", "jr", "mt", "vs", "etc", "e.g", "i.e", "no", "capt", "col", "gen", "lt", "rev",
    };

    private StoryText(List<Token> tokens, List<string> sentences) => (Tokens, Sentences) = (tokens, sentences);

    /// <summary>Every token in reading order.</summary>
    public IReadOnlyList<Token> Tokens { get; }

    /// <summary>Each sentence's text, trimmed.</summary>
    public IReadOnlyList<string> Sentences { get; }

    /// <summary>The tokens of one sentence.</summary>
    public IEnumerable<Token> Sentence(int i) => Tokens.Where(t => t.Sentence == i);

    /// <summary>Splits the text.</summary>
    public static StoryText Parse(string text)
    {
        var tokens = new List<Token>();
        var sentences = new List<string>();
        var current = new StringBuilder();
        int sentence = 0;
        bool start = true, pendingEnd = false, dq = false, sq = false; // inside double, single quotation marks
        void EndSentence()
        {
            if (current.ToString().Trim() is { Length: > 0 } s && tokens.Count > 0 && tokens[^1].Sentence == sentence)
            {
                sentences.Add(s);
                sentence++;
            }
            current.Clear();
            (start, pendingEnd) = (true, false);
        }
        for (int i = 0; i < text.Length;)
        {
            char c = text[i];
            if (char.IsWhiteSpace(c))
            {
                // A blank line ends the paragraph: its sentence and any quotation left open.
                if (c == '\n' && text.AsSpan(i + 1).TrimStart(" \t\r").StartsWith("\n")) { EndSentence(); dq = sq = false; }
                else if (pendingEnd) EndSentence();
                current.Append(' ');
                i++;
                continue;
            }
            if (pendingEnd && char.IsLetterOrDigit(c)) EndSentence();
            if (char.IsLetterOrDigit(c))
            {
                int j = i + 1;
                // Inner apostrophes and hyphens belong to the word (don't, Mia's, light-hearted).
                while (j < text.Length && (char.IsLetterOrDigit(text[j]) || (text[j] is '\'' or '’' or '-' && j + 1 < text.Length
                    && char.IsLetter(text[j + 1]))))
                    j++;
                string word = text[i..j];
                tokens.Add(new Token(word, tokens.Count, sentence, start && char.IsLetter(word[0]), dq || sq));
                if (char.IsLetter(word[0])) start = false;
                current.Append(word);
                i = j;
                continue;
            }
            current.Append(c);
            tokens.Add(new Token(c.ToString(), tokens.Count, sentence, false, dq || sq));
            if (c is '"') dq = !dq;
            else if (c is '“') dq = true;
            else if (c is '”') dq = false;
            else if (c is '\'' or '‘' or '’')
            {
                bool before = i > 0 && !char.IsWhiteSpace(text[i - 1]) && text[i - 1] is not ('"' or '“' or '(');
                bool after = i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1]);
                if (!before && after) sq = true;        // 'Echoes
                else if (before && !after) sq = false;  // Echoes.'
            }
            else if (c is '.' or '!' or '?' && !IsAbbreviation(tokens)) pendingEnd = true;
            i++;
        }
        EndSentence();
        return new StoryText(tokens, sentences);
    }

    private static bool IsAbbreviation(List<Token> tokens)
    {
        if (tokens.Count < 2 || tokens[^1].Text != ".") return false;
        var prev = tokens[^2];
        return prev.IsWord && (Abbreviations.Contains(prev.Text) || (prev.Text.Length == 1 && char.IsUpper(prev.Text[0])));
    }
}
