using Echoes.Brushes;

namespace Echoes.Painting;

/// <summary>
/// Which directions out of a point light carry a thin bright line that is a thing (the lamp's post, a lit mast) rather
/// than the lens's spike: a spike fades as it leaves the light, a thing's line still stands as bright past the bloom.
/// Per angle bin round the light, the ratio of the thin residue (the picture less its grey opening) beyond the bloom's
/// reach to that halfway in; a bin that keeps its line is left as it is.
/// </summary>
internal static class ThroughLines
{
    /// <summary>How far past the bloom's reach the line is looked for, as a multiple of the reach.</summary>
    public const float Beyond = 1.9f;

    /// <summary>How far the spikes are taken out, as a multiple of the bloom's reach: short of where lines are looked for.</summary>
    public const float Spikes = 1.45f;

    private const int Bins = 48;

    /// <summary>The angle bin of <paramref name="angle"/> (radians, −π to π).</summary>
    public static int Bin(float angle) => Math.Clamp((int)((angle + MathF.PI) / MathF.Tau * Bins), 0, Bins - 1);

    /// <summary>Per angle bin, 0 (a spike: take it out) to 1 (a thing's line: keep it).</summary>
    public static float[] Kept(float[] p, float[] opened, int w, int x0, int y0, int ww, int wh, float cx, float cy, float reach)
    {
        var (inner, outer) = (new float[Bins], new float[Bins]);
        var (innerN, outerN) = (new int[Bins], new int[Bins]);
        for (int y = 0; y < wh; y++)
            for (int x = 0; x < ww; x++)
            {
                float dx = x0 + x + 0.5f - cx, dy = y0 + y + 0.5f - cy, d = MathF.Sqrt(dx * dx + dy * dy);
                bool isInner = d >= 0.35f * reach && d < 0.65f * reach, isOuter = d >= 1.55f * reach && d < Beyond * reach;
                if (!isInner && !isOuter) continue;
                int i = ((y0 + y) * w + x0 + x) * 3, o = (y * ww + x) * 3, b = Bin(MathF.Atan2(dy, dx));
                float residue = 0.3f * (p[i] - opened[o]) + 0.59f * (p[i + 1] - opened[o + 1]) + 0.11f * (p[i + 2] - opened[o + 2]);
                if (isInner) { inner[b] = MathF.Max(inner[b], residue); innerN[b]++; }
                else { outer[b] = MathF.Max(outer[b], residue); outerN[b]++; }
            }
        var keep = new float[Bins];
        for (int b = 0; b < Bins; b++)
        {
            if (inner[b] < 0.01f) continue;
            if (outerN[b] > 0) keep[b] = Noise.Smoothstep(0.5f, 0.8f, outer[b] / inner[b]);
            // Where the canvas ends before the line can be followed, a lens's spikes still come in opposed pairs through
            // the light; a line with nothing opposite it is the thing's own (a lamp's post).
            else keep[b] = 1f - Noise.Smoothstep(0.25f, 0.5f, Opposite(inner, b) / inner[b]);
        }
        // A line is a bin or two wide near the light: its neighbours keep it too.
        var wide = new float[Bins];
        for (int b = 0; b < Bins; b++) wide[b] = MathF.Max(keep[b], MathF.Max(keep[(b + 1) % Bins], keep[(b + Bins - 1) % Bins]));
        return wide;
    }

    // The strongest residue in the bins facing bin b across the light.
    private static float Opposite(float[] inner, int b) =>
        MathF.Max(inner[(b + Bins / 2) % Bins], MathF.Max(inner[(b + Bins / 2 + 1) % Bins], inner[(b + Bins / 2 - 1) % Bins]));
}
