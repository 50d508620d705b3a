using Echoes.Scenes;
using Echoes.Stories;

namespace Echoes.Tests;

/// <summary>The story reader measured on the labelled corpus (<see cref="StoryCorpus"/>): precision and recall of the
/// people it finds and of the signs of the ties between them, the strongest feeling where a text makes it plain, and
/// that every text writes a scene <c>compose</c> accepts.</summary>
public sealed class StoryCorpusTests(ITestOutputHelper output)
{
    private const double Required = 0.9;

    public static TheoryData<StoryCase> Cases => [.. StoryCorpus.All];

    private static bool Same(string label, string name) =>
        label.Split('|').Any(alt => string.Equals(alt.Trim(), name, StringComparison.OrdinalIgnoreCase));

    private static (string A, string B, int Sign) Tie(string label)
    {
        int at = label.IndexOf(" + ", StringComparison.Ordinal) is >= 0 and var p ? p : label.IndexOf(" - ", StringComparison.Ordinal);
        return (label[..at], label[(at + 3)..], label[at + 1] == '+' ? 1 : -1);
    }

    /// <summary>Counts for one text: (people right, people found, people expected, tie signs right, ties found, ties expected).</summary>
    internal static (int, int, int, int, int, int) Score(StoryCase c, StoryReading r)
    {
        var found = r.People.Select(p => p.Person.Name).ToList();
        int peopleRight = found.Count(n => c.People.Any(e => Same(e, n)));
        var ties = r.Ties.Select(t => (A: t.A.Name, B: t.B.Name, Sign: Math.Sign(t.Strength))).ToList();
        bool Match((string A, string B, int Sign) e, (string A, string B, int Sign) f) => e.Sign == f.Sign
            && ((Same(e.A, f.A) && Same(e.B, f.B)) || (Same(e.A, f.B) && Same(e.B, f.A)));
        var expected = c.Ties.Select(Tie).ToList();
        int tiesRight = ties.Count(f => expected.Any(e => Match(e, f)));
        return (peopleRight, found.Count, c.People.Length, tiesRight, ties.Count, expected.Count);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Every_text_writes_a_scene_compose_accepts(StoryCase c)
    {
        var r = StoryReader.Read(c.Text, c.Id);
        var scene = r.ToScene();
        var back = SceneReader.Parse(SceneWriter.ToYaml(scene, c.Id), "story.yaml");
        Assert.Equal(scene.Figures, back.Figures);
        Assert.Equal(scene.Ties, back.Ties);
        Assert.False(string.IsNullOrWhiteSpace(StoryExplanation.Explain(r)));
    }

    [Fact]
    public void People_and_tie_signs_are_found_with_precision_and_recall_of_at_least_0_9()
    {
        int pr = 0, pf = 0, pe = 0, tr = 0, tf = 0, te = 0;
        foreach (var c in StoryCorpus.All)
        {
            var r = StoryReader.Read(c.Text, c.Id);
            var (a, b, d, e, f, g) = Score(c, r);
            (pr, pf, pe, tr, tf, te) = (pr + a, pf + b, pe + d, tr + e, tf + f, te + g);
            if (a != b || a != d || e != f || e != g)
                output.WriteLine($"{c.Id}: people [{string.Join(", ", r.People.Select(p => p.Person.Name))}], ties [" +
                    string.Join(", ", r.Ties.Select(t => $"{t.A.Name} {t.Strength:+0.00;-0.00} {t.B.Name}")) + "]");
        }
        double P(int right, int all) => all == 0 ? 1 : (double)right / all;
        string report = $"{StoryCorpus.All.Length} texts; people precision {P(pr, pf):0.000} recall {P(pr, pe):0.000} ({pr}/{pf}/{pe}); " +
            $"tie signs precision {P(tr, tf):0.000} recall {P(tr, te):0.000} ({tr}/{tf}/{te})";
        output.WriteLine(report);
        Assert.True(P(pr, pf) >= Required && P(pr, pe) >= Required && P(tr, tf) >= Required && P(tr, te) >= Required, report);
    }

    [Fact]
    public void The_strongest_feeling_is_the_one_the_text_makes_plain_in_most_texts()
    {
        var labelled = StoryCorpus.All.Where(c => c.Feeling is not null).ToList();
        int right = 0;
        foreach (var c in labelled)
        {
            var r = StoryReader.Read(c.Text, c.Id);
            string label = c.Feeling!, who = label[..label.LastIndexOf(':')], feeling = label[(label.LastIndexOf(':') + 2)..];
            var p = r.People.FirstOrDefault(p => Same(who, p.Person.Name));
            string got = p is null || p.Mood.IsNone ? "nothing" : Moods.Mood.Names[Array.IndexOf(p.Mood.Weights, p.Mood.Weights.Max())];
            if (got == feeling) right++;
            else output.WriteLine($"{c.Id}: {who} feels {got}, expected {feeling}");
        }
        string report = $"strongest feeling right in {right} of {labelled.Count} labelled texts";
        output.WriteLine(report);
        Assert.True(right >= 0.8 * labelled.Count, report);
    }

    [Fact]
    public void Texts_in_other_languages_say_only_English_and_Russian_are_read()
    {
        foreach (var c in StoryCorpus.All)
        {
            var warnings = StoryReader.Read(c.Text, c.Id).Warnings;
            if (c.Foreign) Assert.Contains(warnings, w => w.Contains("only English and Russian", StringComparison.Ordinal));
            else Assert.DoesNotContain(warnings, w => w.Contains("only English and Russian", StringComparison.Ordinal));
        }
    }
}
