namespace Echoes.Stories;

/// <summary>
/// Ties between people, as the arc of what happens between them. A relation word (loved +0.8, met +0.3, left −0.6,
/// argued −0.5, любила, ушла от…) binds its subject (the nearest person before it; in Russian the nearest named in the
/// nominative) to its object (the next person within a few words, or in Russian any other person in the sentence);
/// without an object, a group as subject ("Ana and Ben argued", "they grew old together") ties everyone in it. Naming
/// people together as the subject of a verb ("Alice, Bob and Carol went…") ties them a little (+0.2). A negation
/// turns the word: a denied kindness is a wound (never forgave: −0.8 × its weight), a denied wound a small kindness
/// (never forgot her: +0.5 ×). The events are taken in order and each turn keeps only a quarter of what came before,
/// so a later turn outweighs an earlier one ("met… later left" ends estranged); small events (under 0.25 either way:
/// wrote to her, never forgot him) add to the tie without remaking it. People who only share sentences are tied
/// faintly (+0.04 each, so it takes four). Ties under 0.15 either way are dropped. Each event keeps who did it to whom, for the
/// explanation.
/// </summary>
internal static class TieFinder
{
    private const float Together = 0.04f;
    private const float NamedTogether = 0.2f;
    private const float Memory = 0.25f;
    private const float Faint = 0.15f;
    private const float MinorEvent = 0.25f;
    private const int ObjectReach = 4;

    public static List<StoryTie> Find(StoryText story, Cast cast)
    {
        var evidence = new Dictionary<(Person, Person), List<TieEvidence>>();
        var first = cast.People.ToDictionary(p => p, First);
        void Add(Person a, Person b, TieEvidence e)
        {
            if (a == b) return;
            var key = first[a] <= first[b] ? (a, b) : (b, a);
            (evidence.TryGetValue(key, out var list) ? list : evidence[key] = []).Add(e);
        }
        var groupsIn = cast.Groups.ToLookup(g => story.Tokens[g.From].Sentence);
        for (int s = 0; s < story.Sentences.Count; s++)
        {
            var tokens = story.Sentence(s);
            var present = tokens.Where(t => cast.At.ContainsKey(t.Index)).SelectMany(t => cast.At[t.Index]).Distinct().ToList();
            for (int i = 0; i < present.Count; i++)
                for (int j = i + 1; j < present.Count; j++) Add(present[i], present[j], new TieEvidence(s, "in the same sentence", Together));
            foreach (var g in groupsIn[s].Where(g => Acts(story, g.To)))
                foreach (var (a, b) in Pairs(g.Members)) Add(a, b, new TieEvidence(s, "named together", NamedTogether, Token: g.From));
            for (int k = 0; k < tokens.Count; k++)
                if (Weight(tokens[k]) is float w) Relation(tokens, k, w, cast, Add);
        }
        return [.. evidence.Select(kv => new StoryTie(kv.Key.Item1, kv.Key.Item2, Arc(kv.Value), kv.Value))
            .Where(t => Math.Abs(t.Strength) >= Faint)
            .OrderBy(t => first[t.A]).ThenBy(t => first[t.B])];
    }

    private static int First(Person p) => p.Mentions.Concat(p.PronounMentions).DefaultIfEmpty(int.MaxValue).Min();

    /// <summary>The tie's strength: the events in order, each turn keeping a quarter of what came before.</summary>
    internal static float Arc(IReadOnlyList<TieEvidence> events)
    {
        var turns = events.Where(e => e.Words != "in the same sentence").OrderBy(e => e.Sentence).ThenBy(e => e.Token).ToList();
        if (turns.Count == 0) return Math.Min(events.Count * Together, 0.3f);
        float arc = 0;
        // A small event (wrote to her, never forgot him) adds to the tie; only a turn (loved, left, forgave) remakes it.
        foreach (var e in turns) arc = (Math.Abs(e.Strength) < MinorEvent ? arc : Memory * arc) + e.Strength;
        return Math.Clamp(arc, -1f, 1f);
    }

    private static IEnumerable<(Person, Person)> Pairs(IReadOnlyList<Person> members)
    {
        for (int i = 0; i < members.Count; i++)
            for (int j = i + 1; j < members.Count; j++) yield return (members[i], members[j]);
    }

    // The group is followed by a verb ("Alice, Bob and Carol went"), not just listed.
    private static bool Acts(StoryText story, int to)
    {
        int k = to + 1;
        while (k < story.Tokens.Count && story.Tokens[k].IsWord && story.Tokens[k].IsCapitalised) k++;
        if (k >= story.Tokens.Count || !story.Tokens[k].IsWord) return false;
        var t = story.Tokens[k];
        return t.IsCyrillic ? Russian.IsVerbLike(t.Lower) || Weight(t) is not null
            : StoryWords.Function.Contains(t.Lower) is false || t.Lower is "never" or "always" or "often";
    }

