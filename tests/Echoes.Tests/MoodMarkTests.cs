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
        // A few long sweeps among many short dabs, not dashes all of one length.
        var lengths = marks.Select(PathLength).Order().ToList();
        double spread = lengths[^1] / lengths[lengths.Count / 2];
        string report = $"{marks.Count} marks, {rising} rising, {lighter:+0.000;-0.000} lighter along them, longest {spread:F1}× the median";
        Assert.True(spread > 3.5, report);                     // seen: 6.8, 4.4
        Assert.True(marks.Count >= 40, report);                 // seen: 60 (coffee), 92 (rocket)
        Assert.True(rising >= 0.75 * marks.Count, report);       // seen: 1.00, 0.82
        Assert.True(lighter > 0.01, report);                     // seen: +0.026, +0.013
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
        // beside a thin subject.
        Assert.All(marks, s => Assert.True(PathLength(s) >= 3.5 * s.Width, $"an arc {PathLength(s):F1} long, {s.Width:F1} wide"));
    }

    private static double PathLength(Stroke s) => s.Points.Zip(s.Points.Skip(1), (a, b) => (b - a).Length).Sum();

    // Loss scrubs the border with the bare ground's colour, most strokes lying one way along it (dragged in from the lost
    // side alone they hung from the border like icicles), and leaves the drawing where the paint has gone: thin lines
    // darker than the ground.
    [Theory]
    [MemberData(nameof(Photos))]
    public void Loss_scrubs_its_border_and_leaves_the_drawing(string image)
    {
        var (plan, marks, _) = Paint(image, "loss");
        var scrubs = marks.Where(s => s.Brush == BrushKind.DryBrush).ToList();
        var lines = marks.Where(s => s.Brush != BrushKind.DryBrush).ToList();
        // The axis the scrubs share: their directions doubled (a stroke has no head) and averaged.
        double c2 = 0, s2 = 0;
        foreach (var s in scrubs)
        {
            var d = s.Points[^1] - s.Points[0];
            double a = 2 * Math.Atan2(d.Y, d.X);
            c2 += Math.Cos(a); s2 += Math.Sin(a);
        }
        double axis = Math.Atan2(s2, c2) / 2;
        double along = scrubs.Count(s =>
        {
            var d = s.Points[^1] - s.Points[0];
            return Math.Abs(Math.Cos(Math.Atan2(d.Y, d.X) - axis)) > Math.Cos(Math.PI / 4);
        }) / (double)Math.Max(1, scrubs.Count);
        // The side loss comes from: where the bare canvas lies, from the middle of the picture.
        var (w, h) = plan.PixelSize(160);
        var bare = MoodMeasures.Bare(plan, 160);
        double bx = 0, by = 0;
        for (int i = 0; i < bare.Length; i++)
            if (bare[i]) { bx += (i % w + 0.5) / w - 0.5; by += (i / w + 0.5) / h - 0.5; }
        double across = Math.Abs(Math.Cos(axis - Math.Atan2(by * plan.Height, bx * plan.Width)));
        var ground = Oklab.FromLinear(plan.Background);
        double colour = scrubs.Average(s => Distance(Oklab.FromLinear(s.Color), ground));
        double darker = lines.Count == 0 ? 0 : lines.Average(s => ground.L - Oklab.FromLinear(s.Color).L);
        double thin = lines.Count == 0 ? 0 : lines.Max(s => s.Width) / Math.Max(plan.Width, plan.Height);
        string report = $"{scrubs.Count} scrubs, {along:P0} within 45° of one axis, |cos| to the lost side {across:F2}, "
            + $"off the ground's colour {colour:F3}; "
            + $"{lines.Count} lines, darker by {darker:F3}, widest {thin:F4} of the long side";
        Assert.True(scrubs.Count >= 25, report);                // seen: 42–51
        Assert.True(along > 0.6 && across < 0.5, report);        // seen: 69–75 %, 0.05–0.24 (dragged in alone: one axis, the lost side)
        Assert.True(colour < 0.04, report);                      // seen: 0.013–0.015
        Assert.All(lines, s => Assert.Equal(BrushKind.Round, s.Brush));
        Assert.True(lines.Count == 0 || darker > 0.12 && thin < 0.004, report); // seen: 3–36 lines, 0.23–0.26 darker, 0.0030
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
