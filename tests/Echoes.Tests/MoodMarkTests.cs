using Echoes.Color;
using Echoes.Imaging;
using Echoes.Moods;
using Echoes.Painting;
using Echoes.Rendering;
using Echoes.Strokes;
using Echoes.Targets;

namespace Echoes.Tests;

/// <summary>
/// The moods' own marks (part <c>mood</c>, laid last): joy's rays rise and lighten round the subject, sorrow's veil falls
/// and leaves streaks off the subject, love's arcs lie at the subject's edge, loss's strokes of bare ground drag in
/// from one side. Each is measured on the plan (where and which way the marks go) and on renders of the plan with and
/// without them (what they do to the picture), on plans painted at working size 160 and rendered 200 px wide.
/// </summary>
public sealed class MoodMarkTests
{
    public static TheoryData<string> Photos => ["astronaut.png", "chelsea.png", "coffee.png", "rocket.jpg"];

    [Theory]
    [InlineData("coffee.png")]
    [InlineData("rocket.jpg")]
    public void Joy_lays_rays_that_rise_and_lighten_round_the_subject(string image)
    {
        var (plan, marks, _) = Paint(image, "joy");
        int rising = marks.Count(s => s.Points[^1].Y < s.Points[0].Y);
        double lighter = AlongMarks(plan, marks, keepMarks: true) - AlongMarks(plan, marks, keepMarks: false);
        string report = $"{marks.Count} marks, {rising} rising, {lighter:+0.000;-0.000} lighter along them";
        Assert.True(marks.Count >= 40, report);                 // seen: 96 (coffee), 81 (rocket)
        Assert.True(rising >= 0.75 * marks.Count, report);       // seen: 0.90, 0.98
        Assert.True(lighter > 0.01, report);                     // seen: +0.018, +0.028
    }

    [Theory]
    [MemberData(nameof(Photos))]
    public void Sorrow_lets_a_veil_fall_past_the_subject_and_through_the_emptied_top(string image)
    {
        var (plan, marks, focused) = Paint(image, "sorrow");
        int falling = marks.Count(s => s.Points[^1].Y - s.Points[0].Y > 3 * Math.Abs(s.Points[^1].X - s.Points[0].X));
        double streaks = Grain(plan, focused, keepMarks: true) / Grain(plan, focused, keepMarks: false);
        string report = $"{marks.Count} marks, {falling} falling, vertical grain off the subject × {streaks:F2}";
        Assert.True(marks.Count >= 80, report);                 // seen: 95–144
        Assert.True(falling >= 0.95 * marks.Count, report);      // seen: all
        Assert.True(streaks > 1.02, report);                     // seen: 1.04 (astronaut), 1.06, 1.14, 1.30 (rocket)
        Assert.All(marks, s => Assert.True(FocusAt(focused, plan, s.Points[0]) <= 0.4f, report));
    }

    [Theory]
    [MemberData(nameof(Photos))]
    public void Love_holds_the_subject_at_its_edge(string image)
    {
        var (plan, marks, focused) = Paint(image, "love");
        var middles = marks.Select(s => FocusAt(focused, plan, s.Points[s.Points.Length / 2])).ToList();
        string report = $"{marks.Count} marks, focus at their middles {string.Join(" ", middles.Select(f => f.ToString("F2")))}";
        Assert.True(marks.Count >= 8, report);                  // seen: 13–19
        // Each lies round the subject's edge, neither on it nor out in the room (focus sampled at a coarser size than the
        // marks were cut at, so a little margin).
        Assert.All(middles, f => Assert.InRange(f, 0.02f, 0.5f));     // seen: 0.03–0.33
        // Each is an arc, several times longer than broad: a short one laid broad was a round dab of light, a pale disc
        // beside a thin subject (the rocket's: 6 px long, 33 wide).
        Assert.All(marks, s => Assert.True(PathLength(s) >= 3.5 * s.Width, $"an arc {PathLength(s):F1} long, {s.Width:F1} wide"));
    }

    private static double PathLength(Stroke s) => s.Points.Zip(s.Points.Skip(1), (a, b) => (b - a).Length).Sum();

