using Echoes.Brushes;
using Echoes.Imaging;
using Echoes.Moods;
using Echoes.Targets;

namespace Echoes.Painting;

/// <summary>
/// The stroke direction field with flat passages calmed. In a sky, a wall or a blurred background the target's fine
/// field only follows noise, and strokes that follow it jumble; there the direction comes from the field at a much
/// broader scale, which turns slowly, so neighbouring strokes lie alike as a painter's do across a sky. Where the
/// picture has form, and on its subject (<see cref="SubjectMap"/>: the focus and the sharpest tenth), its own field is
/// kept: a painter draws the subject's form, and lays in only the surfaces around it.
/// </summary>
/// <param name="X">Unit direction, x component, per working pixel.</param>
/// <param name="Y">Unit direction, y component, per working pixel.</param>
/// <param name="Calm">How much each pixel is a calm passage, 0 (form, subject) to 1 (flat and away from the subject).</param>
internal sealed record CalmField(float[] X, float[] Y, float[] Calm)
{
    // The pull toward level, as a share of the place's total weight: a broad field coherent beyond it keeps its way.
    private const float LevelBias = 0.5f;

    // How many pixels at the frame's edges the broad field leaves out.
    private const int FrameBand = 3;

    /// <summary>The calmed field of <paramref name="t"/>, or null where the painter is told of no subject (calm
    /// surfaces are the ground laid around a figure; without one the brushwork is the same everywhere) or the mood leaves
    /// canvas bare (loss: its broken fragments are meant to scatter).</summary>
    public static CalmField? Of(Target t, MoodParameters mood)
    {
        if (t.FocusMap is null || mood.Bare > 0) return null;
        int n = t.Width * t.Height;
        var subject = SubjectMap.Of(t);
        var calm = Flatness(t);
        // The subject's smooth parts (a cheek, fur) are flat too, but they are the subject: only its surroundings calm.
        for (int i = 0; i < n; i++)
            calm[i] *= (1f - Noise.Smoothstep(0.1f, 0.5f, subject[i])) * (1f - Noise.Smoothstep(0.15f, 0.5f, t.FocusAt(i)));
        var broad = Broad(t);
        var (x, y) = (new float[n], new float[n]);
        for (int i = 0; i < n; i++)
        {
            // Doubled-angle blend of the fine and broad directions by how calm the place is.
            float fc = t.DirX[i] * t.DirX[i] - t.DirY[i] * t.DirY[i], fs = 2 * t.DirX[i] * t.DirY[i];
            float bc = (1 - calm[i]) * fc + calm[i] * broad[i * 2], bs = (1 - calm[i]) * fs + calm[i] * broad[i * 2 + 1];
            float half = 0.5f * MathF.Atan2(bs, bc);
            x[i] = MathF.Cos(half); y[i] = MathF.Sin(half);
        }
        return new CalmField(x, y, calm);
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

    // The field at a broad scale as unit doubled-angle vectors (cos 2θ, sin 2θ): axial directions average as doubled
    // angles (θ and θ+180° are one stroke direction), weighted by coherence so clear structure leads.
    private static float[] Broad(Target t)
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
        Blur.Gaussian(sums, w, h, 3, Math.Max(w, h) / 25f);
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
}
