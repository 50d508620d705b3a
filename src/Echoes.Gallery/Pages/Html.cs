using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace Echoes.Gallery.Pages;

/// <summary>
/// A fragment of HTML. Built only through <see cref="H"/>, whose interpolation holes are HTML-encoded unless they are
/// themselves <see cref="Html"/>: text from visitors cannot become markup by forgetting to encode it.
/// </summary>
/// <remarks>A built fragment keeps the pieces it was made of (text, and the smaller fragments themselves) and is joined
/// into one string only when <see cref="Value"/> is read: a work page nests five levels deep, and joining at every level
/// copied the whole page five times (most of what a gallery server allocated under load).</remarks>
internal readonly struct Html
{
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    private readonly object? _content; // a string, or a Pieces

    public Html(string value) => _content = value ?? "";

    private Html(Pieces pieces) => _content = pieces;

    /// <summary>The fragment as one string.</summary>
    public string Value => _content switch
    {
        string s => s,
        Pieces p => p.Join(),
        _ => "",
    };

    public static Html Empty => new("");

    /// <summary>Builds HTML from an interpolated string, encoding every hole.</summary>
    public static Html H(ref Builder html) => html.Build();

    public static string Encode(string? text) => Encoder.Encode(text ?? "");

    public override string ToString() => Value;

    // A built fragment's pieces, each a string or another Pieces, and their length in characters.
    private sealed class Pieces(List<object> parts, int length)
    {
        public int Length => length;

        public string Join() => string.Create(length, this, static (span, pieces) => pieces.CopyTo(span));

        private int CopyTo(Span<char> to)
        {
            int at = 0;
            foreach (object part in parts)
            {
                if (part is string s) { s.CopyTo(to[at..]); at += s.Length; }
                else at += ((Pieces)part).CopyTo(to[at..]);
            }
            return at;
        }
    }

    /// <summary>The interpolated string handler behind <see cref="H"/>.</summary>
    [InterpolatedStringHandler]
    public ref struct Builder
    {
        private readonly List<object> _parts;
        private int _length;

        // The literals are kept as they are (not copied), so their length needs no room: only the number of pieces does.
        public Builder(int literalLength, int formattedCount) => _parts = new(2 * formattedCount + 1);

        public void AppendLiteral(string s) => Add(s);
        public void AppendFormatted(Html h) => Add(h._content);
        public void AppendFormatted(IEnumerable<Html> hs) { foreach (var h in hs) Add(h._content); }
        public void AppendFormatted(string? s) => Add(Encode(s));
        public void AppendFormatted<T>(T value, string? format = null) =>
            Add(Encode(value is IFormattable f ? f.ToString(format, CultureInfo.InvariantCulture) : value?.ToString()));
        public readonly Html Build() => _parts.Count == 1 && _parts[0] is string s ? new(s) : new(new Pieces(_parts, _length));

        private void Add(object? content)
        {
            switch (content)
            {
                case string { Length: > 0 } s: _parts.Add(s); _length += s.Length; break;
                case Pieces p: _parts.Add(p); _length += p.Length; break;
            }
        }
    }
}
