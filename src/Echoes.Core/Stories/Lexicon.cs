using System.Globalization;
using System.Reflection;
using Echoes.Moods;

namespace Echoes.Stories;

/// <summary>
/// The emotion lexicon written for Echoes (<c>Stories/EmotionLexicon.txt</c>, documented in
/// <c>docs/story-lexicon.md</c>): English words and short phrases with weights over joy, sorrow, love and loss.
/// Lookups try the word as written, then without common inflections (-s, -es, -ies, -ed, -ing, -ly), so "hugged"
/// finds "hug". The Russian lexicon (<c>Stories/EmotionLexiconRu.txt</c>) is written the same way, and is keyed by
/// stems (<see cref="Russian.Stem"/>), so that every case and tense of a listed word finds it (любила, любви → любовь
/// only where the stems meet; forms that do not are listed on their own).
/// </summary>
internal sealed class Lexicon
{
    private readonly Dictionary<string, Mood> _entries;

    private readonly bool _stemmed;
    private readonly HashSet<string> _phraseStarts;

    /// <summary>Whether some phrase opens with this word (lower case): only then are longer spans worth trying.</summary>
    public bool StartsPhrase(string word) => _phraseStarts.Contains(_stemmed ? Stories.Russian.Stem(word) : word);

    private Lexicon(Dictionary<string, Mood> entries, bool stemmed)
    {
        (_entries, _stemmed) = (entries, stemmed);
        _phraseStarts = entries.Keys.Where(k => k.Contains(' ')).Select(k => k[..k.IndexOf(' ')]).ToHashSet(StringComparer.Ordinal);
        LongestPhrase = entries.Keys.Max(k => k.Count(ch => ch == ' ') + 1);
    }

    /// <summary>The lexicon that ships with Echoes.</summary>
    public static Lexicon Default { get; } = Parse(ReadResource("Echoes.EmotionLexicon.txt"));

    /// <summary>The Russian lexicon that ships with Echoes, keyed by stems.</summary>
    public static Lexicon Russian { get; } = Parse(ReadResource("Echoes.EmotionLexiconRu.txt"), stemmed: true);

    /// <summary>Number of entries (words and phrases).</summary>
    public int Count => _entries.Count;

    /// <summary>Words in the longest phrase.</summary>
    public int LongestPhrase { get; }

    /// <summary>Every entry (for documentation and tests).</summary>
    public IReadOnlyDictionary<string, Mood> Entries => _entries;

    /// <summary>The feeling of a word or phrase (lower case, words separated by single spaces), if listed.</summary>
    public bool TryGet(string term, out Mood feeling)
    {
        if (_stemmed) return _entries.TryGetValue(StemAll(term), out feeling);
        if (_entries.TryGetValue(term, out feeling)) return true;
        if (term.Contains(' ')) return false;
        foreach (var stem in Stems(term))
            if (_entries.TryGetValue(stem, out feeling)) return true;
        return false;
    }

    // Candidate base forms, most likely first; only ever used when the form itself is not listed.
    private static IEnumerable<string> Stems(string w)
    {
        if (w.Length < 4) yield break;
        if (w.EndsWith("ies", StringComparison.Ordinal)) yield return w[..^3] + "y";
        if (w.EndsWith("iest", StringComparison.Ordinal) || w.EndsWith("ier", StringComparison.Ordinal)) yield return w[..w.LastIndexOf('i')] + "y";
        if (w.EndsWith("est", StringComparison.Ordinal)) yield return w[..^3];
        if (w.EndsWith("ied", StringComparison.Ordinal)) yield return w[..^3] + "y";
        if (w.EndsWith("es", StringComparison.Ordinal)) yield return w[..^2];
        if (w.EndsWith('s') && !w.EndsWith("ss", StringComparison.Ordinal)) yield return w[..^1];
        if (w.EndsWith("ly", StringComparison.Ordinal)) yield return w[..^2];
        foreach (var suffix in (string[])["ed", "ing"])
        {
            if (!w.EndsWith(suffix, StringComparison.Ordinal) || w.Length < suffix.Length + 3) continue;
            string b = w[..^suffix.Length];
            yield return b;
            yield return b + "e";                                                      // smiled → smile
            if (b.Length > 2 && b[^1] == b[^2]) yield return b[..^1];                  // hugged → hug
        }
    }

    /// <exception cref="FormatException">A malformed line or a duplicate entry (the shipped file is checked by a test).</exception>
    internal static Lexicon Parse(string text, bool stemmed = false)
    {
        var entries = new Dictionary<string, Mood>(StringComparer.Ordinal);
        var listed = new HashSet<string>(StringComparer.Ordinal);
        var current = Mood.None;
        int lineNo = 0;
        foreach (var raw in text.Split('\n'))
        {
            lineNo++;
            string line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#')) continue;
            if (line.StartsWith('['))
            {
                current = Weights(line.Trim('[', ']'), lineNo);
                continue;
            }
            foreach (var part in line.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                var kv = part.Split('=', 2, StringSplitOptions.TrimEntries);
                string term = string.Join(' ', kv[0].ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries));
                if (!listed.Add(term)) throw new FormatException($"lexicon line {lineNo}: \"{term}\" is listed twice");
                // Stemmed, two forms of one word may meet: the first listed keeps its weights.
                entries.TryAdd(stemmed ? StemAll(term) : term, kv.Length == 2 ? Weights(kv[1], lineNo) : current);
            }
        }
        return new Lexicon(entries, stemmed);
    }

    private static Mood Weights(string s, int lineNo)
    {
        var w = s.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (w.Length != 4) throw new FormatException($"lexicon line {lineNo}: expected four weights (joy sorrow love loss), got \"{s}\"");
        float F(int i) => float.Parse(w[i], CultureInfo.InvariantCulture) is var v and >= 0 and <= 1 ? v
            : throw new FormatException($"lexicon line {lineNo}: weight {w[i]} is outside [0, 1]");
        return new Mood(F(0), F(1), F(2), F(3));
    }

    private static string StemAll(string term) => string.Join(' ', term.Split(' ').Select(Stories.Russian.Stem));

    private static string ReadResource(string name)
    {
        using var s = Assembly.GetExecutingAssembly().GetManifestResourceStream(name)!;
        using var r = new StreamReader(s);
        return r.ReadToEnd();
    }
}
