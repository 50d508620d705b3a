using System.Runtime.Intrinsics;
using System.Runtime.CompilerServices;
using Echoes.Strokes;
using static Echoes.Brushes.BrushTexture;
using static Echoes.Brushes.Noise;

namespace Echoes.Brushes;

/// <summary>
/// Splatter: droplets thrown around the first point, along the spine's direction. The spine is only the throw's path;
/// the footprint is a blob where the paint lands and droplets spreading and shrinking with distance.
/// </summary>
internal sealed class SplatterBrush() : Brush(BrushKind.Splatter,
    new(SquareEnds: false, Tapers: false, BristlesPerUnit: 0.5f, Relief: 0.8f, CoversRelief: 0.9f, Multiply: false,
        Swell: 0.0f))
{
    internal override bool LaysSpine => false;

    internal override void Lay(IFootprint footprint, Stroke s, float halfWidth)
    {
        var origin = footprint.Spine(0);
        float total = footprint.SpineLength;
        float reach = MathF.Max(total, halfWidth * 3f);
        var (_, throwDir) = footprint.PointAt(0);
        Drop(footprint, origin, throwDir, halfWidth * 0.55f, 0, s.Seed, 1000);
        Drop(footprint, origin, throwDir, halfWidth * 0.4f, 0, s.Seed, 1001);
        int drops = Math.Clamp((int)(reach / MathF.Max(halfWidth, 0.5f) * 5f) + 8, 8, 72);
        for (int i = 0; i < drops; i++)
        {
            float t = MathF.Pow(Unit(s.Seed, i * 4), 1.4f);
            float along = t * reach;
            var (p, dir) = footprint.PointAt(MathF.Min(along, total));
            if (along > total) p += dir * (along - total);
            float spread = (0.35f + 1.1f * t) * halfWidth * (Unit(s.Seed, i * 4 + 1) * 2f - 1f);
            var c = new Point2(p.X - dir.Y * spread, p.Y + dir.X * spread);
            float r = halfWidth * (0.06f + 0.34f * MathF.Pow(Unit(s.Seed, i * 4 + 2), 3f)) * (1.1f - 0.6f * t);
            Drop(footprint, c, dir, r, t, s.Seed, i);
        }
    }

    // A drop big enough to see is never a perfect disc: a smaller lobe runs out of it, mostly along the throw.
    private static void Drop(IFootprint footprint, Point2 c, Point2 dir, float r, float u, uint seed, int i)
    {
        footprint.AddDisc(c, r, u);
        if (r < 1.5f) return;
        float turn = (Unit(seed, i * 4 + 3) - 0.5f) * 2.2f, reach = r * (0.5f + 0.4f * Unit(seed, i * 4 + 5));
        float cos = MathF.Cos(turn), sin = MathF.Sin(turn);
        var lobeDir = new Point2(dir.X * cos - dir.Y * sin, dir.X * sin + dir.Y * cos);
        footprint.AddDisc(c + lobeDir * reach, r * (0.4f + 0.3f * Unit(seed, i * 4 + 6)), u);
    }

    internal override float Overhang(Stroke s) => Reach(s) * 1.0f + s.Width * 0.5f * 1.6f;

    // How far the droplets can fly, in logical units.
    private static float Reach(Stroke s)
    {
        float len = 0;
        for (int i = 1; i < s.Points.Length; i++) len += (s.Points[i] - s.Points[i - 1]).Length;
        return MathF.Max(len * 1.2f, s.Width * 1.6f);
    }

    internal override (float Across, uint AcrossSeed, float Along, uint AlongSeed) NoiseCycles(in Params p) => (0f, 0u, 0f, 0u);

    internal override void WithTexture<TUser>(ref TUser user) => user.Use<Texture>();

    // A throw needs only a direction.
    internal override int TraceSteps(int steps) => 2;

    internal override Stroke Specimen(Stroke sample, float x, float cy, float length) =>
        sample with { Points = [new(x + 30, cy + 10), new(x + length * 0.6f, cy - 15)] };

    internal readonly struct Texture : IBrushTexture
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static float Sample(in Params p, float u, float v, float l, out float height)
        {
            // A flat drop at the common level: it buries the relief it lands on and raises no dome of its own.
            height = 1f;
            return 1f;
        }

        public static Vector256<float> SampleLanes(in Params p, Vector256<float> u, Vector256<float> v,
            Vector256<float> l, out Vector256<float> height) =>
            TextureLanes.EachLane<Texture>(p, u, v, l, out height);
    }
}
