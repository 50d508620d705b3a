namespace Echoes.Stories;

/// <summary>
/// Finds the people in a story. Names are runs of capitalised words that act as people: they do something ("Ana
/// smiled"), own something ("Mia's work"), carry a title ("Mrs Hale"), are known given names, or recur outside a
/// sentence's first word. Runs wrapped whole in quotation marks or after "titled" are works of art; runs after "in",
/// "from", "to"… that never act as people, known places and names ending in Street, River, Museum… are places.
/// Shorter names merge into the full name they are part of ("Mia" into "Mia Kalmurzaeva"). Without a name, roles
/// such as "the old fisherman" count when they recur or act, unless they only describe someone ("as a painter").
/// Pronouns then bring in the most recent person of their gender.
/// </summary>
internal sealed class PeopleFinder(StoryText text)
{
    private readonly IReadOnlyList<Token> _t = text.Tokens;

    public List<Person> Find()
    {
        var named = Named();
        var roles = Roles(named);
        var people = named.Concat(roles).OrderBy(p => p.Mentions.Min()).ToList();
        Pronouns(people);
        return people;
    }

    private sealed record Run(int Start, int End) // tokens [Start, End)
    {
        public int Length => End - Start;
    }

    // --- names ---

    private List<Person> Named()
    {
        var runs = Runs().ToList();
        var groups = runs.GroupBy(r => Key(r)).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        var accepted = groups.Where(g => IsPerson(g.Key, g.Value)).Select(g => g.Key).ToList();

        // Merge shorter names into the longest name that contains them as whole words.
        var people = new Dictionary<string, Person>(StringComparer.Ordinal);
        foreach (var key in accepted.OrderByDescending(k => k.Count(c => c == ' ')).ThenBy(k => k, StringComparer.Ordinal))
        {
            var home = people.Values.FirstOrDefault(p => ContainsWords(p.Name, key));
            if (home is null)
            {
                home = new Person(key, GenderOfName(key));
                people[key] = home;
            }
            else home.Aliases.Add(key);
            foreach (var r in groups[key])
            {
                home.Mentions.Add(r.Start);
                home.Sentences.Add(_t[r.Start].Sentence);
            }
        }
        foreach (var p in people.Values) p.Mentions.Sort();
        return [.. people.Values];
    }

    private IEnumerable<Run> Runs()
    {
        for (int i = 0; i < _t.Count; i++)
        {
            if (!_t[i].IsWord || !_t[i].IsCapitalised) continue;
            int start = i;
            // A sentence's first word is capitalised by grammar: skip it when it is a function word.
            if (_t[i].SentenceStart && StoryWords.Function.Contains(_t[i].Lower)) continue;
            int end = i + 1;
            while (end < _t.Count && _t[end].Sentence == _t[start].Sentence && _t[end].IsWord && _t[end].IsCapitalised && !_t[end - 1].IsPossessive
                   && !StoryWords.Function.Contains(_t[end].Lower)) end++;
            if (_t[start].Lower == "i" || IsContraction(_t[start].Lower)) continue;
            yield return new Run(start, end);
            i = end - 1;
        }
    }

    // "I've", "It's", "Don't": capitalised at a sentence's start, never names.
    private static bool IsContraction(string w) =>
        w.EndsWith("n't", StringComparison.Ordinal) || (w.IndexOf('\'') is int a and > 0 && w[(a + 1)..] is "ve" or "m" or "d" or "ll" or "re" or "s"
            && StoryWords.Function.Contains(w[..a]))
        || w == "let's";

    private string Key(Run r) => string.Join(' ', Enumerable.Range(r.Start, r.Length).Select(i => _t[i].Bare).Where(w =>
        !StoryWords.Titles.Contains(w.ToLowerInvariant()) || r.Length == 1));

