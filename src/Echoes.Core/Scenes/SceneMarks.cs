using Echoes.Color;
using Echoes.Strokes;
using Echoes.Targets;

namespace Echoes.Scenes;

/// <summary>
/// The scene's own strokes, painted over the painter's landscape so no optimizer owns them: mist and crest lines on
/// the ridges for depth, then the ties, as Lombardi arcs from heart to heart, then over them the figures, far ones
/// first, each against a contrasting ground; then the echoes of those tied to no one. Deterministic for a composition.
/// </summary>
internal static class SceneMarks
{
    /// <summary>The strokes, in plan units (<paramref name="scale"/> plan units per working pixel), in the painting's
    /// <paramref name="colours"/> (its style's and mood's colour, the mood's brushwork). With <paramref name="echoTies"/>
    /// (the echo style) the tied people also send wavefronts toward each other (<see cref="EchoStrokes.Toward"/>).
    /// <paramref name="landKept"/> says, from how many strokes the landscape took, whether they stay in the painting
    /// (null: they do); the people and ties are set against the land as those strokes lay it, or, where the painter
    /// paints the land instead, against the composed picture it paints toward.</summary>
    public static List<Stroke> Paint(Composition c, float scale, SceneColours colours, bool echoTies = false, Func<int, bool>? landKept = null)
    {
        var marks = new Marks(scale, c.Scene.Seed);
        var strokes = new List<Stroke>();
        Landscape(strokes, c, colours, marks);
        var ground = landKept?.Invoke(strokes.Count) != false ? colours.Laid(strokes, scale) : colours;
        // The people, ties and echoes mark from a stream of their own: however many strokes the land took, theirs are
        // the same.
        marks = new Marks(scale, SeedMix.Of(c.Scene.Seed, 0x9E0));
        var figures = c.Figures;
        var posed = Posed(c);
        // The ties before the people: each runs from inside one body to inside the other, so it is seen to go into them
        // (and behind anyone else it passes), the bodies over it.
        var byName = figures.ToDictionary(f => f.Figure.Name, StringComparer.Ordinal);
        // The least width of a tie's line: a pixel and a fifth of a 400-pixel-wide thumbnail, so the web reads when shown small.
        float least = c.Target.Width / 400f * 1.2f;
        foreach (var (tie, arc) in TieRoutes.Arcs(c, byName))
        {
            float unit = (byName[tie.From].Height + byName[tie.To].Height) / 2;
            var part = $"tie:{tie.From}+{tie.To}";
            // How far off the tie lies: its people's feet between the painting's foot and the horizon.
            float far = Math.Clamp((c.Target.Height - (byName[tie.From].Y + byName[tie.To].Y) / 2) / MathF.Max(1f, c.Target.Height - c.HorizonY),
                0f, 1f);
            strokes.AddRange(TieStrokes.Paint(arc, tie.Strength, unit, least, ground,
                (c.Light.Color, c.Light.X, far), marks).Select(s => s with { Part = part }));
        }
        foreach (int i in Enumerable.Range(0, figures.Count).OrderBy(i => figures[i].Y))
        {
            float shadowDir = figures[i].X >= c.Light.X ? 1f : -1f;
            var part = "figure:" + figures[i].Figure.Name;
            strokes.AddRange(FigureStrokes.Paint(posed[i], Look(c, ground, figures[i]), marks, shadowDir, Cast(c, ground, figures[i]))
                .Select(s => s with { Part = part }));
        }
        if (echoTies) Waves(strokes, c, colours, byName, marks);
        var tied = c.Scene.Ties.SelectMany(t => new[] { t.From, t.To }).ToHashSet(StringComparer.Ordinal);
        foreach (var p in figures.Where(f => !tied.Contains(f.Figure.Name)))
        {
            // To the nearest part of anyone else (their box, not their feet: a head may stand closer than the feet).
            float nearest = figures.Where(o => o != p).Select(o => ToBox(o.Box, (p.X, p.Y))).DefaultIfEmpty(c.Target.Width).Min();
            var part = "echo:" + p.Figure.Name;
            strokes.AddRange(EchoStrokes.Paint(p, nearest, least * 0.75f, Underfoot(colours, p), c.Light.Color, marks,
                    new Random(SeedMix.Of(c.Scene.Seed, 0xEC0, (int)p.X)))
                .Select(s => s with { Part = part }));
        }
        return strokes;
    }

    // The echoes between tied people: each sends wavefronts toward the other, parted as the lone figures' echoes are.
    private static void Waves(List<Stroke> strokes, Composition c, SceneColours colours, Dictionary<string, PlacedFigure> byName, Marks marks)
    {
        foreach (var tie in c.Scene.Ties)
            foreach (var (from, to) in new[] { (tie.From, tie.To), (tie.To, tie.From) })
            {
                var (p, other) = (byName[from], byName[to]);
                var rng = new Random(SeedMix.Of(c.Scene.Seed, 0xEC1, (int)p.X, (int)other.X));
                var part = "echo:" + from;
                strokes.AddRange(EchoStrokes.Toward(p, other, tie.Strength,
                    GroundTone.Lift(Underfoot(colours, p), 0.3f, 0.8f, 0.2f, c.Light.Color), marks, rng).Select(s => s with { Part = part }));
            }
    }

