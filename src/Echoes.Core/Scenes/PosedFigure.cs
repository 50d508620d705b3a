namespace Echoes.Scenes;

/// <summary>
/// A placed figure in its pose: its <see cref="Skeleton"/>, its build, stature and lean, what it wears, and the map from
/// figure units to working pixels. The figure's strokes are painted over it and its ties leave from its chest, so both
/// agree on where the body is.
/// </summary>
/// <param name="Placed">Where the figure stands.</param>
/// <param name="Skeleton">Its joints, figure units.</param>
/// <param name="Build">How broad it is (about 1).</param>
/// <param name="Lean">How far it leans toward the way it faces, per unit of height.</param>
/// <param name="Garment">What it wears over its body.</param>
/// <param name="Hair">What is on its head.</param>
/// <param name="Stature">How tall it is beside the standing height it was placed at (about 1).</param>
/// <param name="Dye">Which of the dark dyes its clothes and which shade its hair take, in [0, 1).</param>
internal sealed record PosedFigure(PlacedFigure Placed, Skeleton Skeleton, float Build, float Lean, Garment Garment, Hair Hair, float Stature,
    (float Cloth, float Hair) Dye)
{
    /// <summary>Poses <paramref name="p"/> (its mood already holding the scene's share) in a painting
    /// <paramref name="paintingHeight"/> working pixels high; the same seed gives the same pose.</summary>
    public static PosedFigure Of(PlacedFigure p, int seed, float paintingHeight)
    {
        var rng = new Random(seed);
        var s = Drawn(Skeleton.For(p.Figure.Pose, p.Figure.Mood, rng), p.Figure.Pose, p.Height / MathF.Max(1f, paintingHeight));
        // People differ: slight and broad, short and tall (never shorter than the placed height's legibility allows); the
        // broad lean short and the slight tall a little more often, as people do.
        float broad = rng.NextSingle();
        float build = 0.76f + 0.5f * broad * broad + 0.08f * rng.NextSingle();
        float stature = 0.92f + 0.18f * (0.6f * rng.NextSingle() + 0.4f * (1f - broad));
        // Nobody stands like a post: each leans a little of their own accord, and grief leans them forward, joy back.
        var mood = p.Figure.Mood;
        float lean = 0.06f * (rng.NextSingle() - 0.5f) + Math.Clamp(0.07f * (mood.Sorrow + mood.Loss - mood.Joy), -0.05f, 0.08f);
        // Cloaks hide the arms and the waist, so they are the rarest: a field of them reads as bells, not people.
        float g = rng.NextSingle();
        var garment = g < 0.22f ? Garment.Jacket : g < 0.42f ? Garment.Shirt : g < 0.66f ? Garment.Coat : g < 0.9f ? Garment.Dress : Garment.Cloak;
        // A seated or kneeling figure's dress pools round it, painted as the cloak it then reads as; a coat folds up to a
        // jacket's length, so its legs still show.
        if (p.Figure.Pose is Pose.Sitting or Pose.Kneeling)
            garment = garment switch { Garment.Dress => Garment.Cloak, Garment.Coat => Garment.Jacket, _ => garment };
        // Every head has hair or a hat: a bare head read as a blank oval.
        var hair = (Hair)rng.Next(4);
        return new PosedFigure(p, s, build, lean, garment, hair, stature, (rng.NextSingle(), rng.NextSingle()));
    }

    // A far figure drawn as a painter draws one a few strokes high: the legs set wider apart and the head lifted clear of
    // the shoulders on a longer neck, so it still reads as a head on two legs (at true proportions the gap between the legs
    // and the neck closed to a pixel and it read as a smudge). `share` is its height in the painting's.
    private static Skeleton Drawn(Skeleton s, Pose pose, float share)
    {
        float small = Math.Clamp((FarShare - share) / (FarShare - SceneLayout.MinPainted), 0f, 1f);
        if (small <= 0f) return s;
        float spread = 1f + 0.4f * small, lift = 0.025f * small;
        (float X, float Y) Wide((float X, float Y) q) => (s.Hip.X + (q.X - s.Hip.X) * spread, q.Y);
        // A walker's stride already parts its legs.
        Limbs Legs(Limbs l) => pose == Pose.Standing ? l with { Knee = Wide(l.Knee), Foot = Wide(l.Foot) } : l;
        return s with { Head = (s.Head.X, s.Head.Y + lift), Near = Legs(s.Near), Far = Legs(s.Far) };
    }

    // The share of the painting's height under which a figure is drawn more boldly than its true proportions, the more so
    // the nearer it is to the least a figure may be (SceneLayout.MinPainted).
    private const float FarShare = 0.1f;

    /// <summary>Where a point in figure units (x toward the way it faces, y up from the feet) lies, working pixels.</summary>
    public (float X, float Y) At((float X, float Y) q)
    {
        var p = Placed;
        float f = p.FacesRight ? 1f : -1f, h = p.Height * Stature;
        return (p.X + f * (q.X + Lean * q.Y) * h, p.Y - q.Y * h);
    }

    /// <summary>The figure's painted standing height, working pixels.</summary>
    public float Height => Placed.Height * Stature;

    /// <summary>Where a tie toward <paramref name="other"/> leaves this figure: the side of its body that way, inside its
    /// outline, so the painted tie visibly touches the body; at the chest where <paramref name="rise"/> is 0, up by the
    /// shoulder toward the head as it nears 1 and down by the hand toward the hip as it nears −1. Ties leaving one person
    /// from one point met there in a stiff V; spread over the body by their direction, they leave it like gestures.</summary>
    public (float X, float Y) Heart(PlacedFigure other, float rise)
    {
        float side = other.X >= Placed.X ? 1f : -1f, f = Placed.FacesRight ? 1f : -1f;
        var (neck, hip, head) = (Skeleton.Neck, Skeleton.Hip, Skeleton.Head);
        float chest = neck.Y - 0.3f * (neck.Y - hip.Y);
        float y = rise >= 0 ? chest + rise * (neck.Y + 0.55f * (head.Y - neck.Y) - chest) : chest + rise * (chest - hip.Y - 0.15f * (neck.Y - hip.Y));
        // Along the body's own line from hip to neck, the side toward the other a little narrower near the neck.
        float along = (y - hip.Y) / MathF.Max(1e-3f, neck.Y - hip.Y), x = hip.X + (neck.X - hip.X) * Math.Clamp(along, 0f, 1.2f);
        return At((x + side * f * (along > 0.85f ? 0.045f : 0.06f), y));
    }
}