    [Theory]
    [MemberData(nameof(Photos))]
    public void Loss_drags_the_bare_ground_in_from_one_side(string image)
    {
        var (plan, marks, _) = Paint(image, "loss");
        double cx = 0, cy = 0;
        foreach (var s in marks)
        {
            var d = s.Points[^1] - s.Points[0];
            cx += d.X / d.Length; cy += d.Y / d.Length;
        }
        double together = Math.Sqrt(cx * cx + cy * cy) / Math.Max(1, marks.Count);
        var ground = Oklab.FromLinear(plan.Background);
        double colour = marks.Average(s => Distance(Oklab.FromLinear(s.Color), ground));
        string report = $"{marks.Count} marks, going one way {together:F2}, off the ground's colour {colour:F3}";
        Assert.True(marks.Count >= 25, report);                 // seen: 37–46
        Assert.True(together > 0.8, report);                     // seen: 0.90–0.95
        Assert.True(colour < 0.04, report);                      // seen: 0.014–0.016
        Assert.All(marks, s => Assert.Equal(BrushKind.DryBrush, s.Brush));
    }

    // An exact stroke count is kept with a mood's marks among them.
    [Fact]
    public void An_exact_count_holds_with_the_marks()
    {
        var target = Target.FromPicture(Picture.Load(TestImages.Photo("coffee.png"), 128), 128);
        var plan = new Painter(Styles.Expressive with { WorkingSize = 128, Strokes = 300, Mood = Mood.Parse("sorrow") }).Paint(target);
        Assert.Equal(300, plan.Strokes.Count);
        Assert.InRange(plan.Strokes.Count(s => s.Part == MoodMarks.Part), 10, 25);
    }

    private static (StrokePlan Plan, List<Stroke> Marks, Target Focused) Paint(string image, string mood)
    {
        var target = Target.FromPicture(Picture.Load(TestImages.Photo(image), 160), 160);
        var plan = new Painter(Styles.Expressive with { WorkingSize = 160, Mood = Mood.Parse(mood) }).Paint(target);
        var marks = plan.Strokes.Where(s => s.Part == MoodMarks.Part).ToList();
        // They are the last strokes laid.
        Assert.All(plan.Strokes.Skip(plan.Strokes.Count - marks.Count), s => Assert.Equal(MoodMarks.Part, s.Part));
        return (plan, marks, target.WithFocus(Focus.Auto));
    }

    private static double Distance(Oklab a, Oklab b) =>
        Math.Sqrt((a.L - b.L) * (a.L - b.L) + (a.A - b.A) * (a.A - b.A) + (a.B - b.B) * (a.B - b.B));

    private static Canvas Render(StrokePlan plan, bool keepMarks)
    {
        var copy = new StrokePlan(plan.Width, plan.Height, plan.Background) { Relief = plan.Relief, Warmth = plan.Warmth };
        copy.Strokes.AddRange(plan.Strokes.Where(s => keepMarks || s.Part != MoodMarks.Part));
        return Renderer.Render(copy, width: 200);
    }

    private static float FocusAt(Target t, StrokePlan plan, Point2 p)
    {
        int x = Math.Clamp((int)(p.X / plan.Width * t.Width), 0, t.Width - 1), y = Math.Clamp((int)(p.Y / plan.Height * t.Height), 0, t.Height - 1);
        return t.FocusAt(y * t.Width + x);
    }

    // Mean Oklab lightness of the render at the marks' control points.
    private static double AlongMarks(StrokePlan plan, List<Stroke> marks, bool keepMarks)
    {
        using var c = Render(plan, keepMarks);
        var l = MoodMeasures.Lightness(c);
        var points = marks.SelectMany(s => s.Points).ToList();
        return points.Average(p => l[Math.Min(c.Height - 1, (int)(p.Y / plan.Height * c.Height)) * c.Width
            + Math.Min(c.Width - 1, (int)(p.X / plan.Width * c.Width))]);
    }

    // How much more the lightness changes across the rows than down the columns where the focus is under 0.3: vertical
    // streaks raise it.
    private static double Grain(StrokePlan plan, Target focused, bool keepMarks)
    {
        using var c = Render(plan, keepMarks);
        var l = MoodMeasures.Lightness(c);
        double across = 0, down = 0;
        for (int y = 1; y < c.Height; y++)
            for (int x = 1; x < c.Width; x++)
            {
                if (FocusAt(focused, plan, new Point2((x + 0.5f) * plan.Width / c.Width, (y + 0.5f) * plan.Height / c.Height)) >= 0.3f) continue;
                double a = l[y * c.Width + x] - l[y * c.Width + x - 1], d = l[y * c.Width + x] - l[(y - 1) * c.Width + x];
                across += a * a; down += d * d;
            }
        return (across + 1e-9) / (down + 1e-9);
    }
}
