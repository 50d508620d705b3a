using System.Text;
using Echoes.Moods;
using Echoes.Scenes;

namespace Echoes.Stories;

/// <summary>
/// Reads a short English story into a scene: the people in it (<see cref="PeopleFinder"/>), what each feels (the
/// <see cref="Lexicon"/> applied to the sentences about them, with negation and intensifiers), the ties between those
/// who appear together (signed by the words between them: loved, met, left, argued…), and a landscape from the
/// setting's words, else from the mood.
/// </summary>
public static class StoryReader
{
    /// <summary>Largest story accepted, bytes (a few pages; the reader is meant for short texts).</summary>
    public const int MaxBytes = 200 * 1024;

    // SceneReader's limit on a figure's name: longer ones are cut so that compose accepts the scene.
    private const int MaxName = 64;

    /// <summary>Most people painted (the most mentioned are kept).</summary>
    public const int MaxPeople = 40;

    /// <summary>Reads a story file.</summary>
    /// <exception cref="EchoesException">Missing, empty, too large, binary, not UTF-8, or without any words.</exception>
    public static StoryReading Load(string path)
    {
        if (!File.Exists(path)) throw new EchoesException(path, Directory.Exists(path) ? "is a folder, not a story" : "no such file");
        long bytes = new FileInfo(path).Length;
        if (bytes == 0) throw new EchoesException(path, "the file is empty");
        if (bytes > MaxBytes) throw new EchoesException(path, $"the story is {bytes / 1024.0:N0} KB, over the limit of {MaxBytes / 1024} KB");
        return Read(File.ReadAllBytes(path), path);
    }

    /// <summary>Reads a story from its bytes (UTF-8, as a file or standard input holds it); <paramref name="name"/> prefixes errors.</summary>
    /// <exception cref="EchoesException">Empty, too large, binary, not UTF-8, or without any words.</exception>
    public static StoryReading Read(byte[] data, string name)
    {
        if (data.Length == 0) throw new EchoesException(name, "the file is empty");
        if (data.Length > MaxBytes) throw new EchoesException(name,
            $"the story is {data.Length / 1024.0:N0} KB, over the limit of {MaxBytes / 1024} KB");
        if (Array.IndexOf(data, (byte)0) >= 0) throw new EchoesException(name, "binary data, not a text");
        string text;
        try { text = new UTF8Encoding(false, true).GetString(data); }
        catch (DecoderFallbackException) { throw new EchoesException(name, "not UTF-8 text (save the story as UTF-8)"); }
        return Read(text.TrimStart('\uFEFF'), Path.GetFileName(name));
    }

    /// <summary>Reads story text.</summary>
    /// <exception cref="EchoesException">No words at all, or binary-looking text.</exception>
    public static StoryReading Read(string text, string name = "story")
    {
        if (string.IsNullOrWhiteSpace(text)) throw new EchoesException(name, "the story is empty");
        text = text.Replace("\r\n", "\n", StringComparison.Ordinal); // a story saved on Windows paints as on Linux: same title, same seed
        int control = text.Count(c => char.IsControl(c) && c is not '\n' and not '\r' and not '\t');
        if (control > text.Length / 100) throw new EchoesException(name, "binary data, not a text");
        var story = StoryText.Parse(text);
        if (!story.Tokens.Any(t => t.IsWord)) throw new EchoesException(name, "the story has no words");

        var other = StoryLanguage.Other(story);
        var cast = new PeopleFinder(story, other?.Words).Find();
        var warnings = new List<string>();
        if (other is { } language) warnings.Add(language.Warning);
        var people = Kept(cast.People, warnings);
        var hits = Enumerable.Range(0, story.Sentences.Count).SelectMany(s => FeelingsOf(story, s)).ToList();
        var mine = Attribute(story, cast, hits);
        var readPeople = people.Select(p => new StoryPerson(p, mine[p].Aggregate(Mood.None, (f, h) => f + h.Feeling), mine[p],
            PoseOf(story, p))).ToList();
        var whole = hits.Aggregate(Mood.None, (f, h) => f + h.Feeling);
        var (landscape, why) = Setting(story, whole);
        string title = TitleOf(text, StoryReading.MainOf(readPeople));
        var ties = TieFinder.Find(story, cast).Where(t => people.Contains(t.A) && people.Contains(t.B)).ToList();
        return new StoryReading(story, title, readPeople, ties, whole, landscape, why, SeedOf(text)) { Warnings = warnings };
    }

