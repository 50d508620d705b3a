namespace Echoes.Scenes;

/// <summary>
/// Where each tie runs: a Lombardi arc from heart to heart, its bend chosen so the arcs leaving one person spread apart,
/// it passes through no one else (over them, under them, or lifted higher where both sides are blocked), it runs beside
/// no other tie for long (stacked ties read as a diagram's wiring), it never lies
/// along the skyline or the horizon (where it would read as the land's edge, not a tie) and it stays inside the painting; the painting's
/// mood raises the arcs (joy) or lets them sag low (sorrow).
/// </summary>
internal static class TieRoutes
{
    /// <summary>How far past a third figure's box a tie keeps off, in that figure's heights: the line's own width and
    /// the wander of the hand stay clear of the body, and at thumbnail size the tie is seen to pass them by.</summary>
    public const float Clearance = 0.25f;

    // Bends tried in order: the bonds' and the estrangements' own (a broken tie follows an arc like a bond's, a little
    // flatter, so the eye carries its two halves across the gap and reads one tie, cut; a nearly straight one would read
    // as sticks held by its people), then the same under, then ever higher over anyone in the way.
    private static readonly float[] Bonds = [0.6f, 0.85f, 0.4f, 1.05f, 0.25f];
    private static readonly float[] Broken = [0.45f, 0.6f, 0.32f, 0.8f, 0.22f];
    private static readonly float[] Lifted = [1.3f, 1.55f, 1.85f, 2.2f];

    // Where none of those is clear: every bend over and under, finer, for a way between the people in the way.
    private static readonly float[] Sweep = [.. Enumerable.Range(1, 44).Select(i => (i % 2 == 0 ? 1f : -1f) * (0.1f + 0.05f * (i / 2)))];

    /// <summary>Each tie of the scene with its arc, in the scene's order; deterministic for a composition. Each is routed
    /// against those before it, then each again against all the others (a tie routed early could not see the ones routed
    /// after it cross it), so the web crosses itself as little as it can.</summary>
    public static List<(Tie Tie, TieArc Arc)> Arcs(Composition c, IReadOnlyDictionary<string, PlacedFigure> byName)
    {
        var posed = SceneMarks.Posed(c).ToDictionary(f => f.Placed.Figure.Name, StringComparer.Ordinal);
        float droop = c.Scene.Mood.Parameters().Lift, rise = droop > 0 ? 1f - 0.5f * MathF.Min(1f, droop) : 1f - 0.4f * MathF.Max(-1f, droop);
        var web = new Web(c, byName, Skyline(c), rise);
        var ends = TieEnds.Of(c.Scene.Ties, byName, posed);
        var result = new List<(Tie Tie, TieArc Arc)>();
        foreach (var (tie, i) in c.Scene.Ties.Select((t, i) => (t, i))) result.Add((tie, web.Best(tie, ends[i], result)));
        for (int pass = 0; pass < Passes; pass++)
            for (int i = 0; i < result.Count; i++)
                result[i] = (result[i].Tie, web.Best(result[i].Tie, ends[i], [.. result.Where((_, j) => j != i)]));
        return result;
    }

    // How many times every tie is routed again against all the others: two settle the webs of the scenes tried.
    private const int Passes = 2;

    /// <summary>What a crossing of two ties costs a route: more than grazing the air about someone or running on
    /// through one's person, less than cutting through a body (a crossed web is still read; a tie through someone is
    /// not).</summary>
    public const int CrossingCost = 5;

