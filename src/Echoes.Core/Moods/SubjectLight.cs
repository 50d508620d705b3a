using Echoes.Brushes;
using Echoes.Targets;

namespace Echoes.Moods;

/// <summary>
/// A light a mood lets fall across its subject, as a painter models a figure rather than tinting the picture: it comes
/// from the side the photo already lights the subject from (so it strengthens the photo's own light instead of fighting
/// it), raised by <see cref="MoodParameters.LightHeight"/>, turns the subject's values from a lit side to a shadow side
/// like a lit sphere the size of the subject, wraps round it by <see cref="MoodParameters.Wrap"/>, and fades with the
/// focus, so what it changes is the subject and the air just round it.
/// </summary>
internal static class SubjectLight
{
    /// <summary>Lightness added per pixel of <paramref name="t"/>; null where the mood models no light or there is no subject.</summary>
    public static float[]? Of(Target t, MoodParameters m, (float X, float Y) centre)
    {
        if ((m.Modelling == 0 && m.SubjectKey == 0) || t.FocusMap is not { } focus) return null;
        int w = t.Width, h = t.Height;
        float longSide = Math.Max(w, h), cx = centre.X * w, cy = centre.Y * h;
        var (radius, side) = Extent(t, focus, cx, cy);
        float a = m.LightHeight * MathF.PI / 2f;
        float lx = side * MathF.Cos(a), ly = -MathF.Sin(a);
        var light = new float[w * h];
        for (int y = 0; y < h; y++)
            for (int x = 0; x < w; x++)
            {
                int q = y * w + x;
                float ox = (x + 0.5f - cx) / (radius * longSide), oy = (y + 0.5f - cy) / (radius * longSide);
                float shade = Math.Clamp(ox * lx + oy * ly, -1f, 1f);
                shade = (shade + m.Wrap) / (1f + m.Wrap);
                light[q] = Noise.Smoothstep(0.15f, 0.6f, focus[q]) * (m.Modelling * shade + m.SubjectKey);
            }
        return light;
    }

    // The subject's radius (the focus-weighted spread round its centre, as a share of the long side) and the side (−1 left,
    // +1 right) on which the photo lights it more.
    private static (float Radius, float Side) Extent(Target t, float[] focus, float cx, float cy)
    {
        int w = t.Width, h = t.Height;
        double spread = 0, weight = 0, left = 0, right = 0, nl = 0, nr = 0;
        var e = t.Encoded;
        for (int y = 0; y < h; y++)
            for (int x = 0; x < w; x++)
            {
                int q = y * w + x;
                double v = focus[q] * focus[q], dx = x + 0.5 - cx, dy = y + 0.5 - cy;
                spread += v * (dx * dx + dy * dy); weight += v;
                double luma = v * (0.299 * e[q * 3] + 0.587 * e[q * 3 + 1] + 0.114 * e[q * 3 + 2]);
                if (dx < 0) { left += luma; nl += v; } else { right += luma; nr += v; }
            }
        float radius = weight > 1e-6 ? (float)(Math.Sqrt(spread / weight) * 1.4 / Math.Max(w, h)) : 0.25f;
        float side = left / Math.Max(nl, 1e-6) > right / Math.Max(nr, 1e-6) ? -1f : 1f;
        return (Math.Max(radius, 0.08f), side);
    }
}
