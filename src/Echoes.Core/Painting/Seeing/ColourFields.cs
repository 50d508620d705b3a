using Echoes.Color;
using Echoes.Imaging;
using Echoes.Moods;
using Echoes.Targets;

namespace Echoes.Painting;

/// <summary>
/// The few large fields of the colour-field seeing. The picture, reduced to a coarse grid, is cut into connected shapes
/// of one colour (<see cref="FieldRegions"/>: a head, a cup, a sky, an eye), their outlines rounded off; the shapes'
/// colours are then gathered into the picture's few dominant colours, so a field is one colour that may lie in several
/// shapes (the dark stripes of a coat). Each field's colour is pulled apart from the others in value, made luminous and
/// pushed, more than any other style does, by the mood.
/// </summary>
internal sealed class ColourFields
{
    /// <summary>Cells across the long side of the grid.</summary>
    public const int Across = 80;

    // Value and hue both weigh more than in Oklab itself: the subject's darkest and lightest masses (a cup, a face) and
    // its small shapes of a hue of their own (green eyes in a tabby coat) become shapes of their own.
    private const float Value = 1.2f, Hue = 1.5f;

    // How far a shape's colour leans from its field's toward its own (the subject's shapes, further: to their own).
    private const float Own = 0.4f;

    private readonly float[][] _cover;
    private readonly float[] _shade;

    private ColourFields(int w, int h, int[] part, int[] fieldOf, Oklab[] colours, Oklab[] shapeColours, float[][] cover, float[] shade)
    {
        (W, H, Part, Colours, ShapeColours, _cover, _shade) = (w, h, part, colours, shapeColours, cover, shade);
        FieldOf = fieldOf;
        Label = [.. part.Select(p => fieldOf[p])];
        Size = [.. Enumerable.Range(0, fieldOf.Length).Select(p => part.Count(q => q == p))];
        Axis = [.. Enumerable.Range(0, fieldOf.Length).Select(p => LongAxis(part, w, p))];
    }

    /// <summary>Grid size.</summary>
    public int W { get; }

    /// <summary>Grid height.</summary>
    public int H { get; }

    /// <summary>The field (colour) of each cell, row by row.</summary>
    public int[] Label { get; }

    /// <summary>The shape (a connected part of one field) of each cell, row by row.</summary>
    public int[] Part { get; }

    /// <summary>The field each shape belongs to.</summary>
    public int[] FieldOf { get; }

    /// <summary>Each shape's size in cells.</summary>
    public int[] Size { get; }

    /// <summary>The direction (radians) each shape is longest in: its washes follow it, so each shape has its own grain
    /// and no rows run across the whole picture.</summary>
    public float[] Axis { get; }

    /// <summary>Each field's colour.</summary>
    public Oklab[] Colours { get; }

    /// <summary>Each shape's colour: its field's, leaning toward the shape's own, the more so where the subject is (a
    /// face keeps its warmth in a pale field).</summary>
    public Oklab[] ShapeColours { get; }

    /// <summary>The field at grid cell (x, y), clamped to the grid.</summary>
    public int At(float x, float y) => Label[Index(x, y)];

    /// <summary>The shape at grid cell (x, y), clamped to the grid.</summary>
    public int PartAt(float x, float y) => Part[Index(x, y)];

    private int Index(float x, float y) => Math.Clamp((int)y, 0, H - 1) * W + Math.Clamp((int)x, 0, W - 1);

    /// <summary>How much of grid point (x, y) belongs to field <paramref name="k"/>, 0–1, interpolated: the field's
    /// shape with its edge feathered over a few cells.</summary>
    public float Cover(int k, float x, float y) => Sample(_cover[k], x, y);

    /// <summary>How much lighter (Oklab L) the source is at grid point (x, y), softly, than its field's mean: the light
    /// that breathes inside a field.</summary>
    public float Shade(float x, float y) => Sample(_shade, x, y);

    private float Sample(float[] c, float x, float y) => GridSample.Bilinear(c, W, H, x, y);

