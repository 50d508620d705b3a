using System.Runtime.Intrinsics;
using System.Runtime.CompilerServices;
using Echoes.Strokes;
using static Echoes.Brushes.BrushTexture;
using static Echoes.Brushes.Noise;

namespace Echoes.Brushes;

/// <summary>Drip: a run of paint along the spine (usually downward) ending in a bead of collected paint.</summary>
internal sealed class DripBrush() : Brush(BrushKind.Drip,
    new(SquareEnds: false, Tapers: true, BristlesPerUnit: 0.5f, Relief: 1.0f, CoversRelief: 0.9f, Multiply: false,
        Swell: 0.15f))
{
    internal override void Lay(IFootprint footprint, Stroke s, float halfWidth)
    {
        footprint.AddSpine();
        var end = footprint.Spine(footprint.SpineCount - 1);
        float r = halfWidth * 1.25f;
        footprint.AddDisc(end with { Y = end.Y + r * 0.4f }, r, 1f);
    }

    internal override float Overhang(Stroke s) => s.Width * 0.5f * 1.9f;

    internal override void WithTexture<TUser>(ref TUser user) => user.Use<Texture>();

    // Paint runs straight down from where the brush touched.
    internal override List<Point2> TracedSpine(List<Point2> traced, float radius, Random rng) =>
        [traced[0], traced[0] + new Point2(0, radius * (2 + 3 * rng.NextSingle()))];

    // A run is thinner than the brush that left it.
    internal override float TracedWidth => 0.35f;

    internal override Stroke Specimen(Stroke sample, float x, float cy, float length) => sample with
    {
        Points = [new(x + length * 0.5f - 10, cy - 60), new(x + length * 0.5f - 4, cy), new(x + length * 0.5f, cy + 45)],
        Width = MathF.Max(4, sample.Width * 0.4f),
    };

    internal readonly struct Texture : IBrushTexture
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static float Sample(in Params p, float u, float v, float l, out float height)
        {
            float s = Across(p, 0.5f * (v + 1f));
            // Grooves along the run, none in the round bead (they would draw rings).
            float bead = Smoothstep(0.8f, 1f, u);
            height = Settle(1f + 0.5f * p.Groove * Ridge(p, 0.5f * (v + 1f)) * (1f - bead) + 0.3f * bead, Shoulder(p, MathF.Abs(v), 0.5f));
            return 1f - 0.1f * p.StreakAmp * s;
        }

        public static Vector256<float> SampleLanes(in Params p, Vector256<float> u, Vector256<float> v,
            Vector256<float> l, out Vector256<float> height) =>
            TextureLanes.EachLane<Texture>(p, u, v, l, out height);
    }
}
