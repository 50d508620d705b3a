namespace Echoes.Stories;

/// <summary>
/// Who each pronoun and each line of speech stands for. The narrator ("I", "me", "my" outside quotation marks; "я"…)
/// is a person, named when the text names them ("My name is Lena", "Меня зовут…"), else "the narrator"
/// ("рассказчик", or "рассказчица" when her verbs say so); "we" is the narrator with the people last named together.
/// "he" and "she" go to the most recent person of their gender (one whose gender is not yet known takes it from the
/// pronoun), or, when none came before, to the next one named ("I love her, but Jenny…"); "they" to the last group
/// named together, else to the people of the last sentence with several. Quoted speech goes to its speaker: the name or
/// pronoun beside a speech verb after or before it ("said Anna", "he said", "— ответил Миша"), else the one spoken to
/// in the line before (dialogue takes turns); inside it "I" is the speaker and "you" the one spoken to.
/// </summary>
internal sealed class Coreference(StoryText text, List<Person> people)
{
    private static readonly HashSet<string> SpeechVerbs = new(StringComparer.Ordinal)
    {
        "said", "asked", "replied", "whispered", "answered", "shouted", "murmured", "added", "says", "asks", "called", "cried",
    };

    private static readonly Dictionary<string, char> English = StoryWords.Words<char>(new()
    {
        ['f'] = "she her hers herself", ['m'] = "he him his himself", ['p'] = "they them their theirs themselves",
        ['i'] = "i me my mine myself", ['w'] = "we us our ours ourselves", ['y'] = "you your yours yourself",
    });

    private readonly IReadOnlyList<Token> _t = text.Tokens;
    private readonly Dictionary<int, Person[]> _at = [];
    private readonly List<Group> _groups = [];
    private readonly Dictionary<int, Person> _speakers = [];
    private readonly List<(Person Who, int At)> _recent = [];
    private readonly List<(int At, char Kind)> _pending = [];
    private Person? _narrator, _lastSpeaker, _lastAddressee;

    /// <summary>'f', 'm' (she, he), 'p' (they), 'i', 'w' (I, we), 'y' (you), or '\0' for a word that is no pronoun.</summary>
    public static char Kind(Token t) => (t.IsCyrillic ? Russian.Pronouns : English).GetValueOrDefault(t.Lower);

    public Cast Resolve()
    {
        foreach (var p in people) foreach (int m in p.Mentions) _at[m] = [p];
        Narrator();
        FindGroups();
        for (int i = 0; i < _t.Count; i++)
        {
            if (_t[i].Quoted && (i == 0 || !_t[i - 1].Quoted || _t[i - 1].Line != _t[i].Line)) Speech(i);
            if (_at.TryGetValue(i, out var who)) { Seen(who, i); continue; }
            char kind = Kind(_t[i]);
            if (kind == '\0' || _t[i].Quoted) continue;
            if (kind is 'f' or 'm') Pronoun(i, kind);
            else if (kind == 'p' && Group(i) is { } g) Refer(i, g);
            else if (kind == 'w' && _narrator is not null) Refer(i, [_narrator, .. (Group(i) ?? LastOther()).Where(p => p != _narrator)]);
        }
        var ordered = people.OrderBy(p => p.Mentions.Concat(p.PronounMentions).DefaultIfEmpty(int.MaxValue).Min()).ToList();
        return new Cast(ordered, _at, _groups, _speakers);
    }

    private void Seen(Person[] who, int at)
    {
        if (who.Length != 1) return;
        _recent.Add((who[0], at));
        // A pronoun that came before anyone of its gender was named: "I love her, but Jenny never noticed me."
        foreach (var (p, kind) in _pending.Where(x => _t[at].Sentence - _t[x.At].Sentence <= 1 && Fits(who[0], x.Kind)).ToList())
        {
            if (who[0].Gender == '?') who[0].Gender = kind;
            Refer(p, who);
            _pending.RemoveAll(x => x.At == p);
        }
    }

    private static bool Fits(Person p, char kind) => p.Gender == kind || p.Gender == '?';

    private Person? Resolve(char kind, Person? not = null)
    {
        var known = _recent.LastOrDefault(r => r.Who.Gender == kind && !r.Who.IsNarrator && r.Who != not).Who;
        var open = _recent.LastOrDefault(r => r.Who.Gender == '?' && !r.Who.IsNarrator && r.Who != not).Who;
        var who = known ?? open;
        if (who is { Gender: '?' }) who.Gender = kind; // the pronoun shows who they are from here on
        return who;
    }

