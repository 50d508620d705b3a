using Echoes.Moods;
using Echoes.Rendering;
using Echoes.Scenes;

namespace Echoes.Tests;

/// <summary>The painted figures as a painter would give them, not mannequins: clothes that hang and widen, builds that
/// differ, weight on one leg, light on one side. Measured on renders of the figures' own strokes.</summary>
public class SceneFigureTests
{
    private const int Width = 1600;

    // Each figure's painted width (pixels) in the row at figure height `y` (figure units from the feet), inside its box.
    private static int RowWidth(bool[] painted, PosedFigure f, float y, float px)
    {
        var (l, _, r, _) = f.Placed.Box;
        int row = (int)(f.At((f.Skeleton.Hip.X, y)).Y * px), left = int.MaxValue, right = -1;
        for (int x = Math.Max(0, (int)(l * px)); x < Math.Min(Width, (int)(r * px) + 1); x++)
            if (painted[row * Width + x]) { left = Math.Min(left, x); right = x; }
        return right < 0 ? 0 : right - left + 1;
    }

    [Theory]
    [InlineData(LandscapeKind.Valley, TimeOfDay.Day)]
    [InlineData(LandscapeKind.Plains, TimeOfDay.Dusk)]
    [InlineData(LandscapeKind.Coast, TimeOfDay.Dawn)]
    public void Coats_dresses_and_cloaks_hang_wider_than_the_shoulders_and_no_two_builds_are_alike(LandscapeKind kind, TimeOfDay time)
    {
        var (plan, c, _) = SceneMarkTests.Marks(SceneMarkTests.CrowdIn(kind, time));
        var posed = SceneMarks.Posed(c);
        float px = Width / (float)c.Target.Width;
        var ratios = new List<(PosedFigure F, float Ratio)>();
        foreach (var f in posed.Where(f => f.Placed.Figure.Pose is Pose.Standing or Pose.Walking))
        {
            var name = f.Placed.Figure.Name;
            var painted = SceneMarkTests.Silhouette(plan, name, Width, out _);
            // Just above the hem (in trousers, the legs at the knee) against the line of the shoulders.
            float low = f.Garment is Garment.Jacket or Garment.Shirt ? 0.3f : FigureOutline.Of(f).Hem + 0.03f;
            ratios.Add((f, RowWidth(painted, f, low, px) / (float)Math.Max(1, RowWidth(painted, f, f.Skeleton.Neck.Y - 0.03f, px))));
        }
        // A shirt or a jacket over trousers hangs nothing: only coats, dresses and cloaks must.
        var hung = ratios.Where(r => r.F.Garment is not (Garment.Jacket or Garment.Shirt)).ToList();
        Assert.NotEmpty(hung);
        Assert.All(hung, r => Assert.True(r.Ratio >= 0.85f, $"{r.F.Placed.Figure.Name}'s {r.F.Garment} hangs only {r.Ratio:F2} of the shoulders' width"));
        // Six standing people in one painting: their builds and statures differ, and they do not all dress alike.
        var standing = posed.Where(f => f.Placed.Figure.Pose == Pose.Standing).ToList();
        Assert.True(standing.Max(f => f.Build) - standing.Min(f => f.Build) > 0.08f, "every build alike");
        Assert.True(standing.Max(f => f.Stature) - standing.Min(f => f.Stature) > 0.03f, "every stature alike");
        Assert.True(posed.Select(f => (f.Garment, f.Hair)).Distinct().Count() >= 4, "the crowd dresses alike");
    }

    [Fact]
    public void A_standing_figure_bears_its_weight_on_one_leg_either_leg()
    {
        var sides = new HashSet<float>();
        for (int seed = 0; seed < 12; seed++)
        {
            var s = Skeleton.For(Pose.Standing, default(Mood), new Random(seed));
            var (near, far) = (MathF.Abs(s.Near.Foot.X - s.Hip.X), MathF.Abs(s.Far.Foot.X - s.Hip.X));
            // The weight foot under the hip, the free one set out: the two differ clearly.
            Assert.True(MathF.Abs(near - far) > 0.06f, $"seed {seed}: both feet {near:F3} and {far:F3} from the hip, standing square");
            sides.Add(MathF.Sign(s.Hip.X));
        }
        Assert.Equal(2, sides.Count);
    }

