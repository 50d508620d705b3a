using Echoes.Color;

namespace Echoes.Strokes;

/// <summary>
/// The central artefact: an ordered, resolution-independent list of strokes on a canvas of a logical size, with a
/// ground colour. It holds no pixels; <see cref="Rendering.Renderer"/> draws it at any size.
/// </summary>
public sealed class StrokePlan
{
    /// <summary>The plan format version this build writes and reads.</summary>
    public const int FormatVersion = 1;

    /// <summary>Creates an empty plan.</summary>
    /// <param name="width">Logical width (any positive unit; only the aspect and stroke proportions matter).</param>
    /// <param name="height">Logical height.</param>
    /// <param name="background">The ground colour, linear RGB.</param>
    public StrokePlan(float width, float height, Rgb background)
    {
        if (!(width > 0) || !(height > 0) || !float.IsFinite(width) || !float.IsFinite(height))
            throw new ArgumentOutOfRangeException(nameof(width), "a plan's width and height must be positive");
        Width = width;
        Height = height;
        Background = background;
    }

    /// <summary>Logical width.</summary>
    public float Width { get; }

    /// <summary>Logical height.</summary>
    public float Height { get; }

    /// <summary>The ground colour.</summary>
    public Rgb Background { get; set; }

    /// <summary>Strength of the paint relief when rendered (0 flat, 1 normal); a render option scales it further.</summary>
    public float Relief { get; set; } = 1f;

    /// <summary>Colour of the light on the relief, −1 (cold) to 1 (warm); 0 is neutral.</summary>
    public float Warmth { get; set; }

    /// <summary>The strokes, in painting order.</summary>
    public List<Stroke> Strokes { get; } = [];

    /// <summary>Free-form facts about how the plan was made (source, style, mood, seed, engine version).</summary>
    public SortedDictionary<string, string> Meta { get; } = new(StringComparer.Ordinal);

    /// <summary>Pixel size for a render whose long side (or width) is given, keeping the aspect.</summary>
    public (int Width, int Height) PixelSize(int? width = null, int? longSide = null)
    {
        double k = width is int w ? w / (double)Width
                 : longSide is int l ? l / (double)Math.Max(Width, Height)
                 : 1.0;
        return (Math.Max(1, (int)Math.Round(Width * k)), Math.Max(1, (int)Math.Round(Height * k)));
    }

    /// <summary>Reads a plan file; see <c>docs/plan-format.md</c>.</summary>
    /// <exception cref="EchoesException">The file is missing, malformed, truncated or of an unknown version.</exception>
    public static StrokePlan Load(string path) => PlanJson.Load(path);

    /// <summary>Reads a plan file on a worker thread.</summary>
    public static Task<StrokePlan> LoadAsync(string path) => Task.Run(() => Load(path));

    /// <summary>Writes the plan as JSON, atomically.</summary>
    public void Save(string path) => PlanJson.Save(this, path);

    /// <summary>Writes the plan on a worker thread.</summary>
    public Task SaveAsync(string path) => Task.Run(() => Save(path));

    /// <summary>The plan as JSON bytes (UTF-8).</summary>
    public byte[] ToJson() => PlanJson.Serialize(this);

    /// <summary>Parses plan JSON bytes.</summary>
    public static StrokePlan FromJson(ReadOnlySpan<byte> json, string name = "plan") => PlanJson.Parse(json, name);

    /// <summary>A hex SHA-256 of the plan's JSON: identifies the painting.</summary>
    public string Hash() => Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(ToJson()));
}
