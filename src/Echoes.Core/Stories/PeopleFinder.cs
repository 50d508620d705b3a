namespace Echoes.Stories;

/// <summary>
/// Finds the people in a story. Names are runs of capitalised words (never across a line, a comma or a quotation
/// mark) that act as people: they do something ("Ana smiled", "Анна жила"), own something ("Mia's work"), carry a
/// title ("Mrs Hale", "бабушка Вера"), are known given names, patronymics, stand in a list with others, head a line of
/// a list or a heading, or recur outside a sentence's first word. Runs wrapped whole in quotation marks or after
/// "titled" are works of art; runs after "in", "from", "в", "из"… that never act as people, known places and names
/// ending in Street, River, Museum… are places. Russian names meet in all their cases and diminutives (Анну, Аней →
/// Анна). Shorter names merge into the full name they are part of ("Mia" into "Mia Kalmurzaeva", "Анна" into "Анна
/// Петровна"). Without a name, roles such as "the old fisherman", "my mother" or "отец" count when they recur or act,
/// unless they only describe someone ("as a painter", "Irene: a widow") or stand beside a name ("her husband Ilya",
/// which gives Ilya his gender). <see cref="Coreference"/> then finds the narrator, pronouns and speakers.
/// </summary>
/// <param name="text">The story.</param>
/// <param name="foreign">Common words of the language the text is in, when it is neither English nor Russian ("Ella", "Él"): never names.</param>
internal sealed partial class PeopleFinder(StoryText text, IReadOnlySet<string>? foreign = null)
{
    private readonly IReadOnlyList<Token> _t = text.Tokens;
    private readonly IReadOnlySet<string>? _foreign = foreign;

    public Cast Find()
    {
        var named = Named();
        var roles = Roles(named);
        var people = named.Concat(roles).OrderBy(p => p.Mentions.Min()).ToList();
        return new Coreference(text, people).Resolve();
    }

    private sealed record Run(int Start, int End) // tokens [Start, End)
    {
        public int Length => End - Start;
    }

    // --- names ---

    private List<Person> Named()
    {
        var runs = Runs().ToList();
        var groups = runs.GroupBy(Key).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        int listLines = runs.Count(IsLineHead);
        var accepted = groups.Where(g => IsPerson(g.Key, g.Value, listLines >= 2)).Select(g => g.Key).ToList();
        // A surname alone ("Орлов обнял…") is a person when the full name is one.
        accepted.AddRange(groups.Keys.Where(k => !accepted.Contains(k) && accepted.Any(a => a != k && ContainsWords(a, k))).ToList());

        // Merge shorter names into the longest name that contains them as whole words.
        var people = new Dictionary<string, Person>(StringComparer.Ordinal);
        var home = new Dictionary<string, Person>(StringComparer.Ordinal);
        foreach (var key in accepted.OrderByDescending(k => k.Count(c => c == ' ')).ThenBy(k => k, StringComparer.Ordinal))
        {
            var into = people.Where(p => ContainsWords(p.Key, key)).Select(p => p.Value).FirstOrDefault();
            if (into is null) people[key] = into = new Person(key, '?');
            home[key] = into;
        }
        foreach (var (key, person) in people)
        {
            var mine = home.Where(h => h.Value == person).SelectMany(h => groups[h.Key]).OrderBy(r => r.Start).ToList();
            person.Name = DisplayName(key, groups[key]);
            foreach (var r in mine)
            {
                person.Mentions.Add(r.Start);
                person.Sentences.Add(_t[r.Start].Sentence);
                string shown = Surface(r);
                if (shown != person.Name) person.Aliases.Add(shown);
            }
            person.Gender = GenderOf(person.Name, mine);
        }
        return [.. people.Values];
    }

