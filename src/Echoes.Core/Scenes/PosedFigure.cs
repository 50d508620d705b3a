namespace Echoes.Scenes;

/// <summary>
/// A placed figure in its pose: its <see cref="Skeleton"/>, its build and its lean, and the map from figure units to
/// working pixels. The figure's strokes are painted over it and its ties leave from its chest, so both agree on
/// where the body is.
/// </summary>
/// <param name="Placed">Where the figure stands.</param>
/// <param name="Skeleton">Its joints, figure units.</param>
/// <param name="Build">How broad it is (about 1).</param>
/// <param name="Lean">How far it leans toward the way it faces, per unit of height.</param>
/// <param name="Coat">Whether it wears a long coat or dress.</param>
internal sealed record PosedFigure(PlacedFigure Placed, Skeleton Skeleton, float Build, float Lean, bool Coat)
{
    /// <summary>Poses <paramref name="p"/> (its mood already holding the scene's share); the same seed gives the same pose.</summary>
    public static PosedFigure Of(PlacedFigure p, int seed)
    {
        var rng = new Random(seed);
        var s = Skeleton.For(p.Figure.Pose, p.Figure.Mood, rng);
        float build = 0.9f + 0.2f * rng.NextSingle();
        // Nobody stands like a post: each leans a little of their own accord, and grief leans them forward, joy back.
        var mood = p.Figure.Mood;
        float lean = 0.06f * (rng.NextSingle() - 0.5f) + Math.Clamp(0.07f * (mood.Sorrow + mood.Loss - mood.Joy), -0.05f, 0.08f);
        bool coat = rng.NextSingle() < 0.5f && p.Figure.Pose is Pose.Standing or Pose.Walking;
        return new PosedFigure(p, s, build, lean, coat);
    }

    /// <summary>Where a point in figure units (x toward the way it faces, y up from the feet) lies, working pixels.</summary>
    public (float X, float Y) At((float X, float Y) q)
    {
        var p = Placed;
        float f = p.FacesRight ? 1f : -1f;
        return (p.X + f * (q.X + Lean * q.Y) * p.Height, p.Y - q.Y * p.Height);
    }

    /// <summary>Where a tie toward <paramref name="other"/> leaves this figure: the side of its chest that way, inside its
    /// outline, so the painted tie visibly touches the body (from the heart, not the head or a hand, so it never reads as
    /// something held or aimed).</summary>
    public (float X, float Y) Heart(PlacedFigure other)
    {
        float side = other.X >= Placed.X ? 1f : -1f, f = Placed.FacesRight ? 1f : -1f;
        var (neck, hip) = (Skeleton.Neck, Skeleton.Hip);
        float y = neck.Y - 0.3f * (neck.Y - hip.Y);
        return At((neck.X + (hip.X - neck.X) * 0.3f + side * f * 0.06f, y));
    }
}
