using Echoes.Color;
using Echoes.Strokes;

namespace Echoes.Scenes;

/// <summary>
/// Paints a tie along its <see cref="TieArc"/>. A bond is one unbroken stroke from shoulder to shoulder over a soft
/// glow, knotted at both ends, its strength in its weight, warmth and brightness (or darkness, over light ground). An
/// estrangement is cold and thin, and cut: each half reaches out from its person and comes apart in ever shorter
/// dashes before it stops, leaving a plain gap in the middle of the same kind of arc the bonds follow.
/// </summary>
internal static class TieStrokes
{
    /// <summary>Where an estranged tie's halves stop at most: the gap is at least the middle 1 − 2·<see cref="HalfReach"/>
    /// of the arc, and at least 1.2 figures' height.</summary>
    public const float HalfReach = 0.4f;

    /// <summary>The strokes of a tie of <paramref name="strength"/> along <paramref name="arc"/>.</summary>
    /// <param name="arc">From one shoulder to the other, working pixels.</param>
    /// <param name="strength">The tie's strength in [−1, 1].</param>
    /// <param name="unit">The two figures' mean height, pixels.</param>
    /// <param name="onLight">Whether the ground behind the arc is light (the tie is then painted dark).</param>
    /// <param name="marks">The mark maker.</param>
    public static List<Stroke> Paint(TieArc arc, float strength, float unit, bool onLight, Marks marks)
    {
        var strokes = new List<Stroke>();
        int n = Math.Clamp((int)(ArcLength(arc) / (unit * 0.25f)), 8, 48);
        if (strength > 0)
        {
            float s = strength;
            var pale = onLight ? Srgb(0x6e, 0x5e, 0x58) : Srgb(0xe6, 0xe0, 0xd4);
            var warm = onLight ? Srgb(0x9a, 0x2a, 0x12) : Srgb(0xff, 0xcf, 0x7a);
            var color = Rgb.Lerp(pale, warm, MathF.Sqrt(s));
            var pts = arc.Points(0f, 1f, n);
            strokes.Add(marks.Make(BrushKind.Round, unit * (0.1f + 0.2f * s), color, 0.12f + 0.2f * s, (0.15f, 0.15f), pts));
            float core = unit * (0.018f + 0.05f * s);
            strokes.Add(marks.Make(BrushKind.Round, core, color, 0.6f + 0.4f * s, (0.02f, 0.02f), pts));
            float knot = MathF.Min(core * 1.8f, unit * 0.08f);
            strokes.Add(marks.Make(BrushKind.Round, knot, color, 0.9f, (0f, 0f), arc.A));
            strokes.Add(marks.Make(BrushKind.Round, knot, color, 0.9f, (0f, 0f), arc.B));
            return strokes;
        }
        float k = -strength;
        var cold = onLight ? Srgb(0x2c, 0x3c, 0x5c) : Srgb(0x9c, 0xba, 0xe0);
        float w = unit * (0.04f + 0.03f * k);
        // The gap is never less than 1.2 figures' height, so even a short estrangement reads as cut, and no more than
        // the middle fifth of a long one, so its halves stay long enough to be seen reaching for each other.
        float reach = MathF.Max(0.1f, MathF.Min(HalfReach, 0.5f - 0.6f * unit / MathF.Max(1f, ArcLength(arc))));
        Half(strokes, arc, 0f, reach, n, w, cold, unit, marks);
        Half(strokes, arc, 1f, 1f - reach, n, w, cold, unit, marks);
        return strokes;
    }

    // One half of a broken tie, from its person (t0) to the break (t1): a line that leaves its person whole and comes
    // apart toward the break, in dashes ever shorter, thinner and further apart (no loose strands: hanging ones read as
    // drips, and a single straight stub as a stick the person holds), over a faint cold glow that keeps it one line.
    private static void Half(List<Stroke> strokes, TieArc arc, float t0, float t1, int n, float w, Rgb cold, float unit, Marks marks)
    {
        int m = Math.Max(5, n / 2);
        strokes.Add(marks.Make(BrushKind.Round, unit * 0.14f, cold, 0.14f, (0.1f, 0.45f), arc.Points(t0, t1, m)));
        Span<float> dashes = [0.3f, 0.2f, 0.13f, 0.08f], gaps = [0.06f, 0.09f, 0.14f];
        float total = 0;
        foreach (float d in dashes) total += d;
        foreach (float g in gaps) total += g;
        float u = 0;
        for (int i = 0; i < dashes.Length; i++)
        {
            float a = t0 + (t1 - t0) * u / total, b = t0 + (t1 - t0) * (u + dashes[i]) / total;
            strokes.Add(marks.Make(BrushKind.Round, w * (1f - 0.16f * i), cold, 0.92f - 0.1f * i, (i == 0 ? 0.02f : 0.2f, 0.3f),
                arc.Points(a, b, Math.Max(3, (int)(m * dashes[i] * 2f)))));
            if (i < gaps.Length) u += dashes[i] + gaps[i];
        }
    }

    private static float ArcLength(TieArc arc)
    {
        float len = 0;
        var prev = arc.A;
        for (int i = 1; i <= 16; i++)
        {
            var q = arc.At(i / 16f);
            len += MathF.Sqrt((q.X - prev.X) * (q.X - prev.X) + (q.Y - prev.Y) * (q.Y - prev.Y));
            prev = q;
        }
        return len;
    }

    private static Rgb Srgb(byte r, byte g, byte b) => Rgb.FromSrgb8(r, g, b);
}
