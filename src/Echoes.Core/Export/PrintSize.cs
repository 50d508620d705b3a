using System.Globalization;
using System.Text.RegularExpressions;

namespace Echoes.Export;

/// <summary>
/// Paper sizes for print renders: ISO A0–A6, US letter, legal and tabloid, or a custom <c>WxHmm</c> / <c>WxHin</c>.
/// The paper is turned to match the plan's orientation; the painting is fitted on it, centred (see <see cref="Rendering.Fit"/>).
/// </summary>
public static partial class PrintSize
{
    /// <summary>Highest resolution accepted, pixels per inch.</summary>
    public const double MaxDpi = 2400;

    /// <summary>The option an error about the paper names (<see cref="EchoesException.Subject"/>).</summary>
    public const string PaperField = "Paper";

    /// <summary>The option an error about the resolution names (<see cref="EchoesException.Subject"/>).</summary>
    public const string DpiField = "Dpi";

    private static readonly Dictionary<string, (double W, double H)> Papers = new(StringComparer.OrdinalIgnoreCase)
    {
        ["A0"] = (841, 1189), ["A1"] = (594, 841), ["A2"] = (420, 594), ["A3"] = (297, 420), ["A4"] = (210, 297), ["A5"] = (148,
            210), ["A6"] = (105, 148),
        ["letter"] = (215.9, 279.4), ["legal"] = (215.9, 355.6), ["tabloid"] = (279.4, 431.8),
    };

    /// <summary>The paper's size in millimetres (portrait).</summary>
    /// <exception cref="EchoesException">Unknown paper; the message lists the known ones.</exception>
    public static (double WidthMm, double HeightMm) Parse(string paper)
    {
        if (Papers.TryGetValue(paper.Trim(), out var p)) return p;
        var m = Custom().Match(paper.Trim());
        if (m.Success)
        {
            double w = double.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture), h = double.Parse(m.Groups[2].Value,
                CultureInfo.InvariantCulture);
            double k = m.Groups[3].Value.Equals("in", StringComparison.OrdinalIgnoreCase) ? 25.4 : 1;
            if (w > 0 && h > 0) return (w * k, h * k);
        }
        throw new EchoesException(PaperField, $"unknown paper size \"{paper}\" (known: {string.Join(", ", Papers.Keys)}, or WxHmm, WxHin)");
    }

    /// <summary>
    /// The sheet's size in pixels at <paramref name="dpi"/>, turned to the painting's orientation: landscape paper for a
    /// plan wider than tall (<paramref name="aspect"/>, width / height, at least 1), portrait otherwise. The painting is
    /// then fitted on it (<see cref="Rendering.Fit"/>), so the output is the paper's size exactly.
    /// </summary>
    /// <exception cref="EchoesException">Unknown paper, unusable resolution, or a sheet over <see cref="Limits.MaxOutputSide"/>.</exception>
    public static (int Width, int Height) Paper(string paper, double dpi, double aspect)
    {
        string dpiText = dpi.ToString(CultureInfo.InvariantCulture);
        if (!(dpi > 0) || dpi > MaxDpi) throw new EchoesException(DpiField, $"{dpiText} is not a usable resolution (1 to {MaxDpi} dpi)");
        var (w, h) = Parse(paper);
        if (aspect >= 1 != w >= h) (w, h) = (h, w);
        var (iw, ih) = ((int)Math.Round(w / 25.4 * dpi), (int)Math.Round(h / 25.4 * dpi));
        if (iw > Limits.MaxOutputSide || ih > Limits.MaxOutputSide)
            throw new EchoesException(PaperField, $"{paper} at {dpiText} dpi would be {iw}×{ih} px, over the limit of {Limits.MaxOutputSide:N0} px");
        return (Math.Max(1, iw), Math.Max(1, ih));
    }

    [GeneratedRegex(@"^(\d+(?:\.\d+)?)\s*[x×]\s*(\d+(?:\.\d+)?)\s*(mm|in)$", RegexOptions.IgnoreCase)]
    private static partial Regex Custom();
}
