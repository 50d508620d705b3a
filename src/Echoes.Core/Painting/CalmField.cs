using Echoes.Brushes;
using Echoes.Color;
using Echoes.Imaging;
using Echoes.Moods;
using Echoes.Targets;

namespace Echoes.Painting;

/// <summary>
/// The stroke direction field with flat passages calmed. In a sky, a wall or a blurred background the target's fine
/// field only follows noise, and strokes that follow it jumble; there the direction comes from the field at a much
/// broader scale, which turns slowly, so neighbouring strokes lie alike as a painter's do across a sky. Where the
/// picture has form, and on its subject (<see cref="SubjectMap"/>: the focus and the sharpest tenth), its own field is
/// kept: a painter draws the subject's form, and lays in only the surfaces around it. Where the fine field is hardly
/// oriented at all (its way circles with the noise) the broad way leads as well, so strokes there do not whorl.
/// </summary>
/// <param name="X">Unit direction, x component, per working pixel.</param>
/// <param name="Y">Unit direction, y component, per working pixel.</param>
/// <param name="Calm">How much each pixel is a calm passage, 0 (form, subject) to 1 (flat and away from the subject).</param>
/// <param name="Led">How much the broad way leads each pixel's direction, 0 (its own field) to 1 (calm or loose).</param>
/// <param name="Wide">How much each pixel lies in a broad calm passage, 0–1: its calm, where it is well clear of the subject
/// and of fine structure (<see cref="Laying"/>).</param>
internal sealed record CalmField(float[] X, float[] Y, float[] Calm, float[] Led, float[] Wide)
{
    // The pull toward level, as a share of the place's total weight: a broad field coherent beyond it keeps its way.
    private const float LevelBias = 0.5f;
    // The further pull toward level where the broad way leads (on its unit doubled-angle vector): a diagonal broad way
    // is turned a third of the way to level; a fully upright one stays upright.
    private const float FlatLevel = 0.6f;

    // The agreement of the fine field over a stroke's length below which it is loose (its way is noise: n ways at random
    // agree about 1/√n) and above which it is form.
    private const float LooseFrom = 0.3f, LooseTo = 0.6f;

    /// <summary>How calmly the place <paramref name="q"/>, of the encoded colour at [3q …] in <paramref name="rgb"/>, is laid
    /// in long, soft, blended strokes, 0–1: how far it lies in a broad calm passage (<see cref="Wide"/>), except over a
    /// near-black mass, which is painted in varied coloured darks (<see cref="Darks"/>) and, blended, would read as one
    /// flat hole.</summary>
    public float Laying(int q, float[] rgb) =>
        Wide[q] <= 0f ? 0f
        : Wide[q] * Noise.Smoothstep(BlackFrom, BlackTo,
            Oklab.FromLinear(new Rgb(Srgb.ToLinear(rgb[q * 3]), Srgb.ToLinear(rgb[q * 3 + 1]), Srgb.ToLinear(rgb[q * 3 + 2]))).L);

    // Oklab lightness of a dark mass at and below which a place is not laid calmly, and above which it fully is.
    private const float BlackFrom = 0.12f, BlackTo = 0.25f;

    // How many pixels at the frame's edges the broad field leaves out.
    private const int FrameBand = 3;

    /// <summary>The calmed field of <paramref name="t"/>, or null where the painter is told of no subject (calm
    /// surfaces are the ground laid around a figure; without one the brushwork is the same everywhere) or the mood leaves
    /// canvas bare (loss: its broken fragments are meant to scatter).</summary>
    public static CalmField? Of(Target t, MoodParameters mood)
    {
        if (t.FocusMap is null || mood.Bare > 0) return null;
        int w = t.Width, n = w * t.Height;
        // One map after another: made side by side, their working arrays were alive at once (45 MB more at peak).
        var subject = SubjectMap.Of(t);
        var calm = Flatness(t);
        var broad = Broad(t);
        var agreement = Agreement(t);
        var (x, y, led) = (new float[n], new float[n], new float[n]);
        // Each pixel on its own: rows in bands on every core.
        Parallel.For(0, t.Height, row =>
        {
            for (int i = row * w; i < (row + 1) * w; i++)
            {
                // The subject's smooth parts (a cheek, fur) are flat too, but they are the subject: only its surroundings calm.
                float around = (1f - Noise.Smoothstep(0.1f, 0.5f, subject[i])) * (1f - Noise.Smoothstep(0.15f, 0.5f, t.FocusAt(i)));
                calm[i] *= around;
                // Where the fine field's way does not hold over a stroke's length it circles with the noise, and strokes
                // that follow it whorl like a fingerprint: around the subject the broad way leads there too, even where
                // colour changes (a grainy table, a rough wall); on the subject the little structure there is is its form.
                float loose = (1f - Noise.Smoothstep(LooseFrom, LooseTo, agreement[i])) * around;
                float k = led[i] = MathF.Max(calm[i], loose);
                // Doubled-angle blend of the fine and broad directions by how calm or loose the place is.
                float fc = t.DirX[i] * t.DirX[i] - t.DirY[i] * t.DirY[i], fs = 2 * t.DirX[i] * t.DirY[i];
                // Where the broad way leads it leans further toward level: round a flat passage's lights and masts it
                // still bends, and strokes that follow it nest into arcs; a sky is laid level, only slightly varied.
                float lc = broad[i * 2] + FlatLevel * k, ls = broad[i * 2 + 1], ll = MathF.Sqrt(lc * lc + ls * ls) + 1e-9f;
                float bc = (1 - k) * fc + k * lc / ll, bs = (1 - k) * fs + k * ls / ll;
                float half = 0.5f * MathF.Atan2(bs, bc);
                x[i] = MathF.Cos(half); y[i] = MathF.Sin(half);
            }
        });
        return new CalmField(x, y, calm, led, Broadly(t, calm));
    }

