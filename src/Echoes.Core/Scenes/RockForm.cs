namespace Echoes.Scenes;

/// <summary>
/// A rock's form as a painter blocks it in: a silhouette with a level foot sunk in the ground, a shoulder on either
/// side at a height of its own and a top off its middle (no two rocks one outline), and the ridge where its lit plane
/// turns into its shadow plane, running down from the top to the foot. The lit plane faces the light; the more the rock
/// turns its side to it, the narrower that plane and the nearer its ridge to the lit edge.
/// </summary>
internal sealed class RockForm
{
    private readonly float _y, _height, _footL, _footR, _shoulderL, _shoulderR, _riseL, _riseR, _topX;

    /// <summary>The form of <paramref name="r"/>, lit from the side <paramref name="lit"/> (+1 right, −1 left); its
    /// outline varies by <paramref name="rng"/>.</summary>
    public RockForm(Rock r, float lit, Random rng)
    {
        float sx = r.Size * r.Wide;
        (_y, Lit) = (r.Y, lit);
        _height = r.Size * (0.55f + 0.2f * rng.NextSingle());
        _footL = r.X - sx * (0.75f + 0.15f * rng.NextSingle());
        _footR = r.X + sx * (0.75f + 0.15f * rng.NextSingle());
        _shoulderL = r.X - sx * (0.45f + 0.25f * rng.NextSingle());
        _shoulderR = r.X + sx * (0.45f + 0.25f * rng.NextSingle());
        _riseL = 0.3f + 0.35f * rng.NextSingle();
        _riseR = 0.3f + 0.35f * rng.NextSingle();
        _topX = r.X + r.Hump * sx;
        // A rock turned to the light shows it a side plane: the ridge comes down nearer its lit edge.
        float edge = lit > 0 ? _footR : _footL;
        RidgeFoot = _topX + (edge - _topX) * (0.2f + 0.45f * r.Turn);
    }

    /// <summary>The form of <paramref name="r"/> lit from the side <paramref name="lit"/>, its outline from a stream of its
    /// own, seeded by where it sits: the land's stream is drawn on no more than before.</summary>
    public static RockForm Of(Rock r, float lit) =>
        new(r, lit, new Random(Targets.SeedMix.Of(BitConverter.SingleToInt32Bits(r.X), BitConverter.SingleToInt32Bits(r.Y))));

    /// <summary>The side the light comes from: +1 right, −1 left.</summary>
    public float Lit { get; }

    /// <summary>Where the ridge between the lit and the shadow plane meets the ground.</summary>
    public float RidgeFoot { get; }

    /// <summary>The rock's height, working pixels.</summary>
    public float Height => _height;

    /// <summary>The height <paramref name="t"/> of the way up (0 the foot, 1 the top), working pixels.</summary>
    public float At(float t) => _y - _height * t;

    /// <summary>The silhouette's left and right edges <paramref name="t"/> of the way up (0 the foot, 1 the top).</summary>
    public (float Left, float Right) Across(float t) => (Edge(t, _footL, _shoulderL, _riseL), Edge(t, _footR, _shoulderR, _riseR));

    /// <summary>The edge on the lit side (or, with <paramref name="lit"/> false, the shadow side) at height <paramref name="t"/>.</summary>
    public float Side(float t, bool lit)
    {
        var (l, r) = Across(t);
        return lit == Lit > 0 ? r : l;
    }

    /// <summary>The ridge between the planes at height <paramref name="t"/>.</summary>
    public float Ridge(float t) => RidgeFoot + (_topX - RidgeFoot) * t;

    // An edge from the foot to its shoulder, steep, then in to the top, flatter.
    private float Edge(float t, float foot, float shoulder, float rise) => t <= rise
        ? foot + (shoulder - foot) * (t / rise)
        : shoulder + (_topX - shoulder) * ((t - rise) / (1f - rise));
}
