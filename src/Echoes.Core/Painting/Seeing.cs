namespace Echoes.Painting;

/// <summary>
/// How a style sees its source before the optimizer refines it: the traditional layered block-in, or one of the
/// avant-garde ways of seeing. Every seeing still paints only strokes into a plan.
/// </summary>
public enum Seeing
{
    /// <summary>Hertzmann's layered block-in along the form (<c>faithful</c>, <c>expressive</c>, ...).</summary>
    Layered,
    /// <summary>Overlapping planes cut along the form's main edges, each with its own light (cubist).</summary>
    Fractured,
    /// <summary>Large energetic drags, pours, drips and splatters (abstract-expressionist action).</summary>
    Gesture,
    /// <summary>A few large soft-edged fields of the dominant colours in thin glazes (colour-field painting).</summary>
    Field,
    /// <summary>Each main form repeated outward in fading, displaced strokes: Echoes' own.</summary>
    Echo,
}
