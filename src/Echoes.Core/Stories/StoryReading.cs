using Echoes.Moods;
using Echoes.Scenes;

namespace Echoes.Stories;

/// <summary>Words of a sentence that carry a feeling (negated ones already turned).</summary>
/// <param name="Sentence">Index of the sentence.</param>
/// <param name="Words">The words as written.</param>
/// <param name="Feeling">What they add.</param>
/// <param name="Negated">Whether a negation turned them ("not happy").</param>
/// <param name="Token">Its first token.</param>
internal sealed record FeelingHit(int Sentence, string Words, Mood Feeling, bool Negated, int Token = 0);

/// <summary>Why two people are tied: a sentence, the words in it, what they add to the tie, and who did it to whom
/// (null for what they did together).</summary>
internal sealed record TieEvidence(int Sentence, string Words, float Strength, Person? From = null, Person? To = null, int Token = 0);

/// <summary>A person as the story reader understood them.</summary>
/// <param name="Person">Who, and where the text speaks of them.</param>
/// <param name="Feeling">Sum of the feelings in their sentences.</param>
/// <param name="Hits">Which words gave it.</param>
/// <param name="Pose">How the text has them: sitting, walking, kneeling or standing.</param>
internal sealed record StoryPerson(Person Person, Mood Feeling, IReadOnlyList<FeelingHit> Hits, Pose Pose)
{
    /// <summary>Their mood for the scene: the feeling scaled so its strongest part is 1, faint parts dropped.</summary>
    public Mood Mood => StoryReading.ToMood(Feeling);
}

/// <summary>A tie between two people, with its evidence.</summary>
internal sealed record StoryTie(Person A, Person B, float Strength, IReadOnlyList<TieEvidence> Evidence);

/// <summary>What <see cref="StoryReader"/> found in a story, and the scene it makes.</summary>
public sealed class StoryReading
{
    internal StoryReading(StoryText text, string title, IReadOnlyList<StoryPerson> people, IReadOnlyList<StoryTie> ties, Mood feeling,
        Landscape landscape, string landscapeWhy, int seed)
    {
        (Text, Title, People, Ties, Feeling, Landscape, LandscapeWhy, Seed) = (text, title, people, ties, feeling, landscape, landscapeWhy, seed);
    }

    /// <summary>The story, split.</summary>
    internal StoryText Text { get; }

    /// <summary>The scene's title.</summary>
    public string Title { get; }

    /// <summary>The people, in order of first appearance.</summary>
    internal IReadOnlyList<StoryPerson> People { get; }

    /// <summary>Ties between them.</summary>
    internal IReadOnlyList<StoryTie> Ties { get; }

    /// <summary>The feeling of the whole text.</summary>
    internal Mood Feeling { get; }

    /// <summary>The land and time chosen.</summary>
    public Landscape Landscape { get; }

    /// <summary>Which words chose them (or that the mood did).</summary>
    public string LandscapeWhy { get; }

    /// <summary>Seed derived from the text, so the same story paints the same way.</summary>
    public int Seed { get; }

    /// <summary>What the reader could not do, one line each (a language it does not read, people left out of the scene).</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];

    /// <summary>The person the story is most about (most sentences), if any.</summary>
    internal static StoryPerson? MainOf(IEnumerable<StoryPerson> people) =>
        people.OrderByDescending(p => p.Person.Sentences.Count).ThenBy(p => p.Person.Mentions[0]).FirstOrDefault();

    /// <summary>The scene: the landscape, each person as a figure with their mood and pose, the ties.</summary>
    public Scene ToScene() => new()
    {
        Title = Title, Seed = Seed, Mood = ToMood(Feeling), Landscape = Landscape,
        Figures = [.. People.Select(p => new Figure(p.Person.Name, p.Mood, p.Pose))],
        Ties = [.. Ties.Select(t => new Tie(t.A.Name, t.B.Name, MathF.Round(t.Strength, 2)))],
    };

    /// <summary>A feeling as a mood: scaled so the strongest part is 1, parts under 0.15 dropped, two decimals.</summary>
    public static Mood ToMood(Mood f)
    {
        var n = f.Normalised();
        if (n.Total <= 0) return Mood.None;
        float R(float v) => v < 0.15f ? 0f : MathF.Round(v, 2);
        return new Mood(R(n.Joy), R(n.Sorrow), R(n.Love), R(n.Loss));
    }
}
