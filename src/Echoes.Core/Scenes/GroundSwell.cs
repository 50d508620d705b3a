namespace Echoes.Scenes;

/// <summary>
/// The long low swells of the middle ground, far to near: each a crest that rolls across the picture, the next nearer
/// one lower on it, spaced as ground seen in perspective is (closer together and flatter toward the horizon). Shared by
/// the strokes that model the swells and the features that stand on them.
/// </summary>
internal sealed class GroundSwell
{
    private readonly float _y, _amp, _f1, _f2, _p1, _p2, _tilt, _w;

    private GroundSwell(float y, float amp, float f1, float f2, float p1, float p2, float tilt, float w, float near) =>
        (_y, _amp, _f1, _f2, _p1, _p2, _tilt, _w, Near) = (y, amp, f1, f2, p1, p2, tilt, w, near);

    /// <summary>How near the swell lies: 0 at the ground's far edge, 1 at the foot of the picture.</summary>
    public float Near { get; }

    /// <summary>The crest's height at <paramref name="x"/>, working pixels from the top.</summary>
    public float At(float x)
    {
        float u = x / _w;
        return _y + _amp * (MathF.Sin(6.283f * _f1 * u + _p1) + 0.4f * MathF.Sin(6.283f * _f2 * u + _p2)) + _tilt * (u - 0.5f);
    }

    /// <summary>The crest's slope at <paramref name="x"/> (down the picture per pixel across it).</summary>
    public float Slope(float x) => (At(x + 2f) - At(x - 2f)) / 4f;

    /// <summary>The swells of <paramref name="c"/>'s middle ground, far to near, and a last level line where the middle
    /// ground meets the near one (the foot of the nearest swell's face); none on dunes, whose rows are their swells.</summary>
    public static List<GroundSwell> Of(Composition c)
    {
        var kind = c.Scene.Landscape.Kind;
        int count = kind switch
        {
            LandscapeKind.Dunes => 0,
            LandscapeKind.Coast => 3,
            LandscapeKind.Mountains => 5,
            _ => 5,
        };
        var swells = new List<GroundSwell>();
        if (count == 0) return swells;
        var rng = new Random(Targets.SeedMix.Of(c.Scene.Seed, 0x5E11));
        int w = c.Target.Width, h = c.Target.Height;
        // On a coast the land begins at the shore, below the sea.
        float top = kind == LandscapeKind.Coast ? c.LandTop + (h - c.LandTop) * 0.42f : c.LandTop, depth = MiddleDepth * (h - top);
        for (int i = 0; i <= count; i++)
        {
            // Equal steps over the land are steps growing as the square toward the viewer on the picture.
            float u = (i + 0.35f + 0.3f * rng.NextSingle()) / (count + 0.6f), t = u * u, y = top + depth * t;
            float spacing = depth * (2f * u + 0.1f) / count;
            float near = (y - c.LandTop) / MathF.Max(1f, h - c.LandTop);
            // Far swells are small, so more of them fit across the picture, and flatter.
            float f1 = (0.8f + 0.5f * rng.NextSingle()) * (1.6f - near), f2 = f1 * (2.1f + 0.6f * rng.NextSingle());
            float amp = i == count ? 0f : spacing * (0.4f + 0.2f * rng.NextSingle());
            float tilt = i == count ? 0f : (rng.NextSingle() - 0.5f) * spacing * 0.8f;
            swells.Add(new GroundSwell(y, amp, f1, f2, 6.283f * rng.NextSingle(), 6.283f * rng.NextSingle(), tilt, w, near));
        }
        return swells;
    }

    /// <summary>How far toward the viewer (a share of the ground's depth) the middle ground reaches.</summary>
    public const float MiddleDepth = 0.62f;
}
