namespace Echoes.Gallery.Web;

/// <summary>
/// Core names an option error by its field (<c>Style</c>, <c>Mood</c>, <c>Width</c>); visitors know the gallery's form
/// and JSON fields, which are the same names in camel case. Other subjects (fields the gallery names itself, scene lines)
/// are left as they are.
/// </summary>
internal static class FormFields
{
    // The Core option fields a visitor can set through a form or a download, by the gallery's name for each.
    private static readonly Dictionary<string, string> Names = new(StringComparer.Ordinal)
    {
        ["Style"] = "style", ["Mood"] = "mood", ["Strokes"] = "strokes", ["Seed"] = "seed", ["Width"] = "width",
        ["Focus"] = "focus",
    };

    /// <summary>The error's one-line form with a Core option field replaced by the gallery's name for it.</summary>
    public static string OneLine(EchoesException e) =>
        Names.TryGetValue(e.Subject, out var name) ? $"{name}: {e.Message}" : e.OneLine;
}
