namespace Echoes.Stories;

/// <summary>Why a run of capitalised words is a person, what to call them, and which gender their name shows.</summary>
internal sealed partial class PeopleFinder
{
    private static readonly HashSet<string> SpeechVerbs = new(StringComparer.Ordinal)
    {
        "said", "asked", "replied", "whispered", "answered", "shouted", "cried", "called", "murmured", "added", "told", "says", "asks",
    };

    // Russian prepositions that take a person more often than a place ("с Анной", "к Анне", "от Анны", "по Лене").
    private static readonly HashSet<string> PersonPrepositions = new(StringComparer.Ordinal) { "с", "со", "к", "от", "по", "для", "про", "о", "об" };

    private bool IsPerson(string key, List<Run> runs, bool isList)
    {
        if (key.Length == 0) return false;
        var first = _t[runs[0].Start];
        string lower = key.ToLowerInvariant(), last = lower.Split(' ')[^1];
        if (first.IsCyrillic ? runs.All(r => Russian.Places.Contains(Russian.Stem(_t[r.End - 1].Text)))
            : StoryWords.Places.Contains(lower) || StoryWords.PlaceEndings.Contains(last)) return false;
        if (runs.Any(IsWorkTitle)) return false;
        bool known = runs.Any(r => Enumerable.Range(r.Start, r.Length).Any(i => IsKnownName(_t[i])));
        bool listed = isList && runs.Any(IsLineHead);
        // A Russian word that only ever opens a sentence is often a plain noun that acts ("Дети любили её"): it needs
        // more than acting to be a name.
        if (first.IsCyrillic && !known && !listed && runs.All(r => r.Length == 1 && _t[r.Start].SentenceStart)) return false;
        int evidence = runs.Count(ActsAsPerson) + (known ? 1 : 0) + (listed ? 1 : 0);
        bool placeLike = runs.Count(AfterPlacePreposition) * 2 >= runs.Count;
        if (placeLike && evidence == 0) return false;
        bool midSentence = runs.Any(r => !_t[r.Start].SentenceStart);
        return evidence > 0 || (runs.Count >= 2 && midSentence);
    }

    private static bool IsKnownName(Token t) => t.IsCyrillic ? Russian.Name(t.Text) is not null || Russian.Patronymic(t.Text) != '\0'
        : StoryWords.IsFemaleName(t.Lower) || StoryWords.IsMaleName(t.Lower);

    // "Echoes" alone inside quotation marks, or after "titled": a work, not a person.
    private bool IsWorkTitle(Run r)
    {
        int before = r.Start - 1, after = r.End;
        while (after < _t.Count && _t[after].Text is "," or "." or "!" or "?") after++;
        bool wrapped = before >= 0 && IsQuote(_t[before].Text) && after < _t.Count && IsQuote(_t[after].Text);
        // "The Blue Door": a capitalised article inside the quotation marks.
        if (!wrapped && before >= 1 && _t[before].Lower == "the" && _t[before].IsCapitalised && IsQuote(_t[before - 1].Text)) wrapped = true;
        int word = PreviousWord(before);
        return wrapped || (word >= 0 && _t[word].Lower is "titled" or "entitled");
    }

    private static bool IsQuote(string s) => s is "\"" or "“" or "”" or "'" or "‘" or "’" or "«" or "»";

    // The first words of a line, alone on it or before a comma, colon or dash: an item of a list, or a heading.
    private bool IsLineHead(Run r)
    {
        bool opens = r.Start == 0 || _t[r.Start - 1].Line != _t[r.Start].Line;
        bool closes = r.End >= _t.Count || _t[r.End].Line != _t[r.Start].Line || _t[r.End].Text is "," or ":" or "(" or "—" or "–" or "-";
        return opens && closes && r.Length <= 4;
    }

    private bool ActsAsPerson(Run r)
    {
        if (_t[r.End - 1].IsPossessive) return true;
        if (IsTitle(_t[r.Start]) && r.Length > 1) return true;
        int next = r.End < _t.Count ? r.End : -1;
        if (next >= 0 && _t[next].IsWord && !_t[next].IsCapitalised && IsVerbLike(_t[next])) return true;
        int prev = PreviousWord(r.Start - 1);
        if (prev >= 0 && (IsTitle(_t[prev]) || SpeechVerbs.Contains(_t[prev].Lower) || StoryWords.Roles.ContainsKey(_t[prev].Lower)
            || Russian.Roles.ContainsKey(_t[prev].Lower)
            || StoryWords.Relations.ContainsKey(_t[prev].Lower)
            || (_t[prev].IsCyrillic && (Russian.Relations.ContainsKey(Russian.Stem(_t[prev].Text))
                || Russian.SpeechStems.Contains(Russian.Stem(_t[prev].Text)) || PersonPrepositions.Contains(_t[prev].Lower)))))
            return true;
        return InList(r, next, prev);
    }

    // "Ana and Ben walked", "Alice Smith, Bob Jones and Carol White": named together with others.
    private bool InList(Run r, int next, int prev)
    {
        static bool And(Token t) => t.Lower is "and" or "и";
        bool Cap(int i) => i < _t.Count && _t[i].IsWord && _t[i].IsCapitalised;
        if (next >= 0 && And(_t[next]) && (Cap(next + 1) || (next + 2 < _t.Count && StoryWords.Determiners.Contains(_t[next + 1].Lower)
            && StoryWords.Roles.ContainsKey(_t[next + 2].Lower)))) return true;
        if (prev >= 0 && And(_t[prev]) && prev == r.Start - 1 && prev > 0 && _t[prev - 1].IsWord && _t[prev - 1].IsCapitalised) return true;
        if (next < 0 || _t[next].Text != "," || !Cap(next + 1)) return false;
        int k = next + 1;
        while (Cap(k)) k++;
        return k < _t.Count && (_t[k].Text == "," || And(_t[k]));
    }

