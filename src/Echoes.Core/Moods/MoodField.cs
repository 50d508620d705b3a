using Echoes.Targets;

namespace Echoes.Moods;

/// <summary>
/// The mood's rhythm in the stroke field: away from the subject's edges the strokes lean toward rays from the subject
/// (joy opening outward), toward verticals (sorrow falling) or toward rings around it (love enveloping). Directions are
/// axial, so they blend in doubled-angle form (a ray and a ring are opposite there; a joy–love blend softens both). On
/// the subject and along clear edges the field is kept, so the strokes still draw the form.
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
        float longSide = Math.Max(w, h);
        Parallel.For(0, h, y =>
        {
            for (int x = 0; x < w; x++)
            {
                int q = y * w + x;
                float rx = (x + 0.5f - centre.X * w) / longSide, ry = (y + 0.5f - centre.Y * h) / longSide;
                float r2 = rx * rx + ry * ry;
                if (r2 < 1e-6f) continue;
                // Doubled angles: a ray is (cos 2θ, sin 2θ), a ring the negative of it, a vertical (−1, 0).
                float ra = (rx * rx - ry * ry) / r2, rb = 2 * rx * ry / r2;
                float ba = (m.Radial - m.Envelop) * ra - m.Vertical, bb = (m.Radial - m.Envelop) * rb;
                float bl = MathF.Sqrt(ba * ba + bb * bb);
                if (bl < 1e-4f) continue;
                // Strongest away from the subject and where the photo's own direction is unclear.
                float k = MathF.Min(1f, bl) * (1f - 0.8f * t.FocusAt(q)) * (1f - 0.6f * t.Coherence[q]);
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
}
