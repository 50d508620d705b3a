using Echoes.Imaging;
using Echoes.Strokes;
using Echoes.Targets;

namespace Echoes.Painting;

/// <summary>
/// The outline of a subject too large to be one of <see cref="EchoForms"/> (a face filling the frame, a close-up): the
/// place the focus holds, as a distance field on a coarse grid, so its echoes can ripple out from its true outline
/// however it is shaped and wherever it meets the frame. A ring at distance d is the level line where the distance
/// from the subject is d.
/// </summary>
internal sealed class EchoSilhouette
{
    /// <summary>The subject is where the focus reaches this share of its peak: the whole thing looked at (a head, a
    /// figure), where EchoForms' compact subject (at 0.6 of the peak) is often only its sharpest part (an eye).</summary>
    public const float Held = 0.35f;

    private readonly float[] _distance;
    private readonly int _w, _h, _s;

    private EchoSilhouette(float[] distance, int w, int h, int s, EchoForm form) =>
        (_distance, _w, _h, _s, Form) = (distance, w, h, s, form);

    /// <summary>The subject as a form: its centre, the radius of a disc of its area, its mean colour.</summary>
    public EchoForm Form { get; }

    /// <summary>The silhouette of <paramref name="t"/>'s subject, or null where the focus holds no subject or holds
    /// too much of the picture to leave ground for echoes; <paramref name="blurred"/> is the encoded picture softened.</summary>
    public static EchoSilhouette? Of(Target t, float[] blurred)
    {
        int s = Math.Max(1, (int)MathF.Round(Math.Max(t.Width, t.Height) / 150f));
        int w = Math.Max(1, t.Width / s), h = Math.Max(1, t.Height / s);
        var inside = new bool[w * h];
        float peak = 0;
        for (int pass = 0; pass < 2; pass++)
            for (int y = 0; y < h; y++)
                for (int x = 0; x < w; x++)
                {
                    float f = t.FocusAt(Pixel(t, x, y, s));
                    if (pass == 0) peak = MathF.Max(peak, f);
                    else inside[y * w + x] = f >= peak * Held;
                }
        int area = inside.Count(v => v);
        if (peak < 0.2f || area < w * h * 0.03f || area > w * h * 0.7f) return null;
        var distance = Distance(inside, w, h);
        // Smooth enough that a ring follows the thing's shape, not every notch of the focus.
        Blur.Gaussian(distance, w, h, 1, 3f);
        return new EchoSilhouette(distance, w, h, s, Mean(t, blurred, inside, w, h, s, area));
    }

    /// <summary>The ring <paramref name="d"/> working pixels out from the subject's outline, relaxed by
    /// <paramref name="relax"/> (0–1) toward a circle round its centre, as lines in working pixels (broken where it
    /// leaves the picture), in a seeded order.</summary>
    public List<List<Point2>> Ring(float d, float relax, Random rng)
    {
        float cx = Form.Centre.X / _s, cy = Form.Centre.Y / _s, r = Form.MeanRadius / _s;
        float Relaxed(float x, float y) =>
            Sample(x, y) * (1 - relax) + (MathF.Sqrt((x - cx) * (x - cx) + (y - cy) * (y - cy)) - r) * relax;
        return LevelLines.Trace(Relaxed, _w, _h, d / _s, rng).Select(l => l.Select(p => new Point2(p.X * _s, p.Y * _s)).ToList()).ToList();
    }

    private static int Pixel(Target t, int x, int y, int s) => Math.Min(t.Height - 1, y * s + s / 2) * t.Width + Math.Min(t.Width - 1, x * s + s / 2);

    // Grid cells from the subject (0 inside it), by a two-pass chamfer: near enough to Euclidean for rings a few cells
    // wide that are then smoothed.
    private static float[] Distance(bool[] inside, int w, int h)
    {
        const float Diagonal = 1.4142135f;
        var d = new float[w * h];
        for (int i = 0; i < d.Length; i++) d[i] = inside[i] ? 0 : float.MaxValue / 4;
        for (int y = 0; y < h; y++)
            for (int x = 0; x < w; x++)
            {
                ref float v = ref d[y * w + x];
                if (x > 0) v = MathF.Min(v, d[y * w + x - 1] + 1);
                if (y > 0) v = MathF.Min(v, d[(y - 1) * w + x] + 1);
                if (x > 0 && y > 0) v = MathF.Min(v, d[(y - 1) * w + x - 1] + Diagonal);
                if (x + 1 < w && y > 0) v = MathF.Min(v, d[(y - 1) * w + x + 1] + Diagonal);
            }
        for (int y = h - 1; y >= 0; y--)
            for (int x = w - 1; x >= 0; x--)
            {
                ref float v = ref d[y * w + x];
                if (x + 1 < w) v = MathF.Min(v, d[y * w + x + 1] + 1);
                if (y + 1 < h) v = MathF.Min(v, d[(y + 1) * w + x] + 1);
                if (x + 1 < w && y + 1 < h) v = MathF.Min(v, d[(y + 1) * w + x + 1] + Diagonal);
                if (x > 0 && y + 1 < h) v = MathF.Min(v, d[(y + 1) * w + x - 1] + Diagonal);
            }
        return d;
    }

    private static EchoForm Mean(Target t, float[] blurred, bool[] inside, int w, int h, int s, int area)
    {
        double cx = 0, cy = 0, r = 0, g = 0, b = 0;
        for (int y = 0; y < h; y++)
            for (int x = 0; x < w; x++)
            {
                if (!inside[y * w + x]) continue;
                int j = Pixel(t, x, y, s) * 3;
                (cx, cy, r, g, b) = (cx + (x + 0.5) * s, cy + (y + 0.5) * s, r + blurred[j], g + blurred[j + 1], b + blurred[j + 2]);
            }
        float radius = MathF.Sqrt(area / MathF.PI) * s;
        var colour = ((float)(r / area), (float)(g / area), (float)(b / area));
        return new EchoForm(new Point2((float)(cx / area), (float)(cy / area)), [radius], colour, true);
    }

    private float Sample(float x, float y) => GridSample.Bilinear(_distance, _w, _h, x, y);
}
