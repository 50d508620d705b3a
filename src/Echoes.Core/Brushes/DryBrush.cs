using System.Runtime.Intrinsics;
using System.Runtime.CompilerServices;
using Echoes.Strokes;
using static Echoes.Brushes.BrushTexture;
using static Echoes.Brushes.Noise;

namespace Echoes.Brushes;

/// <summary>Dry brush: broken streaks of thin paint that thin out as the load runs out, the weave showing between.</summary>
internal sealed class DryBrush() : Brush(BrushKind.DryBrush,
    new(SquareEnds: false, Tapers: true, BristlesPerUnit: 0.9f, Relief: 0.21f, CoversRelief: 0.35f, Multiply: false,
        Swell: 0.2f, Ragged: 0.2f))
{
    internal override (float Across, uint AcrossSeed, float Along, uint AlongSeed) NoiseCycles(in Params p) =>
        (0f, 0u, p.Aspect * 2f, p.Seed ^ 0x63D83595u);

    internal override void WithTexture<TUser>(ref TUser user) => user.Use<Texture>();

    // A dab about a disc of the brush's width: shorter than wide, its tapers and ragged ends round it.
    internal override float DabLength => 0.8f;

    internal override Stroke Specimen(Stroke sample, float x, float cy, float length) => sample with { Load = 0.45f };

    internal readonly struct Texture : IBrushTexture
    {
        // Paint catches only on the tops of the weave and of the paint beneath, in streaks along the bristle clumps:
        // coverage breaks up more as the load runs out.
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static float Sample(in Params p, float u, float v, float l, out float height)
        {
            float l01 = 0.5f * (l + 1f);
            float r = Ridge(p, l01);
            float n = 0.35f * (0.5f + 0.5f * r) + 0.65f * Value2(p.Seed ^ 0x3C6EF372u, l01 * p.Clumps * 0.7f, u * p.Aspect * 1.5f);
            float th = Math.Clamp(0.3f + 0.7f * u * (1.15f - p.Load), 0f, 0.9f);
            float broken = Smoothstep(th - 0.08f, th + 0.08f, n);
            float m = (1f - p.ClumpAmp * (1f - broken)) * RaggedEnds(p, u, l01, 0.3f) * RaggedSides(p, u, v, Along(p, u));
            height = Settle(MathF.Max(0f, 1f + p.Groove * r), Shoulder(p, MathF.Abs(v), 0.6f) * EndShoulder(p, u, 0.3f, 0.3f));
            return Math.Clamp(m, 0f, 1f);
        }

        public static Vector256<float> SampleLanes(in Params p, Vector256<float> u, Vector256<float> v,
            Vector256<float> l, out Vector256<float> height)
        {
            var one = Vector256<float>.One;
            var l01 = 0.5f * (l + one);
            var r = TextureLanes.Ridge(p, l01);
            var noise = TextureLanes.Value2(p.Seed ^ 0x3C6EF372u, l01 * (p.Clumps * 0.7f), u * (p.Aspect * 1.5f));
            var n = 0.35f * (Vector256.Create(0.5f) + 0.5f * r) + 0.65f * noise;
            var th = Vector256.MinNative(TextureLanes.Clamp01(Vector256.Create(0.3f) + 0.7f * u * (1.15f - p.Load)), Vector256.Create(0.9f));
            var broken = TextureLanes.Smoothstep(th - Vector256.Create(0.08f), th + Vector256.Create(0.08f), n);
            var m = (one - p.ClumpAmp * (one - broken)) * TextureLanes.RaggedEnds(p, u, l01, 0.3f)
                * TextureLanes.RaggedSides(p, u, v, TextureLanes.Along(p, u));
            height = TextureLanes.Settle(Vector256.MaxNative(Vector256<float>.Zero, one + p.Groove * r),
                TextureLanes.Shoulder(p, Vector256.Abs(v), 0.6f) * TextureLanes.EndShoulder(p, u, 0.3f, 0.3f));
            return TextureLanes.Clamp01(m);
        }
    }
}
