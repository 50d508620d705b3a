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
/// Consecutive strokes of one <see cref="Stroke.Part"/> share an Inkscape layer (a <c>g</c> whose id is the part made a
/// valid, unique XML id and whose label is the part), so a scene is editable per person and tie; strokes without a part
/// stay outside any layer, and a plan without parts is written exactly as before layers existed.
/// </summary>
public static class SvgWriter
{
    /// <summary>The plan as an SVG document whose pixel width is <paramref name="width"/> (default: logical width).</summary>
    public static string ToSvg(StrokePlan plan, int? width = null)
    {
        var (w, h) = plan.PixelSize(width);
        return Write(plan, w, h, 0, 0, plan.Width, plan.Height, clip: false);
    }

    /// <summary>The plan as an SVG of exactly <paramref name="width"/>×<paramref name="height"/> pixels (a sheet of
    /// paper), the painting centred and fitted as <paramref name="fit"/> says; margins are the ground colour.</summary>
    public static string ToSvg(StrokePlan plan, int width, int height, Fit fit)
    {
        float sx = width / plan.Width, sy = height / plan.Height;
        float k = fit == Fit.Cover ? MathF.Max(sx, sy) : MathF.Min(sx, sy);
        float vw = width / k, vh = height / k;
        return Write(plan, width, height, (plan.Width - vw) / 2, (plan.Height - vh) / 2, vw, vh, clip: fit == Fit.Contain);
    }

    // The view box is in the plan's logical units; with a margin, strokes are clipped to the plan so none overhangs into it.
    private static string Write(StrokePlan plan, int w, int h, float vx, float vy, float vw, float vh, bool clip)
    {
        var sb = new StringBuilder(plan.Strokes.Count * 160 + 512);
        sb.Append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        // The Inkscape namespace only when there are layers, so a plan without parts keeps its bytes.
        string inkscape = plan.Strokes.Any(s => s.Part is not null) ? $" xmlns:inkscape=\"{InkscapeNamespace}\"" : "";
        sb.Append($"<svg xmlns=\"http://www.w3.org/2000/svg\"{inkscape} width=\"{w}\" height=\"{h}\" viewBox=\"{F(vx)} {F(vy)} {F(vw)} {F(vh)}\">\n");
        if (plan.Meta.TryGetValue("title", out var title))
            sb.Append("<title>").Append(System.Security.SecurityElement.Escape(title)).Append("</title>\n");
        sb.Append($"<rect x=\"{F(vx)}\" y=\"{F(vy)}\" width=\"{F(vw)}\" height=\"{F(vh)}\" fill=\"{plan.Background.ToHex()}\"/>\n");
        if (clip)
            sb.Append($"<clipPath id=\"plan\"><rect width=\"{F(plan.Width)}\" height=\"{F(plan.Height)}\"/></clipPath>\n<g " +
                $"clip-path=\"url(#plan)\">\n");
        Strokes(plan, sb);
        if (clip) sb.Append("</g>\n");
        sb.Append("</svg>\n");
        return sb.ToString();
    }

    private static void Strokes(StrokePlan plan, StringBuilder sb)
    {
        var g = new StrokeGeometry();
        var ids = new LayerIds(["plan"]);
        string? open = null;
        foreach (var s in plan.Strokes)
        {
            if (s.Opacity <= 0) continue;
            if (s.Part != open)
            {
                if (open is not null) sb.Append("</g>\n");
                open = s.Part;
                if (open is not null) sb.Append(Layer(ids.For(open), open)).Append('\n');
            }
            g.Build(s, 1f);
            var profile = g.Brush.Profile;
            string paint = $"fill=\"{s.Color.ToHex()}\"" + (s.Opacity < 1 ? $" fill-opacity=\"{F(s.Opacity)}\"" : "")
                         + (profile.Multiply ? " style=\"mix-blend-mode:multiply\"" : "");
            // A footprint of discs alone (splatter) is one group; discs beside a body (a drip's bead) are painted one by one.
            if (g.Body == 0)
            {
                sb.Append("<g ").Append(paint).Append('>');
                for (int i = 0; i < g.Count; i++) sb.Append(Circle(g.Caps[i])).Append("/>");
                sb.Append("</g>\n");
                continue;
            }
            sb.Append("<path d=\"").Append(Outline(g, g.Body)).Append("\" ").Append(paint).Append("/>\n");
            for (int i = g.Body; i < g.Count; i++) sb.Append(Circle(g.Caps[i])).Append(' ').Append(paint).Append("/>\n");
        }
        if (open is not null) sb.Append("</g>\n");
    }

    /// <summary>The namespace Inkscape reads layers from (<c>inkscape:groupmode="layer"</c>).</summary>
    internal const string InkscapeNamespace = "http://www.inkscape.org/namespaces/inkscape";

    /// <summary>The opening tag of an Inkscape layer with its id, its label (escaped here) and further attributes.</summary>
    internal static string Layer(string id, string label, string attributes = "") =>
        $"<g id=\"{id}\" inkscape:groupmode=\"layer\" inkscape:label=\"{System.Security.SecurityElement.Escape(label)}\"{attributes}>";

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

    private static string Circle(in StrokeGeometry.Capsule disc) => $"<circle cx=\"{F(disc.Ax)}\" cy=\"{F(disc.Ay)}\" r=\"{F(disc.Ra)}\"";

    private static string F(float v) => v.ToString("0.###", CultureInfo.InvariantCulture);
}
