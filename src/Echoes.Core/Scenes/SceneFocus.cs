using Echoes.Brushes;

namespace Echoes.Scenes;

/// <summary>
/// The focus of a composed scene, 0–1 per working pixel: where its people are. Each figure is the centre of a soft
/// disc a little over its own height across (nearer, larger figures draw more of the eye), so the painter's detail, its
/// truest colour and its finest brushes gather on the ground around them: the same field a photograph's subject is
/// found into (<see cref="Targets.FocusField"/>).
/// </summary>
internal static class SceneFocus
{
    /// <summary>The field for <paramref name="figures"/> on a <paramref name="w"/> × <paramref name="h"/> canvas.</summary>
    public static float[] Of(IReadOnlyList<PlacedFigure> figures, int w, int h)
    {
        var field = new float[w * h];
        foreach (var f in figures)
        {
            float cx = f.X, cy = f.Y - f.Height * 0.45f, r = f.Height * 1.3f;
            int x0 = Math.Max(0, (int)(cx - r)), x1 = Math.Min(w - 1, (int)(cx + r));
            int y0 = Math.Max(0, (int)(cy - r)), y1 = Math.Min(h - 1, (int)(cy + r));
            for (int y = y0; y <= y1; y++)
                for (int x = x0; x <= x1; x++)
                {
                    float dx = x + 0.5f - cx, dy = y + 0.5f - cy;
                    float v = 1f - Noise.Smoothstep(0.45f * r, r, MathF.Sqrt(dx * dx + dy * dy));
                    int q = y * w + x;
                    if (v > field[q]) field[q] = v;
                }
        }
        return field;
    }
}
