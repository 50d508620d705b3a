using System.Runtime.Intrinsics;
using System.Runtime.CompilerServices;
using Echoes.Strokes;
using static Echoes.Brushes.BrushTexture;
using static Echoes.Brushes.Noise;

namespace Echoes.Brushes;

/// <summary>Flat brush: bristle grooves combed along the stroke, ends ragged where the bristles part, streaks opening
/// onto the layer beneath as the paint runs out.</summary>
internal sealed class FlatBrush() : Brush(BrushKind.Flat,
    new(SquareEnds: true, Tapers: false, BristlesPerUnit: 1.1f, Relief: 0.94f, CoversRelief: 0.85f, Multiply: false,
        Swell: 0.15f, Ragged: 0.2f, SetDown: 0.8f, LiftOff: 1f))
{
    // Across: none, the ridges give the streaks. Along: the sides wander about three times per width of length.
    internal override (float Across, uint AcrossSeed, float Along, uint AlongSeed) NoiseCycles(in Params p) =>
        (0f, 0u, p.Aspect * 3f, p.Seed ^ 0x1B873593u);

    internal override void WithTexture<TUser>(ref TUser user) => user.Use<Texture>();

    // A dab about a disc of the brush's width: what the square ends keep.
    internal override float DabLength => 0.9f;

    internal readonly struct Texture : IBrushTexture
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static float Sample(in Params p, float u, float v, float l, out float height)
        {
            float av = MathF.Abs(v);
            float v01 = 0.5f * (v + 1f), l01 = 0.5f * (l + 1f);
            // Grooves drift a little across the stroke, as bristles do.
            float along = Along(p, u);
            float r = RegroupingRidge(p, u, l01 + 0.04f * along - 0.02f);
            float dry = Dryness(u, p.Load), body = BodyAt(p, u), combing = Combing(body);
            // Paint is thinner in the grooves; where the load runs out they open onto what lies beneath.
            float streaks = 0.16f * MathF.Min(combing, 1f) * MathF.Max(0f, -r);
            if (dry > 0f) streaks += dry * Smoothstep(0.4f, 0.7f, 0.55f - 0.45f * r + 0.3f * Value1(p.Seed ^ 0x7F4A7C15u, u * p.Aspect * 2f));
            float m = (1f - streaks) * RaggedEnds(p, u, v01, p.SetDown, p.LiftOff) * RaggedSides(p, u, v, along);
            height = GroovedFilm(p, along, body, r * Depth(p, l01), dry, Shoulder(p, av, 0.65f) * EndShoulder(p, u, p.Ragged, p.Ragged));
            return Math.Clamp(m, 0f, 1f);
        }

        public static Vector256<float> SampleLanes(in Params p, Vector256<float> u, Vector256<float> v,
            Vector256<float> l, out Vector256<float> height)
        {
            var one = Vector256<float>.One;
            Vector256<float> av = Vector256.Abs(v), v01 = 0.5f * (v + one), l01 = 0.5f * (l + one), along = TextureLanes.Along(p, u);
            var r = TextureLanes.DriftingRidge(p, u, l01, along, 0.04f);
            Vector256<float> body = TextureLanes.BodyAt(p, u), combing = TextureLanes.Combing(body);
            var streaks = TextureLanes.GrooveStreaks(p, u, r, combing, 0.16f, out var dry, out bool drying);
            if (drying)
            {
                var n = TextureLanes.Value1(p.Seed ^ 0x7F4A7C15u, u * (p.Aspect * 2f));
                streaks += dry * TextureLanes.Smoothstep(0.4f, 0.7f, Vector256.Create(0.55f) - 0.45f * r + 0.3f * n);
            }
            var m = (one - streaks) * TextureLanes.RaggedEnds(p, u, v01, p.SetDown, p.LiftOff) * TextureLanes.RaggedSides(p, u, v, along);
            height = TextureLanes.GroovedFilm(p, along, body, combing, r * TextureLanes.Depth(p, l01), dry,
                TextureLanes.Shoulder(p, av, 0.65f) * TextureLanes.EndShoulder(p, u, p.Ragged, p.Ragged));
            return TextureLanes.Clamp01(m);
        }
    }
}
