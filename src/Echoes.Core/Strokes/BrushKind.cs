namespace Echoes.Strokes;

/// <summary>The kinds of brush mark, as plans record them. What each kind does (footprint, texture, relief, SVG form) is
/// its <see cref="Brushes.Brush"/>: <c>Brush.Of(kind)</c>.</summary>
public enum BrushKind
{
    /// <summary>Round brush: tapered ends, soft bristle streaks.</summary>
    Round,
    /// <summary>Flat brush: square ends, strong parallel bristle streaks.</summary>
    Flat,
    /// <summary>Palette knife: hard-edged opaque slab with scraped, ragged edges and ridges of paint.</summary>
    Knife,
    /// <summary>Dry brush: broken coverage that thins out as the paint load runs out.</summary>
    DryBrush,
    /// <summary>Glaze: a thin transparent layer that filters the colours beneath, like a transparent pigment.</summary>
    Glaze,
    /// <summary>Splatter: droplets thrown around the first point, along the spine's direction.</summary>
    Splatter,
    /// <summary>Drip: a run of paint along the spine (usually downward) ending in a bead.</summary>
    Drip,
}