    private static readonly HashSet<string> Auxiliaries = new(StringComparer.Ordinal)
    {
        "was", "is", "had", "has", "did", "does", "could", "would", "will", "should", "might", "must", "can", "felt", "said", "says",
        "knew", "thought", "wanted", "loved", "hated", "left", "smiled", "laughed", "cried", "wept", "sat", "stood", "walked", "ran",
        "looked", "told", "asked", "went", "came", "took", "gave", "made", "found", "kept", "remained", "refused", "never", "always",
        "often", "still", "once", "who", "remembered", "missed", "met", "married", "died", "lived", "painted", "wrote", "sang", "danced",
        "were", "are", "grew", "taught", "brought", "sold", "baked", "swam", "slept", "began", "forgave", "adored", "answered", "replied",
    };

    private static bool IsVerbLike(Token t) => t.IsCyrillic ? Russian.IsVerbLike(t.Lower) || Russian.SpeechStems.Contains(Russian.Stem(t.Text))
        : Auxiliaries.Contains(t.Lower) || (t.Lower.Length > 4 && t.Lower.EndsWith("ed", StringComparison.Ordinal));

    private bool AfterPlacePreposition(Run r)
    {
        int p = PreviousWord(r.Start - 1);
        bool Place(Token t) => t.IsCyrillic ? Russian.PlacePrepositions.Contains(t.Lower) : StoryWords.PlacePrepositions.Contains(t.Lower);
        // "in rural Russia": one lower-case adjective may come between.
        if (p >= 0 && !Place(_t[p]) && !_t[p].IsCapitalised) p = PreviousWord(p - 1);
        return p >= 0 && Place(_t[p]);
    }

    private int PreviousWord(int i)
    {
        while (i >= 0 && !_t[i].IsWord) i--;
        return i;
    }

    // The name as the text gives it: for Russian, each word in its nominative (Анну Петровну → Анна Петровна), the
    // full given name only when the text uses it (Дмитрия → Дмитрий; Коля stays Коля); a title is kept before a
    // single name (Mrs Hale).
    private string DisplayName(string key, List<Run> runs)
    {
        var words = runs.Select(r => Enumerable.Range(r.Start, r.Length).Select(i => _t[i]).Where(t => !IsTitle(t) || r.Length == 1).ToList())
            .Where(w => w.Count == key.Count(c => c == ' ') + 1).ToList();
        if (words.Count == 0) return key;
        var name = Enumerable.Range(0, words[0].Count).Select(j => Nominative(words.Select(w => w[j]).ToList())).ToList();
        if (name.Count == 1 && runs.FirstOrDefault(r => r.Length == 2 && IsTitle(_t[r.Start]) && !_t[r.Start].IsCyrillic) is { } titled)
            name.Insert(0, _t[titled.Start].Bare);
        return string.Join(' ', name);
    }

    private static string Nominative(List<Token> forms)
    {
        if (!forms[0].IsCyrillic) return forms[0].Bare;
        if (Russian.Name(forms[0].Text) is { } n && forms.Any(f => Russian.SameWord(f.Text, n.Full))) return n.Full;
        // A patronymic's nominative is made, not looked for: Ивановича → Иванович, Петровну → Петровна.
        if (Russian.Patronymic(forms[0].Text) is var g and not '\0')
        {
            string stem = Russian.NameStem(forms[0].Text);
            return char.ToUpperInvariant(stem[0]) + stem[1..] + (g == 'f' ? "а" : "");
        }
        var distinct = forms.Select(f => f.Text).Distinct().ToList();
        return distinct.FirstOrDefault(f => Russian.NameStem(f) == f.ToLowerInvariant())
            ?? distinct.FirstOrDefault(f => f.EndsWith('а') || f.EndsWith('я'))
            ?? distinct.FirstOrDefault(f => f.EndsWith("ий") || f.EndsWith("ой") || f.EndsWith("ая") || f.EndsWith('ь'))
            ?? distinct.GroupBy(f => f).OrderByDescending(g => g.Count()).First().Key;
    }

    private static readonly HashSet<string> FemaleTitles = new(StringComparer.Ordinal)
    { "mrs", "ms", "miss", "lady", "dame", "aunt", "grandma", "granny", "nana", "grandmother", "mother", "sister", "madame", "señora" };

    private static readonly HashSet<string> MaleTitles = new(StringComparer.Ordinal)
    { "mr", "sir", "lord", "uncle", "grandpa", "grandfather", "father", "brother", "monsieur", "señor" };

    private char GenderOf(string name, List<Run> runs)
    {
        foreach (var t in runs.SelectMany(r => Enumerable.Range(r.Start, r.Length).Select(i => _t[i])).Where(IsTitle))
        {
            if (FemaleTitles.Contains(t.Lower)) return 'f';
            if (MaleTitles.Contains(t.Lower)) return 'm';
            if (Russian.Titles.TryGetValue(t.Lower, out char g)) return g;
        }
        var words = name.Split(' ');
        string first = words[0].ToLowerInvariant();
        if (StoryWords.IsFemaleName(first)) return 'f';
        if (StoryWords.IsMaleName(first)) return 'm';
        if (!(words[0][0] is >= '\u0400' and <= '\u04FF')) return '?';
        if (words.Select(Russian.Patronymic).FirstOrDefault(g => g != '\0') is var p and not '\0') return p;
        if (Russian.Name(words[0]) is { } n) return n.Gender;
        if (words.Length > 1 && Russian.SurnameGender(words[^1]) is var s and not '?') return s;
        return first.EndsWith('а') || first.EndsWith('я') ? 'f' : 'm';
    }
}