    // How far each place lies in a broad calm passage, 0–1: its calm, where nothing within about Reach cells of it is
    // touched by the focus at all or holds more detail than most of the picture (a lattice, fur). A smooth part of the
    // subject (a cheek, the fur between a cat's eyes) or a thin dark mast against a sky is flat or nearly so at a
    // stroke's width, and long wet strokes laid over it smear it; kept clear of them by a few cells, the laying stays on
    // broad passages around the subject (a sky, a blurred background).
    private static float[] Broadly(Target t, float[] calm)
    {
        int w = t.Width, h = t.Height, cell = Math.Max(2, Math.Max(w, h) / Cells), gw = (w + cell - 1) / cell, gh = (h + cell - 1) / cell;
        var clear = Clearance(t, cell, gw, gh);
        var wide = new float[w * h];
        // Read back between the cells' centres, so the laying fades over a cell rather than stepping at its sides.
        Parallel.For(0, h, y =>
        {
            float gy = Math.Clamp((y + 0.5f) / cell - 0.5f, 0f, gh - 1f);
            int y0 = (int)gy, y1 = Math.Min(gh - 1, y0 + 1);
            for (int x = 0; x < w; x++)
            {
                float gx = Math.Clamp((x + 0.5f) / cell - 0.5f, 0f, gw - 1f);
                int x0 = (int)gx, x1 = Math.Min(gw - 1, x0 + 1);
                float top = clear[y0 * gw + x0] + (gx - x0) * (clear[y0 * gw + x1] - clear[y0 * gw + x0]);
                float bottom = clear[y1 * gw + x0] + (gx - x0) * (clear[y1 * gw + x1] - clear[y1 * gw + x0]);
                wide[y * w + x] = calm[y * w + x] * Noise.Smoothstep(WideFrom, WideTo, top + (gy - y0) * (bottom - top));
            }
        });
        return wide;
    }

    // How clear of the subject and of structure each cell (cell pixels square, gw × gh of them) and the cells within
    // Reach of it are, 0–1: the least over them of how far a place lies outside the focus and below the detail of most
    // of the picture.
    private static float[] Clearance(Target t, int cell, int gw, int gh)
    {
        int w = t.Width, h = t.Height;
        // Detail averaged over a cell: a single star or speck of noise in a sky is not structure, a lattice's lines are.
        var detail = (float[])t.Importance.Clone();
        Blur.Gaussian(detail, w, h, 1, cell);
        // Detail is the target's own measure, relative to the picture: above its median a place holds structure.
        float lo = OrientationField.Percentile(detail, DetailFrom), hi = MathF.Max(OrientationField.Percentile(detail, DetailTo), lo + 1e-6f);
        var least = new float[gw * gh];
        Array.Fill(least, 1f);
        for (int y = 0; y < h; y++)
            for (int x = 0; x < w; x++)
            {
                int q = y * w + x, g = y / cell * gw + x / cell;
                float clear = (1f - Noise.Smoothstep(FocusFrom, FocusTo, t.FocusAt(q))) * (1f - Noise.Smoothstep(lo, hi, detail[q]));
                least[g] = MathF.Min(least[g], clear);
            }
        var across = new float[least.Length];
        Least(least, across, gw, gh, 1, gw);
        Least(across, least, gh, gw, gw, 1);
        return least;
    }

    // Cells across the long side the clearance is gathered in, how many cells about a place it is taken over, and the
    // clearance at which a place begins to be laid calmly and above which it fully is.
    private const int Cells = 96, Reach = 3;
    private const float WideFrom = 0.5f, WideTo = 0.9f;

    // The focus at which a place begins to be the subject's, and at which it fully is, for the laying (the calm field's
    // own lets the focus's faint outskirts calm); and the shares of the picture with less averaged detail
    // (Target.Importance) at which a place begins to hold structure and fully does.
    private const float FocusFrom = 0.02f, FocusTo = 0.15f, DetailFrom = 0.5f, DetailTo = 0.75f;

