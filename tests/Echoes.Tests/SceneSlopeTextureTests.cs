using Echoes.Color;
using Echoes.Scenes;
using Echoes.Strokes;

namespace Echoes.Tests;

/// <summary>The texture strokes on a range's slopes follow its form inside the mass, in the mass's own values: none
/// starting in the sky over the crest (claw marks hanging off a peak), none a thin dark hair over the lighter mist at
/// the range's foot.</summary>
public class SceneSlopeTextureTests
{
    [Theory]
    [InlineData(LandscapeKind.Mountains, TimeOfDay.Dusk, "sorrow:0.5,loss:0.2", 5)]
    [InlineData(LandscapeKind.Mountains, TimeOfDay.Day, "", 4)]
    [InlineData(LandscapeKind.Mountains, TimeOfDay.Night, "", 2)]
    [InlineData(LandscapeKind.Mountains, TimeOfDay.Dawn, "joy", 9)]
    public void Slope_strokes_stay_inside_the_range_in_its_own_values(LandscapeKind kind, TimeOfDay time, string mood, int seed)
    {
        var scene = SceneRenders.Land(kind, time, mood, seed, (2000, 1500));
        var (c, colours, marks) = SceneRenders.Parts(scene, 600);
        var ridges = new List<Stroke>();
        RidgeStrokes.Paint(ridges, c, colours, marks, new Random(seed));
        // The slopes' texture: the only ridge strokes that taper so (a touch at the start, long at the end).
        var texture = ridges.Where(s => s.TaperStart == 0.1f && s.TaperEnd == 0.5f).ToList();
        Assert.True(texture.Count >= 8, $"only {texture.Count} texture strokes");
        int outside = 0;
        var darker = new List<float>();
        foreach (var s in texture)
        {
            var pts = s.Points.Select(p => (X: p.X / marks.Scale, Y: p.Y / marks.Scale)).ToList();
            float half = s.Width / marks.Scale / 2f;
            byte layer = c.Layers.At(pts[0].X, pts[0].Y);
            // Its paint, half its width about its spine, on its own range: not over the crest into what lies behind.
            if (pts.Any(p => c.Layers.At(p.X, p.Y) != layer || c.Layers.At(p.X, p.Y - half - 0.5f) != layer)) outside++;
            darker.Add(Oklab.FromLinear(colours.Mean(pts)).L - Oklab.FromLinear(s.Color).L);
        }
        darker.Sort();
        float dark = darker[darker.Count * 9 / 10];
        // Measured: before, 1 to 3 strokes in 13 to 21 reached over the crest (started a pixel and a half under it, half
        // their width in the sky, or level with a crest point but moved along a falling flank), the darkest tenth 0.025 to
        // 0.053 darker than the land under them, in the ink; after, none over the crest, 0.006 to 0.040 (in the land's own
        // values, ending before the lighter mist at the foot). Ink carried down into that mist (dark hairs) is 0.15 and more.
        Assert.True(outside == 0 && dark < 0.08f,
            $"{kind} at {time}: {outside} of {texture.Count} texture strokes reach out of their range; the darkest tenth {dark:F3} darker "
            + "than the land under it");
    }
}
