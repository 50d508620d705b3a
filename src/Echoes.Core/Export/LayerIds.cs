using System.Text;

namespace Echoes.Export;

/// <summary>
/// XML ids for an SVG's layers, made from free text (a stroke's part, <c>figure:Ana</c>): letters, digits, <c>-</c>,
/// <c>_</c> and <c>.</c> are kept and anything else becomes <c>-</c>, a leading non-letter gets <c>_</c>, and a name
/// already given gets <c>-2</c>, <c>-3</c>, … so every id in the document stays unique.
/// </summary>
internal sealed class LayerIds
{
    private readonly HashSet<string> _given = new(StringComparer.Ordinal);

    /// <summary>Ids already in the document (such as the plotter's <c>pen1</c>), never handed out again.</summary>
    public LayerIds(IEnumerable<string>? reserved = null)
    {
        if (reserved is not null) _given.UnionWith(reserved);
    }

    /// <summary>A valid id for <paramref name="name"/>, unique among the ids given so far.</summary>
    public string For(string name)
    {
        var sb = new StringBuilder(name.Length + 1);
        foreach (char ch in name) sb.Append(char.IsLetterOrDigit(ch) || ch is '-' or '_' or '.' ? ch : '-');
        if (sb.Length == 0 || !(char.IsLetter(sb[0]) || sb[0] == '_')) sb.Insert(0, '_');
        string id = sb.ToString();
        for (int n = 2; !_given.Add(id); n++) id = $"{sb}-{n}";
        return id;
    }
}