    // A person's shadow: the ground about their feet, which it darkens; its way, away from the point of the horizon
    // under the light, so a scene's shadows radiate from there as they do in perspective (foreshortened: the ground is
    // seen at a low angle); and its length, long when the light is low (dawn, dusk), short when it is high.
    private static (Rgb Ground, (float X, float Y) Way, float Length) Cast(Composition c, SceneColours colours, PlacedFigure p)
    {
        float dx = p.X - c.Light.X, dy = 0.5f * MathF.Max(0f, p.Y - c.HorizonY), d = MathF.Sqrt(dx * dx + dy * dy);
        var way = d < 1f ? (1f, 0f) : (dx / d, dy / d);
        float high = Math.Clamp((c.HorizonY - c.Light.Y) / MathF.Max(1f, c.HorizonY), 0.05f, 1f);
        return (Underfoot(colours, p), way, p.Height * Math.Clamp(0.22f / high, 0.35f, 1.5f));
    }

    // The ground about a person's feet, as painted, where their echoes spread.
    private static Rgb Underfoot(SceneColours colours, PlacedFigure p) =>
        colours.Mean([(p.X - p.Height, p.Y), (p.X + p.Height, p.Y), (p.X, p.Y + p.Height * 0.3f)]);

    // The landscape in the order a painter lays it: the sky, the ridges far to near, the ground and the water, then the near ground's detail.
    private static void Landscape(List<Stroke> strokes, Composition c, SceneColours colours, Marks marks)
    {
        void Lay(string part, int salt, Action<List<Stroke>, Random> paint)
        {
            var made = new List<Stroke>();
            paint(made, new Random(SeedMix.Of(c.Scene.Seed, salt)));
            strokes.AddRange(made.Select(s => s with { Part = part }));
        }
        Lay("sky", 0x5C1E, (s, rng) => SkyStrokes.Paint(s, c, colours, marks, rng));
        Lay("land", 0x21D6E, (s, rng) => RidgeStrokes.Paint(s, c, colours, marks, rng));
        Lay("land", 0x6A0D, (s, rng) => GroundStrokes.Paint(s, c, colours, marks, rng));
        Lay("land", 0x5E12, (s, rng) => SwellStrokes.Paint(s, c, colours, marks, rng));
        Lay("water", 0x3A7E, (s, rng) => WaterStrokes.Paint(s, c, colours, marks, rng));
        Lay("land", 0xC0B5, (s, rng) => CourseStrokes.Land(s, c, colours, marks, rng));
        Lay("water", 0xC0B6, (s, rng) => CourseStrokes.Water(s, c, colours, marks, rng));
        Lay("land", 0xF0E6, (s, rng) => ForegroundStrokes.Paint(s, c, colours, marks, rng));
    }

    /// <summary>The part a landscape stroke paints: <c>sky</c>, <c>land</c> or <c>water</c>, by the region under the
    /// middle of its spine (<paramref name="scale"/> plan units per working pixel).</summary>
    public static string LandscapePart(Composition c, Stroke s, float scale)
    {
        var mid = s.Points[s.Points.Length / 2];
        int w = c.Target.Width, h = c.Target.Height;
        int q = Math.Clamp((int)(mid.Y / scale), 0, h - 1) * w + Math.Clamp((int)(mid.X / scale), 0, w - 1);
        float sky = c.Regions.Sky[q], land = c.Regions.Land[q], water = c.Regions.Water[q];
        return water >= land && water >= sky ? "water" : land >= sky ? "land" : "sky";
    }

    /// <summary>Each figure in its pose, in the order of <see cref="Composition.Figures"/>. Each carries the painting's
    /// mood as well as their own (less of it): a grieving scene bows every head a little.</summary>
    public static List<PosedFigure> Posed(Composition c) => [.. c.Figures.Select((f, i) => PosedFigure.Of(
        f with { Figure = f.Figure with { Mood = f.Figure.Mood + c.Scene.Mood * 0.4f } }, SeedMix.Of(c.Scene.Seed, 0xF19, i), c.Target.Height))];

    // The colours of a figure, against the ground about it as painted (FigureLook decides which way it stands off it).
    private static FigureLook Look(Composition c, SceneColours colours, PlacedFigure p)
    {
        var (l, t, r, b) = p.Box;
        var around = new List<(float X, float Y)>();
        for (int i = 0; i <= 4; i++)
            for (int j = 0; j <= 4; j++) around.Add((l + (r - l) * i / 4f, t + (b - t) * j / 4f));
        return FigureLook.Against(colours.Mean(around), c.Light.Color, p.Figure.Mood);
    }

    private static float ToBox((float L, float T, float R, float B) box, (float X, float Y) q)
    {
        float dx = MathF.Max(0f, MathF.Max(box.L - q.X, q.X - box.R)), dy = MathF.Max(0f, MathF.Max(box.T - q.Y, q.Y - box.B));
        return MathF.Sqrt(dx * dx + dy * dy);
    }
}
