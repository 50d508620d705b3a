using System.Runtime.CompilerServices;
using static Echoes.Brushes.Noise;

namespace Echoes.Brushes;

/// <summary>
/// What brush textures share: per-stroke constants and noise tables, and the helpers the textures sample them with.
/// Frequencies are in logical units, and their contrast fades where they would fall below two pixels, so a plan looks
/// alike at any size. Each brush's own texture is an <see cref="IBrushTexture"/> beside it.
/// </summary>
internal static class BrushTexture
{
    /// <summary>Per-stroke constants the texture needs, computed once per rasterization.</summary>
    internal struct Params
    {
        public uint Seed;
        public float Bristles;      // bristles across the full width
        public float StreakAmp;     // 1 when bristles span ≥ 2 px, fading to 0 at ≤ 1 px
        public float Aspect;        // length / width, for isotropic noise along u
        public float EdgeAmp;       // raggedness contrast, faded like streaks
        public float Load;
        public float[] Across;      // the kind's noise across the width, sampled over v in [0, 1]
        public float[] Along;       // the kind's noise along the length, sampled over u in [0, 1]
        public int AcrossLast, AlongLast;
    }

    /// <summary>Fills the per-stroke noise tables (a few hundred samples) so pixels only interpolate.</summary>
    public static void Prepare(ref Params p, Brush brush)
    {
        var (across, seedA, along, seedB) = brush.NoiseCycles(p);
        p.AcrossLast = Fill(ref p.Across, across, seedA);
        p.AlongLast = Fill(ref p.Along, along, seedB);
    }

    private static int Fill(ref float[] table, float cycles, uint seed)
    {
        int n = Math.Clamp(4 * (int)MathF.Ceiling(cycles) + 8, 8, 1024);
        if (table is null || table.Length < n) table = new float[Math.Max(n, 64)];
        for (int i = 0; i < n; i++) table[i] = Value1(seed, i / (float)(n - 1) * cycles);
        return n - 1;
    }

    /// <summary>The noise across the width at <paramref name="v01"/> in [0, 1].</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static float Across(in Params p, float v01) => Lut(p.Across, p.AcrossLast, v01);

    /// <summary>The noise along the length at <paramref name="u"/> in [0, 1].</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static float Along(in Params p, float u) => Lut(p.Along, p.AlongLast, u);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static float Lut(float[] t, int last, float x01)
    {
        float f = x01 * last;
        int i = (int)f;
        if (i >= last) return t[last];
        if (i < 0) return t[0];
        float a = t[i];
        return a + (t[i + 1] - a) * (f - i);
    }

    /// <summary>0 while the brush is wet; rises toward 1 at the end of the stroke as the load runs out.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static float Dryness(float u, float load)
    {
        float start = 0.85f * load;
        float d = Math.Clamp((u - start) / (1.0001f - start), 0f, 1f);
        return Math.Min(1f, d * d * 2f * (1f - load));
    }

    /// <summary>A dome across the width: 1 on the spine, 0 at the edges.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static float Dome(float av) => MathF.Sqrt(MathF.Max(0f, 1f - av * av));
}