    internal static float? Weight(Token t) =>
        t.IsCyrillic ? Russian.Relations.TryGetValue(Russian.Stem(t.Text), out float r) ? r : null
        : StoryWords.Relations.TryGetValue(t.Lower, out float e) ? e : null;

    private static bool Negated(IReadOnlyList<Token> tokens, int k)
    {
        for (int j = k - 1; j >= Math.Max(0, k - 3); j--)
        {
            var t = tokens[j];
            if (!t.IsWord) return false;
            if (t.IsCyrillic ? Russian.Negations.Contains(t.Lower) : StoryWords.Negations.Contains(t.Lower)) return true;
        }
        return false;
    }

    private static void Relation(IReadOnlyList<Token> tokens, int k, float w, Cast cast, Action<Person, Person, TieEvidence> add)
    {
        var word = tokens[k];
        bool negated = Negated(tokens, k);
        float strength = !negated ? w : w > 0 ? -0.8f * w : -0.5f * w;
        var (subject, obj) = word.IsCyrillic ? RussianRoles(tokens, k, cast) : EnglishRoles(tokens, k, cast);
        if (subject is null) return;
        var e = new TieEvidence(word.Sentence, negated ? $"not {word.Text}" : word.Text, strength, Token: word.Index);
        if (obj is not null)
        {
            foreach (var a in subject) foreach (var b in obj.Where(b => !subject.Contains(b))) add(a, b, e with { From = a, To = b });
        }
        else foreach (var (a, b) in Pairs(subject)) add(a, b, e);
    }

    private static Person[]? Ref(Token t, Cast cast) => cast.At.TryGetValue(t.Index, out var who) ? who : null;

    private static Person[] WithGroup(Token t, Person[] who, Cast cast) =>
        who.Length == 1 && cast.Groups.FirstOrDefault(g => g.From <= t.Index && t.Index <= g.To) is { } g ? g.Members : who;

    // Subject: the nearest person before, unless "and" or "but" comes first ("I trusted Mark and never trusted Ivo",
    // "The boy ran to her and hugged her"): then the subject is left out and is the sentence's first person; object: the
    // next other person within a few words ("argued with her").
    private static (Person[]?, Person[]?) EnglishRoles(IReadOnlyList<Token> tokens, int k, Cast cast)
    {
        Person[]? subject = null, obj = null;
        bool elided = false;
        for (int j = k - 1; j >= 0 && subject is null; j--)
        {
            if (tokens[j].Lower is "and" or "but" or "then" or "yet") elided = true;
            if (Ref(tokens[j], cast) is not { } who) continue;
            int from = elided ? tokens.Select((t, i) => (t, i)).First(x => Ref(x.t, cast) is not null).i : j;
            subject = WithGroup(tokens[from], Ref(tokens[from], cast)!, cast);
        }
        for (int j = k + 1; j < tokens.Count && j <= k + ObjectReach && obj is null; j++)
            if (Ref(tokens[j], cast) is { } who && (subject is null || who.Any(p => !subject.Contains(p)))) obj = WithGroup(tokens[j], who, cast);
        return (subject, obj);
    }

    // Russian order is free: the subject is the person named in the nominative (Анна, она), the object any other.
    private static (Person[]?, Person[]?) RussianRoles(IReadOnlyList<Token> tokens, int k, Cast cast)
    {
        bool Nominative(Token t, Person[] who) => Russian.SubjectPronouns.Contains(t.Lower) || (who.Length == 1
            && Russian.IsNominative(t.Text, who[0].Name)) || (!t.IsCyrillic && who.Length == 1);
        var refs = tokens.Where(t => Ref(t, cast) is not null).Select(t => (Token: t, Who: WithGroup(t, Ref(t, cast)!, cast))).ToList();
        var subject = refs.Where(r => Nominative(r.Token, r.Who)).OrderBy(r => r.Token.Index < tokens[k].Index ? tokens[k].Index - r.Token.Index
            : 1000 + r.Token.Index).Select(r => r.Who).FirstOrDefault();
        if (subject is null) return (null, null);
        var obj = refs.Where(r => r.Who.Any(p => !subject.Contains(p))).OrderBy(r => Math.Abs(r.Token.Index - tokens[k].Index))
            .Select(r => r.Who).FirstOrDefault();
        return (subject, obj);
    }
}