    // The scene a tie is routed in: its people in their poses, its skyline and how far its mood lifts the arcs.
    private sealed record Web(Composition C, IReadOnlyDictionary<string, PlacedFigure> ByName, float[] Skyline, float Rise)
    {
        // The best arc for `tie` from its `ends` among the ties already `routed`: the one that cuts least into anyone and crosses fewest
        // other ties (none, where it can), then of the earliest kind, then with the arcs leaving each person spread
        // furthest apart.
        public TieArc Best(Tie tie, ((float X, float Y) A, (float X, float Y) B) ends, List<(Tie Tie, TieArc Arc)> routed)
        {
            var (a, b) = (ByName[tie.From], ByName[tie.To]);
            var (sa, sb) = ends;
            var (ua, ub) = (Leaving(tie.From, routed), Leaving(tie.To, routed));
            var own = (tie.Strength < 0 ? Broken : Bonds).Select(x => x * Rise).ToList();
            // Over first, then under, then lifted: each later kind only where it passes fewer people.
            var bends = own.Select(x => (Bend: x, Tier: 0)).Concat(own.Select(x => (-x, 1))).Concat(Lifted.Select(x => (x, 2)))
                .Concat(Sweep.Select(x => (x, 3)));
            var others = C.Figures.Where(f => f != a && f != b).ToList();
            float unit = (a.Height + b.Height) / 2;
            TieArc best = default;
            (int Hits, int Tier, float Gap) bestScore = (int.MaxValue, 0, float.NegativeInfinity);
            foreach (var (bend, tier) in bends)
            {
                var arc = new TieArc(sa, sb, bend);
                if (arc.Top < C.Target.Height * 0.04f || arc.Bottom > C.Target.Height * 0.99f) continue;
                var (ta, tb) = arc.Tangents;
                // Through someone's body is the worst, then along the skyline, then across other ties, then through the air
                // about someone or through one's own head, then straight on through one's person into another of their ties.
                int hits = Hits(arc, others) + Through(arc, a, sa) + Through(arc, b, sb) + (AlongSkyline(arc, Skyline, unit, C) ? 12 : 0)
                    + (Continues(ua, ta) || Continues(ub, tb) ? 3 : 0) + (tie.Strength < 0 && arc.Length < BrokenLength * unit ? 6 : 0)
                    + Loop(arc) + (Stacks(arc, routed, unit) ? 4 : 0) + CrossingCost * Crossings(arc, routed.Select(r => r.Arc));
                float gap = MathF.Min(ua.Select(u => AngleGap(u, ta)).DefaultIfEmpty(MathF.PI).Min(),
                    ub.Select(u => AngleGap(u, tb)).DefaultIfEmpty(MathF.PI).Min());
                bool better = hits < bestScore.Hits
                    || (hits == bestScore.Hits && (tier < bestScore.Tier || (tier == bestScore.Tier && gap > bestScore.Gap + 1e-4f)));
                if (better)
                    (best, bestScore) = (arc, (hits, tier, gap));
                if (hits == 0 && gap >= 0.35f) break;
            }
            return bestScore.Hits == int.MaxValue ? new TieArc(sa, sb, 0.1f) : best;
        }

        // The directions the routed ties leave `name` in.
        private static List<float> Leaving(string name, List<(Tie Tie, TieArc Arc)> routed) =>
        [
            .. routed.Where(r => r.Tie.From == name).Select(r => r.Arc.Tangents.AtA),
            .. routed.Where(r => r.Tie.To == name).Select(r => r.Arc.Tangents.AtB),
        ];
    }

    /// <summary>How many times <paramref name="arc"/> crosses the <paramref name="others"/>, away from its ends (two ties
    /// of one person meet at that person, which is no crossing).</summary>
    public static int Crossings(TieArc arc, IEnumerable<TieArc> others)
    {
        var mine = arc.Points(0.04f, 0.96f, 24);
        int count = 0;
        foreach (var other in others)
        {
            var theirs = other.Points(0.04f, 0.96f, 24);
            for (int i = 0; i + 1 < mine.Length; i++)
                for (int j = 0; j + 1 < theirs.Length; j++)
                    if (Cross(mine[i], mine[i + 1], theirs[j], theirs[j + 1])) count++;
        }
        return count;
    }

    /// <summary>Whether the segments <paramref name="p"/>–<paramref name="q"/> and <paramref name="r"/>–<paramref name="s"/> cross.</summary>
    public static bool Cross((float X, float Y) p, (float X, float Y) q, (float X, float Y) r, (float X, float Y) s)
    {
        static float Side((float X, float Y) a, (float X, float Y) b, (float X, float Y) c) => (b.X - a.X) * (c.Y - a.Y) - (b.Y - a.Y) * (c.X - a.X);
        return Side(p, q, r) * Side(p, q, s) < 0 && Side(r, s, p) * Side(r, s, q) < 0;
    }

    /// <summary>How near, in the people's heights, a tie's middle may run beside another's before the two read as one
    /// stacked band (a diagram's parallel wires) rather than two ties.</summary>
    public const float StackBand = 0.35f;

