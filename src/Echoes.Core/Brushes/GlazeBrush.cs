using System.Runtime.Intrinsics;
using System.Runtime.CompilerServices;
using Echoes.Color;
using Echoes.Strokes;
using static Echoes.Brushes.BrushTexture;
using static Echoes.Brushes.Noise;

namespace Echoes.Brushes;

/// <summary>Glaze: a thin transparent layer that multiplies the colours beneath, with faint streaks and soft edges.</summary>
internal sealed class GlazeBrush() : Brush(BrushKind.Glaze,
    new(SquareEnds: false, Tapers: true, BristlesPerUnit: 0.5f, Relief: 0.0f, CoversRelief: 0.0f, Multiply: true,
        Swell: 0.2f))
{
    internal override void WithTexture<TUser>(ref TUser user) => user.Use<Texture>();

    // A dab about a disc of the brush's width: what the round caps keep.
    internal override float DabLength => 0.3f;

    internal override Stroke Specimen(Stroke sample, float x, float cy, float length) =>
        sample with { Color = Rgb.Lerp(sample.Color, Rgb.White, 0.35f), Opacity = 0.7f };

    internal readonly struct Texture : IBrushTexture
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static float Sample(in Params p, float u, float v, float l, out float height)
        {
            float s = Across(p, 0.5f * (v + 1f));
            height = 0f;
            return (1f - 0.12f * p.StreakAmp * s) * (1f - 0.5f * Smoothstep(0.55f, 1f, MathF.Abs(v)));
        }

        public static Vector256<float> SampleLanes(in Params p, Vector256<float> u, Vector256<float> v,
            Vector256<float> l, out Vector256<float> height)
        {
            var one = Vector256<float>.One;
            var s = TextureLanes.Across(p, 0.5f * (v + one));
            height = Vector256<float>.Zero;
            return (one - 0.12f * p.StreakAmp * s) * (one - 0.5f * TextureLanes.Smoothstep(0.55f, 1f, Vector256.Abs(v)));
        }
    }
}
