using System.Globalization;
using System.Text;
using Echoes.Brushes;
using Echoes.Imaging;
using Echoes.Rendering;
using Echoes.Strokes;

namespace Echoes.Export;

/// <summary>
/// Writes a plan as SVG: one element per stroke with its true outline (width profile, caps), sRGB colour and opacity;
/// glazes multiply; splatter is its droplets. Bristle texture and relief are raster effects and are not drawn.
/// </summary>
public static class SvgWriter
{
    /// <summary>The plan as an SVG document whose pixel width is <paramref name="width"/> (default: logical width).</summary>
    public static string ToSvg(StrokePlan plan, int? width = null)
    {
        var (w, h) = plan.PixelSize(width);
        var sb = new StringBuilder(plan.Strokes.Count * 160 + 512);
        sb.Append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        sb.Append($"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{w}\" height=\"{h}\" viewBox=\"0 0 {F(plan.Width)} {F(plan.Height)}\">\n");
        if (plan.Meta.TryGetValue("title", out var title)) sb.Append("<title>").Append(System.Security.SecurityElement.Escape(title)).Append("</title>\n");
        sb.Append($"<rect width=\"{F(plan.Width)}\" height=\"{F(plan.Height)}\" fill=\"{plan.Background.ToHex()}\"/>\n");
        var g = new StrokeGeometry();
        foreach (var s in plan.Strokes)
        {
            if (s.Opacity <= 0) continue;
            g.Build(s, 1f);
            var profile = BrushProfile.Of(s.Brush);
            string paint = $"fill=\"{s.Color.ToHex()}\"" + (s.Opacity < 1 ? $" fill-opacity=\"{F(s.Opacity)}\"" : "")
                         + (profile.Multiply ? " style=\"mix-blend-mode:multiply\"" : "");
            if (s.Brush == BrushKind.Splatter)
            {
                sb.Append("<g ").Append(paint).Append('>');
                for (int i = 0; i < g.Count; i++)
                    sb.Append($"<circle cx=\"{F(g.Caps[i].Ax)}\" cy=\"{F(g.Caps[i].Ay)}\" r=\"{F(g.Caps[i].Ra)}\"/>");
                sb.Append("</g>\n");
                continue;
            }
            sb.Append("<path d=\"").Append(Outline(g, s.Brush == BrushKind.Drip ? g.Count - 1 : g.Count)).Append("\" ").Append(paint).Append("/>\n");
            if (s.Brush == BrushKind.Drip)
            {
                ref var bead = ref g.Caps[g.Count - 1];
                sb.Append($"<circle cx=\"{F(bead.Ax)}\" cy=\"{F(bead.Ay)}\" r=\"{F(bead.Ra)}\" {paint}/>\n");
            }
        }
        sb.Append("</svg>\n");
        return sb.ToString();
    }

    /// <summary>Writes the SVG atomically.</summary>
    public static void Save(StrokePlan plan, string path, int? width = null) => AtomicFile.WriteText(path, ToSvg(plan, width));

    private static string Outline(StrokeGeometry g, int count)
    {
        var pts = new List<Point2>();
        Rendering.Outline.Build(g, count, pts);
        var sb = new StringBuilder();
        for (int i = 0; i < pts.Count; i++) sb.Append(i == 0 ? 'M' : 'L').Append(F(pts[i].X)).Append(',').Append(F(pts[i].Y));
        return sb.Append('Z').ToString();
    }

    private static string F(float v) => v.ToString("0.###", CultureInfo.InvariantCulture);
}