    /// <summary>Whether a third or more of the arc's middle (its ends, at its people, may meet others') runs within
    /// <see cref="StackBand"/> of a tie already routed: stacked in parallel, a web reads as wiring, not as bonds. Costs
    /// less than cutting through anyone, more than grazing the air about them.</summary>
    public static bool Stacks(TieArc arc, IEnumerable<(Tie Tie, TieArc Arc)> routed, float unit)
    {
        var mine = arc.Points(0.15f, 0.85f, 20);
        float band = StackBand * unit, band2 = band * band;
        foreach (var (_, other) in routed)
        {
            var theirs = other.Points(0f, 1f, 40);
            int near = mine.Count(q => theirs.Any(o => (q.X - o.X) * (q.X - o.X) + (q.Y - o.Y) * (q.Y - o.Y) < band2));
            if (near * 3 >= mine.Length) return true;
        }
        return false;
    }

    /// <summary>The most a tie bends before it reads as a loop (half the angle it sweeps, radians): past it, a tie between
    /// two people one above the other curled round into a C; a gentle arc that grazes its own people is better.</summary>
    public const float LoopBend = 1.1f;

    // What a loop costs: more than a tie grazing its own people or the air about others, less than one cut through
    // someone's body at two points (only that lifts it high over them). Any hoop costs more than two crossings: a
    // web's crossing reads, a tie soaring in a ring over the scene to avoid one does not.
    private static int Loop(TieArc arc) => MathF.Abs(arc.Bend) <= LoopBend ? 0
        : MathF.Abs(arc.B.Y - arc.A.Y) > 0.5f * MathF.Abs(arc.B.X - arc.A.X) ? 20 : 2 * CrossingCost + 1;

    /// <summary>How much the arc cuts into other people: each of its points inside someone's box grown by
    /// <see cref="Clearance"/> counts one, and inside the box itself ten (a tie may graze the air about someone where it
    /// must, never their body).</summary>
    private static int Hits(TieArc arc, List<PlacedFigure> others)
    {
        int hits = 0;
        foreach (var (x, y) in arc.Points(0f, 1f, 64))
            foreach (var o in others)
            {
                var (l, t, r, b) = o.Box;
                float m = o.Height * Clearance;
                if (x > l - m && x < r + m && y > t - m && y < b + m) hits += x > l && x < r && y > t && y < b ? 10 : 1;
            }
        return hits;
    }

    /// <summary>The least length of an estrangement's arc, in its people's heights: its gap and two halves long enough to
    /// be seen reaching out (a shorter one is bent higher to make room for them).</summary>
    public const float BrokenLength = TieStrokes.MinGap + 1.4f;

    /// <summary>How many of the arc's points cross its own person's head or legs: a tie arrives at the chest from the
    /// side, not down through the head (it would read as passing by them) or up between the legs.</summary>
    private static int Through(TieArc arc, PlacedFigure p, (float X, float Y) heart)
    {
        var (_, top, _, bottom) = p.Box;
        float h = p.Height;
        return arc.Points(0f, 1f, 64).Count(q => MathF.Abs(q.X - p.X) < 0.2f * h && q.Y > top && q.Y < bottom
            && (q.Y < heart.Y - 0.1f * h || q.Y > heart.Y + 0.3f * h));
    }

    // Whether a tie leaving a person in direction `t` would carry on the line of another tie of theirs straight through
    // them: the two would read as one line passing that person by, not two ties that end in them.
    private static bool Continues(List<float> used, float t) => used.Any(u => AngleGap(u, t) > MathF.PI - 0.6f);

    // Whether a fifth or more of the arc runs within a band about the landscape's long lines: the skyline (the top of
    // the land in its column), the horizon, and the far edge of the ground before the ridges.
    private static bool AlongSkyline(TieArc arc, float[] skyline, float unit, Composition c)
    {
        float band = MathF.Max(2f, unit * 0.12f);
        var pts = arc.Points(0f, 1f, 40);
        bool Near(float y, float line) => MathF.Abs(y - line) < band;
        return pts.Count(q => Near(q.Y, skyline[Math.Clamp((int)q.X, 0, skyline.Length - 1)]) || Near(q.Y, c.HorizonY)
            || Near(q.Y, c.LandTop)) >= pts.Length / 5;
    }

    // The skyline: in each column, the first row from the top that is no longer sky.
    private static float[] Skyline(Composition c)
    {
        int w = c.Target.Width, h = c.Target.Height;
        var sky = c.Regions.Sky;
        var line = new float[w];
        for (int x = 0; x < w; x++)
        {
            int y = 0;
            while (y < h && sky[y * w + x] >= 0.5f) y++;
            line[x] = y;
        }
        return line;
    }

    private static float AngleGap(float a, float b)
    {
        float d = MathF.Abs(a - b) % (2 * MathF.PI);
        return d > MathF.PI ? 2 * MathF.PI - d : d;
    }
}
