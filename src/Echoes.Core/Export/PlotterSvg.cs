using System.Globalization;
using System.Text;
using Echoes.Color;
using Echoes.Imaging;
using Echoes.Rendering;
using Echoes.Strokes;

namespace Echoes.Export;

/// <summary>
/// An SVG for pen plotters: one centre-line path per stroke spine, grouped in one Inkscape layer per pen (the plan's
/// colours clustered to a few pens in Oklab), sized in millimetres. vpype and Inkscape read the layers as pens. Pens may
/// follow parts too: each figure, tie and echo on a pen of its own beside the colour pens.
/// </summary>
internal static class PlotterSvg
{
    /// <summary>The option an error about the number of pens names (<see cref="EchoesException.Subject"/>).</summary>
    public const string PensField = "Pens";

    /// <summary>The plotter SVG for a page of <paramref name="widthMm"/> × <paramref name="heightMm"/> (the plan is fitted
    /// inside); with <paramref name="penByPart"/>, each figure, tie and echo (<see cref="OwnsPen"/>) gets a pen of its own,
    /// after the colour pens, in the order the plan first paints it.</summary>
    public static string Write(StrokePlan plan, double widthMm, double heightMm, int pens, bool penByPart = false)
    {
        if (pens is < 1 or > 64) throw new EchoesException(PensField, "the number of pens must be between 1 and 64");
        double k = Math.Min(widthMm / plan.Width, heightMm / plan.Height);
        var parts = penByPart ? plan.Strokes.Select(s => s.Part).OfType<string>().Where(OwnsPen).Distinct().ToList() : [];
        var partPen = parts.Select((p, i) => (p, i)).ToDictionary(x => x.p, x => x.i);
        var palette = PenPalette(plan.Strokes.Where(s => !IsOwn(s)).ToList(), pens);
        var layers = Enumerable.Range(0, palette.Length + parts.Count).Select(_ => new StringBuilder()).ToArray();
        var g = new StrokeGeometry();
        foreach (var s in plan.Strokes)
        {
            if (s.Opacity <= 0) continue;
            g.Build(s, (float)k, textured: false);
            int pen = IsOwn(s) ? palette.Length + partPen[s.Part!] : Nearest(palette, Oklab.FromLinear(s.Color));
            Draw(g, layers[pen]);
        }
        var doc = new StringBuilder();
        doc.Append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        doc.Append($"<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:inkscape=\"{SvgWriter.InkscapeNamespace}\"")
            .Append($" width=\"{F(widthMm)}mm\" height=\"{F(heightMm)}mm\" viewBox=\"0 0 {F(widthMm)} {F(heightMm)}\">\n");
        var ids = new LayerIds(Enumerable.Range(1, palette.Length).Select(i => $"pen{i}"));
        for (int i = 0; i < layers.Length; i++)
        {
            bool own = i >= palette.Length;
            var colour = own ? Mean(plan.Strokes.Where(s => s.Part == parts[i - palette.Length])) : palette[i];
            var hex = colour.ToLinear().Clamped().ToHex();
            string id = own ? ids.For(parts[i - palette.Length]) : $"pen{i + 1}";
            string label = own ? $"{i + 1} {parts[i - palette.Length]} {hex}" : $"{i + 1} pen {hex}";
            doc.Append(SvgWriter.Layer(id, label,
                $" fill=\"none\" stroke=\"{hex}\" stroke-width=\"0.3\" stroke-linecap=\"round\" stroke-linejoin=\"round\"")).Append('\n');
            doc.Append(layers[i]);
            doc.Append("</g>\n");
        }
        doc.Append("</svg>\n");
        return doc.ToString();

        bool IsOwn(Stroke s) => s.Part is { } p && partPen.ContainsKey(p);
    }

    /// <summary>Whether a part gets a pen of its own when pens follow parts: a figure, a tie or an echo (the landscape's
    /// sky, land and water stay with the colour pens).</summary>
    public static bool OwnsPen(string part) =>
        part.StartsWith("figure:", StringComparison.Ordinal) || part.StartsWith("tie:", StringComparison.Ordinal)
        || part.StartsWith("echo:", StringComparison.Ordinal);

    // A pen draws a body's spine and leaves out discs beside it; a footprint of discs alone is drawn as circles.
    private static void Draw(StrokeGeometry g, StringBuilder sb)
    {
        if (g.Body == 0)
        {
            for (int i = 0; i < g.Count; i++) sb.Append($"<circle cx=\"{F(g.Caps[i].Ax)}\" cy=\"{F(g.Caps[i].Ay)}\" r=\"{F(g.Caps[i].Ra)}\"/>");
            sb.Append('\n');
            return;
        }
        sb.Append("<path d=\"M").Append(F(g.Caps[0].Ax)).Append(',').Append(F(g.Caps[0].Ay));
        for (int i = 0; i < g.Body; i++) sb.Append('L').Append(F(g.Caps[i].Ax + g.Caps[i].Dx)).Append(',').Append(F(g.Caps[i].Ay + g.Caps[i].Dy));
        sb.Append("\"/>\n");
    }

    // A part's pen is the mean of its strokes' colours.
    private static Oklab Mean(IEnumerable<Stroke> strokes)
    {
        var cs = strokes.Select(s => Oklab.FromLinear(s.Color)).ToList();
        return new Oklab(cs.Average(c => c.L), cs.Average(c => c.A), cs.Average(c => c.B));
    }

    /// <summary>Writes the plotter SVG atomically.</summary>
    public static void Save(StrokePlan plan, string path, double widthMm, double heightMm, int pens, bool penByPart = false) =>
        AtomicFile.WriteText(path, Write(plan, widthMm, heightMm, pens, penByPart));

    // k-means over the strokes' colours (weighted by nothing: a pen per common colour).
    private static Oklab[] PenPalette(IReadOnlyList<Stroke> strokes, int pens)
    {
        var colors = strokes.Select(s => Oklab.FromLinear(s.Color)).ToArray();
        if (colors.Length == 0) return [Oklab.FromLinear(Rgb.Black)];
        pens = Math.Min(pens, colors.Length);
        var centres = Enumerable.Range(0, pens).Select(i => colors[(int)((long)i * colors.Length / pens)]).ToArray();
        for (int iter = 0; iter < 10; iter++)
        {
            var acc = new double[pens * 4];
            foreach (var c in colors)
            {
                int p = Nearest(centres, c);
                acc[p * 4] += c.L; acc[p * 4 + 1] += c.A; acc[p * 4 + 2] += c.B; acc[p * 4 + 3]++;
            }
            for (int p = 0; p < pens; p++)
            {
                double n = acc[p * 4 + 3];
                if (n > 0) centres[p] = new Oklab((float)(acc[p * 4] / n), (float)(acc[p * 4 + 1] / n), (float)(acc[p * 4 + 2] / n));
            }
        }
        return centres;
    }

    private static int Nearest(Oklab[] cs, Oklab c)
    {
        int best = 0; float bd = float.MaxValue;
        for (int i = 0; i < cs.Length; i++)
        {
            float dl = cs[i].L - c.L, da = cs[i].A - c.A, db = cs[i].B - c.B, d = dl * dl + da * da + db * db;
            if (d < bd) { bd = d; best = i; }
        }
        return best;
    }

    private static string F(double v) => v.ToString("0.###", CultureInfo.InvariantCulture);
}
