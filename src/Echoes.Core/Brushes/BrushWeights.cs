using System.Collections.Immutable;
using System.Globalization;
using Echoes.Strokes;

namespace Echoes.Brushes;

/// <summary>
/// Relative weights of the brush kinds, keyed by kind (a kind not named weighs 0). Immutable; compared by value.
/// <code>new BrushWeights((BrushKind.Round, 6), (BrushKind.Flat, 2.5f))</code>
/// </summary>
public sealed class BrushWeights : IEquatable<BrushWeights>
{
    private readonly ImmutableArray<float> _weights; // by kind

    private BrushWeights(ImmutableArray<float> weights) => _weights = weights;

    /// <summary>Weights for the kinds named; the rest weigh 0. A kind named twice keeps its last weight.</summary>
    public BrushWeights(params ReadOnlySpan<(BrushKind Kind, float Weight)> weights)
    {
        var w = new float[Brush.All.Count];
        foreach (var (kind, weight) in weights) w[Index(kind)] = weight;
        _weights = ImmutableArray.Create(w);
    }

    /// <summary>Every kind at weight 0.</summary>
    public static BrushWeights None { get; } = new();

    /// <summary>Weights computed per kind.</summary>
    public static BrushWeights From(Func<BrushKind, float> weight) =>
        new(Brush.All.Select(b => weight(b.Kind)).ToImmutableArray());

    /// <summary>The weight of a kind.</summary>
    public float this[BrushKind kind] => _weights[Index(kind)];

    /// <summary>The sum of the weights (accumulated in double precision).</summary>
    public float Total
    {
        get
        {
            double sum = 0;
            foreach (float w in _weights) sum += w;
            return (float)sum;
        }
    }

    /// <summary>These weights with <paramref name="kind"/> at <paramref name="weight"/>.</summary>
    public BrushWeights With(BrushKind kind, float weight) => new(_weights.SetItem(Index(kind), weight));

    /// <summary>The kinds with their weights, in kind order.</summary>
    public IEnumerable<(BrushKind Kind, float Weight)> Entries => Brush.All.Select(b => (b.Kind, _weights[(int)b.Kind]));

    /// <inheritdoc/>
    public bool Equals(BrushWeights? other) => other is not null && _weights.AsSpan().SequenceEqual(other._weights.AsSpan());

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as BrushWeights);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var h = new HashCode();
        foreach (float w in _weights) h.Add(w);
        return h.ToHashCode();
    }

    /// <inheritdoc/>
    public override string ToString() => string.Join(", ",
        Entries.Where(e => e.Weight != 0).Select(e => string.Create(CultureInfo.InvariantCulture, $"{Brush.Of(e.Kind).Name}: {e.Weight}")));

    private static int Index(BrushKind kind) => (uint)kind < (uint)Brush.All.Count ? (int)kind
        : throw new ArgumentOutOfRangeException(nameof(kind), kind, "not a brush kind");
}