    // A scene holds at most MaxPeople: the most mentioned are kept, and the notice says who.
    private static List<Person> Kept(List<Person> people, List<string> warnings)
    {
        // Names are unique in a scene: a second "the narrator" or a same-named role would be refused by compose.
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var p in people)
        {
            string name = p.Name;
            for (int n = 2; !seen.Add(p.Name = Fit(name)); n++) name = $"{p.Name.TrimEnd('…')} ({n})";
        }
        if (people.Count <= MaxPeople) return people;
        var kept = people.OrderByDescending(p => p.Sentences.Count).Take(MaxPeople).OrderBy(p => people.IndexOf(p)).ToList();
        var left = people.Where(p => !kept.Contains(p)).ToList();
        warnings.Add($"{people.Count} people found, over the {MaxPeople} a scene holds: kept the {MaxPeople} named most often " +
            $"({Names(kept)}); left out {Names(left)}");
        return kept;
    }

    private static string Fit(string name) => name.Length <= MaxName ? name : name[..(MaxName - 1)].TrimEnd() + "…";

    private static string Names(List<Person> people) => string.Join(", ", people.Select(p => p.Name));

    // Each feeling goes to who it is about: in speech, the speaker; else the nearest person before it in its sentence
    // (the one who does or undergoes it), else the nearest after; a group ("they laughed") shares it.
    private static Dictionary<Person, List<FeelingHit>> Attribute(StoryText story, Cast cast, List<FeelingHit> hits)
    {
        var mine = cast.People.ToDictionary(p => p, _ => new List<FeelingHit>());
        foreach (var h in hits)
        {
            Person[]? who = cast.Speakers.TryGetValue(h.Token, out var speaker) ? [speaker] : null;
            var sentence = story.Sentence(h.Sentence);
            var refs = sentence.Where(t => cast.At.ContainsKey(t.Index)).ToList();
            var last = refs.LastOrDefault(t => t.Index <= h.Token);
            // Russian order is free ("Я его очень любил"): the one named in the nominative before it is the subject.
            if (story.Tokens[h.Token].IsCyrillic && refs.LastOrDefault(t => t.Index <= h.Token && IsSubject(t, cast)) is { } subject)
                last = subject;
            // "…и Дмитрия, который играл", "Ben, who laughed": a relative clause is about the one just before it.
            if (sentence.LastOrDefault(t => t.Index < h.Token && Relatives.Contains(t.Lower)) is { } rel && (last is null || rel.Index > last.Index)
                && refs.LastOrDefault(t => t.Index < rel.Index) is { } antecedent)
                last = antecedent;
            // "I trusted Mark and never trusted Ivo": after "and" with no one named, the subject left out is the sentence's first.
            if (last is not null && sentence.Any(t => t.Index > last.Index && t.Index < h.Token && t.Lower is "and" or "but" or "и" or "но"))
                last = refs[0];
            who ??= last is not null ? cast.At[last.Index] : refs.Where(t => t.Index > h.Token).Select(t => cast.At[t.Index]).FirstOrDefault();
            // What is done to someone is theirs too: "he left her" is her loss as well as his.
            if (TieFinder.Weight(story.Tokens[h.Token]) is < 0)
                who = [.. who ?? [], .. sentence.Where(t => t.Index > h.Token && t.Index <= h.Token + 4 && cast.At.ContainsKey(t.Index))
                    .Select(t => cast.At[t.Index]).FirstOrDefault() ?? []];
            foreach (var p in (who ?? []).Distinct()) if (mine.TryGetValue(p, out var list)) list.Add(h);
        }
        return mine;
    }

    // --- feelings ---

    private static List<FeelingHit> FeelingsOf(StoryText story, int sentence)
    {
        var words = (List<Token>)story.Sentence(sentence);
        var hits = new List<FeelingHit>();
        int negate = 0;      // words still under a negation
        float boost = 1f;    // an intensifier's weight for the next feeling word
        for (int i = 0; i < words.Count; i++)
        {
            var t = words[i];
            var lex = t.IsCyrillic ? Lexicon.Russian : Lexicon.Default;
            if (!t.IsWord)
            {
                if (t.Text is "," or ";" or ":" or "." or "!" or "?" or "—" or "–") negate = 0;
                continue;
            }
            // Names are not feelings ("Miss Hale", "Joy Adams").
            if (t.IsCapitalised && !t.SentenceStart) { negate = Math.Max(0, negate - 1); continue; }
            // A phrase that opens with a negation is its own entry ("never forgot", "не забыла").
            bool negation = t.IsCyrillic ? Russian.Negations.Contains(t.Lower) : StoryWords.Negations.Contains(t.Lower);
            if (negation && !(i + 1 < words.Count && lex.StartsPhrase(t.Lower) && lex.TryGet(t.Lower + " " + words[i + 1].Lower, out _)))
            {
                negate = 3;
                continue;
            }
            if (StoryWords.NegationStops.Contains(t.Lower) || t.Lower is "но" or "а" or "однако") negate = 0;
            if ((t.IsCyrillic ? Russian.Intensifiers : StoryWords.Intensifiers).TryGetValue(t.Lower, out float k)) { boost = k; continue; }
            // Longest phrase first: "fell in love" before "love".
            bool found = false;
            for (int n = lex.StartsPhrase(t.Lower) ? Math.Min(lex.LongestPhrase, words.Count - i) : 1; n >= 1 && !found; n--)
            {
                var span = words.GetRange(i, n);
                if (span.Any(w => !w.IsWord)) continue;
                string term = string.Join(' ', span.Select(w => w.Lower));
                if (!lex.TryGet(term, out var feeling)) continue;
                bool negated = negate > 0;
                hits.Add(new FeelingHit(sentence, string.Join(' ', span.Select(w => w.Text)), (negated ? feeling.Negated()
                    : feeling) * boost, negated, t.Index));
                i += n - 1;
                found = true;
            }
            boost = 1f;
            negate = Math.Max(0, negate - 1);
        }
        return hits;
    }

    private static readonly HashSet<string> Relatives = new(StringComparer.Ordinal)
    { "who", "whom", "который", "которая", "которое", "которые", "которого", "которой", "которым", "кто" };

    private static bool IsSubject(Token t, Cast cast) => Russian.SubjectPronouns.Contains(t.Lower)
        || (cast.At[t.Index] is [var p] && Russian.IsNominative(t.Text, p.Name));

    // --- poses, setting, title, seed ---

    // The last pose word in their sentences: where the story leaves them ("years later, she still sat by the window").
    private static Pose PoseOf(StoryText story, Person p)
    {
        string? last = p.Sentences.SelectMany(story.Sentence).Where(t => t.IsWord)
            .Select(t => StoryWords.Poses.GetValueOrDefault(t.Lower)).OfType<string>().LastOrDefault();
        return last switch { "sitting" => Pose.Sitting, "walking" => Pose.Walking, "kneeling" => Pose.Kneeling, _ => Pose.Standing };
    }

    private static (Landscape, string) Setting(StoryText story, Mood whole)
    {
        var words = story.Tokens.Where(t => t.IsWord).Select(t => t.Lower).ToList();
        static (string? Key, string Why) Most(List<string> words, Dictionary<string, string> map)
        {
            var g = words.Where(map.ContainsKey).GroupBy(w => map[w]).OrderByDescending(x => x.Count()).FirstOrDefault();
            return g is null ? (null, "") : (g.Key, string.Join(", ", g.GroupBy(w => w).Select(w => w.Count() > 1
                ? $"{w.Key} ×{w.Count()}" : w.Key)));
        }
        var (land, landWhy) = Most(words, StoryWords.Lands);
        var (time, timeWhy) = Most(words, StoryWords.Times);
        var mood = StoryReading.ToMood(whole);
        string strongest = mood.IsNone ? "none" : Mood.Names[Array.IndexOf(mood.Weights, mood.Weights.Max())];
        var kind = land switch
        {
            "coast" => LandscapeKind.Coast,
            "mountains" => LandscapeKind.Mountains,
            "dunes" => LandscapeKind.Dunes,
            "plains" => LandscapeKind.Plains,
            "valley" => LandscapeKind.Valley,
            _ => strongest switch
            {
                "joy" => LandscapeKind.Plains,
                "love" => LandscapeKind.Coast,
                "loss" => LandscapeKind.Dunes,
                _ => LandscapeKind.Valley
            },
        };
        var when = time switch
        {
            "night" => TimeOfDay.Night,
            "dusk" => TimeOfDay.Dusk,
            "dawn" => TimeOfDay.Dawn,
            "day" => TimeOfDay.Day,
            _ => strongest switch { "joy" => TimeOfDay.Day, "loss" => TimeOfDay.Night, _ => TimeOfDay.Dusk },
        };
        string why = $"{kind.ToString().ToLowerInvariant()} ({(land is null ? $"no setting words; from the mood: {strongest}" : landWhy)}), " +
                     $"{when.ToString().ToLowerInvariant()} ({(time is null ? $"no time words; from the mood: {strongest}" : timeWhy)})";
        return (new Landscape(kind, when), why);
    }

    // A short first line without a full stop is the story's title (when it shows what it says: see VisibleText);
    // else the scene is named for its main person.
    private static string TitleOf(string text, StoryPerson? main)
    {
        string first = text.TrimStart().Split('\n')[0].Trim().Trim('#', ' ', '*');
        var rest = text.TrimStart().Split('\n').Skip(1);
        if (first.Length is > 0 and <= 80 && first.Split(' ').Length <= 10 && !first.EndsWith('.') && rest.Any(l => l.Trim().Length > 0)
            && VisibleText.Problem(first) is null)
            return first;
        return main is not null ? $"Echoes of {main.Person.Name}" : "Untitled story";
    }

    private static int SeedOf(string text)
    {
        uint h = 2166136261;
        foreach (char c in text) h = (h ^ c) * 16777619;
        return (int)(h % 1_000_000) + 1;
    }
}
