using Echoes.Moods;

namespace Echoes.Scenes;

/// <summary>
/// The joints of a figure in its own units: x toward the way it is turned, y up from the feet, the standing height 1.
/// Seen from behind (Friedrich's figures are the model), so the shoulders and hips spread across the picture and the
/// turn shows only in the lean of the body, the drop of the head and the swing of the limbs.
/// </summary>
/// <param name="Head">Centre of the head.</param>
/// <param name="Neck">Base of the neck, top of the torso.</param>
/// <param name="Hip">Bottom of the torso.</param>
/// <param name="Near">The limbs on the near side (toward the way the figure is turned).</param>
/// <param name="Far">The limbs on the far side.</param>
internal sealed record Skeleton((float X, float Y) Head, (float X, float Y) Neck, (float X, float Y) Hip, Limbs Near, Limbs Far)
{
    /// <summary>The top of the head, in figure units: how tall the figure is painted.</summary>
    public float Top => Head.Y + HeadRadius;

    /// <summary>Radius of the head, figure units.</summary>
    public const float HeadRadius = 0.068f;

    /// <summary>Height of the base of the neck for a pose, figure units.</summary>
    public static float NeckHeight(Pose pose) => For(pose, default, new Random(0)).Neck.Y;

    /// <summary>How much of the standing height a pose keeps (a seated figure is shorter).</summary>
    public static float PaintedFraction(Pose pose) => For(pose, default, new Random(0)).Top;

    /// <summary>The skeleton for a pose, bent by the figure's mood: sorrow and loss bow the head and round the back, joy
    /// lifts it; the arms carry the mood too, in one of the gestures it allows. <paramref name="rng"/> picks the gesture
    /// and varies the proportions a little, so no two figures are clones.</summary>
    public static Skeleton For(Pose pose, Mood mood, Random rng)
    {
        float bow = Math.Clamp(0.55f * (mood.Sorrow + mood.Loss) - 0.5f * mood.Joy, -0.4f, 1f);
        if (pose == Pose.Kneeling) bow = MathF.Max(bow, 0.6f); // nobody kneels with the head up
        var s = pose switch
        {
            Pose.Sitting => new Skeleton((0.04f, 0.56f), (0.02f, 0.46f), (0f, 0.07f),
                new Limbs((0.12f, 0.31f), (0.2f, 0.25f), (0.2f, 0.25f), (0.3f, 0.01f)),
                new Limbs((-0.1f, 0.26f), (-0.15f, 0.07f), (0.17f, 0.21f), (0.27f, 0f))),
            // Down on the far knee, the near one raised with a hand resting on it, the other arm hanging by the side.
            Pose.Kneeling => new Skeleton((0.04f, 0.72f), (0.02f, 0.62f), (0f, 0.31f),
                new Limbs((0.13f, 0.45f), (0.16f, 0.3f), (0.17f, 0.27f), (0.19f, 0f)),
                new Limbs((-0.07f, 0.46f), (-0.06f, 0.33f), (-0.02f, 0.02f), (-0.22f, 0.01f))),
            Pose.Walking => new Skeleton((0.025f, 0.9f), (0.015f, 0.8f), (0f, 0.5f),
                new Limbs((0.07f, 0.64f), (0.1f, 0.47f), (0.08f, 0.27f), (0.15f, 0f)),
                new Limbs((-0.06f, 0.63f), (-0.1f, 0.49f), (-0.06f, 0.26f), (-0.13f, 0.02f))),
            _ => Standing(rng.NextSingle() < 0.5f ? 1f : -1f),
        };
        // Bowed: the head drops forward and down, the neck follows; lifted: the head rises a little and tips back. Seen from
        // behind a bowed head still sits above the shoulders on its neck: sunk between them it vanished.
        float down = MathF.Max(0, bow), up = MathF.Max(0, -bow);
        var head = (s.Head.X + 0.055f * down - 0.03f * up, s.Head.Y - 0.025f * down + 0.02f * up);
        var neck = (s.Neck.X + 0.025f * down, s.Neck.Y - 0.01f * down);
        var (near, far) = (s.Near, s.Far);
        // A kneeling figure keeps its hands on its knee and by its side whatever it feels: a raised arm there reads as aiming.
        if (pose == Pose.Kneeling) return new Skeleton(Jitter(head, rng), neck, s.Hip, Jitter(near, rng), Jitter(far, rng));
        (near, far) = Arms(pose, mood, head, neck, s.Hip, near, far, rng.NextSingle());
        return new Skeleton(Jitter(head, rng), neck, s.Hip, Jitter(near, rng), Jitter(far, rng));
    }

