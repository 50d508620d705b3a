using System.Globalization;
using System.Text;
using Echoes.Moods;

namespace Echoes.Stories;

/// <summary>Says why the scene is what it is: for each person, the sentences about them (and which came by a
/// pronoun), the words that gave their feelings, and the words that tie them to others.</summary>
public static class StoryExplanation
{
    /// <summary>The explanation, one fact per line.</summary>
    public static string Explain(StoryReading r)
    {
        var sb = new StringBuilder();
        var scene = r.ToScene();
        sb.AppendLine($"Scene \"{r.Title}\": {r.LandscapeWhy}; mood {scene.Mood} (whole text: {Words(r.Feeling)})");
        if (r.People.Count == 0) sb.AppendLine("No people found: the scene is the landscape and the mood alone.");
        foreach (var p in r.People)
        {
            var who = p.Person;
            string also = who.Aliases.Count > 0 ? $"; also \"{string.Join("\", \"", who.Aliases)}\"" : "";
            string gender = who.Gender switch { 'f' => "; she", 'm' => "; he", _ => "" };
            sb.AppendLine();
            sb.AppendLine($"{who.Name}{also}{gender}: {who.Sentences.Count} {(who.Sentences.Count == 1 ? "sentence" : "sentences")}, mood " +
                $"{p.Mood}, {p.Pose.ToString().ToLowerInvariant()}");
            foreach (int s in who.Sentences)
                sb.AppendLine($"  s{s + 1}{(who.ByPronoun.Contains(s) ? " (by pronoun)" : "")}: {Clip(r.Text.Sentences[s])}");
            var hits = p.Hits.GroupBy(h => (h.Words.ToLowerInvariant(), h.Negated)).Select(g =>
                $"\"{g.First().Words}\"{(g.Key.Negated ? " (negated)" : "")}{(g.Count() > 1 ? $" ×{g.Count()}" : "")} → "
                + Words(g.Aggregate(Mood.None, (f, h) => f + h.Feeling)));
            sb.AppendLine(p.Hits.Count == 0 ? "  feelings: no feeling words" : $"  feelings: {string.Join("; ", hits)}");
            foreach (var t in r.Ties.Where(t => t.A == who || t.B == who))
            {
                var other = t.A == who ? t.B : t.A;
                var words = t.Evidence.GroupBy(e => e.Words).Select(g =>
                    $"{g.Key}{(g.Count() > 1 ? $" ×{g.Count()}" : "")} (s{string.Join(", s", g.Select(e => e.Sentence + 1).Distinct())})");
                sb.AppendLine(CultureInfo.InvariantCulture, $"  tie with {other.Name}: {t.Strength:+0.00;-0.00} from {string.Join(", ", words)}");
            }
        }
        return sb.ToString();
    }

    private static string Words(Mood f) => f.Total <= 0 ? "nothing"
        : string.Join(", ", Mood.Names.Zip(f.Weights).Where(p => p.Second >= 0.005f)
            .Select(p => string.Create(CultureInfo.InvariantCulture, $"{p.First} {p.Second:0.##}")));

    private static string Clip(string s) => s.Length <= 140 ? s : s[..139] + "…";
}