    /// <summary>Finds <paramref name="count"/> fields in the target (fewer where the picture has fewer colours), in
    /// about <paramref name="shapes"/> shapes, their edges feathered over <paramref name="feather"/> grid cells.</summary>
    public static ColourFields Find(Target t, int count, int shapes, MoodParameters mood, float feather = 1.2f)
    {
        var small = t.Reference.FitWithin(Across);
        int w = small.Width, h = small.Height, n = w * h;
        var lab = new Oklab[n];
        for (int i = 0; i < n; i++) lab[i] = Oklab.FromLinear(small[i % w, i / w]);
        var focus = Focus(t, w, h);
        var part = FieldRegions.Merge(Softened(lab, w, h), focus, w, h, Math.Max(count, shapes), n / 300 + 1);
        part = FieldOutlines.Round(part, w, h, n / 400 + 1);
        int parts = part.Max() + 1;
        var means = Enumerable.Range(0, parts).Select(p => Mean(lab, part, p, w)).ToArray();
        var sizes = Enumerable.Range(0, parts).Select(p => part.Count(q => q == p)).ToArray();
        var held = Enumerable.Range(0, parts).Select(p => Enumerable.Range(0, n).Where(i => part[i] == p).Average(i => focus[i])).ToArray();
        var fieldOf = Gather(means, sizes, (float[])held.Clone(), count);
        int fields = fieldOf.Max() + 1;
        var label = part.Select(p => fieldOf[p]).ToArray();
        var colours = Enumerable.Range(0, fields).Select(k => Mean(lab, label, k, w)).ToArray();
        var own = means.Select((m, p) => Lerp(colours[fieldOf[p]], m, Own + (1 - Own) * held[p])).ToArray();
        var cover = new float[fields][];
        for (int k = 0; k < fields; k++)
        {
            cover[k] = [.. label.Select(l => l == k ? 1f : 0f)];
            Blur.Gaussian(cover[k], w, h, 1, feather);
        }
        var shade = lab.Select(c => c.L).ToArray();
        Blur.Gaussian(shade, w, h, 1, 1f);
        for (int i = 0; i < n; i++) shade[i] -= colours[label[i]].L;
        Blur.Gaussian(shade, w, h, 1, feather);
        var apart = Apart(colours);
        return new ColourFields(w, h, part, fieldOf, [.. colours.Select(c => Luminous(apart(c), mood, 1f))],
            [.. own.Select((c, p) => Luminous(apart(c), mood, 1f + 0.6f * held[p]))], cover, shade);
    }

    // The subject's share of each grid cell, 0–1 (0 everywhere where the target knows of no subject).
    private static float[] Focus(Target t, int w, int h)
    {
        var focus = new float[w * h];
        if (t.FocusMap is null) return focus;
        var count = new int[w * h];
        for (int y = 0; y < t.Height; y++)
            for (int x = 0; x < t.Width; x++)
            {
                int i = Math.Min(h - 1, y * h / t.Height) * w + Math.Min(w - 1, x * w / t.Width);
                focus[i] += t.FocusAt(y * t.Width + x);
                count[i]++;
            }
        for (int i = 0; i < focus.Length; i++) focus[i] /= Math.Max(1, count[i]);
        return focus;
    }

    // The grid a little blurred before it is cut (the fur's and the grain's speckle is not a shape), in weighted axes.
    private static Oklab[] Softened(Oklab[] lab, int w, int h)
    {
        var c = new float[lab.Length * 3];
        for (int i = 0; i < lab.Length; i++) (c[i * 3], c[i * 3 + 1], c[i * 3 + 2]) = (Value * lab[i].L, Hue * lab[i].A, Hue * lab[i].B);
        Blur.Gaussian(c, w, h, 3, 0.7f);
        return [.. Enumerable.Range(0, lab.Length).Select(i => new Oklab(c[i * 3], c[i * 3 + 1], c[i * 3 + 2]))];
    }

