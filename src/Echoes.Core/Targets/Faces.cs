using Echoes.Color;
using Echoes.Imaging;

namespace Echoes.Targets;

/// <summary>
/// Faces in a photo, found without a trained model: a face is a compact region of skin chrominance (the Cb–Cr box of
/// Chai and Ngan, 1999, which holds skin of every tone because it ignores lightness) that holds dark features — eyes,
/// brows, a mouth — as holes darker than the skin around them. Sand, wood or fur make regions too large, too ragged or
/// without such holes. A portrait's face is what a painter protects first, and sharpness and colour contrast alone
/// often miss it (a helmet's rim or a badge is sharper), so the focus field adds every face it finds.
/// </summary>
internal static class Faces
{
    /// <summary>A face as an ellipse, its centre and radii as fractions of the picture's width and height.</summary>
    public readonly record struct Face(float X, float Y, float RadiusX, float RadiusY);

    // A face smaller than this share of the picture is a figure in a scene, not a portrait's subject; larger than the
    // upper one it is the whole picture (or not a face), and the focus already has it.
    private const float MinShare = 0.006f, MaxShare = 0.35f;

    /// <summary>The faces in <paramref name="pic"/> (a small copy of the photo is enough: faces are found as regions).</summary>
    public static List<Face> Find(Picture pic)
    {
        int w = pic.Width, h = pic.Height, n = w * h;
        var (skin, luma) = SkinAndLuma(pic);
        var label = new int[n];
        var faces = new List<Face>();
        var stack = new Stack<int>();
        int next = 0;
        for (int start = 0; start < n; start++)
        {
            if (!skin[start] || label[start] != 0) continue;
            var region = Grow(start, ++next, skin, label, w, h, stack);
            if (region.Area < MinShare * n || region.Area > MaxShare * n) continue;
            if (IsFace(region, skin, luma, w) is { } f) faces.Add(new Face(f.X / w, f.Y / h, f.RadiusX / w, f.RadiusY / h));
        }
        return faces;
    }

    private readonly record struct Region(int Area, int X0, int Y0, int X1, int Y1);

    // Skin by chrominance (sRGB, 0–255 scale) with the near-black and near-white left out, and the lightness beside it.
    private static (bool[] Skin, float[] Luma) SkinAndLuma(Picture pic)
    {
        int n = pic.Width * pic.Height;
        var p = pic.Pixels;
        var skin = new bool[n];
        var luma = new float[n];
        for (int q = 0; q < n; q++)
        {
            float r = 255 * Srgb.FromLinear(Math.Clamp(p[q * 3], 0f, 1f));
            float g = 255 * Srgb.FromLinear(Math.Clamp(p[q * 3 + 1], 0f, 1f));
            float b = 255 * Srgb.FromLinear(Math.Clamp(p[q * 3 + 2], 0f, 1f));
            float y = 0.299f * r + 0.587f * g + 0.114f * b;
            float cb = 128 - 0.168736f * r - 0.331264f * g + 0.5f * b, cr = 128 + 0.5f * r - 0.418688f * g - 0.081312f * b;
            skin[q] = y is > 35 and < 250 && cb is >= 77 and <= 122 && cr is >= 138 and <= 173;
            luma[q] = y / 255f;
        }
        return (skin, luma);
    }

    // Flood fill of one 4-connected skin region: its area and bounds.
    private static Region Grow(int start, int id, bool[] skin, int[] label, int w, int h, Stack<int> stack)
    {
        int area = 0, x0 = w, y0 = h, x1 = -1, y1 = -1;
        label[start] = id;
        stack.Push(start);
        while (stack.Count > 0)
        {
            int q = stack.Pop(), x = q % w, y = q / w;
            area++;
            (x0, x1, y0, y1) = (Math.Min(x0, x), Math.Max(x1, x), Math.Min(y0, y), Math.Max(y1, y));
            if (x > 0) Visit(q - 1);
            if (x < w - 1) Visit(q + 1);
            if (y > 0) Visit(q - w);
            if (y < h - 1) Visit(q + w);
        }
        return new Region(area, x0, y0, x1, y1);

        void Visit(int q)
        {
            if (!skin[q] || label[q] != 0) return;
            label[q] = id;
            stack.Push(q);
        }
    }

    // A face's proportions (an upright oval, head and neck at most), a filled shape rather than a ragged one, and dark
    // features inside it: holes of clearly darker, non-skin paint within the oval inscribed in the region's bounds, which
    // is otherwise mostly skin.
    private static Face? IsFace(Region r, bool[] skin, float[] luma, int w)
    {
        int bw = r.X1 - r.X0 + 1, bh = r.Y1 - r.Y0 + 1;
        float aspect = bh / (float)bw;
        if (aspect is < 0.8f or > 2f || r.Area < 0.4f * bw * bh || bw < 6) return null;
        float cx = r.X0 + bw / 2f, cy = r.Y0 + bh / 2f, rx = bw / 2f, ry = bh / 2f;
        double skinLuma = 0;
        int skinCount = 0, inside = 0;
        var dark = new List<float>();
        for (int y = r.Y0; y <= r.Y1; y++)
            for (int x = r.X0; x <= r.X1; x++)
            {
                float u = (x + 0.5f - cx) / rx, v = (y + 0.5f - cy) / ry;
                if (u * u + v * v > 0.8f) continue;
                int q = y * w + x;
                inside++;
                if (skin[q]) { skinLuma += luma[q]; skinCount++; }
                else dark.Add(luma[q]);
            }
        // Mostly skin inside: a face, not a few skin-coloured specks around a dark object.
        if (skinCount < 0.55f * inside) return null;
        float mean = (float)(skinLuma / skinCount);
        int features = dark.Count(l => l < mean - 0.1f);
        float share = features / (float)inside;
        return share is >= 0.015f and <= 0.3f ? new Face(cx, cy, rx, ry) : null;
    }
}
