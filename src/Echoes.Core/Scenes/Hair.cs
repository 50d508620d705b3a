namespace Echoes.Scenes;

/// <summary>The mass over a figure's head, seen from behind: what makes the head a person's and not a knob.</summary>
internal enum Hair
{
    /// <summary>Short hair: the crown a little fuller than the skull.</summary>
    Short,

    /// <summary>Long hair falling onto the back.</summary>
    Long,

    /// <summary>Hair gathered in a knot at the back of the head.</summary>
    Bun,

    /// <summary>A brimmed hat.</summary>
    Hat,
}
