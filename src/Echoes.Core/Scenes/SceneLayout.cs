using Echoes.Targets;

namespace Echoes.Scenes;

/// <summary>A figure placed on the canvas: feet at (X, Y) in working pixels, height in pixels, facing left or right.</summary>
/// <param name="Figure">The figure.</param>
/// <param name="X">Feet, horizontal.</param>
/// <param name="Y">Feet, vertical (the ground line).</param>
/// <param name="Height">Standing height in pixels (smaller with distance).</param>
/// <param name="FacesRight">Which way the figure looks.</param>
internal sealed record PlacedFigure(Figure Figure, float X, float Y, float Height, bool FacesRight)
{
    /// <summary>The figure's bounding box (left, top, right, bottom), a little generous.</summary>
    public (float L, float T, float R, float B) Box => (X - Height * 0.35f, Y - Height * 1.05f, X + Height * 0.35f, Y + Height * 0.05f);

    /// <summary>Where echoes leave the figure: the chest.</summary>
    public (float X, float Y) Chest => (X, Y - Height * ChestAt);

    /// <summary>How far up its height a figure's chest (its heart, where ties and echoes leave it) lies.</summary>
    internal const float ChestAt = 0.68f;
}

/// <summary>
/// Places figures across the ground and through its depth: each given a band of depth of its own (in a shuffled order),
/// so the people spread from the distance to the foreground, scaled by it (small and high far away, larger and lower in
/// front); spread out by best-candidate sampling so each has space around it, tied figures kept within reach of each
/// other (estranged ones not too near) and where their ties have a way round the others, none overlapping, and none facing
/// another (the left half look left, the right half look right: each lost in their own thoughts; the line between
/// the halves drawn between as many estranged pairs as it can be, so they turn their backs on each other).
/// </summary>
internal static class SceneLayout
{
    /// <summary>The least a figure's painted height may be, as a fraction of the painting's height (legible at any size).</summary>
    public const float MinPainted = 0.03f;

    // How far a figure's heart keeps off the landscape's level edges, in its heights: clear of the band a tie along the
    // line would lie in (TieRoutes keeps an eighth of a height), with room for the arc's first rise.
    private const float EdgeClearance = 0.25f;

