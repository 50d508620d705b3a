using Echoes.Moods;

namespace Echoes.Painting;

/// <summary>
/// How the layered pass lays a photograph's marks as a painter's touches rather than as the tracer left them: carried on
/// along the form while the colour still belongs, shaped like a loaded brush that sets down and lifts off, and of varied
/// size. <see cref="None"/> (the default) leaves the traced strokes as they are. A scene's landscape is
/// guided by its own zones and levels and keeps the traced strokes.
/// </summary>
/// <param name="Least">The least length, in widths, a stroke is carried to unless its colour is plainly foreign there or
/// an edge of the photo stops it (less far on the subject, whose detail needs short touches): a shorter touch reads as a
/// dab, and rows of equal dabs as confetti.</param>
/// <param name="Comma">How far tapering marks (round, dry brush) take a comma's shape, 0–1: set down loaded (a blunt start)
/// and lifted off in a long taper, instead of a symmetric pill.</param>
/// <param name="Spread">How much marks of one layer vary in width and length, as a share either way (0–0.5): equal marks
/// side by side read as a pattern.</param>
/// <param name="Belongs">How far (encoded RGB, 0–1) the photo may lie from a touch's colour past its least length and the
/// touch still go on, however near the canvas beneath already is (less on the subject). 0 stops it, as the tracer does, as
/// soon as the canvas is as near as its colour: over a laid-in canvas that is at its least length, and touches of one
/// length side by side read as pebbles; carried on while they belong they overlap into passages.</param>
/// <param name="Passage">How much of its colour's jitter a touch shares with the touches around it, 0–1: 0 draws each
/// touch's own, and where the photo is even, touches of unrelated hues side by side read as confetti; shared, neighbours
/// vary together, in passages of broken colour that shift from place to place.</param>
/// <param name="Loose">How much longer, in its own lengths, a touch runs away from the subject (and how much further it is
/// carried at least), 0–4: there is no form there to draw, and short touches of one length strewn over a quiet background
/// read as confetti.</param>
public readonly record struct Touch(float Least, float Comma, float Spread, float Belongs = 0f, float Passage = 0f, float Loose = 0f)
{
    /// <summary>No touch: the traced strokes as they are.</summary>
    public static Touch None => default;

    /// <summary>The touch laid under <paramref name="mood"/>: as the style says with no mood; under one, no looser away from
    /// the subject (<see cref="Loose"/>), as a mood sets its own hand (loss breaks its marks off on purpose; the others
    /// lengthen and scale them, and lengthened again they float across the face as blobs and bars).</summary>
    internal Touch Under(MoodParameters mood) => mood == MoodParameters.Neutral ? this : this with { Loose = 0f };

    /// <summary>What is out of range, or null.</summary>
    internal string? Problem =>
        !(Least is >= 0f and <= 20f) ? "the least touch length must be between 0 and 20 widths"
        : !(Comma is >= 0f and <= 1f) ? "the touch's comma must be between 0 and 1"
        : !(Spread is >= 0f and <= 0.5f) ? "the touch's spread must be between 0 and 0.5"
        : !(Belongs is >= 0f and <= 1f) ? "how far a touch's colour belongs must be between 0 and 1"
        : !(Passage is >= 0f and <= 1f) ? "the touch's passage must be between 0 and 1"
        : !(Loose is >= 0f and <= 4f) ? "how much looser a touch is laid away from the subject must be between 0 and 4"
        : null;
}