    [Theory]
    [InlineData(LandscapeKind.Valley, TimeOfDay.Day)]
    [InlineData(LandscapeKind.Plains, TimeOfDay.Dawn)]
    public void Each_figure_is_lighter_on_the_side_toward_the_scenes_light(LandscapeKind kind, TimeOfDay time)
    {
        var (plan, c, _) = SceneMarkTests.Marks(SceneMarkTests.CrowdIn(kind, time));
        float px = Width / (float)c.Target.Width;
        var flat = new List<string>();
        foreach (var f in c.Figures)
        {
            var part = "figure:" + f.Figure.Name;
            var body = SceneMarkTests.Painted(SceneMarkTests.Only(plan, s => s.Part == part && s.Opacity >= 1f), Width, out int height);
            using var all = Renderer.Render(SceneMarkTests.Only(plan, s => s.Part == part), width: Width, options: new RenderOptions { Impasto = false });
            // The body's mean lightness on the side of its middle toward the light, and on the other side.
            float toward = MathF.Sign(c.Light.X - f.X), lit = 0, shade = 0;
            int nl = 0, ns = 0;
            for (int i = 0; i < body.Length; i++)
            {
                if (!body[i]) continue;
                float side = (i % Width - f.X * px) * toward, l = Lightness(all.Pixels, i);
                if (side > 1) { lit += l; nl++; }
                else if (side < -1) { shade += l; ns++; }
            }
            if (lit / Math.Max(1, nl) - shade / Math.Max(1, ns) < 0.01f) flat.Add($"{f.Figure.Name} {lit / Math.Max(1, nl):F3}/{shade / Math.Max(1, ns):F3}");
        }
        Assert.True(flat.Count <= c.Figures.Count / 6, "not lit from the light's side: " + string.Join(", ", flat));
    }

    [Theory]
    [InlineData(LandscapeKind.Valley, TimeOfDay.Dusk)]
    [InlineData(LandscapeKind.Plains, TimeOfDay.Day)]
    [InlineData(LandscapeKind.Mountains, TimeOfDay.Night)]
    public void No_light_is_caught_past_a_figures_outline_on_either_side(LandscapeKind kind, TimeOfDay time)
    {
        var (plan, c, _) = SceneMarkTests.Marks(SceneMarkTests.CrowdIn(kind, time));
        const int width = 2400;
        float px = width / (float)c.Target.Width;
        var (lit, shade) = (new List<float>(), new List<float>());
        foreach (var f in c.Figures)
        {
            var part = "figure:" + f.Figure.Name;
            var body = SceneMarkTests.Painted(SceneMarkTests.Only(plan, s => s.Part == part && s.Opacity >= 1f), width, out int height);
            using var all = Renderer.Render(SceneMarkTests.Only(plan, s => s.Part == part), width: width, options: new RenderOptions { Impasto = false });
            // Just outside the silhouette, row by row down the body above the knees (below, the shadow and its contact
            // lie), on the side toward the light and on the other: how much lighter than the bare ground it is there.
            var (l, t, r, b) = f.Box;
            int x0 = Math.Max(1, (int)(l * px) - 4), x1 = Math.Min(width - 2, (int)(r * px) + 4), band = Math.Max(2, (int)(f.Height * px * 0.012f));
            float toward = MathF.Sign(c.Light.X - f.X), onLit = 0, onShade = 0;
            int rows = 0;
            for (int y = (int)(t * px); y < (int)((t + (b - t) * 0.65f) * px) && y < height; y++)
            {
                int left = Enumerable.Range(x0, x1 - x0).FirstOrDefault(x => body[y * width + x], -1);
                if (left < 0) continue;
                int right = Enumerable.Range(x0, x1 - x0).Last(x => body[y * width + x]);
                float before = Outside(all.Pixels, y, width, left, -1, band), after = Outside(all.Pixels, y, width, right, 1, band);
                (onLit, onShade) = toward > 0 ? (onLit + after, onShade + before) : (onLit + before, onShade + after);
                rows++;
            }
            lit.Add(onLit / Math.Max(1, rows));
            shade.Add(onShade / Math.Max(1, rows));
        }
        // No halo: the shadow side keeps its ground (a light rim round the whole figure lifted it 0.15 and more)...
        Assert.True(shade.Max() < 0.04f, $"light on the shadow side of a figure ({kind}, {time}): {string.Join(", ", shade.Select(v => v.ToString("F3")))}");
        // ...and the lit side too: its light is laid inside the body (a light crescent past the outline read as a ghost).
        Assert.True(lit.Max() < 0.04f, $"light past the lit side of a figure ({kind}, {time}): {string.Join(", ", lit.Select(v => v.ToString("F3")))}");
    }

    // The mean lift in lightness over the magenta ground of the `band` pixels past `edge` in direction `dir`, on one row.
    private static float Outside(byte[] pixels, int y, int width, int edge, int dir, int band)
    {
        float ground = Lightness([255, 0, 255, 255], 0), sum = 0;
        for (int k = 1; k <= band; k++) sum += Lightness(pixels, y * width + Math.Clamp(edge + dir * k, 0, width - 1)) - ground;
        return sum / band;
    }

    private static float Lightness(byte[] pixels, int i) =>
        (0.2126f * pixels[i * 4] + 0.7152f * pixels[i * 4 + 1] + 0.0722f * pixels[i * 4 + 2]) / 255f;
}
