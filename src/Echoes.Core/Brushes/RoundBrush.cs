using System.Runtime.Intrinsics;
using System.Runtime.CompilerServices;
using Echoes.Strokes;
using static Echoes.Brushes.BrushTexture;
using static Echoes.Brushes.Noise;

namespace Echoes.Brushes;

/// <summary>Round brush: tapered ends, soft bristle grooves, ragged edges, streaks breaking up as the paint runs dry.</summary>
internal sealed class RoundBrush() : Brush(BrushKind.Round,
    new(SquareEnds: false, Tapers: true, BristlesPerUnit: 0.8f, Relief: 0.8f, CoversRelief: 0.8f, Multiply: false,
        Swell: 0.25f, Ragged: 0.15f))
{
    // Across: none, the ridges give the streaks.
    internal override (float Across, uint AcrossSeed, float Along, uint AlongSeed) NoiseCycles(in Params p) =>
        (0f, 0u, p.Aspect * 1.5f, p.Seed ^ 0x51u);

    internal override void WithTexture<TUser>(ref TUser user) => user.Use<Texture>();

    // A dab about a disc of the brush's width: shorter than wide, its tapers and ragged ends round it.
    internal override float DabLength => 0.8f;

    internal readonly struct Texture : IBrushTexture
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static float Sample(in Params p, float u, float v, float l, out float height)
        {
            float av = MathF.Abs(v);
            float along = Along(p, u), l01 = 0.5f * (l + 1f);
            float r = RegroupingRidge(p, u, l01 + 0.05f * along - 0.025f);
            float dry = Dryness(u, p.Load), body = BodyAt(p, u), combing = Combing(body);
            float streaks = 0.12f * MathF.Min(combing, 1f) * MathF.Max(0f, -r);
            if (dry > 0f) streaks += dry * 0.9f * Smoothstep(0.3f, 0.7f, Value1(p.Seed ^ 0xA511E9B3u, l01 * p.Bristles * 1.7f + u * 1.3f));
            float edge = av < 0.42f ? 1f : 1f - p.EdgeAmp * 0.7f * Smoothstep(0.72f - 0.3f * along, 1f, av);
            float m = (1f - streaks) * edge * RaggedEnds(p, u, l01, 0.3f) * RaggedSides(p, u, v, along);
            height = GroovedFilm(p, along, body, r * Depth(p, l01), dry, Shoulder(p, av, 0.55f) * EndShoulder(p, u, 0.3f, LiftReach(p, 0.3f, 0.55f)));
            return Math.Clamp(m, 0f, 1f);
        }

        public static Vector256<float> SampleLanes(in Params p, Vector256<float> u, Vector256<float> v,
            Vector256<float> l, out Vector256<float> height)
        {
            var one = Vector256<float>.One;
            Vector256<float> av = Vector256.Abs(v), l01 = 0.5f * (l + one), along = TextureLanes.Along(p, u);
            var r = TextureLanes.DriftingRidge(p, u, l01, along, 0.05f);
            Vector256<float> body = TextureLanes.BodyAt(p, u), combing = TextureLanes.Combing(body);
            var streaks = TextureLanes.GrooveStreaks(p, u, r, combing, 0.12f, out var dry, out bool drying);
            if (drying)
            {
                var n = TextureLanes.Value1(p.Seed ^ 0xA511E9B3u, l01 * (p.Bristles * 1.7f) + u * 1.3f);
                streaks += dry * 0.9f * TextureLanes.Smoothstep(0.3f, 0.7f, n);
            }
            var edge = one - p.EdgeAmp * 0.7f * TextureLanes.Smoothstep(Vector256.Create(0.72f) - 0.3f * along, one, av);
            var m = (one - streaks) * edge * TextureLanes.RaggedEnds(p, u, l01, 0.3f) * TextureLanes.RaggedSides(p, u, v, along);
            height = TextureLanes.GroovedFilm(p, along, body, combing, r * TextureLanes.Depth(p, l01), dry,
                TextureLanes.Shoulder(p, av, 0.55f) * TextureLanes.EndShoulder(p, u, 0.3f, LiftReach(p, 0.3f, 0.55f)));
            return TextureLanes.Clamp01(m);
        }
    }
}
