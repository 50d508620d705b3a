namespace Echoes.Rendering;

/// <summary>How a plan fills an output whose aspect is not its own (a sheet of paper, say).</summary>
public enum Fit
{
    /// <summary>The whole painting, centred; the margins are the plan's ground colour.</summary>
    Contain,

    /// <summary>The painting scaled to fill the output, centred; what overhangs is cut off.</summary>
    Cover,
}
