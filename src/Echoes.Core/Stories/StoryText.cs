using System.Text;

namespace Echoes.Stories;

/// <summary>
/// A story split into sentences and tokens. Sentences end at <c>. ! ?</c> (not after common abbreviations or
/// initials), at paragraph breaks, and at the end of a short line or a list item (a name per line, a heading), while
/// long lines of wrapped prose run on. List markers (<c>-</c>, <c>*</c>, <c>1.</c>, <c>#</c>) are dropped. Quotation
/// marks (straight, curly, «guillemets») are tracked, and so is the speech of a dialogue line that opens with a dash
/// (the Russian way: <c>— Прости, — ответил Миша. — Я люблю тебя.</c>), so speech can be told from narration.
/// </summary>
internal sealed class StoryText
{
    private const int ShortLine = 60;

    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "mr", "mrs", "ms", "dr", "st", "prof", "sr", "jr", "mt", "vs", "etc", "e.g", "i.e", "no", "capt", "col", "gen", "lt", "rev",
    };

    private readonly List<int> _starts;

    private StoryText(List<Token> tokens, List<string> sentences, List<int> starts) =>
        (Tokens, Sentences, _starts) = (tokens, sentences, starts);

    /// <summary>Every token in reading order.</summary>
    public IReadOnlyList<Token> Tokens { get; }

    /// <summary>Each sentence's text, trimmed.</summary>
    public IReadOnlyList<string> Sentences { get; }

    /// <summary>The tokens of one sentence.</summary>
    public IReadOnlyList<Token> Sentence(int i)
    {
        int end = i + 1 < _starts.Count ? _starts[i + 1] : Tokens.Count;
        return ((List<Token>)Tokens).GetRange(_starts[i], end - _starts[i]);
    }

    /// <summary>Splits the text.</summary>
    public static StoryText Parse(string text) => new Splitter(text).Run();

    private sealed class Splitter(string text)
    {
        private readonly List<Token> _tokens = [];
        private readonly List<string> _sentences = [];
        private readonly List<int> _starts = [];
        private readonly StringBuilder _current = new();
        private int _sentence, _line, _lineFrom;
        private bool _start = true, _pendingEnd, _dq, _sq, _dash; // inside double, single quotation marks, dash speech

        public StoryText Run()
        {
            int i = SkipMarker(0);
            while (i < text.Length)
            {
                char c = text[i];
                if (c == '\n') i = NewLine(i);
                else if (char.IsWhiteSpace(c))
                {
                    if (_pendingEnd) EndSentence();
                    _current.Append(' ');
                    i++;
                }
                else if (char.IsLetterOrDigit(c)) i = Word(i);
                else i = Mark(i);
            }
            EndSentence();
            return new StoryText(_tokens, _sentences, _starts);
        }

        private void EndSentence()
        {
            if (_current.ToString().Trim() is { Length: > 0 } s && _tokens.Count > 0 && _tokens[^1].Sentence == _sentence)
            {
                _sentences.Add(s);
                _sentence++;
            }
            _current.Clear();
            (_start, _pendingEnd) = (true, false);
        }

        private void Add(string t) =>
            _tokens.Add(new Token(t, _tokens.Count, _sentence, _start && char.IsLetter(t[0]), _dq || _sq || _dash, _line));

        private int NewLine(int i)
        {
            string line = text[_lineFrom..i].Trim();
            int next = i + 1;
            while (next < text.Length && text[next] is ' ' or '\t' or '\r') next++;
            bool blank = next < text.Length && text[next] == '\n';
            // A short line, a heading or a list item is whole; wrapped prose runs on to the next line.
            bool ends = blank || _pendingEnd || line.Length <= ShortLine || line.EndsWith(':') || (next < text.Length && IsMarker(next));
            if (ends)
            {
                EndSentence();
                _dq = _sq = false;
            }
            _dash = false;
            _current.Append(' ');
            _line++;
            _lineFrom = i + 1;
            return SkipMarker(i + 1);
        }

        // "- ", "* ", "• ", "12. ", "3) ", "## " at a line's start mark a list item or a heading: not words.
        private bool IsMarker(int i)
        {
            int j = i;
            while (j < text.Length && char.IsDigit(text[j]) && j - i < 3) j++;
            if (j > i) return j + 1 < text.Length && text[j] is '.' or ')' && text[j + 1] == ' ';
            while (j < text.Length && text[j] is '-' or '*' or '•' or '#') j++;
            return j > i && j < text.Length && text[j] == ' ';
        }

        private int SkipMarker(int i)
        {
            while (i < text.Length && text[i] is ' ' or '\t' or '\r') i++;
            if (i < text.Length && text[i] is '—' or '–')
            {
                // A dialogue line: speech until the next spaced dash.
                _dash = true;
                return i + 1;
            }
            if (!IsMarker(i)) return i;
            while (i < text.Length && text[i] != ' ') i++;
            return i;
        }

        private int Word(int i)
        {
            if (_pendingEnd) EndSentence();
            int j = i + 1;
            // Inner apostrophes and hyphens belong to the word (don't, Mia's, light-hearted).
            while (j < text.Length && (char.IsLetterOrDigit(text[j]) || (text[j] is '\'' or '’' or '-' && j + 1 < text.Length
                && char.IsLetter(text[j + 1]))))
                j++;
            string word = text[i..j];
            if (_start && _starts.Count == _sentence) _starts.Add(_tokens.Count);
            Add(word);
            if (char.IsLetter(word[0])) _start = false;
            _current.Append(word);
            return j;
        }

        private int Mark(int i)
        {
            char c = text[i];
            if (_start && _starts.Count == _sentence) _starts.Add(_tokens.Count);
            _current.Append(c);
            bool spaced = i > 0 && char.IsWhiteSpace(text[i - 1]) || i + 1 < text.Length && char.IsWhiteSpace(text[i + 1]);
            if (c is '—' or '–' && spaced && _dash && !_pendingEnd) { Add(c.ToString()); _dash = false; return i + 1; }
            if (c is '—' or '–' && spaced && !_dash && IsDashLine()) { _dash = true; Add(c.ToString()); return i + 1; }
            Add(c.ToString());
            if (c is '"') _dq = !_dq;
            else if (c is '“' or '«') _dq = true;
            else if (c is '”' or '»') _dq = false;
            else if (c is '\'' or '‘' or '’')
            {
                bool before = i > 0 && !char.IsWhiteSpace(text[i - 1]) && text[i - 1] is not ('"' or '“' or '(');
                bool after = i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1]);
                if (!before && after) _sq = true;        // 'Echoes
                else if (before && !after) _sq = false;  // Echoes.'
            }
            else if (c is '.' or '!' or '?' && !IsAbbreviation()) _pendingEnd = true;
            return i + 1;
        }

        // The line opened with a dash: its dashes take turns between speech and the narrator's words.
        private bool IsDashLine()
        {
            int j = _lineFrom;
            while (j < text.Length && text[j] is ' ' or '\t') j++;
            return j < text.Length && text[j] is '—' or '–';
        }

        private bool IsAbbreviation()
        {
            if (_tokens.Count < 2 || _tokens[^1].Text != ".") return false;
            var prev = _tokens[^2];
            // "Mt." and "J." are not ends; "… and I." is.
            return prev.IsWord && (Abbreviations.Contains(prev.Text) || (prev.Text.Length == 1 && char.IsUpper(prev.Text[0]) && prev.Text != "I"));
        }
    }
}
