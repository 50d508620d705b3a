using Echoes.Moods;

namespace Echoes.Scenes;

/// <summary>Kinds of landscape a scene can be set in.</summary>
public enum LandscapeKind
{
    /// <summary>A valley between slopes, a river leading in.</summary>
    Valley,
    /// <summary>Wide flat land with low far hills.</summary>
    Plains,
    /// <summary>Sea to the horizon, a shore in front.</summary>
    Coast,
    /// <summary>Tall jagged ranges, one behind another.</summary>
    Mountains,
    /// <summary>Smooth sweeping dunes.</summary>
    Dunes,
}

/// <summary>Time of day: the sky, the light and the sun or moon.</summary>
public enum TimeOfDay
{
    /// <summary>Early light, pink and gold near the horizon.</summary>
    Dawn,
    /// <summary>Full daylight, high sun.</summary>
    Day,
    /// <summary>Low sun, orange and violet.</summary>
    Dusk,
    /// <summary>Moon and stars.</summary>
    Night,
}

/// <summary>How a figure holds itself.</summary>
public enum Pose
{
    /// <summary>Upright.</summary>
    Standing,
    /// <summary>Seated on the ground, knees up.</summary>
    Sitting,
    /// <summary>Mid-stride.</summary>
    Walking,
    /// <summary>On one knee.</summary>
    Kneeling,
}

/// <summary>The landscape of a scene.</summary>
/// <param name="Kind">The kind of land.</param>
/// <param name="Time">Time of day.</param>
/// <param name="Horizon">Height of the horizon from the top, as a fraction of the height (0.15–0.85).</param>
public sealed record Landscape(LandscapeKind Kind = LandscapeKind.Valley, TimeOfDay Time = TimeOfDay.Dusk, float Horizon = 0.45f);

/// <summary>A person in the scene.</summary>
/// <param name="Name">Unique name.</param>
/// <param name="Mood">What they feel.</param>
/// <param name="Pose">How they hold themselves.</param>
/// <param name="Position">Optional position as fractions of the canvas (x, y of the feet); chosen by the composer when null.</param>
public sealed record Figure(string Name, Mood Mood, Pose Pose = Pose.Standing, (float X, float Y)? Position = null);

/// <summary>A tie between two figures: strength in [−1, 1]; negative is estrangement.</summary>
/// <param name="From">Name of one figure.</param>
/// <param name="To">Name of the other.</param>
/// <param name="Strength">How strong the tie is; below zero, broken and cold.</param>
public sealed record Tie(string From, string To, float Strength);

/// <summary>
/// A composition: a landscape, figures scattered through it each with their own feeling, and the ties between them.
/// Read from YAML or JSON (<see cref="SceneReader"/>); <see cref="SceneComposer"/> turns it into a painting target.
/// </summary>
public sealed record Scene
{
    /// <summary>Largest logical side of a scene.</summary>
    public const int MaxSide = Limits.MaxOutputSide;

    /// <summary>Smallest logical side of a scene.</summary>
    public const int MinSide = 16;

    /// <summary>Most times the long side may be the short one: a narrower scene would lose its proportions (and
    /// its figures) at working size.</summary>
    public const int MaxAspect = 10;

    /// <summary>Most figures in one scene.</summary>
    public const int MaxFigures = 500;

    /// <summary>Largest scene file, bytes.</summary>
    public const int MaxFileBytes = 1024 * 1024;

    /// <summary>Longest title, characters.</summary>
    public const int MaxTitle = 120;

    /// <summary>Title of the work.</summary>
    public string Title { get; init; } = "Untitled";

    /// <summary>Logical size (aspect and proportions; pixels are chosen at render time).</summary>
    public (int Width, int Height) Size { get; init; } = (3000, 1500);

    /// <summary>Seed of every random choice in composing and painting.</summary>
    public int Seed { get; init; } = 1;

    /// <summary>The mood of the whole painting.</summary>
    public Mood Mood { get; init; }

    /// <summary>The land, the time and the horizon.</summary>
    public Landscape Landscape { get; init; } = new();

    /// <summary>The people.</summary>
    public IReadOnlyList<Figure> Figures { get; init; } = [];

    /// <summary>The ties between people.</summary>
    public IReadOnlyList<Tie> Ties { get; init; } = [];

    /// <summary>Reads a scene file (YAML or JSON).</summary>
    /// <exception cref="EchoesException">Syntax errors, unknown fields or values, broken references, limits; the message names the line.</exception>
    public static Scene Load(string path) => SceneReader.Load(path);
}