    // Object forms ("him", "her", "ей", "его") are not the subject just before them in the sentence ("The soldier
    // never forgot her": her is not the soldier).
    private static readonly HashSet<string> Objects = new(StringComparer.Ordinal)
    { "him", "her", "ей", "её", "ее", "неё", "нее", "ней", "его", "ему", "него", "нему", "ним", "нём", "нем" };

    private void Pronoun(int i, char kind)
    {
        Person? subject = null;
        if (Objects.Contains(_t[i].Lower))
            for (int k = i - 1; k >= 0 && _t[k].Sentence == _t[i].Sentence && subject is null; k--)
                if (_at.TryGetValue(k, out var w) && w.Length == 1 && !Objects.Contains(_t[k].Lower)) subject = w[0];
        if (Resolve(kind, subject) is { } who)
        {
            Refer(i, [who]);
            _recent.Add((who, i));
        }
        else _pending.Add((i, kind));
    }

    private void Refer(int i, Person[] who)
    {
        if (who.Length == 0) return;
        _at[i] = who;
        int s = _t[i].Sentence;
        foreach (var p in who)
        {
            p.PronounMentions.Add(i);
            if (p.Sentences.Add(s)) p.ByPronoun.Add(s);
        }
    }

    // "they": the last group named together, else the people of the last sentence that had several.
    private Person[]? Group(int i)
    {
        if (_groups.LastOrDefault(g => g.To < i) is { } g && _t[i].Sentence - _t[g.To].Sentence <= 3) return g.Members;
        for (int s = _t[i].Sentence; s >= Math.Max(0, _t[i].Sentence - 2); s--)
        {
            var here = text.Sentence(s).Where(t => t.Index < i && _at.ContainsKey(t.Index)).SelectMany(t => _at[t.Index]).Distinct().ToArray();
            if (here.Length >= 2) return here;
        }
        return null;
    }

    private Person[] LastOther() =>
        _recent.LastOrDefault(r => r.Who != _narrator).Who is { } p ? [p] : [];

    // --- the narrator ---

    private void Narrator()
    {
        var mine = _t.Where(t => !t.Quoted && Kind(t) == 'i').Select(t => t.Index).ToList();
        var ours = _t.Where(t => !t.Quoted && Kind(t) == 'w').Select(t => t.Index).ToList();
        if (mine.Count == 0 && ours.Count < 2) return;
        var named = NamedNarrator();
        bool ru = _t[(mine.Count > 0 ? mine : ours)[0]].IsCyrillic;
        _narrator = named ?? new Person(ru ? (SpeaksAsWoman(mine) ? "рассказчица" : "рассказчик") : "the narrator",
            ru ? (SpeaksAsWoman(mine) ? 'f' : 'm') : '?');
        _narrator.IsNarrator = true;
        if (named is null)
        {
            _narrator.Mentions.AddRange(mine.Count > 0 ? mine : [ours[0]]);
            people.Add(_narrator);
        }
        foreach (int i in mine)
        {
            _at[i] = [_narrator];
            if (named is not null) Refer(i, [named]);
            else _narrator.Sentences.Add(_t[i].Sentence);
        }
    }

    // "My name is Lena", "I am Lena", "call me Lena", "Меня зовут Аня": the person named next is the narrator.
    private Person? NamedNarrator()
    {
        for (int i = 0; i + 2 < _t.Count; i++)
        {
            string a = _t[i].Lower, b = _t[i + 1].Lower;
            int at = (a, b) switch
            {
                ("my", "name") when _t[i + 2].Lower == "is" => i + 3,
                ("i", "am") or ("call", "me") or ("меня", "зовут") => i + 2,
                ("i'm", _) => i + 1,
                _ => -1,
            };
            if (at < 0 || at >= _t.Count) continue;
            if (people.FirstOrDefault(p => p.Mentions.Contains(at)) is { } p) return p;
            if (_t[at].IsWord && _t[at].IsCapitalised && Kind(_t[at]) == '\0')
            {
                var named = new Person(_t[at].Bare, '?');
                named.Mentions.Add(at);
                named.Sentences.Add(_t[at].Sentence);
                _at[at] = [named];
                people.Add(named);
                return named;
            }
        }
        return null;
    }

    private bool SpeaksAsWoman(List<int> mine) => mine.Any(i => Enumerable.Range(i + 1, 3).Any(k => k < _t.Count && _t[k].IsWord
        && (_t[k].Lower.EndsWith("ла", StringComparison.Ordinal) || _t[k].Lower.EndsWith("лась", StringComparison.Ordinal))));

    // --- groups ---

    private static readonly HashSet<string> Joins = new(StringComparer.Ordinal) { ",", "and", "и" };