    // The least of each Reach cells either side along lines of n cells (step apart), lines `stride` apart.
    private static void Least(float[] src, float[] dst, int n, int lines, int step, int stride)
    {
        for (int line = 0; line < lines; line++)
            for (int i = 0; i < n; i++)
            {
                float v = 1f;
                for (int j = Math.Max(0, i - Reach); j <= Math.Min(n - 1, i + Reach); j++) v = MathF.Min(v, src[line * stride + j * step]);
                dst[line * stride + i * step] = v;
            }
    }

    // How flat each place is at the scale of a stroke, 0–1: the photo softened to about a stroke's width (so grain and
    // noise, which the fine field follows, average away) changes by under a few percent across that width. A sky's
    // fade, a wall's light or a blurred background is flat; an edge or a form is not.
    private static float[] Flatness(Target t)
    {
        int w = t.Width, h = t.Height, step = Math.Max(2, Math.Max(w, h) / 120);
        var soft = (float[])t.Encoded.Clone();
        Blur.Gaussian(soft, w, h, 3, step);
        var flat = new float[w * h];
        Parallel.For(0, h, y =>
        {
            int ym = Math.Max(0, y - step) * w, yp = Math.Min(h - 1, y + step) * w;
            for (int x = 0; x < w; x++)
            {
                int xm = Math.Max(0, x - step), xp = Math.Min(w - 1, x + step);
                float d = MathF.Max(Delta(soft, y * w + xm, y * w + xp), Delta(soft, ym + x, yp + x));
                flat[y * w + x] = 1f - Noise.Smoothstep(FlatChange, 3 * FlatChange, d);
            }
        });
        return flat;
    }

    // The change in encoded colour (0–1) across a stroke's width under which a place counts as flat.
    private const float FlatChange = 0.035f;

    private static float Delta(float[] c, int p, int q)
    {
        float dr = c[p * 3] - c[q * 3], dg = c[p * 3 + 1] - c[q * 3 + 1], db = c[p * 3 + 2] - c[q * 3 + 2];
        return MathF.Sqrt(dr * dr + dg * dg + db * db);
    }

    // How far the fine field keeps one way over about a stroke's length, 0 (its ways there scatter or circle) to 1 (all
    // alike): the length of its coherence-weighted mean doubled-angle vector, against the mean coherence.
    private static float[] Agreement(Target t)
    {
        var sums = Summed(t, Math.Max(t.Width, t.Height) / 60f);
        var agreement = new float[t.Width * t.Height];
        for (int i = 0; i < agreement.Length; i++)
            agreement[i] = MathF.Sqrt(sums[i * 3] * sums[i * 3] + sums[i * 3 + 1] * sums[i * 3 + 1]) / (sums[i * 3 + 2] + 1e-6f);
        return agreement;
    }

    // The field at a broad scale as unit doubled-angle vectors (cos 2θ, sin 2θ).
    private static float[] Broad(Target t)
    {
        int n = t.Width * t.Height;
        var sums = Summed(t, Math.Max(t.Width, t.Height) / 25f);
        var doubled = new float[n * 2];
        for (int i = 0; i < n; i++)
        {
            // Where the broad field has hardly a way (noise in an even sky points everywhere), strokes lean level, as a
            // sky is laid; a way the place really has (a sky's fade, a wall's courses) outweighs the lean.
            float c = sums[i * 3] + LevelBias * (sums[i * 3 + 2] + 1e-4f), s = sums[i * 3 + 1], l = MathF.Max(1e-9f, MathF.Sqrt(c * c + s * s));
            doubled[i * 2] = c / l; doubled[i * 2 + 1] = s / l;
        }
        return doubled;
    }

    // The field's coherence-weighted doubled-angle vectors (k cos 2θ, k sin 2θ, k), blurred at sigma: axial directions
    // average as doubled angles (θ and θ+180° are one stroke direction), and clear structure leads.
    private static float[] Summed(Target t, float sigma)
    {
        int w = t.Width, h = t.Height, n = w * h;
        var sums = new float[n * 3];
        for (int i = 0; i < n; i++)
        {
            // The frame's outer pixels have half a neighbourhood, and the blur repeats them beyond the frame: they are
            // left out, so the way along an edge of the picture is the way just inside it.
            int x = i % w, y = i / w;
            if (x < FrameBand || y < FrameBand || x >= w - FrameBand || y >= h - FrameBand) continue;
            float c = t.DirX[i], s = t.DirY[i], k = t.Coherence[i];
            sums[i * 3] = (c * c - s * s) * k; sums[i * 3 + 1] = 2 * c * s * k; sums[i * 3 + 2] = k;
        }
        Blur.Gaussian(sums, w, h, 3, sigma);
        return sums;
    }
}
