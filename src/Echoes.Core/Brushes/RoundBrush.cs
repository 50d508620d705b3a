using System.Runtime.CompilerServices;
using Echoes.Strokes;
using static Echoes.Brushes.BrushTexture;
using static Echoes.Brushes.Noise;

namespace Echoes.Brushes;

/// <summary>Round brush: tapered ends, soft bristle streaks, ragged edges, streaks breaking up as the paint runs dry.</summary>
internal sealed class RoundBrush() : Brush(BrushKind.Round,
    new(SquareEnds: false, Tapers: true, BristlesPerUnit: 0.8f, Relief: 0.10f, CoversRelief: 0.7f, Multiply: false))
{
    internal override (float Across, uint AcrossSeed, float Along, uint AlongSeed) NoiseCycles(in Params p) =>
        (p.Bristles, p.Seed, p.Aspect * 1.5f, p.Seed ^ 0x51u);

    internal override void WithTexture<TUser>(ref TUser user) => user.Use<Texture>();

    internal readonly struct Texture : IBrushTexture
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static float Sample(in Params p, float u, float v, out float height)
        {
            float av = MathF.Abs(v);
            float v01 = 0.5f * (v + 1f);
            float s1 = Across(p, v01);
            float dry = Dryness(u, p.Load);
            float streaks = 0.2f * s1;
            if (dry > 0f) streaks += dry * 0.9f * Smoothstep(0.3f, 0.7f, Value1(p.Seed ^ 0xA511E9B3u, v01 * p.Bristles * 1.7f + u * 1.3f));
            float edge = av < 0.42f ? 1f : 1f - p.EdgeAmp * 0.7f * Smoothstep(0.72f - 0.3f * Along(p, u), 1f, av);
            float m = (1f - p.StreakAmp * streaks) * edge;
            height = (0.55f + 0.45f * s1 * p.StreakAmp) * Dome(av) * (0.7f + 0.3f * (1f - dry)) + 0.35f * Smoothstep(0.82f, 1f, u);
            return Math.Clamp(m, 0f, 1f);
        }
    }
}
