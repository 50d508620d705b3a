using System.Runtime.CompilerServices;
using Echoes.Strokes;
using static Echoes.Brushes.Noise;

namespace Echoes.Brushes;

/// <summary>
/// Per-pixel texture of each brush kind, in stroke coordinates: <c>u</c> runs along the stroke from 0 to 1, <c>v</c>
/// across it from −1 to 1. Returns a coverage multiplier in [0, 1] and a paint height in [0, ~1.5]. Frequencies are in
/// logical units, and their contrast fades where they would fall below two pixels, so a plan looks alike at any size.
/// </summary>
internal static class BrushTexture
{
    /// <summary>Per-stroke constants the texture needs, computed once per rasterization.</summary>
    internal struct Params
    {
        public BrushKind Kind;
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
    public static void Prepare(ref Params p)
    {
        (float across, uint seedA, float along, uint seedB) = p.Kind switch
        {
            BrushKind.Round => (p.Bristles, p.Seed, p.Aspect * 1.5f, p.Seed ^ 0x51u),
            BrushKind.Knife => (p.Bristles * 3f, p.Seed, p.Aspect * 2.5f, p.Seed ^ 0x2545F491u),
            BrushKind.Splatter => (0f, 0u, 0f, 0u),
            _ => (p.Bristles, p.Seed, 0f, 0u),
        };
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

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static float Sample(in Params p, float u, float v, out float height)
    {
        float av = MathF.Abs(v);
        float v01 = 0.5f * (v + 1f);
        switch (p.Kind)
        {
            case BrushKind.Round:
            {
                float s1 = Lut(p.Across, p.AcrossLast, v01);
                float dry = Dryness(u, p.Load);
                float streaks = 0.2f * s1;
                if (dry > 0f) streaks += dry * 0.9f * Smoothstep(0.3f, 0.7f, Value1(p.Seed ^ 0xA511E9B3u, v01 * p.Bristles * 1.7f + u * 1.3f));
                float edge = av < 0.42f ? 1f : 1f - p.EdgeAmp * 0.7f * Smoothstep(0.72f - 0.3f * Lut(p.Along, p.AlongLast, u), 1f, av);
                float m = (1f - p.StreakAmp * streaks) * edge;
                height = (0.55f + 0.45f * s1 * p.StreakAmp) * MathF.Sqrt(MathF.Max(0f, 1f - av * av)) * (0.7f + 0.3f * (1f - dry))
                         + 0.35f * Smoothstep(0.82f, 1f, u);
                return Math.Clamp(m, 0f, 1f);
            }
            case BrushKind.Flat:
            {
                float s1 = Lut(p.Across, p.AcrossLast, v01);
                float dry = Dryness(u, p.Load);
                float streaks = 0.32f * s1 * s1;
                if (dry > 0f) streaks += dry * Smoothstep(0.35f, 0.65f, Value1(p.Seed ^ 0x7F4A7C15u, v01 * p.Bristles * 0.5f + u * 0.7f));
                float m = 1f - p.StreakAmp * streaks;
                height = 0.45f + 0.35f * s1 * p.StreakAmp + 0.5f * Smoothstep(0.7f, 1f, av) + 0.3f * Smoothstep(0.9f, 1f, u);
                return Math.Clamp(m, 0f, 1f);
            }
            case BrushKind.Knife:
            {
                // Scraped edges: the slab's border wanders and breaks; thin scrape lines run along it.
                float m = av < 0.8f ? 1f : 1f - p.EdgeAmp * Smoothstep(0.8f + 0.12f * Lut(p.Along, p.AlongLast, u), 1f, av);
                float scrape = Lut(p.Across, p.AcrossLast, v01);
                m *= 1f - p.StreakAmp * 0.3f * Smoothstep(0.82f, 0.92f, scrape);
                if (u - p.Load > 0.15f)
                    m *= 1f - p.EdgeAmp * Smoothstep(0.15f, 0.35f, u - p.Load) * Smoothstep(0.55f, 0.68f, Value2(p.Seed ^ 0x9E37u, u * p.Aspect * 1.2f, v01 * 2.5f));
                height = 0.45f + 0.35f * Smoothstep(0.8f, 1f, av) + 0.4f * Smoothstep(0.9f, 1f, u) + 0.1f * scrape * p.StreakAmp;
                return Math.Clamp(m, 0f, 1f);
            }
            case BrushKind.DryBrush:
            {
                // Paint catches only on the tops of the weave: coverage breaks up more as the load runs out.
                float n = 0.6f * Lut(p.Across, p.AcrossLast, v01) + 0.4f * Value2(p.Seed ^ 0x3C6EF372u, v01 * p.Bristles * 0.6f, u * p.Aspect * 2.2f);
                float th = Math.Clamp(0.32f + 0.7f * u * (1.15f - p.Load), 0f, 0.9f);
                float broken = Smoothstep(th - 0.1f, th + 0.1f, n);
                float m = 1f - p.StreakAmp * (1f - broken);
                height = 0.3f * n;
                return Math.Clamp(m, 0f, 1f);
            }
            case BrushKind.Glaze:
            {
                float s = Lut(p.Across, p.AcrossLast, v01);
                height = 0f;
                return (1f - 0.12f * p.StreakAmp * s) * (1f - 0.5f * Smoothstep(0.55f, 1f, av));
            }
            case BrushKind.Splatter:
                height = 0.9f * MathF.Sqrt(MathF.Max(0f, 1f - av * av));
                return 1f;
            default: // Drip
            {
                float s = Lut(p.Across, p.AcrossLast, v01);
                height = (0.5f + 0.2f * s) * MathF.Sqrt(MathF.Max(0f, 1f - av * av)) + 0.6f * Smoothstep(0.8f, 1f, u);
                return 1f - 0.1f * p.StreakAmp * s;
            }
        }
    }

    // 0 while the brush is wet; rises toward 1 at the end of the stroke as the load runs out.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static float Dryness(float u, float load)
    {
        float start = 0.85f * load;
        float d = Math.Clamp((u - start) / (1.0001f - start), 0f, 1f);
        return Math.Min(1f, d * d * 2f * (1f - load));
    }
}
