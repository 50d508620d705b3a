using Echoes.Rendering;
using Echoes.Scenes;

namespace Echoes.Tests;

/// <summary>A dark figure takes the scene's light as a broad lit plane on its side toward the light, a second value inside
/// its silhouette (narrow strokes alone left it a flat dark shape), measured in Oklab lightness at 1500 pixels wide.</summary>
public class SceneFigureLitPlaneTests(ITestOutputHelper output)
{
    private const int Width = 1500;

    [Theory]
    [InlineData(LandscapeKind.Valley, TimeOfDay.Dusk)]
    [InlineData(LandscapeKind.Plains, TimeOfDay.Dawn)]
    [InlineData(LandscapeKind.Coast, TimeOfDay.Day)]
    public void A_dark_figures_lit_side_is_a_broad_lighter_plane(LandscapeKind kind, TimeOfDay time)
    {
        var (plan, c, _) = SceneMarkTests.Marks(SceneMarkTests.CrowdIn(kind, time));
        float px = Width / (float)c.Target.Width;
        var (steps, shares) = (new List<float>(), new List<float>());
        foreach (var f in c.Figures)
        {
            var part = "figure:" + f.Figure.Name;
            var body = SceneMarkTests.Painted(SceneMarkTests.Only(plan, s => s.Part == part && s.Opacity >= 1f), Width, out _);
            using var all = Renderer.Render(SceneMarkTests.Only(plan, s => s.Part == part), width: Width, options: new RenderOptions { Impasto = false });
            float toward = MathF.Sign(c.Light.X - f.X);
            // The body between the shoulders and the knees: the clothes, where the plane lies (the head and legs have lights
            // of their own).
            var (_, t, _, b) = f.Box;
            int y0 = (int)((t + (b - t) * 0.25f) * px) * Width, y1 = (int)((t + (b - t) * 0.65f) * px) * Width;
            var (lit, shade) = (new List<float>(), new List<float>());
            for (int i = y0; i < Math.Min(y1, body.Length); i++)
            {
                if (!body[i]) continue;
                float side = (i % Width - f.X * px) * toward;
                if (side > 1) lit.Add(SceneRenders.Lightness(all, i));
                else if (side < -1) shade.Add(SceneRenders.Lightness(all, i));
            }
            // Only dark silhouettes: a pale figure is modelled by its own shade.
            if (lit.Count == 0 || shade.Count == 0 || shade.Average() > 0.4f) continue;
            float dark = shade.Average();
            steps.Add(lit.Average() - dark);
            // How much of the lit half is lifted a clear step over the shade half: a narrow stripe lifts little of it.
            shares.Add(lit.Count(l => l - dark > 0.05f) / (float)lit.Count);
        }
        output.WriteLine($"{kind} {time}: lit - shade {string.Join(" ", steps.Select(v => v.ToString("F3")))}; "
            + $"lifted share {string.Join(" ", shares.Select(v => v.ToString("F2")))}");
        Assert.NotEmpty(shares);
        // On main (a narrow stroke down the clothes' lit edge) the mean step was 0.033-0.045 and the lifted share 0.37-0.41
        // over these scenes; with the lit plane 0.055-0.061 and 0.42-0.51.
        Assert.True(steps.Average() > 0.05f, $"{kind} {time}: a dark figure's lit half only {steps.Average():F3} over its shade half");
        Assert.True(shares.Average() > 0.4f, $"{kind} {time}: only {shares.Average():P0} of a dark figure's lit half lifted");
    }
}
