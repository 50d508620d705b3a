namespace Echoes.Stories;

/// <summary>Weights over the four feelings Echoes paints, each 0–1 (a word, a sentence's sum, a person's total).</summary>
internal readonly record struct Feeling(float Joy, float Sorrow, float Love, float Loss)
{
    /// <summary>No feeling.</summary>
    public static Feeling None => default;

    /// <summary>The weights in the order joy, sorrow, love, loss.</summary>
    public float[] Weights => [Joy, Sorrow, Love, Loss];

    /// <summary>Sum of the four weights.</summary>
    public float Total => Joy + Sorrow + Love + Loss;

    /// <summary>Adds two feelings.</summary>
    public static Feeling operator +(Feeling a, Feeling b) => new(a.Joy + b.Joy, a.Sorrow + b.Sorrow, a.Love + b.Love, a.Loss + b.Loss);

    /// <summary>Scales a feeling.</summary>
    public static Feeling operator *(Feeling a, float k) => new(a.Joy * k, a.Sorrow * k, a.Love * k, a.Loss * k);

    /// <summary>
    /// The feeling negated ("not happy", "never loved"): joy and love turn mostly into sorrow and loss; negated sorrow
    /// or loss leaves only a little relief, since "not sad" is far from happy.
    /// </summary>
    public Feeling Negated() => new(0.15f * (Sorrow + Loss), 0.6f * Joy + 0.2f * Love, 0f, 0.5f * Love);

    /// <summary>Scaled so the strongest weight is 1 (none stays none).</summary>
    public Feeling Normalised()
    {
        float m = Math.Max(Math.Max(Joy, Sorrow), Math.Max(Love, Loss));
        return m <= 0 ? None : this * (1f / m);
    }
}
