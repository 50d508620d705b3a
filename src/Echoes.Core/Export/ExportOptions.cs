using Echoes.Rendering;

namespace Echoes.Export;

/// <summary>How a plan is written to a file: its size (pixels or paper), relief, quality, plotter pens, and what the
/// file records about how it was made.</summary>
public sealed record ExportOptions
{
    /// <summary>Output width in pixels, when no paper is given (the height follows the plan's aspect).</summary>
    public int? Width { get; init; }

    /// <summary>Output long side in pixels, when neither a width nor a paper is given.</summary>
    public int? LongSide { get; init; }

    /// <summary>A paper size (<see cref="PrintSize.Parse"/>): the output is the sheet's size exactly.</summary>
    public string? Paper { get; init; }

    /// <summary>Resolution on paper, pixels per inch.</summary>
    public double Dpi { get; init; } = 300;

    /// <summary>How the painting sits on the paper.</summary>
    public Fit Fit { get; init; } = Fit.Contain;

    /// <summary>Whether raster images show paint relief and light (false: flat colour).</summary>
    public bool Impasto { get; init; } = true;

    /// <summary>At most how many cores a render uses; null: all of them. The pixels are the same either way.</summary>
    public int? MaxDegreeOfParallelism { get; init; }

    /// <summary>JPEG and WebP quality, 1–100.</summary>
    public int Quality { get; init; } = 92;

    /// <summary>Whether an SVG is a plotter's (stroke centre lines, one layer per pen, sized in millimetres).</summary>
    public bool Plotter { get; init; }

    /// <summary>Pens for a plotter SVG.</summary>
    public int Pens { get; init; } = 6;

    /// <summary>Whether a plotter SVG gives each figure, tie and echo (<see cref="Strokes.Stroke.Part"/>) a pen of its
    /// own beside the colour pens.</summary>
    public bool PenByPart { get; init; }

    /// <summary>Whether a PNG stores the whole plan (<see cref="Provenance"/>).</summary>
    public bool EmbedPlan { get; init; }

    /// <summary>How the painting was made, recorded in a PNG; null records none.</summary>
    public string? Command { get; init; }

    /// <summary>How a time-lapse is cut (frames per second, length, hold).</summary>
    public TimelapseOptions Timelapse { get; init; } = new();
}