    /// <summary>Places the scene's figures on the ground between <paramref name="groundTop"/> and
    /// <paramref name="groundBottom"/> (working pixels), where <paramref name="onGround"/> holds for their feet, none with its
    /// heart on one of the landscape's level <paramref name="edges"/> (the horizon, the far edge of the land).</summary>
    public static List<PlacedFigure> Place(Scene scene, int w, int h, Func<float, float, bool> onGround, float groundTop, float groundBottom,
        IReadOnlyList<float> edges)
    {
        var rng = new Random(SeedMix.Of(scene.Seed, 0x5CE7E));
        // Tied people (bonded or estranged) stay within reach, so the tie between them can be read.
        var partners = scene.Ties.SelectMany(t => new[] { (t.From, t.To), (t.To, t.From) })
            .GroupBy(p => p.Item1).ToDictionary(g => g.Key, g => g.Select(p => p.Item2).ToHashSet());
        // Estranged people stand a little apart as well, so the halves of their broken tie are long enough to be seen
        // reaching for each other across its gap.
        var estranged = scene.Ties.Where(t => t.Strength < 0).SelectMany(t => new[] { (t.From, t.To), (t.To, t.From) }).ToHashSet();
        // Many figures need smaller ones to fit, but none is painted smaller than MinPainted of the height.
        float crowd = MathF.Min(1f, MathF.Sqrt(12f / Math.Max(12, scene.Figures.Count)));
        float HeightAt(float y, Pose pose) => MathF.Max(h * MinPainted / Skeleton.PaintedFraction(pose),
            h * (0.05f + 0.11f * Math.Clamp((y - groundTop) / (groundBottom - groundTop), 0f, 1f)) * crowd);
        // Each figure a band of depth of its own, in a shuffled order, where most of its places are tried: the people
        // spread from the distance to the foreground instead of gathering in one band across the ground.
        var bands = Enumerable.Range(0, scene.Figures.Count).OrderBy(_ => rng.Next()).ToArray();
        var placed = new List<(Figure F, float X, float Y, float H)>();
        for (int k = 0; k < scene.Figures.Count; k++) placed.Add(Spot(scene.Figures[k], bands[k], placed, null));
        // Each again among all the others: one placed early could not see the ties of those placed after it, and a web
        // whose people stand where their ties must cross in an X reads as a diagram, not as bonds.
        for (int k = 0; k < placed.Count; k++)
            if (placed[k].F.Position is null) placed[k] = Spot(placed[k].F, bands[k], [.. placed.Where((_, j) => j != k)], placed[k]);

        // The best spot for f among the `others` (the `current` one kept unless another is better).
        (Figure F, float X, float Y, float H) Spot(Figure f, float band, List<(Figure F, float X, float Y, float H)> others,
            (Figure F, float X, float Y, float H)? current)
        {
            (float X, float Y, float H) best = default;
            double bestScore = double.NegativeInfinity;
            int tries = f.Position is null ? 60 : 1;
            for (int i = current is null ? 0 : -1; i < tries * 4 && (i < tries || bestScore == double.NegativeInfinity); i++)
            {
                float x, y;
                if (i < 0) (x, y) = (current!.Value.X, current.Value.Y);
                else if (f.Position is { } p) { x = p.X * w; y = Math.Clamp(p.Y * h, groundTop, groundBottom); }
                else
                {
                    // Past the first tries, anywhere in depth: the figure's own band may be all water or taken.
                    float u = i < tries ? (band + rng.NextSingle()) / bands.Length : rng.NextSingle();
                    x = w * (0.06f + 0.88f * rng.NextSingle());
                    y = groundTop + (groundBottom - groundTop) * u;
                }
                if (f.Position is null && !onGround(x, y)) continue;
                float fh = HeightAt(y, f.Pose);
                // Not with the heart on the horizon or the land's far edge: every tie would leave it along that line and
                // read as the land's edge, not a tie.
                if (f.Position is null && edges.Any(e => MathF.Abs(y - PlacedFigure.ChestAt * fh - e) < EdgeClearance * fh)) continue;
                var box = Box(x, y, fh);
                if (box.L < 0 || box.R > w) continue;
                double score = 0, nearest = double.MaxValue;
                bool overlaps = false;
                foreach (var o in others)
                {
                    var ob = Box(o.X, o.Y, o.H);
                    if (box.L < ob.R + fh * 0.3f && ob.L < box.R + fh * 0.3f && box.T < ob.B && ob.T < box.B) overlaps = true;
                    double d = Math.Sqrt((o.X - x) * (o.X - x) + 4 * (o.Y - y) * (o.Y - y)) / w;
                    nearest = Math.Min(nearest, d);
                    // Partners are kept within reach across the ground, not along it: one may stand far behind the other.
                    double reach = Math.Sqrt((o.X - x) * (o.X - x) + (o.Y - y) * (o.Y - y)) / w;
                    if (partners.TryGetValue(f.Name, out var ps) && ps.Contains(o.F.Name)) score -= Math.Max(0, reach - 0.3) * 3;
                    if (estranged.Contains((f.Name, o.F.Name))) score -= Math.Max(0, 0.2 - d) * 3 + (Apart(x, y, fh, o) ? 0 : 1);
                }
                if (overlaps && f.Position is null) continue;
                score -= Between((f, x, y, fh), others, partners) * 0.5 + Crossed((f, x, y, fh), others, partners) * 0.3;
                score += others.Count == 0 ? rng.NextDouble() * 0.01 : nearest;
                if (score > bestScore) { bestScore = score; best = (x, y, fh); }
            }
            if (bestScore == double.NegativeInfinity)
            {
                // The ground is crowded: take any spot on it.
                float y = groundTop + (groundBottom - groundTop) * rng.NextSingle();
                best = (w * (0.06f + 0.88f * rng.NextSingle()), y, HeightAt(y, f.Pose));
            }
            return (f, best.X, best.Y, best.H);
        }
        float split = Split(placed.Select(p => (p.F.Name, p.X)).ToList(), estranged, w / 2f);
        return [.. placed.Select(p => new PlacedFigure(p.F, p.X, p.Y, p.H, p.X >= split))];
    }

    // Where the people left of it look left and those right of it look right, so none faces another: between as many
    // estranged pairs as it can be (each then turns their back on the other), and nearest the middle of those places.
    private static float Split(List<(string Name, float X)> people, HashSet<(string, string)> estranged, float mid)
    {
        var xs = people.Select(p => p.X).Order().ToList();
        var candidates = xs.Zip(xs.Skip(1), (a, b) => (a + b) / 2).Append(mid);
        int Apart(float split) => people.Sum(p => people.Count(o => p.X < split && o.X >= split && estranged.Contains((p.Name, o.Name))));
        return candidates.OrderByDescending(Apart).ThenBy(x => MathF.Abs(x - mid)).First();
    }

