using System.Runtime.CompilerServices;
using Echoes.Strokes;
using static Echoes.Brushes.BrushTexture;
using static Echoes.Brushes.Noise;

namespace Echoes.Brushes;

/// <summary>Flat brush: square ends, strong parallel bristle streaks, paint ridged along its edges.</summary>
internal sealed class FlatBrush() : Brush(BrushKind.Flat,
    new(SquareEnds: true, Tapers: false, BristlesPerUnit: 1.1f, Relief: 0.12f, CoversRelief: 0.75f, Multiply: false))
{
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
            float streaks = 0.32f * s1 * s1;
            if (dry > 0f) streaks += dry * Smoothstep(0.35f, 0.65f, Value1(p.Seed ^ 0x7F4A7C15u, v01 * p.Bristles * 0.5f + u * 0.7f));
            float m = 1f - p.StreakAmp * streaks;
            height = 0.45f + 0.35f * s1 * p.StreakAmp + 0.5f * Smoothstep(0.7f, 1f, av) + 0.3f * Smoothstep(0.9f, 1f, u);
            return Math.Clamp(m, 0f, 1f);
        }
    }
}
