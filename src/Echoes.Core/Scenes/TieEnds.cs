namespace Echoes.Scenes;

/// <summary>
/// Where each tie leaves its two people: from the body, never the head. A person's ties toward one side leave from
/// different places on it, by the way each goes: the one climbing most from the upper chest, the one falling most from
/// the hand by the hip, a lone level one from the heart. Ties leaving one person from one point met there in a stiff V,
/// like wires at a post; spread over the body they leave it like gestures. Leaving by the head or the shoulder, a tie
/// read as a beam from the eyes.
/// </summary>
internal static class TieEnds
{
    /// <summary>The highest a tie leaves a body, as a <see cref="PosedFigure.Heart"/> rise: the upper chest, well below the
    /// shoulder.</summary>
    public const float Highest = 0.5f;

    /// <summary>The lowest a tie leaves a body: the hand hanging by the hip.</summary>
    public const float Lowest = -1f;

    /// <summary>The two ends of each tie of <paramref name="ties"/>, in their order, working pixels.</summary>
    public static ((float X, float Y) A, (float X, float Y) B)[] Of(IReadOnlyList<Tie> ties, IReadOnlyDictionary<string, PlacedFigure> byName,
        IReadOnlyDictionary<string, PosedFigure> posed)
    {
        // Every end: which tie, whether it is the tie's first person's, whose it is and who is at the other end.
        var ends = ties.SelectMany((t, i) => new[]
        {
            (Tie: i, First: true, Own: t.From, Other: t.To), (Tie: i, First: false, Own: t.To, Other: t.From),
        }).ToList();
        var rise = new Dictionary<(int Tie, bool First), float>();
        foreach (var group in ends.GroupBy(e => (e.Own, Right: byName[e.Other].X >= byName[e.Own].X)))
        {
            var own = byName[group.Key.Own];
            // Highest-climbing first: it leaves highest on the body.
            var sorted = group.OrderByDescending(e => Climb(own, byName[e.Other])).ToList();
            for (int k = 0; k < sorted.Count; k++)
                rise[(sorted[k].Tie, sorted[k].First)] = sorted.Count == 1
                    ? Math.Clamp(1.5f * Climb(own, byName[sorted[k].Other]), -0.6f, Highest)
                    : Highest + (Lowest - Highest) * k / (sorted.Count - 1f);
        }
        return [.. ties.Select((t, i) => (posed[t.From].Heart(byName[t.To], rise[(i, true)]), posed[t.To].Heart(byName[t.From], rise[(i, false)])))];
    }

    // How steeply the way from `own` to `other` climbs: the sine of its angle above the level (falling below 0).
    private static float Climb(PlacedFigure own, PlacedFigure other)
    {
        float dx = other.X - own.X, dy = own.Y - own.Height * 0.6f - (other.Y - other.Height * 0.6f);
        return dy / MathF.Max(1e-3f, MathF.Sqrt(dx * dx + dy * dy));
    }
}
