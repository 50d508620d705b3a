using Echoes.Color;
using Echoes.Scenes;

namespace Echoes.Tests;

/// <summary>Under a low sun a dune shows its form in light and shade, measured on the scene's own strokes rendered, on the
/// nearest rows of dunes: each slip face a clear step darker than the lit windward flank beside it, across the line
/// parting them, and hanging from its crest, the sand just under the falling crest as dark as the face below it (the
/// curators saw "no dune form" at dawn, and at dusk faces floating "like flags" free of their crests).</summary>
public class SceneDuneFormTests(ITestOutputHelper output)
{
    public static TheoryData<TimeOfDay, int, string> Times => new()
    {
        { TimeOfDay.Dawn, 23, "joy:0.7" }, { TimeOfDay.Dawn, 4, "sorrow:0.6" }, { TimeOfDay.Dusk, 9, "sorrow:0.6" },
        { TimeOfDay.Dusk, 23, "joy:0.7" },
    };

    [Theory]
    [MemberData(nameof(Times))]
    public void Near_slip_faces_are_dark_against_the_lit_flank_and_hang_from_their_crests(TimeOfDay time, int seed, string mood)
    {
        // On a middle grey, so sand the strokes leave bare is no light flank.
        var (painting, c) = SceneRenders.OwnStrokes(SceneRenders.Land(LandscapeKind.Dunes, time, mood, seed, (3000, 1500)), 600, 1000,
            impasto: false, new Rgb(0.2f, 0.2f, 0.2f));
        using var _ = painting;
        float k = painting.Width / (float)c.Target.Width;
        // The mean Oklab lightness of a small box about a working point.
        float L(float x, float y)
        {
            int px = (int)(x * k), py = (int)(y * k), n = 0;
            float sum = 0;
            for (int yy = Math.Max(0, py - 1); yy <= Math.Min(painting.Height - 1, py + 1); yy++)
                for (int xx = Math.Max(0, px - 1); xx <= Math.Min(painting.Width - 1, px + 1); xx++, n++)
                    sum += SceneRenders.Lightness(painting, yy * painting.Width + xx);
            return sum / Math.Max(1, n);
        }
        var (steps, hangs) = (new List<float>(), new List<float>());
        foreach (var fold in c.Folds.TakeLast(2))
            foreach (var brink in DuneBrink.On(fold.Crest, fold.Foot, fold.Lee))
            {
                float drop = fold.Foot - fold.Crest[brink.Top].Y;
                // Faces large enough to read as faces: 3 % of the height at least.
                if (drop < c.Target.Height * 0.03f) continue;
                foreach (float s in new[] { 0.3f, 0.5f })
                {
                    var face = brink.Face(fold.Crest, s, 0.3f);
                    var parting = brink.Parting(fold.Crest, 0.3f);
                    var flank = (X: parting.X - fold.Lee * drop * 0.25f, parting.Y);
                    var brim = brink.Face(fold.Crest, s, 0f);
                    float under = LandLayers.CrestAt(fold.Crest, brim.X) + 3f / k;
                    bool seen = new[] { face, flank, (brim.X, under) }.All(q => q.Item1 > 0 && q.Item1 < c.Target.Width - 1
                        && q.Item2 < c.Target.Height - 1 && fold.Visible(q.Item1, q.Item2) && c.Layers.At(q.Item1, q.Item2) == LandLayers.Ground);
                    if (!seen) continue;
                    steps.Add(L(flank.X, flank.Y) - L(face.X, face.Y));
                    hangs.Add(L(brim.X, under) - L(face.X, face.Y));
                }
            }
        float Median(List<float> v) => v.Order().ElementAt(v.Count / 2);
        Assert.True(steps.Count >= 4, $"only {steps.Count} places on the near slip faces in sight ({time}, seed {seed})");
        output.WriteLine($"{time} seed {seed}: {steps.Count} places; flank over face, median {Median(steps):F3}, least quarter "
            + $"{steps.Order().ElementAt(steps.Count / 4):F3}; under the crest over the face, median {Median(hangs):F3}");
        // 0.3 of Oklab lightness: before, 0.21–0.23 (the faces in the colour under each stroke's middle, paling toward the
        // sand at the toe; the flank's strokes along the parting line curling over the face).
        Assert.True(Median(steps) >= 0.3f, $"the near slip faces are only {Median(steps):F3} darker than their lit flanks ({time}, seed {seed})");
        // A guard (the faces' top strokes lay on the crest before too, −0.006 to −0.008): no gap of light between them.
        Assert.True(Median(hangs) <= 0.03f, $"the sand under a near face's crest is {Median(hangs):F3} lighter than the face ({time}, seed {seed})");
    }
}
