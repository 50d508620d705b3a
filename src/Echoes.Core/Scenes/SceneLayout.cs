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
    public (float X, float Y) Chest => (X, Y - Height * 0.68f);
}

/// <summary>
/// Places figures across the ground: scaled by depth (small far away, larger in front), spread out by best-candidate
/// sampling so each has space around it, tied figures kept within reach of each other
/// (estranged ones not too near), none overlapping, and none facing
/// another (the left half look left, the right half look right: each lost in their own thoughts; the line between
/// the halves drawn between as many estranged pairs as it can be, so they turn their backs on each other).
/// </summary>
internal static class SceneLayout
{
    /// <summary>The least a figure's painted height may be, as a fraction of the painting's height (legible at any size).</summary>
    public const float MinPainted = 0.03f;

    public static List<PlacedFigure> Place(Scene scene, int w, int h, Func<float, float, bool> onGround, float groundTop, float groundBottom)
    {
        var rng = new Random(SeedMix.Of(scene.Seed, 0x5CE7E));
        var placed = new List<(Figure F, float X, float Y, float H)>();
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

        foreach (var f in scene.Figures)
        {
            (float X, float Y, float H) best = default;
            double bestScore = double.NegativeInfinity;
            int tries = f.Position is null ? 60 : 1;
            for (int i = 0; i < tries * 4 && (i < tries || bestScore == double.NegativeInfinity); i++)
            {
                float x, y;
                if (f.Position is { } p) { x = p.X * w; y = Math.Clamp(p.Y * h, groundTop, groundBottom); }
                else { x = w * (0.06f + 0.88f * rng.NextSingle()); y = groundTop + (groundBottom - groundTop) * MathF.Sqrt(rng.NextSingle()); }
                if (f.Position is null && !onGround(x, y)) continue;
                float fh = HeightAt(y, f.Pose);
                var box = Box(x, y, fh);
                if (box.L < 0 || box.R > w) continue;
                double score = 0, nearest = double.MaxValue;
                bool overlaps = false;
                foreach (var o in placed)
                {
                    var ob = Box(o.X, o.Y, o.H);
                    if (box.L < ob.R + fh * 0.3f && ob.L < box.R + fh * 0.3f && box.T < ob.B && ob.T < box.B) overlaps = true;
                    double d = Math.Sqrt((o.X - x) * (o.X - x) + 4 * (o.Y - y) * (o.Y - y)) / w;
                    nearest = Math.Min(nearest, d);
                    if (partners.TryGetValue(f.Name, out var ps) && ps.Contains(o.F.Name)) score -= Math.Max(0, d - 0.3) * 3;
                    if (estranged.Contains((f.Name, o.F.Name))) score -= Math.Max(0, 0.2 - d) * 3 + (Apart(x, y, fh, o) ? 0 : 1);
                }
                if (overlaps && f.Position is null) continue;
                score -= Between((f, x, y, fh), placed, partners) * 0.5;
                score += placed.Count == 0 ? rng.NextDouble() * 0.01 : nearest;
                if (score > bestScore) { bestScore = score; best = (x, y, fh); }
            }
            if (bestScore == double.NegativeInfinity)
            {
                // The ground is crowded: take any spot on it.
                float y = groundTop + (groundBottom - groundTop) * rng.NextSingle();
                best = (w * (0.06f + 0.88f * rng.NextSingle()), y, HeightAt(y, f.Pose));
            }
            placed.Add((f, best.X, best.Y, best.H));
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

    // How many ties would pass someone on their way: ties of the newcomer n to people already placed that run through a
    // third person's box, and ties between people already placed that run through n's. A tie can bend round someone, but
    // the web reads best where no one stands in the way of anyone else's.
    private static int Between((Figure F, float X, float Y, float H) n, List<(Figure F, float X, float Y, float H)> placed,
        Dictionary<string, HashSet<string>> partners)
    {
        static (float X, float Y) Chest((Figure F, float X, float Y, float H) p) => (p.X, p.Y - 0.68f * p.H);
        static bool Crosses((float X, float Y) a, (float X, float Y) b, (Figure F, float X, float Y, float H) q)
        {
            var (l, t, r, bottom) = Box(q.X, q.Y, q.H);
            return Enumerable.Range(1, 15).Select(i => i / 16f).Any(u =>
            {
                float x = a.X + (b.X - a.X) * u, y = a.Y + (b.Y - a.Y) * u;
                return x > l && x < r && y > t && y < bottom;
            });
        }
        bool Tied((Figure F, float, float, float) a, (Figure F, float, float, float) b) =>
            partners.TryGetValue(a.F.Name, out var ps) && ps.Contains(b.F.Name);
        int count = 0;
        for (int i = 0; i < placed.Count; i++)
        {
            if (Tied(n, placed[i])) count += placed.Count(q => q.F != placed[i].F && Crosses(Chest(n), Chest(placed[i]), q));
            for (int j = i + 1; j < placed.Count; j++)
                if (Tied(placed[i], placed[j]) && Crosses(Chest(placed[i]), Chest(placed[j]), n)) count++;
        }
        return count;
    }

    // Whether two estranged people stand far enough apart, hearts about two thirds up, for the arc of their broken tie to
    // hold its gap and two halves each long enough to be seen reaching out (TieRoutes.BrokenLength).
    private static bool Apart(float x, float y, float h, (Figure F, float X, float Y, float H) o)
    {
        float dx = x - o.X, dy = y - 0.68f * h - (o.Y - 0.68f * o.H);
        return MathF.Sqrt(dx * dx + dy * dy) >= TieRoutes.BrokenLength * (h + o.H) / 2;
    }

    private static (float L, float T, float R, float B) Box(float x, float y, float h) => (x - h * 0.35f, y - h * 1.05f, x
        + h * 0.35f, y + h * 0.05f);
}
