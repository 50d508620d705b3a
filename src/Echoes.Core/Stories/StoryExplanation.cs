using System.Globalization;
using System.Text;
using Echoes.Moods;

namespace Echoes.Stories;

/// <summary>Says why the scene is what it is: what the reader could not do, then for each person the sentences about
/// them (and which came by a pronoun or as their speech), the words that gave their feelings, and each tie as its arc:
/// the events in order, who did what to whom, and where each side of the tie ends.</summary>
public static class StoryExplanation
{
    /// <summary>The explanation, one fact per line.</summary>
    public static string Explain(StoryReading r)
    {
        var sb = new StringBuilder();
        var scene = r.ToScene();
        sb.AppendLine($"Scene \"{r.Title}\": {r.LandscapeWhy}; mood {scene.Mood} (whole text: {Words(r.Feeling)})");
        foreach (var w in r.Warnings) sb.AppendLine($"Note: {w}.");
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
            foreach (var t in r.Ties.Where(t => t.A == who || t.B == who)) Tie(sb, who, t);
        }
        return sb.ToString();
    }

    // "tie with Ilya: -0.49; loved (s3, Anna → Ilya) +0.80, together (s3) +0.30, … ; Anna → Ilya ends +0.20, Ilya → Anna -0.60"
    private static void Tie(StringBuilder sb, Person who, StoryTie t)
    {
        var other = t.A == who ? t.B : t.A;
        var turns = t.Evidence.Where(e => e.Words != "in the same sentence").OrderBy(e => e.Sentence).ThenBy(e => e.Token).ToList();
        int shared = t.Evidence.Count - turns.Count;
        var parts = turns.Select(e => string.Create(CultureInfo.InvariantCulture,
            $"{e.Words} (s{e.Sentence + 1}{(e.From is null ? "" : $", {e.From.Name} → {e.To?.Name}")}) {e.Strength:+0.00;-0.00}")).ToList();
        if (shared > 0) parts.Add($"in {shared} shared {(shared == 1 ? "sentence" : "sentences")}");
        string Side(Person a, Person b) => turns.Where(e => e.From == a && e.To == b).ToList() is { Count: > 0 } mine
            ? string.Create(CultureInfo.InvariantCulture, $"{a.Name} → {b.Name} ends {TieFinder.Arc(mine):+0.00;-0.00}") : "";
        var sides = new[] { Side(who, other), Side(other, who) }.Where(s => s.Length > 0).ToList();
        string ends = sides.Count > 0 ? $"; {string.Join(", ", sides)}" : "";
        sb.AppendLine(string.Create(CultureInfo.InvariantCulture,
            $"  tie with {other.Name}: {t.Strength:+0.00;-0.00}; {string.Join(", ", parts)}{ends}"));
    }

    private static string Words(Mood f) => f.Total <= 0 ? "nothing"
        : string.Join(", ", Mood.Names.Zip(f.Weights).Where(p => p.Second >= 0.005f)
            .Select(p => string.Create(CultureInfo.InvariantCulture, $"{p.First} {p.Second:0.##}")));

    private static string Clip(string s) => s.Length <= 140 ? s : s[..139] + "…";
}
