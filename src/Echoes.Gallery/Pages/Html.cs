using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace Echoes.Gallery.Pages;

/// <summary>
/// A fragment of HTML. Built only through <see cref="H"/>, whose interpolation holes are HTML-encoded unless they are
/// themselves <see cref="Html"/>: text from visitors cannot become markup by forgetting to encode it.
/// </summary>
internal readonly struct Html(string value)
{
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    public string Value { get; } = value ?? "";

    public static Html Empty => new("");

    /// <summary>Builds HTML from an interpolated string, encoding every hole.</summary>
    public static Html H(ref Builder html) => html.Build();

    public static string Encode(string? text) => Encoder.Encode(text ?? "");

    public override string ToString() => Value;

    /// <summary>The interpolated string handler behind <see cref="H"/>.</summary>
    [InterpolatedStringHandler]
    public ref struct Builder(int literalLength, int formattedCount)
    {
        private readonly StringBuilder _sb = new(literalLength + formattedCount * 16);

        public readonly void AppendLiteral(string s) => _sb.Append(s);
        public readonly void AppendFormatted(Html h) => _sb.Append(h.Value);
        public readonly void AppendFormatted(IEnumerable<Html> hs) { foreach (var h in hs) _sb.Append(h.Value); }
        public readonly void AppendFormatted(string? s) => _sb.Append(Encode(s));
        public readonly void AppendFormatted<T>(T value, string? format = null) =>
            _sb.Append(Encode(value is IFormattable f ? f.ToString(format, CultureInfo.InvariantCulture) : value?.ToString()));
        public readonly Html Build() => new(_sb.ToString());
    }
}