    private IEnumerable<Run> Runs()
    {
        for (int i = 0; i < _t.Count; i++)
        {
            var t = _t[i];
            if (!t.IsWord || !t.IsCapitalised || IsNeverName(i)) continue;
            int end = i + 1;
            while (end < _t.Count && _t[end].Sentence == t.Sentence && _t[end].Line == t.Line && _t[end].Quoted == t.Quoted && _t[end].IsWord
                   && _t[end].IsCapitalised && !_t[end - 1].IsPossessive && !IsFunction(_t[end]) && !TwoGivenNames(i, end)) end++;
            yield return new Run(i, end);
            i = end - 1;
        }
    }

    // Function words (capitalised at a sentence's start, or days and months: "Every Sunday Agnes wrote"), pronouns and
    // contractions are never names, nor is a lone role word that opens a sentence ("The boy ran", "Отец бил"), unless
    // it is kin used as a name ("Mother, Father and little Sam").
    private bool IsNeverName(int i)
    {
        var t = _t[i];
        if (Coreference.Kind(t) != '\0' || IsContraction(t.Lower) || (_foreign?.Contains(t.Lower) ?? false) || IsFunction(t)) return true;
        // "Ждали Анну": a Russian verb opens the sentence.
        if (t.IsCyrillic && t.SentenceStart && Russian.Name(t.Text) is null && Russian.IsVerbLike(t.Lower)) return true;
        bool nameFollows = i + 1 < _t.Count && _t[i + 1].IsWord && _t[i + 1].IsCapitalised && _t[i + 1].Line == t.Line;
        if (nameFollows) return false;
        if (Russian.Roles.ContainsKey(t.Lower)) return true;
        bool determined = i > 0 && StoryWords.Determiners.Contains(_t[i - 1].Lower);
        return t.SentenceStart && StoryWords.Roles.ContainsKey(t.Lower) && (determined || !KinNames.Contains(t.Lower));
    }

    private static readonly HashSet<string> KinNames = new(StringComparer.Ordinal)
    { "mother", "father", "mom", "mum", "dad", "grandma", "grandpa", "granny", "nana", "mama", "papa" };

    // "сказала Вера Николаю", "Михаила Ивановича Анна Петровна знала": a second given name starts a second person (a
    // patronymic or a surname follows a given name; another given name does not).
    private bool TwoGivenNames(int start, int i) => _t[i].IsCyrillic && Russian.Name(_t[i].Text) is not null
        && Russian.Patronymic(_t[i].Text) == '\0' && Enumerable.Range(start, i - start).Any(k => Russian.Name(_t[k].Text) is not null);

    private static bool IsFunction(Token t) => t.IsCyrillic ? Russian.Function.Contains(t.Lower) : StoryWords.Function.Contains(t.Lower);

    // "I've", "It's", "Don't": capitalised at a sentence's start, never names.
    private static bool IsContraction(string w) =>
        w.EndsWith("n't", StringComparison.Ordinal) || (w.IndexOf('\'') is int a and > 0 && w[(a + 1)..] is "ve" or "m" or "d" or "ll" or "re" or "s"
            && StoryWords.Function.Contains(w[..a]))
        || w == "let's";

    private static bool IsTitle(Token t) => StoryWords.Titles.Contains(t.Lower) || Russian.Titles.ContainsKey(t.Lower)
        || Russian.Roles.ContainsKey(t.Lower);

    // Russian words meet in all their forms: a known name by its full form (Аню → Анна), others by their stem.
    private static string WordKey(Token t) => !t.IsCyrillic ? t.Bare
        : Russian.Name(t.Text) is { } n ? n.Full : Russian.NameStem(t.Text).Replace('ё', 'е');

    private string Key(Run r) => string.Join(' ', Enumerable.Range(r.Start, r.Length).Select(i => _t[i])
        .Where(t => !IsTitle(t) || r.Length == 1).Select(WordKey));

    private string Surface(Run r) => string.Join(' ', Enumerable.Range(r.Start, r.Length).Select(i => _t[i].Bare));

    private static bool ContainsWords(string full, string part) => (" " + full + " ").Contains(" " + part + " ", StringComparison.Ordinal);
}
