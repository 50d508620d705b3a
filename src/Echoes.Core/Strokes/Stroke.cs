using Echoes.Color;

namespace Echoes.Strokes;

/// <summary>
/// One brush mark: a smooth spine through control points (Catmull-Rom, logical units), a width profile (body width
/// with tapers at each end), a colour in linear RGB with opacity, a brush kind, a paint load and a texture seed.
/// Strokes hold no pixels; the renderer draws them at any size.
/// </summary>
public sealed record Stroke
{
    /// <summary>Longest <see cref="Part"/>, characters.</summary>
    public const int MaxPart = 200;

    /// <summary>Spine control points in logical units; one point makes a dab.</summary>
    public required Point2[] Points { get; init; }

    /// <summary>Body width in logical units.</summary>
    public required float Width { get; init; }

    /// <summary>Colour, linear RGB.</summary>
    public required Rgb Color { get; init; }

    /// <summary>Opacity in [0, 1].</summary>
    public float Opacity { get; init; } = 1f;

    /// <summary>Brush kind.</summary>
    public BrushKind Brush { get; init; } = BrushKind.Round;

    /// <summary>Fraction of the length over which the stroke swells from its tip to full width at the start, [0, 0.5].</summary>
    public float TaperStart { get; init; } = 0.15f;

    /// <summary>Fraction of the length over which the stroke thins at its end, [0, 0.5].</summary>
    public float TaperEnd { get; init; } = 0.25f;

    /// <summary>Paint load in [0, 1]: 1 stays wet to the end, lower values run dry sooner along the stroke.</summary>
    public float Load { get; init; } = 1f;

    /// <summary>Seed of the stroke's texture (bristles, droplets, scrapes).</summary>
    public uint Seed { get; init; }

    /// <summary>What the stroke paints, when its source knows (a scene's <c>sky</c>, <c>land</c>, <c>water</c>,
    /// <c>figure:NAME</c>, <c>tie:NAME+NAME</c>, <c>echo:NAME</c>); null when it does not. Exporters group strokes by it.</summary>
    public string? Part { get; init; }

    /// <summary>Checks the stroke's values; returns a reason when one is out of range, else null.</summary>
    public string? Validate()
    {
        if (Points is null || Points.Length == 0) return "a stroke needs at least one point";
        if (Points.Length > Limits.MaxStrokePoints) return $"a stroke has more than {Limits.MaxStrokePoints} points";
        foreach (var p in Points)
            if (!float.IsFinite(p.X) || !float.IsFinite(p.Y)) return "a point is not a finite number";
        if (!(Width > 0) || !float.IsFinite(Width)) return "width must be a positive number";
        if (!InUnit(Opacity)) return "opacity must be in [0, 1]";
        if (!InUnit(Load)) return "load must be in [0, 1]";
        if (!(TaperStart is >= 0 and <= 0.5f) || !(TaperEnd is >= 0 and <= 0.5f)) return "tapers must be in [0, 0.5]";
        if (!float.IsFinite(Color.R) || !float.IsFinite(Color.G) || !float.IsFinite(Color.B)) return "colour is not finite";
        if (Part is { Length: 0 or > MaxPart }) return $"a part must be 1 to {MaxPart} characters";
        return null;
    }

    /// <summary>Writes this stroke as the plan format's stroke object (how live views receive strokes).</summary>
    public void WriteJson(System.Text.Json.Utf8JsonWriter writer) => PlanJson.WriteStroke(writer, this);

    private static bool InUnit(float v) => v is >= 0f and <= 1f;
}
