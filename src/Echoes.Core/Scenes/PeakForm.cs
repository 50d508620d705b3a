namespace Echoes.Scenes;

/// <summary>The form of a peak's flanks.</summary>
internal enum PeakForm
{
    /// <summary>Concave flanks rising to a sharp top.</summary>
    Pointed,

    /// <summary>A rounded top on convex flanks.</summary>
    Dome,

    /// <summary>A peak with a bench part-way down one flank.</summary>
    Shoulder,

    /// <summary>A peak with one face falling steeply.</summary>
    Cliff,

    /// <summary>A swell: flanks sweeping out from a top only a little rounded (every dune).</summary>
    Swell,
}