    // The shapes' colours gathered into at most count fields: the closest pair of colours joins first, whatever their
    // sizes (the merged colour weighs each by its size), so a small shape of a colour of its own (green eyes in a brown
    // coat) keeps it and a thin shape of an in-between colour (the border of two masses) joins the nearer; the subject's
    // shapes join later. Returns each shape's field, numbered by first appearance.
    private static int[] Gather(Oklab[] means, int[] sizes, float[] focus, int count)
    {
        int n = means.Length;
        var group = Enumerable.Range(0, n).ToArray();
        var colour = means.Select(m => (L: Value * m.L, A: Hue * m.A, B: Hue * m.B)).ToArray();
        var weight = sizes.Select(s => (double)s).ToArray();
        for (int groups = n; groups > count; groups--)
        {
            (int A, int B, double Cost) best = (-1, -1, double.MaxValue);
            for (int a = 0; a < n; a++)
                for (int b = a + 1; b < n; b++)
                {
                    if (group[a] != a || group[b] != b) continue;
                    double dl = colour[a].L - colour[b].L, da = colour[a].A - colour[b].A, db = colour[a].B - colour[b].B;
                    double cost = (dl * dl + da * da + db * db) * FieldRegions.Subject(Math.Max(focus[a], focus[b]));
                    if (cost < best.Cost) best = (a, b, cost);
                }
            var (x, y, _) = best;
            double wx = weight[x], wy = weight[y], s = wx + wy;
            colour[x] = ((float)((colour[x].L * wx + colour[y].L * wy) / s), (float)((colour[x].A * wx + colour[y].A * wy) / s),
                (float)((colour[x].B * wx + colour[y].B * wy) / s));
            focus[x] = (float)((focus[x] * wx + focus[y] * wy) / s);
            weight[x] = s;
            for (int i = 0; i < n; i++) if (group[i] == y) group[i] = x;
        }
        var number = new Dictionary<int, int>();
        return [.. group.Select(g => number.TryGetValue(g, out int k) ? k : number[g] = number.Count)];
    }

    // A field painting lives on how its few colours meet, so fields of nearly one value (a brown cat on a brown rug)
    // are spread apart in value only: their hues stay the photo's own.
    private static Func<Oklab, Oklab> Apart(Oklab[] c)
    {
        float l = c.Average(x => x.L);
        float sl = MathF.Sqrt(c.Average(x => (x.L - l) * (x.L - l)));
        float kl = Math.Clamp(0.17f / MathF.Max(sl, 1e-3f), 1f, 2.5f);
        return x => new Oklab(l + (x.L - l) * kl, x.A, x.B);
    }

    private static Oklab Lerp(Oklab a, Oklab b, float t) => new(a.L + (b.L - a.L) * t, a.A + (b.A - a.A) * t, a.B + (b.B - a.B) * t);

    // The principal axis of the shape's cells (the angle of their second moments).
    private static float LongAxis(int[] part, int w, int p)
    {
        double sx = 0, sy = 0, n = 0;
        for (int i = 0; i < part.Length; i++) if (part[i] == p) { sx += i % w; sy += i / w; n++; }
        if (n < 2) return 0f;
        double mx = sx / n, my = sy / n, xx = 0, yy = 0, xy = 0;
        for (int i = 0; i < part.Length; i++)
            if (part[i] == p) { double dx = i % w - mx, dy = i / w - my; xx += dx * dx; yy += dy * dy; xy += dx * dy; }
        return 0.5f * MathF.Atan2(2f * (float)xy, (float)(xx - yy));
    }

    // The mean colour of region k's inner cells (those whose four neighbours are in it too; all of its cells where it
    // has none): the cells along its border are half its neighbour's, and would muddy its colour.
    private static Oklab Mean(Oklab[] lab, int[] label, int k, int w)
    {
        bool Inner(int i) => (i % w == 0 || label[i - 1] == k) && (i % w == w - 1 || label[i + 1] == k)
            && (i < w || label[i - w] == k) && (i + w >= lab.Length || label[i + w] == k);
        var cells = Enumerable.Range(0, lab.Length).Where(i => label[i] == k).ToList();
        var inner = cells.Where(Inner).ToList();
        if (inner.Count > 0) cells = inner;
        return cells.Count == 0 ? new Oklab(0.6f, 0, 0)
            : new Oklab(cells.Average(i => lab[i].L), cells.Average(i => lab[i].A), cells.Average(i => lab[i].B));
    }

    // Luminous: lifted out of the deepest darks and richer in chroma (by rich more where the subject is, so it glows
    // among its fields); then the mood again, at full strength, on top of what it already did to the target: its hue,
    // its key and its chroma.
    private static Oklab Luminous(Oklab c, MoodParameters m, float rich)
    {
        var lch = c.ToOklch();
        float l = Math.Clamp(0.1f + 0.9f * lch.L + 0.8f * m.Lightness, 0.1f, 0.95f);
        float chroma = MathF.Min(0.3f, (lch.C * 1.35f * rich + 0.012f) * MathF.Max(0.3f, m.Chroma));
        float hue = lch.H + Oklch.HueDelta(lch.H, m.Hue) * Math.Clamp(m.HuePull * 1.2f, 0f, 0.85f);
        return new Oklch(l, chroma, hue).ToOklab();
    }
}
