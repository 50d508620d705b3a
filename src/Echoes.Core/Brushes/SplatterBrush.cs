using System.Runtime.CompilerServices;
using Echoes.Strokes;
using static Echoes.Brushes.BrushTexture;

namespace Echoes.Brushes;

/// <summary>
/// Splatter: droplets thrown around the first point, along the spine's direction. The spine is only the throw's path;
/// the footprint is a blob where the paint lands and droplets spreading and shrinking with distance.
/// </summary>
internal sealed class SplatterBrush() : Brush(BrushKind.Splatter,
    new(SquareEnds: false, Tapers: false, BristlesPerUnit: 0.5f, Relief: 0.14f, CoversRelief: 0.8f, Multiply: false))
{
    internal override bool LaysSpine => false;

    internal override void Lay(IFootprint footprint, Stroke s, float halfWidth)
    {
        var origin = footprint.Spine(0);
        float total = footprint.SpineLength;
        float reach = MathF.Max(total, halfWidth * 3f);
        footprint.AddDisc(origin, halfWidth * 0.55f, 0);
        int drops = Math.Clamp((int)(reach / MathF.Max(halfWidth, 0.5f) * 5f) + 8, 8, 72);
        for (int i = 0; i < drops; i++)
        {
            float t = MathF.Pow(Noise.Unit(s.Seed, i * 4), 1.4f);
            float along = t * reach;
            var (p, dir) = footprint.PointAt(MathF.Min(along, total));
            if (along > total) p += dir * (along - total);
            float spread = (0.35f + 1.1f * t) * halfWidth * (Noise.Unit(s.Seed, i * 4 + 1) * 2f - 1f);
            var c = new Point2(p.X - dir.Y * spread, p.Y + dir.X * spread);
            float r = halfWidth * (0.06f + 0.34f * MathF.Pow(Noise.Unit(s.Seed, i * 4 + 2), 3f)) * (1.1f - 0.6f * t);
            footprint.AddDisc(c, r, t);
        }
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
        public static float Sample(in Params p, float u, float v, out float height)
        {
            height = 0.9f * Dome(MathF.Abs(v));
            return 1f;
        }
    }
}