    private bool IsPerson(string key, List<Run> runs)
    {
        if (key.Length == 0) return false;
        string lower = key.ToLowerInvariant();
        string last = lower.Split(' ')[^1];
        if (StoryWords.Places.Contains(lower) || StoryWords.PlaceEndings.Contains(last)) return false;
        if (runs.Any(IsWorkTitle)) return false;
        int evidence = runs.Count(ActsAsPerson);
        if (StoryWords.FemaleNames.Contains(lower.Split(' ')[0]) || StoryWords.MaleNames.Contains(lower.Split(' ')[0])) evidence++;
        bool placeLike = runs.Count(AfterPlacePreposition) * 2 >= runs.Count;
        if (placeLike && evidence == 0) return false;
        bool midSentence = runs.Any(r => !_t[r.Start].SentenceStart);
        return evidence > 0 || (runs.Count >= 2 && midSentence);
    }

    // "Echoes" alone inside quotation marks, or after "titled": a work, not a person.
    private bool IsWorkTitle(Run r)
    {
        int before = r.Start - 1, after = r.End;
        while (after < _t.Count && _t[after].Text is "," or "." or "!" or "?") after++;
        bool wrapped = before >= 0 && IsQuote(_t[before].Text) && after < _t.Count && IsQuote(_t[after].Text);
        int word = PreviousWord(before);
        return wrapped || (word >= 0 && _t[word].Lower is "titled" or "entitled");
    }

    private static bool IsQuote(string s) => s is "\"" or "“" or "”" or "'" or "‘" or "’";

    private bool ActsAsPerson(Run r)
    {
        if (_t[r.End - 1].IsPossessive) return true;
        if (StoryWords.Titles.Contains(_t[r.Start].Lower) && r.Length > 1) return true;
        int next = r.End < _t.Count ? r.End : -1;
        if (next >= 0 && _t[next].IsWord && !_t[next].IsCapitalised && IsVerbLike(_t[next].Lower)) return true;
        int prev = PreviousWord(r.Start - 1);
        if (prev >= 0 && (_t[prev].Lower is "said" or "asked" or "replied" or "whispered"
            || StoryWords.Relations.ContainsKey(_t[prev].Lower))) return true;
        // "Ana and Ben walked": a coordinated subject.
        if (next >= 0 && _t[next].Lower == "and" && next + 1 < _t.Count && _t[next + 1].IsCapitalised) return true;
        return false;
    }

    private static readonly HashSet<string> Auxiliaries = new(StringComparer.Ordinal)
    {
        "was", "is", "had", "has", "did", "does", "could", "would", "will", "should", "might", "must", "can", "felt", "said", "says",
        "knew", "thought", "wanted", "loved", "hated", "left", "smiled", "laughed", "cried", "wept", "sat", "stood", "walked", "ran",
        "looked", "told", "asked", "went", "came", "took", "gave", "made", "found", "kept", "remained", "refused", "never", "always",
        "often", "still", "once", "who", "remembered", "missed", "met", "married", "died", "lived", "painted", "wrote", "sang", "danced",
    };

    private static bool IsVerbLike(string w) => Auxiliaries.Contains(w) || (w.Length > 4 && w.EndsWith("ed", StringComparison.Ordinal));

    private bool AfterPlacePreposition(Run r)
    {
        int p = PreviousWord(r.Start - 1);
        // "in rural Russia": one lower-case adjective may come between.
        if (p >= 0 && !StoryWords.PlacePrepositions.Contains(_t[p].Lower) && !_t[p].IsCapitalised) p = PreviousWord(p - 1);
        return p >= 0 && StoryWords.PlacePrepositions.Contains(_t[p].Lower);
    }

    private int PreviousWord(int i)
    {
        while (i >= 0 && !_t[i].IsWord) i--;
        return i;
    }

    private static bool ContainsWords(string full, string part) => (" " + full + " ").Contains(" " + part + " ", StringComparison.Ordinal);

