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
        // The bead: paint collected where the run stopped, sagging under its weight, its own shape each time; one disc
        // of it read as a stamped circle. A drop hangs below the end and a smaller lobe bulges out to one side of it.
        float r = halfWidth * (0.95f + 0.25f * Unit(s.Seed, 11)), side = (Unit(s.Seed, 12) < 0.5f ? -1f : 1f) * r;
        footprint.AddDisc(end with { Y = end.Y + 0.2f * r }, r * 0.8f, 1f);
        footprint.AddDisc(new Point2(end.X + side * (0.15f + 0.15f * Unit(s.Seed, 13)), end.Y + 0.6f * r),
            r * (0.6f + 0.15f * Unit(s.Seed, 14)), 1f);
        footprint.AddDisc(new Point2(end.X - side * (0.3f + 0.15f * Unit(s.Seed, 15)), end.Y + 0.35f * r), r * 0.45f, 1f);
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
            // Grooves and streaks along the run, none in the bead (across its discs they would draw rings), which lies
            // nearly flat: a dome on each of its lobes read as a cluster of bubbles.
            float bead = Smoothstep(0.8f, 1f, u);
            height = Settle(1f + 0.5f * p.Groove * Ridge(p, 0.5f * (v + 1f)) * (1f - bead) + 0.05f * bead, Shoulder(p, MathF.Abs(v), 0.5f));
            return 1f - 0.1f * p.StreakAmp * s * (1f - bead);
        }

        public static Vector256<float> SampleLanes(in Params p, Vector256<float> u, Vector256<float> v,
            Vector256<float> l, out Vector256<float> height) =>
            TextureLanes.EachLane<Texture>(p, u, v, l, out height);
    }
}
