using Echoes.Color;
using Echoes.Strokes;
using Echoes.Targets;

namespace Echoes.Painting;

/// <summary>
/// Finds the main forms of a picture for the echo pass, on a coarse grid: regions of one dominant colour that stand free
/// of the picture's edges (a region touching two or more sides is ground, not a form), ranked by size, by how far their
/// colour stands out and by how much of the subject (the focus) they hold. Each is returned as an
/// <see cref="EchoForm"/>, the strongest first (the one treated as the subject).
/// </summary>
internal static class EchoForms
{
    private const int Rays = 96;

    // Dominant colours the picture is divided into.
    private const int Colours = 8;

    /// <summary>At most <paramref name="most"/> forms of <paramref name="t"/>; <paramref name="blurred"/> is its encoded
    /// picture softened so the regions are masses, not texture.</summary>
    public static List<EchoForm> Find(Target t, float[] blurred, int most, int seed)
    {
        int s = Math.Max(1, (int)MathF.Round(Math.Max(t.Width, t.Height) / 150f));
        int w = Math.Max(1, t.Width / s), h = Math.Max(1, t.Height / s);
        var palette = Palette.FromTarget(t, Colours, seed);
        var labels = new int[w * h];
        var focus = new float[w * h];
        for (int y = 0; y < h; y++)
            for (int x = 0; x < w; x++)
            {
                int j = (Math.Min(t.Height - 1, y * s + s / 2) * t.Width + Math.Min(t.Width - 1, x * s + s / 2)) * 3;
                var lin = new Rgb(Srgb.ToLinear(blurred[j]), Srgb.ToLinear(blurred[j + 1]), Srgb.ToLinear(blurred[j + 2]));
                labels[y * w + x] = palette.IndexOf(Oklab.FromLinear(lin));
                focus[y * w + x] = t.FocusAt(j / 3);
            }
        var smoothed = Smoothed(labels, w, h);
        // A compact subject, where the painter was told or found it, is a region of its own (label Colours); a subject
        // filling the frame is not one form but the place where the forms are.
        float peak = focus.Max();
        if (peak > 0.2f && focus.Count(v => v >= peak * 0.6f) <= w * h * 0.12f)
            for (int i = 0; i < smoothed.Length; i++) if (focus[i] >= peak * 0.6f) smoothed[i] = Colours;
        var (regions, found) = Components(smoothed, w, h);
        var mean = Mean(blurred);
        // A form stands out from the whole (its colour far from the mean), is not a speck, not the ground (touching
        // two sides or more), and counts for more on the subject.
        var scored = found.Where(p => p.Area >= w * h / 250 && p.Area <= w * h * 0.35f && p.Sides <= 1)
            .Select(p => (Part: p, Score: Score(p, regions, focus, blurred, mean, w, s, t.Width)))
            .OrderByDescending(p => p.Score).ThenBy(p => p.Part.Id);
        var result = new List<EchoForm>();
        foreach (var (p, _) in scored)
        {
            if (result.Count >= most) break;
            var form = Outline(regions, p.Id, w, h, s, blurred, t, result.Count == 0);
            // Forms crowded together would tangle their echoes past reading: each keeps some room to itself.
            if (result.Any(f => (f.Centre - form.Centre).Length < (f.MeanRadius + form.MeanRadius) * 1.3f)) continue;
            result.Add(form);
        }
        return result;
    }

    private static float Score(Part p, int[] ids, float[] focus, float[] blurred, (float R, float G, float B) mean, int w, int s, int width)
    {
        double f = 0, r = 0, g = 0, b = 0;
        for (int q = 0; q < ids.Length; q++)
        {
            if (ids[q] != p.Id) continue;
            f += focus[q];
            int j = (Math.Min(blurred.Length / 3 / width - 1, q / w * s + s / 2) * width + Math.Min(width - 1, q % w * s + s / 2)) * 3;
            r += blurred[j]; g += blurred[j + 1]; b += blurred[j + 2];
        }
        float dr = (float)(r / p.Area) - mean.R, dg = (float)(g / p.Area) - mean.G, db = (float)(b / p.Area) - mean.B;
        float contrast = MathF.Sqrt(dr * dr + dg * dg + db * db);
        return MathF.Sqrt(p.Area) * (0.05f + contrast) * (1f + 2f * (float)(f / p.Area)) * (p.Label == Colours ? 1.5f : 1f);
    }

