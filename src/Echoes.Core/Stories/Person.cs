namespace Echoes.Stories;

/// <summary>Someone a story is about: how they are named, and where the text speaks of them.</summary>
internal sealed class Person
{
    internal Person(string name, char gender) => (Name, Gender) = (name, gender);

    /// <summary>The fullest name the text gives ("Mia Kalmurzaeva", or "the old fisherman").</summary>
    public string Name { get; internal set; }

    /// <summary>Other ways the text names them ("Mia").</summary>
    public SortedSet<string> Aliases { get; } = new(StringComparer.Ordinal);

    /// <summary>'f' or 'm' once a pronoun or a role shows it, '?' before.</summary>
    public char Gender { get; internal set; }

    /// <summary>Tokens that name them.</summary>
    public List<int> Mentions { get; } = [];

    /// <summary>Who the story is told by ("I").</summary>
    public bool IsNarrator { get; internal set; }

    /// <summary>Tokens of pronouns that refer to them.</summary>
    public List<int> PronounMentions { get; } = [];

    /// <summary>Sentences that speak of them: by name, or by a pronoun that refers to them.</summary>
    public SortedSet<int> Sentences { get; } = [];

    /// <summary>Sentences where a pronoun (not the name) brought them in.</summary>
    public SortedSet<int> ByPronoun { get; } = [];

    /// <inheritdoc/>
    public override string ToString() => Name;
}