    private static char GenderOfName(string name)
    {
        string first = name.Split(' ')[0].ToLowerInvariant();
        return StoryWords.FemaleNames.Contains(first) ? 'f' : StoryWords.MaleNames.Contains(first) ? 'm' : '?';
    }

    // --- roles ("the old fisherman") ---

    private List<Person> Roles(List<Person> named)
    {
        var mentions = new Dictionary<string, List<(int Token, string Phrase, bool Acts)>>(StringComparer.Ordinal);
        for (int i = 0; i < _t.Count; i++)
        {
            if (!_t[i].IsWord || !StoryWords.Roles.ContainsKey(_t[i].Lower) || _t[i].IsCapitalised && !_t[i].SentenceStart) continue;
            int d = i - 1, adjectives = 0;
            while (d >= 0 && _t[d].IsWord && !StoryWords.Determiners.Contains(_t[d].Lower) && adjectives < 2 && !_t[d].IsCapitalised
                   && !StoryWords.Function.Contains(_t[d].Lower)) { d--; adjectives++; }
            if (d < 0 || !_t[d].IsWord || !StoryWords.Determiners.Contains(_t[d].Lower)) continue;
            int before = d - 1;
            if (before >= 0 && (StoryWords.Predicative.Contains(_t[before].Lower)
                || _t[before].Text == ",")) continue; // "as a painter", "Mia, a painter"
            bool acts = i + 1 < _t.Count && _t[i + 1].IsWord && IsVerbLike(_t[i + 1].Lower);
            string adj = string.Join(' ', Enumerable.Range(d + 1, adjectives).Select(k => _t[k].Lower));
            string phrase = ("the " + adj + (adj.Length > 0 ? " " : "") + _t[i].Lower);
            (mentions.TryGetValue(_t[i].Lower, out var list) ? list : mentions[_t[i].Lower] = []).Add((i, phrase, acts));
        }
        var people = new List<Person>();
        foreach (var (role, list) in mentions)
        {
            if (list.Count < 2 && !list.Any(m => m.Acts)) continue;
            // The first mention with the most description names them ("the old fisherman" over "the fisherman").
            string name = list.OrderByDescending(m => m.Phrase.Length).ThenBy(m => m.Token).First().Phrase;
            if (named.Any(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase))) continue;
            var person = new Person(name, StoryWords.Roles[role]);
            foreach (var m in list)
            {
                person.Mentions.Add(m.Token);
                person.Sentences.Add(_t[m.Token].Sentence);
            }
            people.Add(person);
        }
        return people;
    }

    // --- pronouns ---

    private void Pronouns(List<Person> people)
    {
        var at = new Dictionary<int, Person>();
        foreach (var p in people) foreach (int m in p.Mentions) at[m] = p;
        // The most recent person of each gender ('?' while no pronoun or role has shown it), and where they were named.
        var last = new Dictionary<char, (Person Who, int At)>();
        for (int i = 0; i < _t.Count; i++)
        {
            if (at.TryGetValue(i, out var p))
            {
                last[p.Gender] = (p, i);
                continue;
            }
            // Speech ("I've always been…") is the speaker's own voice: it names no one by pronoun.
            if (!_t[i].IsWord || _t[i].Quoted) continue;
            char g = StoryWords.PronounsF.Contains(_t[i].Lower) ? 'f' : StoryWords.PronounsM.Contains(_t[i].Lower) ? 'm' : '\0';
            if (g == '\0') continue;
            bool known = last.TryGetValue(g, out var same), unknown = last.TryGetValue('?', out var open);
            if (!known && !unknown) continue;
            var who = known && (!unknown || same.At > open.At) ? same.Who : open.Who;
            if (who.Gender == '?')
            {
                // The pronoun shows who they are from here on.
                who.Gender = g;
                last.Remove('?');
                last[g] = (who, open.At);
            }
            int s = _t[i].Sentence;
            who.PronounMentions.Add(i);
            if (who.Sentences.Add(s)) who.ByPronoun.Add(s);
        }
    }
}