    private static (float R, float G, float B) Mean(float[] img)
    {
        double r = 0, g = 0, b = 0;
        for (int j = 0; j < img.Length; j += 3) { r += img[j]; g += img[j + 1]; b += img[j + 2]; }
        int n = img.Length / 3;
        return ((float)(r / n), (float)(g / n), (float)(b / n));
    }

    // Each label replaced by the most common one around it, so regions are masses and not ragged speckle.
    private static int[] Smoothed(int[] labels, int w, int h)
    {
        var result = new int[labels.Length];
        Span<int> votes = stackalloc int[Colours + 1];
        for (int y = 0; y < h; y++)
            for (int x = 0; x < w; x++)
            {
                votes.Clear();
                for (int dy = -1; dy <= 1; dy++)
                    for (int dx = -1; dx <= 1; dx++)
                        votes[labels[Math.Clamp(y + dy, 0, h - 1) * w + Math.Clamp(x + dx, 0, w - 1)]]++;
                int best = labels[y * w + x];
                for (int l = 0; l < votes.Length; l++) if (votes[l] > votes[best]) best = l;
                result[y * w + x] = best;
            }
        return result;
    }

    private readonly record struct Part(int Id, int Label, int Area, int Sides);

    // Four-connected components of equal labels: each pixel's component id, and each component.
    private static (int[] Ids, List<Part> Parts) Components(int[] labels, int w, int h)
    {
        var ids = new int[w * h];
        Array.Fill(ids, -1);
        var parts = new List<Part>();
        var stack = new Stack<int>();
        for (int start = 0; start < ids.Length; start++)
        {
            if (ids[start] >= 0) continue;
            int id = parts.Count, label = labels[start], area = 0, sides = 0;
            ids[start] = id;
            stack.Push(start);
            while (stack.Count > 0)
            {
                int q = stack.Pop(), x = q % w, y = q / w;
                area++;
                sides |= (x == 0 ? 1 : 0) | (x == w - 1 ? 2 : 0) | (y == 0 ? 4 : 0) | (y == h - 1 ? 8 : 0);
                void Visit(int n) { if (ids[n] < 0 && labels[n] == label) { ids[n] = id; stack.Push(n); } }
                if (x > 0) Visit(q - 1);
                if (x < w - 1) Visit(q + 1);
                if (y > 0) Visit(q - w);
                if (y < h - 1) Visit(q + w);
            }
            parts.Add(new Part(id, label, area, System.Numerics.BitOperations.PopCount((uint)sides)));
        }
        return (ids, parts);
    }

    // The component's star-shaped outline about its centroid (the farthest reach along each ray), smoothed, in
    // working pixels, with its mean colour.
    private static EchoForm Outline(int[] ids, int id, int w, int h, int s, float[] blurred, Target t, bool subject)
    {
        double sx = 0, sy = 0, r = 0, g = 0, b = 0;
        int n = 0;
        for (int q = 0; q < ids.Length; q++)
        {
            if (ids[q] != id) continue;
            int x = q % w, y = q / w;
            sx += x; sy += y; n++;
            int j = (Math.Min(t.Height - 1, y * s + s / 2) * t.Width + Math.Min(t.Width - 1, x * s + s / 2)) * 3;
            r += blurred[j]; g += blurred[j + 1]; b += blurred[j + 2];
        }
        float cx = (float)(sx / n) + 0.5f, cy = (float)(sy / n) + 0.5f;
        var radii = new float[Rays];
        for (int i = 0; i < Rays; i++)
        {
            float a = i * MathF.Tau / Rays, dx = MathF.Cos(a), dy = MathF.Sin(a), reach = 1f;
            for (float d = 0.5f; ; d += 0.5f)
            {
                int x = (int)(cx + dx * d), y = (int)(cy + dy * d);
                if (x < 0 || y < 0 || x >= w || y >= h) break;
                if (ids[y * w + x] == id) reach = d;
            }
            radii[i] = reach * s;
        }
        for (int pass = 0; pass < 2; pass++)
        {
            var copy = (float[])radii.Clone();
            for (int i = 0; i < Rays; i++)
                radii[i] = (copy[(i + Rays - 2) % Rays] + 2 * copy[(i + Rays - 1) % Rays] + 3 * copy[i] + 2 * copy[(i + 1) % Rays]
                    + copy[(i + 2) % Rays]) / 9f;
        }
        return new EchoForm(new Point2(cx * s, cy * s), radii, ((float)(r / n), (float)(g / n), (float)(b / n)), subject);
    }
}
