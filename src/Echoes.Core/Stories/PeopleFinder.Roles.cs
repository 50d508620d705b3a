namespace Echoes.Stories;

/// <summary>People without names: roles such as "the old fisherman", "my mother" or "отец".</summary>
internal sealed partial class PeopleFinder
{
    private sealed record RoleMention(int Token, string Phrase, bool Acts);

    private List<Person> Roles(List<Person> named)
    {
        var mentions = new Dictionary<string, List<RoleMention>>(StringComparer.Ordinal);
        var gender = new Dictionary<string, char>(StringComparer.Ordinal);
        for (int i = 0; i < _t.Count; i++)
        {
            if (RoleAt(i, named) is not { } m) continue;
            string role = _t[i].IsCyrillic ? Russian.Roles[_t[i].Lower].Role : _t[i].Lower;
            gender[role] = _t[i].IsCyrillic ? Russian.Roles[_t[i].Lower].Gender : StoryWords.Roles[role];
            (mentions.TryGetValue(role, out var list) ? list : mentions[role] = []).Add(m);
        }
        var people = new List<Person>();
        foreach (var (role, list) in mentions)
        {
            if (list.Count < 2 && !list.Any(m => m.Acts)) continue;
            // The mention with the most description names them ("the old fisherman" over "the fisherman"), "my" before "the".
            string name = list.OrderByDescending(m => m.Phrase.StartsWith("my ", StringComparison.Ordinal))
                .ThenByDescending(m => m.Phrase.Length).ThenBy(m => m.Token).First().Phrase;
            if (named.Any(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase))) continue;
            var person = new Person(name, gender[role]);
            foreach (var m in list)
            {
                person.Mentions.Add(m.Token);
                person.Sentences.Add(_t[m.Token].Sentence);
            }
            people.Add(person);
        }
        return people;
    }

    // "the fisherman smiled", "a girl from the village brought": a verb within a few words, before any punctuation.
    private bool ActsLater(int i)
    {
        for (int k = i + 1; k < Math.Min(_t.Count, i + 6) && _t[k].IsWord; k++)
            if (IsVerbLike(_t[k])) return true;
        return false;
    }

    // A role word that stands for someone here, or null: not a description ("as a painter", "Irene: a widow"), not beside
    // a name ("her husband Ilya", "Жена, Татьяна,", which gives the named person the role's gender instead).
    private RoleMention? RoleAt(int i, List<Person> named)
    {
        var t = _t[i];
        if (!t.IsWord || (t.IsCapitalised && !t.SentenceStart)) return null;
        bool ru = t.IsCyrillic && Russian.Roles.ContainsKey(t.Lower);
        if (!ru && (t.IsCyrillic || !StoryWords.Roles.ContainsKey(t.Lower))) return null;
        if (named.Any(p => p.Mentions.Contains(i))) return null; // "Бабушка Нина": part of a name
        int after = i + 1 < _t.Count && _t[i + 1].Text == "," ? i + 2 : i + 1;
        if (after < _t.Count && named.FirstOrDefault(p => p.Mentions.Contains(after)) is { } beside)
        {
            if (beside.Gender == '?') beside.Gender = ru ? Russian.Roles[t.Lower].Gender : StoryWords.Roles[t.Lower];
            return null;
        }
        bool acts = ActsLater(i);
        if (ru) return new RoleMention(i, Russian.Roles[t.Lower].Role, acts);
        int d = i - 1, adjectives = 0;
        while (d >= 0 && _t[d].IsWord && !StoryWords.Determiners.Contains(_t[d].Lower) && adjectives < 2 && !_t[d].IsCapitalised
               && !StoryWords.Function.Contains(_t[d].Lower)) { d--; adjectives++; }
        if (d < 0 || !_t[d].IsWord || !StoryWords.Determiners.Contains(_t[d].Lower)) return null;
        int before = d - 1;
        if (before >= 0 && (StoryWords.Predicative.Contains(_t[before].Lower) || _t[before].Text is "," or ":")) return null;
        string adj = string.Join(' ', Enumerable.Range(d + 1, adjectives).Select(k => _t[k].Lower));
        string det = _t[d].Lower is "my" or "our" ? _t[d].Lower : "the";
        return new RoleMention(i, det + " " + adj + (adj.Length > 0 ? " " : "") + t.Lower, acts);
    }
}
