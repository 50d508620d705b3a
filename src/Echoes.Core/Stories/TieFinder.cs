namespace Echoes.Stories;

/// <summary>
/// Ties between people who appear in the same sentences. Each shared sentence adds a little (+0.1: they are in each
/// other's story); a relation word between two of them adds its own weight (loved +0.8, met +0.3, left −0.6, argued
/// −0.5…), halved and turned when negated ("never forgave"). A relation word binds the nearest person before it to
/// the nearest after it ("Ana loved Ben"), or the two nearest before it ("Ana and Ben argued"). Totals are clamped to
/// [−1, 1]; faint ties (under 0.15 either way) are dropped.
/// </summary>
internal static class TieFinder
{
    private const float Together = 0.1f;
    private const float Faint = 0.15f;

    public static List<StoryTie> Find(StoryText story, IReadOnlyList<Person> people)
    {
        var at = new Dictionary<int, Person>();
        foreach (var p in people)
        {
            foreach (int m in p.Mentions) at[m] = p;
            foreach (int m in p.PronounMentions) at[m] = p;
        }
        var evidence = new Dictionary<(Person, Person), List<TieEvidence>>();
        void Add(Person a, Person b, TieEvidence e)
        {
            if (a == b) return;
            var key = a.Mentions[0] <= b.Mentions[0] ? (a, b) : (b, a);
            (evidence.TryGetValue(key, out var list) ? list : evidence[key] = []).Add(e);
        }
        for (int s = 0; s < story.Sentences.Count; s++)
        {
            var tokens = story.Sentence(s).ToList();
            var present = people.Where(p => p.Sentences.Contains(s)).ToList();
            for (int i = 0; i < present.Count; i++)
                for (int j = i + 1; j < present.Count; j++) Add(present[i], present[j], new TieEvidence(s, "in the same sentence", Together));
            bool negated = false;
            for (int k = 0; k < tokens.Count; k++)
            {
                var t = tokens[k];
                if (StoryWords.Negations.Contains(t.Lower)) { negated = true; continue; }
                if (!StoryWords.Relations.TryGetValue(t.Lower, out float w)) continue;
                var before = tokens.Take(k).Reverse().Where(x => at.ContainsKey(x.Index)).Select(x => at[x.Index]).Distinct().ToList();
                var after = tokens.Skip(k + 1).Where(x => at.ContainsKey(x.Index)).Select(x => at[x.Index]).Distinct().ToList();
                var (a, b) = before.Count > 0 && after.Any(p => p != before[0]) ? (before[0], after.First(p => p != before[0]))
                    : before.Count >= 2 ? (before[1], before[0]) : ((Person?)null, (Person?)null);
                if (a is null || b is null) { negated = false; continue; }
                Add(a, b, new TieEvidence(s, negated ? $"not {t.Text}" : t.Text, negated ? -0.5f * w : w));
                negated = false;
            }
        }
        return [.. evidence.Select(kv => new StoryTie(kv.Key.Item1, kv.Key.Item2, Math.Clamp(kv.Value.Sum(e => e.Strength), -1f, 1f), kv.Value))
            .Where(t => Math.Abs(t.Strength) >= Faint)
            .OrderBy(t => t.A.Mentions[0]).ThenBy(t => t.B.Mentions[0])];
    }
}
