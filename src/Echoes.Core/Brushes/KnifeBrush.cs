using System.Runtime.Intrinsics;
using System.Runtime.CompilerServices;
using Echoes.Strokes;
using static Echoes.Brushes.BrushTexture;
using static Echoes.Brushes.Noise;

namespace Echoes.Brushes;

/// <summary>Palette knife: a flat plane of paint with scraped, ragged edges and a low ridge where the knife lifts.</summary>
internal sealed class KnifeBrush() : Brush(BrushKind.Knife,
    new(SquareEnds: true, Tapers: false, BristlesPerUnit: 0.25f, Relief: 0.6f, CoversRelief: 1f, Multiply: false,
        Swell: 0.12f, Ragged: 0.26f, SetDown: 0.7f, LiftOff: 0.9f))
{
    // No noise across: a blade leaves no bristle streaks (scrape lines read as tape).
    internal override (float Across, uint AcrossSeed, float Along, uint AlongSeed) NoiseCycles(in Params p) =>
        (0f, 0u, p.Aspect * 2.5f, p.Seed ^ 0x2545F491u);

    internal override void WithTexture<TUser>(ref TUser user) => user.Use<Texture>();

    // A dab about a disc of the brush's width: what the square ends keep.
    internal override float DabLength => 0.9f;

    internal readonly struct Texture : IBrushTexture
    {
        // How far inside the footprint's end the lifted edge lies on average, widths: the ridge is pushed up there.
        private static float LiftInset(in Params p) => BrushProfile.MeanEndInset * p.LiftOff;

        // Scraped edges: the slab's border wanders and breaks where the paint runs out.
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static float Sample(in Params p, float u, float v, float l, out float height)
        {
            float av = MathF.Abs(v);
            float v01 = 0.5f * (v + 1f);
            float along = Along(p, u);
            float m = av < 0.8f ? 1f : 1f - p.EdgeAmp * Smoothstep(0.8f + 0.15f * along, 1f, av);
            if (u - p.Load > 0.15f)
            {
                float broken = Smoothstep(0.55f, 0.68f, Value2(p.Seed ^ 0x9E37u, u * p.Aspect * 1.2f, v01 * 2.5f));
                m *= 1f - p.EdgeAmp * Smoothstep(0.15f, 0.35f, u - p.Load) * broken;
            }
            m *= RaggedEnds(p, u, v01, p.SetDown, p.LiftOff) * RaggedSides(p, u, v, along);
            // A flat plane: the blade leaves no grooves, only the paint pushed ahead of it, a ridge where it lifts, uneven
            // across the blade.
            float r = Ridge(p, v01);
            float lift = Smoothstep(0.35f, 0.05f, (1f - u) * p.Aspect - LiftInset(p)) * (0.2f + 0.12f * r);
            height = Settle(1f + lift, Shoulder(p, av, 0.85f) * EndShoulder(p, u, 0.5f * p.Ragged, 0.5f * p.Ragged));
            return Math.Clamp(m, 0f, 1f);
        }

        public static Vector256<float> SampleLanes(in Params p, Vector256<float> u, Vector256<float> v,
            Vector256<float> l, out Vector256<float> height)
        {
            var one = Vector256<float>.One;
            var av = Vector256.Abs(v);
            var v01 = 0.5f * (v + one);
            var along = TextureLanes.Along(p, u);
            var m = one - p.EdgeAmp * TextureLanes.Smoothstep(Vector256.Create(0.8f) + 0.15f * along, one, av);
            var late = u - Vector256.Create(p.Load);
            var drying = Vector256.GreaterThan(late, Vector256.Create(0.15f));
            if (drying != Vector256<float>.Zero)
            {
                var broken = TextureLanes.Smoothstep(0.55f, 0.68f, TextureLanes.Value2(p.Seed ^ 0x9E37u, u * (p.Aspect * 1.2f), v01 * 2.5f));
                m = Vector256.ConditionalSelect(drying, m * (one - p.EdgeAmp * TextureLanes.Smoothstep(0.15f, 0.35f, late) * broken), m);
            }
            m *= TextureLanes.RaggedEnds(p, u, v01, p.SetDown, p.LiftOff) * TextureLanes.RaggedSides(p, u, v, along);
            var r = TextureLanes.Ridge(p, v01);
            var lift = TextureLanes.Smoothstep(0.35f, 0.05f, (one - u) * p.Aspect - Vector256.Create(LiftInset(p)))
                * (Vector256.Create(0.2f) + 0.12f * r);
            height = TextureLanes.Settle(one + lift,
                TextureLanes.Shoulder(p, av, 0.85f) * TextureLanes.EndShoulder(p, u, 0.5f * p.Ragged, 0.5f * p.Ragged));
            return TextureLanes.Clamp01(m);
        }
    }
}