    private static readonly HashSet<string> Skippable = new(StringComparer.Ordinal)
    { "the", "a", "an", "my", "his", "her", "their", "our", "old", "young", "little", "моя", "мой", "его", "её", "ее" };

    private void FindGroups()
    {
        for (int i = 0; i < _t.Count; i++)
        {
            if (!_at.TryGetValue(i, out var first)) continue;
            var members = new List<Person>(first);
            int end = i, k = NextAfterName(i);
            while (k + 1 < _t.Count && Joins.Contains(_t[k].Lower) && _t[k].Sentence == _t[i].Sentence)
            {
                int n = k + 1;
                while (n < _t.Count && n - k <= 3 && !_at.ContainsKey(n) && Skippable.Contains(_t[n].Lower)) n++;
                if (!_at.TryGetValue(n, out var next)) break;
                members.AddRange(next);
                end = n;
                k = NextAfterName(n);
            }
            var distinct = members.Distinct().ToArray();
            if (distinct.Length >= 2) _groups.Add(new Group(i, end, distinct));
            i = Math.Max(i, end);
        }
    }

    private int NextAfterName(int i)
    {
        int k = i + 1;
        while (k < _t.Count && _t[k].IsWord && _t[k].IsCapitalised && !_at.ContainsKey(k) && _t[k].Line == _t[i].Line) k++;
        return k;
    }

    // --- speech ---

    private void Speech(int start)
    {
        int end = start;
        while (end < _t.Count && _t[end].Quoted && _t[end].Line == _t[start].Line) end++;
        var (speaker, tagEnd) = TagAfter(end);
        if (speaker is null) (speaker, tagEnd) = TagBefore(start);
        speaker ??= _lastAddressee;
        if (speaker is null) return;
        var addressee = (tagEnd >= 0 && tagEnd < _t.Count && RefAt(tagEnd) is { } to && to != speaker ? to : null)
            ?? (_lastSpeaker != speaker ? _lastSpeaker : null)
            ?? _recent.LastOrDefault(r => r.Who != speaker).Who;
        for (int k = start; k < end; k++)
        {
            _speakers[k] = speaker;
            char kind = Kind(_t[k]);
            if (kind == 'i') Refer(k, [speaker]);
            else if (kind == 'y' && addressee is not null) Refer(k, [addressee]);
        }
        (_lastSpeaker, _lastAddressee) = (speaker, addressee);
    }

    private bool IsSpeechVerb(Token t) => t.IsCyrillic ? Russian.SpeechStems.Contains(Russian.Stem(t.Text)) : SpeechVerbs.Contains(t.Lower);

    // Who a name or a pronoun at i stands for (a pronoun is resolved here, ahead of the walk), skipping "to" (said to Sergei).
    private Person? RefAt(int i)
    {
        if (i < _t.Count && _t[i].Lower == "to") i++;
        if (i >= _t.Count) return null;
        if (_at.TryGetValue(i, out var who)) return who.Length == 1 ? who[0] : null;
        if (Kind(_t[i]) is 'f' or 'm' && !_t[i].Quoted && Resolve(Kind(_t[i])) is { } p)
        {
            Refer(i, [p]);
            return p;
        }
        return null;
    }

    // '"…," he said', '"…," said Anna to Ben', '«…», — сказала Вера Николаю': (speaker, the token after the tag).
    private (Person?, int) TagAfter(int end)
    {
        var words = Enumerable.Range(end, Math.Max(0, Math.Min(6, _t.Count - end))).Where(k => _t[k].IsWord && _t[k].Line == _t[end - 1].Line)
            .Take(2).ToList();
        if (words.Count < 2 || words[1] - end > 4) return (null, -1);
        if (IsSpeechVerb(_t[words[0]]) && RefAt(words[1]) is { } a) return (a, NextAfterName(words[1]));
        if (IsSpeechVerb(_t[words[1]]) && RefAt(words[0]) is { } b) return (b, words[1] + 1);
        return (null, -1);
    }

    // 'Anna said, "…"', '— Прости, — ответил Миша. — Я люблю тебя.': a tag just before, on the same line.
    private (Person?, int) TagBefore(int start)
    {
        var words = Enumerable.Range(Math.Max(0, start - 5), Math.Min(5, start)).Reverse()
            .Where(k => _t[k].IsWord && !_t[k].Quoted && _t[k].Line == _t[start].Line).Take(2).ToList();
        if (words.Count < 2) return (null, -1);
        foreach (var (verb, who) in (ValueTuple<int, int>[])[(words[1], words[0]), (words[0], words[1])])
            if (IsSpeechVerb(_t[verb]) && _at.TryGetValue(who, out var p) && p.Length == 1) return (p[0], -1);
        return (null, -1);
    }
}