    // The arms, in a gesture of the mood picked by `pick` in [0, 1): love draws a hand to the chest or folds the arms
    // round itself, deep sorrow puts a hand to the face or folds them, loss lets them hang or hides the hands in the
    // pockets, joy opens them (hands out and low: raised to the shoulder's height an arm reads as pointing) or raises
    // one hand above the head; anyone else hangs, pockets or folds them. Seated, only love's and sorrow's hand moves.
    private static (Limbs Near, Limbs Far) Arms(Pose pose, Mood mood, (float X, float Y) head, (float X, float Y) neck, (float X, float Y) hip,
        Limbs near, Limbs far, float pick)
    {
        var (nx, ny) = neck;
        bool seated = pose == Pose.Sitting;
        if (mood.Love > 0.45f && (seated || pick < 0.6f))
            return (near with { Elbow = (nx + 0.08f, ny - 0.17f), Hand = (nx + 0.05f, ny - 0.08f) }, far);
        if (mood.Sorrow > 0.55f && (seated || pick < 0.6f))
            return (near with { Elbow = (nx + 0.07f, ny - 0.17f), Hand = (head.X + 0.035f, head.Y - 0.045f) }, far);
        if (seated) return (near, far);
        // Folded: seen from behind, the elbows out at the sides and the forearms hidden across the chest.
        var folded = (near with { Elbow = (nx + 0.13f, ny - 0.22f), Hand = (nx - 0.03f, ny - 0.15f) },
            far with { Elbow = (nx - 0.13f, ny - 0.23f), Hand = (nx + 0.03f, ny - 0.16f) });
        var pockets = (near with { Elbow = (nx + 0.14f, ny - 0.2f), Hand = (hip.X + 0.075f, hip.Y + 0.01f) },
            far with { Elbow = (nx - 0.14f, ny - 0.2f), Hand = (hip.X - 0.075f, hip.Y + 0.01f) });
        if (mood.Love > 0.45f || mood.Sorrow > 0.55f) return folded;
        if (mood.Joy > 0.45f)
            return pick < 0.55f
                ? (near with { Elbow = (0.16f, ny - 0.16f), Hand = (0.21f, ny - 0.26f) },
                    pose == Pose.Standing ? far with { Elbow = (-0.16f, ny - 0.16f), Hand = (-0.2f, ny - 0.27f) } : far)
                : (near with { Elbow = (nx + 0.13f, ny + 0.04f), Hand = (nx + 0.1f, ny + 0.2f) }, far);
        if (mood.Loss > 0.45f) return pick < 0.5f ? (near, far) : pockets;
        return pick < 0.4f ? (near, far) : pick < 0.7f ? pockets : folded;
    }

    // Standing with the weight on one leg (contrapposto): that foot under the body, the hip pushed over it, the other
    // knee eased and its foot set out to the side; nobody stands square like a post. `side` is the weight leg's side.
    private static Skeleton Standing(float side)
    {
        var weight = new Limbs((0.125f * side, 0.63f), (0.135f * side, 0.47f), (0.045f * side, 0.27f), (0.035f * side, 0f));
        var free = new Limbs((-0.125f * side, 0.63f), (-0.13f * side, 0.46f), (-0.075f * side, 0.26f), (-0.115f * side, 0.015f));
        var hip = (0.02f * side, 0.5f);
        return side > 0 ? new Skeleton((0.01f, 0.9f), (0f, 0.8f), hip, weight, free) : new Skeleton((0.01f, 0.9f), (0f, 0.8f), hip, free, weight);
    }

    private static Limbs Jitter(Limbs l, Random rng) => new(l.Elbow, Jitter(l.Hand, rng), Jitter(l.Knee, rng), l.Foot);

    private static (float X, float Y) Jitter((float X, float Y) p, Random rng) =>
        (p.X + (rng.NextSingle() - 0.5f) * 0.02f, p.Y + (rng.NextSingle() - 0.5f) * 0.015f);
}
