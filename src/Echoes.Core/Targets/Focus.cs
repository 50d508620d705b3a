using System.Globalization;

namespace Echoes.Targets;

/// <summary>How the painter is told where the subject is.</summary>
public enum FocusKind
{
    /// <summary>Found from the photo: what is sharp, what stands out, what the composition centres on.</summary>
    Auto,
    /// <summary>No subject: the same brushwork everywhere.</summary>
    None,
    /// <summary>A disc given by the user (<see cref="Focus.X"/>, <see cref="Focus.Y"/>, <see cref="Focus.Radius"/>).</summary>
    Spot,
}

/// <summary>
/// Where the painter spends its detail: found automatically, nowhere, or a disc at (<see cref="X"/>, <see cref="Y"/>)
/// with radius <see cref="Radius"/>, all fractions of the image (x of its width, y of its height, the radius of its
/// long side). Written <c>auto</c>, <c>none</c> or <c>x,y,r</c> (<c>0.5,0.4,0.2</c>).
/// </summary>
/// <param name="Kind">How the subject is found.</param>
/// <param name="X">Centre of the spot, fraction of the width from the left (0–1).</param>
/// <param name="Y">Centre of the spot, fraction of the height from the top (0–1).</param>
/// <param name="Radius">Radius of the spot, fraction of the long side (above 0, at most 2).</param>
public readonly record struct Focus(FocusKind Kind, float X = 0.5f, float Y = 0.5f, float Radius = 0.25f)
{
    /// <summary>Found from the photo (the default).</summary>
    public static Focus Auto => new(FocusKind.Auto);

    /// <summary>No subject.</summary>
    public static Focus None => new(FocusKind.None);

    /// <summary>Why this focus is not valid, or null when it is.</summary>
    public string? Problem => !Enum.IsDefined(Kind) ? $"{(int)Kind} is not a kind of focus"
        : Kind != FocusKind.Spot ? null
        : !(X is >= 0f and <= 1f) || !(Y is >= 0f and <= 1f) ? "the spot's centre (x, y) must be fractions of the image between 0 and 1"
        : !(Radius is > 0f and <= 2f) ? "the spot's radius must be a fraction of the long side above 0 and at most 2"
        : null;

    /// <summary>Reads <c>auto</c>, <c>none</c> or <c>x,y,r</c>.</summary>
    /// <param name="text">The text to read.</param>
    /// <param name="subject">The option field named in errors.</param>
    /// <exception cref="EchoesException">The text is none of these, or the spot is out of range.</exception>
    public static Focus Parse(string text, string subject)
    {
        var t = text.Trim();
        if (t.Equals("auto", StringComparison.OrdinalIgnoreCase)) return Auto;
        if (t.Equals("none", StringComparison.OrdinalIgnoreCase)) return None;
        var parts = t.Split(',');
        var values = new float[parts.Length];
        bool numbers = true;
        for (int i = 0; i < parts.Length; i++)
            numbers &= float.TryParse(parts[i].Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out values[i]);
        if (!numbers || values.Length != 3)
            throw new EchoesException(subject, $"give auto, none or x,y,r as fractions of the image, like 0.5,0.4,0.2 (got \"{Clip(t)}\")");
        var focus = new Focus(FocusKind.Spot, values[0], values[1], values[2]);
        return focus.Problem is { } problem ? throw new EchoesException(subject, problem) : focus;
    }

    /// <summary>The written form: <c>auto</c>, <c>none</c> or <c>x,y,r</c>.</summary>
    public override string ToString() => Kind switch
    {
        FocusKind.Auto => "auto",
        FocusKind.None => "none",
        _ => string.Create(CultureInfo.InvariantCulture, $"{X:0.###},{Y:0.###},{Radius:0.###}"),
    };

    private static string Clip(string s) => s.Length > 20 ? s[..20] + "…" : s;
}
