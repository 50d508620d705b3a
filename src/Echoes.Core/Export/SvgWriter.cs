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

    // The outline: the left offset curve forward, the end cap, the right offset curve back, the start cap.
    private static string Outline(StrokeGeometry g, int count)
    {
        int n = count + 1; // vertices
        var px = new float[n]; var py = new float[n]; var pr = new float[n];
        for (int i = 0; i < count; i++) { px[i] = g.Caps[i].Ax; py[i] = g.Caps[i].Ay; pr[i] = g.Caps[i].Ra; }
        ref var lastCap = ref g.Caps[count - 1];
        px[n - 1] = lastCap.Ax + lastCap.Dx; py[n - 1] = lastCap.Ay + lastCap.Dy; pr[n - 1] = lastCap.Rb;
        if (count == 1 && lastCap.Len < 1e-4f) return Circle(px[0], py[0], pr[0]);
        var nx = new float[n]; var ny = new float[n];
        for (int i = 0; i < n; i++)
        {
            float dx = px[Math.Min(n - 1, i + 1)] - px[Math.Max(0, i - 1)], dy = py[Math.Min(n - 1, i + 1)] - py[Math.Max(0, i - 1)];
            float l = MathF.Max(MathF.Sqrt(dx * dx + dy * dy), 1e-6f);
            nx[i] = -dy / l; ny[i] = dx / l;
        }
        var sb = new StringBuilder();
        sb.Append($"M{F(px[0] + nx[0] * pr[0])},{F(py[0] + ny[0] * pr[0])}");
        for (int i = 1; i < n; i++) sb.Append($"L{F(px[i] + nx[i] * pr[i])},{F(py[i] + ny[i] * pr[i])}");
        Cap(sb, g.SquareEnd, pr[n - 1], px[n - 1] - nx[n - 1] * pr[n - 1], py[n - 1] - ny[n - 1] * pr[n - 1]);
        for (int i = n - 2; i >= 0; i--) sb.Append($"L{F(px[i] - nx[i] * pr[i])},{F(py[i] - ny[i] * pr[i])}");
        Cap(sb, g.SquareStart, pr[0], px[0] + nx[0] * pr[0], py[0] + ny[0] * pr[0]);
        sb.Append('Z');
        return sb.ToString();
    }

    private static void Cap(StringBuilder sb, bool square, float r, float x, float y)
    {
        if (square) sb.Append($"L{F(x)},{F(y)}");
        else sb.Append($"A{F(r)},{F(r)} 0 0 1 {F(x)},{F(y)}");
    }

    private static string Circle(float x, float y, float r) =>
        $"M{F(x - r)},{F(y)}A{F(r)},{F(r)} 0 1 0 {F(x + r)},{F(y)}A{F(r)},{F(r)} 0 1 0 {F(x - r)},{F(y)}Z";

    private static string F(float v) => v.ToString("0.###", CultureInfo.InvariantCulture);
}
