using System.Globalization;

namespace Echoes.Moods;

/// <summary>
/// A feeling: four weights for joy, sorrow, love and loss. A painting's mood has each in [0, 1], parsed from a single
/// name (<c>joy</c>) or a blend (<c>sorrow:0.7,love:0.3</c>); <see cref="Parameters"/> turns it into what the painter
/// changes. Stories add feelings up (a word, a sentence's sum, a person's total) and scale them back with
/// <see cref="Normalised"/>.
/// </summary>
/// <param name="Joy">Weight of joy.</param>
/// <param name="Sorrow">Weight of sorrow.</param>
/// <param name="Love">Weight of love.</param>
/// <param name="Loss">Weight of loss.</param>
public readonly record struct Mood(float Joy, float Sorrow, float Love, float Loss)
{
    /// <summary>The names a mood is written with, in weight order.</summary>
    public static IReadOnlyList<string> Names { get; } = ["joy", "sorrow", "love", "loss"];

    /// <summary>No mood: the style alone.</summary>
    public static Mood None => default;

    /// <summary>Whether all weights are zero.</summary>
    public bool IsNone => Joy == 0 && Sorrow == 0 && Love == 0 && Loss == 0;

    /// <summary>The weights in the order of <see cref="Names"/>.</summary>
    public float[] Weights => [Joy, Sorrow, Love, Loss];

    /// <summary>Sum of the four weights.</summary>
    public float Total => Joy + Sorrow + Love + Loss;

    /// <summary>Adds two feelings.</summary>
    public static Mood operator +(Mood a, Mood b) => new(a.Joy + b.Joy, a.Sorrow + b.Sorrow, a.Love + b.Love, a.Loss + b.Loss);

    /// <summary>Scales a feeling.</summary>
    public static Mood operator *(Mood a, float k) => new(a.Joy * k, a.Sorrow * k, a.Love * k, a.Loss * k);

    /// <summary>
    /// The feeling negated ("not happy", "never loved"): joy and love turn mostly into sorrow and loss; negated sorrow
    /// or loss leaves only a little relief, since "not sad" is far from happy.
    /// </summary>
    public Mood Negated() => new(0.15f * (Sorrow + Loss), 0.6f * Joy + 0.2f * Love, 0f, 0.5f * Love);

    /// <summary>Scaled so the strongest weight is 1 (none stays none).</summary>
    public Mood Normalised()
    {
        float m = Math.Max(Math.Max(Joy, Sorrow), Math.Max(Love, Loss));
        return m <= 0 ? None : this * (1f / m);
    }

    /// <summary>The blended parameters of this mood (neutral for <see cref="None"/>).</summary>
    internal MoodParameters Parameters() => MoodParameters.Blend(this);

    /// <summary>Parses <c>joy</c>, <c>love:0.8</c> or <c>sorrow:0.7,love:0.3</c>.</summary>
    /// <exception cref="EchoesException">Unknown name (the message lists the known ones), a weight outside [0, 1], all
    /// weights zero, or a malformed blend.</exception>
    public static Mood Parse(string text)
    {
        if (string.IsNullOrWhiteSpace(text)) throw Error($"an empty mood (use {Known})");
        var w = new float[4];
        var seen = new bool[4];
        foreach (var part in text.Split(','))
        {
            var p = part.Trim();
            if (p.Length == 0) throw Error($"\"{text}\" is not a mood blend (write it like sorrow:0.7,love:0.3)");
            var kv = p.Split(':');
            if (kv.Length > 2) throw Error($"\"{p}\" is not name:weight");
            int i = IndexOf(kv[0].Trim());
            if (seen[i]) throw Error($"{Names[i]} is given twice");
            seen[i] = true;
            float weight = 1f;
            if (kv.Length == 2 && !float.TryParse(kv[1].Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out weight))
                throw Error($"the weight of {Names[i]} (\"{kv[1].Trim()}\") is not a number");
            if (!(weight is >= 0f and <= 1f)) throw Error($"the weight of {Names[i]} must be between 0 and 1 (got {kv[1].Trim()})");
            w[i] = weight;
        }
        var mood = new Mood(w[0], w[1], w[2], w[3]);
        if (mood.IsNone) throw Error("all mood weights are zero");
        return mood;
    }

    /// <summary>Builds a mood from name → weight pairs (as in a scene file), with the same checks as <see cref="Parse"/>.</summary>
    public static Mood FromWeights(IEnumerable<KeyValuePair<string, double>> weights)
    {
        var parts = weights.Select(kv => string.Create(CultureInfo.InvariantCulture, $"{kv.Key}:{kv.Value}"));
        return Parse(string.Join(',', parts));
    }

    /// <inheritdoc/>
    public override string ToString()
    {
        var parts = Names.Zip(Weights).Where(p => p.Second > 0)
            .Select(p => p.Second == 1f ? p.First : string.Create(CultureInfo.InvariantCulture, $"{p.First}:{p.Second:0.###}"));
        return IsNone ? "none" : string.Join(',', parts);
    }

    private static string Known => string.Join(", ", Names);

    private static int IndexOf(string name)
    {
        for (int i = 0; i < Names.Count; i++) if (string.Equals(Names[i], name, StringComparison.OrdinalIgnoreCase)) return i;
        throw Error($"unknown mood \"{name}\" (known: {Known})");
    }

    private static EchoesException Error(string message) => new(nameof(Mood), message);
}
