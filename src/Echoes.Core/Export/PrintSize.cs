using System.Globalization;
using System.Text.RegularExpressions;

namespace Echoes.Export;

/// <summary>
/// Paper sizes for print renders: ISO A0–A6, US letter, legal and tabloid, or a custom <c>WxHmm</c> / <c>WxHin</c>.
/// The paper is turned to match the plan's orientation and the plan fitted inside it at the given resolution.
/// </summary>
public static partial class PrintSize
{
    /// <summary>Highest resolution accepted, pixels per inch.</summary>
    public const double MaxDpi = 2400;

    private static readonly Dictionary<string, (double W, double H)> Papers = new(StringComparer.OrdinalIgnoreCase)
    {
        ["A0"] = (841, 1189), ["A1"] = (594, 841), ["A2"] = (420, 594), ["A3"] = (297, 420), ["A4"] = (210, 297), ["A5"] = (148, 210), ["A6"] = (105, 148),
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
            double w = double.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture), h = double.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture);
            double k = m.Groups[3].Value.Equals("in", StringComparison.OrdinalIgnoreCase) ? 25.4 : 1;
            if (w > 0 && h > 0) return (w * k, h * k);
        }
        throw new EchoesException("--print", $"unknown paper size \"{paper}\" (known: {string.Join(", ", Papers.Keys)}, or WxHmm, WxHin)");
    }

    /// <summary>Output pixels for a plan of aspect <paramref name="aspect"/> (width / height) on the paper at <paramref name="dpi"/>.</summary>
    public static (int Width, int Height) Pixels(string paper, double dpi, double aspect)
    {
        if (!(dpi > 0) || dpi > MaxDpi) throw new EchoesException("--dpi", $"{dpi.ToString(CultureInfo.InvariantCulture)} is not a usable resolution (1 to {MaxDpi} dpi)");
        var (w, h) = Parse(paper);
        if (aspect >= 1 != w >= h) (w, h) = (h, w);
        double pw = Math.Round(w / 25.4 * dpi), ph = Math.Round(h / 25.4 * dpi);
        // Fit the plan inside the paper; a plan of the paper's own aspect (within rounding) fills it exactly.
        double fw = Math.Min(pw, ph * aspect);
        if (pw - fw < 0.002 * pw) fw = pw;
        double fh = Math.Min(ph, fw / aspect);
        var (iw, ih) = ((int)Math.Round(fw), (int)Math.Round(fh));
        if (iw > Limits.MaxOutputSide || ih > Limits.MaxOutputSide)
            throw new EchoesException("--print", $"{paper} at {dpi.ToString(CultureInfo.InvariantCulture)} dpi would be {iw}×{ih} px, over the limit of {Limits.MaxOutputSide:N0} px");
        return (Math.Max(1, iw), Math.Max(1, ih));
    }

    [GeneratedRegex(@"^(\d+(?:\.\d+)?)\s*[x×]\s*(\d+(?:\.\d+)?)\s*(mm|in)$", RegexOptions.IgnoreCase)]
    private static partial Regex Custom();
}