    // How many ties would find their way blocked: ties of the newcomer n to people already placed, and ties between
    // people already placed that n would stand in the way of, whose arc over and arc under both run through someone's
    // box. A tie bends over or under a person in its way, but where both ways are blocked it has to soar over the
    // scene in a hoop, or cut through someone: the web reads best where every tie has a way round.
    private static int Between((Figure F, float X, float Y, float H) n, List<(Figure F, float X, float Y, float H)> placed,
        Dictionary<string, HashSet<string>> partners)
    {
        bool Tied((Figure F, float, float, float) a, (Figure F, float, float, float) b) =>
            partners.TryGetValue(a.F.Name, out var ps) && ps.Contains(b.F.Name);
        var everyone = placed.Append(n).ToList();
        int count = 0;
        for (int i = 0; i < placed.Count; i++)
        {
            if (Tied(n, placed[i]) && Blocked(n, placed[i], everyone)) count++;
            for (int j = i + 1; j < placed.Count; j++)
                if (Tied(placed[i], placed[j]) && (Crosses(placed[i], placed[j], Bend, n) || Crosses(placed[i], placed[j], -Bend, n))
                    && Blocked(placed[i], placed[j], everyone))
                    count++;
        }
        return count;
    }

    // How many ties of the newcomer n would cross ties between people already placed, counted on the straight lines
    // between their hearts: two ties whose people stand at the corners of a quadrilateral, each joining opposite
    // corners, cross in an X however their arcs bend, so the web reads best where they are not placed so.
    private static int Crossed((Figure F, float X, float Y, float H) n, List<(Figure F, float X, float Y, float H)> placed,
        Dictionary<string, HashSet<string>> partners)
    {
        if (!partners.TryGetValue(n.F.Name, out var mine)) return 0;
        int count = 0;
        foreach (var p in placed.Where(p => mine.Contains(p.F.Name)))
            for (int i = 0; i < placed.Count; i++)
                for (int j = i + 1; j < placed.Count; j++)
                {
                    var (a, b) = (placed[i], placed[j]);
                    bool tied = partners.TryGetValue(a.F.Name, out var ps) && ps.Contains(b.F.Name);
                    if (tied && a.F != p.F && b.F != p.F && TieRoutes.Cross(Chest(n), Chest(p), Chest(a), Chest(b))) count++;
                }
        return count;
    }

    // The bend of a bond's own arc (TieRoutes tries it first, over and under).
    private const float Bend = 0.6f;

    // Whether the tie between a and b runs through someone else's box both over and under.
    private static bool Blocked((Figure F, float X, float Y, float H) a, (Figure F, float X, float Y, float H) b,
        List<(Figure F, float X, float Y, float H)> everyone) =>
        everyone.Any(q => q.F != a.F && q.F != b.F && Crosses(a, b, Bend, q))
        && everyone.Any(q => q.F != a.F && q.F != b.F && Crosses(a, b, -Bend, q));

    private static (float X, float Y) Chest((Figure F, float X, float Y, float H) p) => (p.X, p.Y - PlacedFigure.ChestAt * p.H);

    // Whether the arc of `bend` from a's heart to b's runs through q's box, with the room a tie keeps off a third person.
    private static bool Crosses((Figure F, float X, float Y, float H) a, (Figure F, float X, float Y, float H) b, float bend,
        (Figure F, float X, float Y, float H) q)
    {
        float room = TieRoutes.Clearance * q.H;
        var (l, t, r, bottom) = Box(q.X, q.Y, q.H);
        (l, t, r, bottom) = (l - room, t - room, r + room, bottom + room);
        var arc = new TieArc(Chest(a), Chest(b), bend);
        // The arc bulges at most a sixth of its chord off it (at this bend): far from that, no need to follow it.
        float bulge = 0.2f * MathF.Sqrt((arc.A.X - arc.B.X) * (arc.A.X - arc.B.X) + (arc.A.Y - arc.B.Y) * (arc.A.Y - arc.B.Y));
        if (r < MathF.Min(arc.A.X, arc.B.X) - bulge || l > MathF.Max(arc.A.X, arc.B.X) + bulge
            || bottom < MathF.Min(arc.A.Y, arc.B.Y) - bulge || t > MathF.Max(arc.A.Y, arc.B.Y) + bulge)
            return false;
        return Enumerable.Range(1, 15).Select(i => arc.At(i / 16f)).Any(p => p.X > l && p.X < r && p.Y > t && p.Y < bottom);
    }

    // Whether two estranged people stand far enough apart, hearts about two thirds up, for the arc of their broken tie to
    // hold its gap and two halves each long enough to be seen reaching out (TieRoutes.BrokenLength).
    private static bool Apart(float x, float y, float h, (Figure F, float X, float Y, float H) o)
    {
        float dx = x - o.X, dy = y - PlacedFigure.ChestAt * h - Chest(o).Y;
        return MathF.Sqrt(dx * dx + dy * dy) >= TieRoutes.BrokenLength * (h + o.H) / 2;
    }

    private static (float L, float T, float R, float B) Box(float x, float y, float h) => (x - h * 0.35f, y - h * 1.05f, x
        + h * 0.35f, y + h * 0.05f);
}
