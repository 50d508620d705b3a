using Echoes.Brushes;
using Echoes.Imaging;
using Echoes.Targets;

namespace Echoes.Moods;

/// <summary>
/// The mood's rhythm in the stroke field: away from the subject's edges the strokes lean toward rays fanning up from
/// below the subject (joy rising and opening), toward verticals (sorrow falling) or round the subject (love enveloping:
/// along the focus's contour near it, on rings round its centre farther out). Directions are axial, so they blend in
/// doubled-angle form. Inside the subject and along clear edges the field is kept, so the strokes still draw the form;
/// love's strokes reach in to the subject's contour, since curving round it is how they draw it.
/// </summary>
internal static class MoodField
{
    /// <summary>The target with its stroke field bent by the mood; the same target when the mood asks for none or the
    /// target is a composed scene (whose field already says which places run level).</summary>
    public static Target Bend(Target t, MoodParameters m, (float X, float Y) centre)
    {
        if (m.Radial + m.Vertical + m.Envelop <= 0 || t.Guide is not null) return t;
        int w = t.Width, h = t.Height;
        var dirX = (float[])t.DirX.Clone();
        var dirY = (float[])t.DirY.Clone();
        var coherence = (float[])t.Coherence.Clone();
        float longSide = Math.Max(w, h), enfold = m.Envelop / (m.Radial + m.Vertical + m.Envelop);
        var contour = m.Envelop > 0 ? Contour(t) : null;
        // Joy's rays spring from a point below the frame under the subject, so every one of them rises.
        float fx0 = centre.X * w, fy0 = h + 0.35f * longSide;
        Parallel.For(0, h, y =>
        {
            for (int x = 0; x < w; x++)
            {
                int q = y * w + x;
                float focus = t.FocusAt(q);
                var (ea, eb, band) = Enfolding(contour, focus, q, x + 0.5f - centre.X * w, y + 0.5f - centre.Y * h);
                var (ra, rb) = Doubled(x + 0.5f - fx0, y + 0.5f - fy0);
                float ba = m.Radial * ra + m.Envelop * ea - m.Vertical, bb = m.Radial * rb + m.Envelop * eb;
                float bl = MathF.Sqrt(ba * ba + bb * bb);
                if (bl < 1e-4f) continue;
                // Strongest away from the subject and where the photo's own direction is unclear; on the subject's contour
                // love's pull holds.
                float inner = focus + (Noise.Smoothstep(0.55f, 0.9f, focus) - focus) * enfold * band;
                float guard = MathF.Max(Noise.Smoothstep(0.05f, 0.5f, focus), enfold), yield = Yield + (0.6f - Yield) * guard;
                float reach = MathF.Min(1f, (1f + (Reach - 1f) * (1f - guard)) * bl);
                float k = reach * (1f - 0.8f * inner) * (1f - yield * t.Coherence[q] * (1f - 0.7f * enfold * band));
                float fx = t.DirX[q], fy = t.DirY[q];
                float fa = fx * fx - fy * fy, fb = 2 * fx * fy;
                float na = fa + (ba / bl - fa) * k, nb = fb + (bb / bl - fb) * k;
                if (na * na + nb * nb < 1e-8f) continue;
                float angle = 0.5f * MathF.Atan2(nb, na);
                dirX[q] = MathF.Cos(angle); dirY[q] = MathF.Sin(angle);
                coherence[q] = MathF.Max(coherence[q], k);
            }
        });
        return t.WithField(dirX, dirY, coherence);
    }

    // How far joy's rays and sorrow's verticals take the field off the subject: a pull of 0.7 owns it nearly whole there,
    // and the photo's grain (a table's wood, a wall's texture) gives way to it but for clear edges; weaker, the strokes
    // lay out as in the neutral painting and the mood reads only in its colour. On the subject, and for love's strokes
    // (which reach into its contour, where a stronger pull would blur its drawing), the field yields as before.
    private const float Reach = 1.4f, Yield = 0.35f;

    // The doubled-angle unit vector (cos 2θ, sin 2θ) of the direction (x, y); zero for no direction.
    private static (float A, float B) Doubled(float x, float y)
    {
        float r2 = x * x + y * y;
        return r2 < 1e-6f ? (0f, 0f) : ((x * x - y * y) / r2, 2 * x * y / r2);
    }

    // Love's way at q (doubled angle) and how much q lies on the subject's contour, 0–1: along the contour there (on its
    // inner side, where the subject is), on a ring round the subject's centre (offset rx, ry) elsewhere.
    private static (float A, float B, float Band) Enfolding(float[]? contour, float focus, int q, float rx, float ry)
    {
        var (ra, rb) = Doubled(rx, ry);
        if (contour is null) return (-ra, -rb, 0f);
        float band = contour[q * 3 + 2] * Noise.Smoothstep(0.1f, 0.3f, focus);
        return (contour[q * 3] * band - ra * (1f - band), contour[q * 3 + 1] * band - rb * (1f - band), band);
    }

    // Per pixel: the doubled-angle tangent of the focus's contour (its level lines) and how clearly one runs there, 0–1.
    private static float[]? Contour(Target t)
    {
        if (t.FocusMap is not { } f) return null;
        int w = t.Width, h = t.Height;
        float longSide = Math.Max(w, h);
        var soft = (float[])f.Clone();
        Blur.Gaussian(soft, w, h, 1, longSide / 60f);
        var c = new float[w * h * 3];
        for (int y = 1; y < h - 1; y++)
            for (int x = 1; x < w - 1; x++)
            {
                int q = y * w + x;
                float gx = 0.5f * (soft[q + 1] - soft[q - 1]), gy = 0.5f * (soft[q + w] - soft[q - w]);
                var (a, b) = Doubled(-gy, gx);
                c[q * 3] = a; c[q * 3 + 1] = b;
                // The focus turning from 0 to 1 across a fifth of the picture or less counts as a clear contour.
                c[q * 3 + 2] = Noise.Smoothstep(1.5f, 5f, MathF.Sqrt(gx * gx + gy * gy) * longSide);
            }
        return c;
    }
}
