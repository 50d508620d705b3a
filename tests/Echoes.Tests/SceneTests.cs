using Echoes.Color;
using Echoes.Moods;
using Echoes.Painting;
using Echoes.Pipeline;
using Echoes.Scenes;
using Echoes.Targets;

namespace Echoes.Tests;

public class SceneTests
{
    private static string Example(string name)
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !Directory.Exists(Path.Combine(dir.FullName, "examples"))) dir = dir.Parent;
        return Path.Combine(dir!.FullName, "examples", name);
    }

    private const string Minimal = "figures:\n  - { name: A }\n  - { name: B }\n";

    [Fact]
    public void Yaml_and_json_read_into_the_same_scene()
    {
        var yaml = SceneReader.Parse("title: T\nsize: [1200, 600]\nseed: 4\nmood: { sorrow: 0.5 }\nlandscape: { kind: coast, time: night, horizon: 0.4 }\n" +
            "figures:\n  - { name: A, mood: joy, pose: sitting, position: [0.2, 0.8] }\n  - { name: B }\nties:\n  - { from: A, to: B, strength: -0.5 }\n");
        var json = SceneReader.Parse("{\"title\": \"T\", \"size\": [1200, 600], \"seed\": 4, \"mood\": {\"sorrow\": 0.5}, " +
            "\"landscape\": {\"kind\": \"coast\", \"time\": \"night\", \"horizon\": 0.4}, \"figures\": [{\"name\": \"A\", \"mood\": \"joy\", " +
            "\"pose\": \"sitting\", \"position\": [0.2, 0.8]}, {\"name\": \"B\"}], \"ties\": [{\"from\": \"A\", \"to\": \"B\", \"strength\": -0.5}]}");
        Assert.Equal(yaml with { Figures = [], Ties = [] }, json with { Figures = [], Ties = [] });
        Assert.Equal(yaml.Figures, json.Figures);
        Assert.Equal(yaml.Ties, json.Ties);
        Assert.Equal(LandscapeKind.Coast, yaml.Landscape.Kind);
        Assert.Equal(new Mood(0, 0.5f, 0, 0), yaml.Mood);
        Assert.Equal((0.2f, 0.8f), yaml.Figures[0].Position);
    }

    [Fact]
    public void A_scene_with_only_figures_takes_defaults()
    {
        var s = SceneReader.Parse(Minimal);
        Assert.Equal((3000, 1500), s.Size);
        Assert.Equal(LandscapeKind.Valley, s.Landscape.Kind);
        Assert.Equal(Pose.Standing, s.Figures[1].Pose);
    }

    [Theory]
    [InlineData("figures:\n  - { name: A }\nties:\n  - { from: A, to: Ilia }\n", "scene.yaml:4", "tie refers to unknown figure \"Ilia\"")]
    [InlineData("figures:\n  - { name: A }\n  - { name: A }\n", "scene.yaml:3", "duplicate figure name \"A\"")]
    [InlineData("figures:\n  - { name: A }\n  - { name: B }\nties:\n  - { from: A, to: B, strength: 1.5 }\n", "scene.yaml:5", "strength 1.5 is outside [-1, 1]")]
    [InlineData("landscape: { kind: jungle }\n", "scene.yaml:1", "unknown landscape kind \"jungle\" (known: valley, plains, coast, mountains, dunes)")]
    [InlineData("landscape: { time: noon }\n", "scene.yaml:1", "unknown time \"noon\"")]
    [InlineData("figures:\n  - { name: A, pose: lying }\n", "scene.yaml:2", "unknown pose \"lying\"")]
    [InlineData("colour: red\n", "scene.yaml:1", "unknown field \"colour\"")]
    [InlineData("figures:\n  - { name: A, hat: yes }\n", "scene.yaml:2", "unknown field \"hat\" in figure")]
    [InlineData("size: [30000, 100]\n", "scene.yaml:1", "outside 16 to 20,000")]
    [InlineData("figures: [\n  - { name: A\n", "scene.yaml:", "syntax error")]
    [InlineData("mood: happiness\n", "scene.yaml:1", "unknown mood \"happiness\"")]
    [InlineData("figures:\n  - { mood: joy }\n", "scene.yaml:2", "has no name")]
    [InlineData("size: [20000, 16]\n", "scene.yaml:1", "the long side is more than 10 times the short one")]
    [InlineData("size: [16, 161]\n", "scene.yaml:1", "the limit is 10:1")]
    [InlineData("size: [15, 100]\n", "scene.yaml:1", "outside 16 to 20,000")]
    [InlineData("title: T\nlandscape:\n  kind: valley\n\ttime: dusk\n", "scene.yaml:4", "a tab in the indentation")]
    [InlineData("title: T\nsize: [800, 400]\nfigures:\n\t- { name: A }\n", "scene.yaml:4", "a tab in the indentation")]
    [InlineData("figures:\n  - { name: A }\n---\nfigures:\n  - { name: B }\n", "scene.yaml:3", "a scene is one YAML document")]
    [InlineData("figures:\n  - { name: null }\n", "scene.yaml:2", "name is empty (null)")]
    [InlineData("figures:\n  - name: ~\n", "scene.yaml:2", "name is empty (null)")]
    [InlineData("{\"figures\": [{\"name\": null}]}", "scene.yaml:1", "name is empty (null)")]
    [InlineData("title:\nfigures:\n  - { name: A }\n", "scene.yaml:1", "title is empty (null)")]
    [InlineData("figures:\n  - { name: A }\n  - { name: B }\nties:\n  - { from: A, to: B, strength: 0.8 }\n  - { from: B, to: A, strength: -0.8 }\n",
        "scene.yaml:6", "\"B\" and \"A\" are already tied on line 5")]
    [InlineData("figures:\n  - { name: A }\n  - { name: B }\nties:\n  - { from: A, to: B }\n  - { from: A, to: B, strength: 0.9 }\n", "scene.yaml:6", "already tied")]
    [InlineData("1\\~E5-6:\n{0z*3\":@!0\ne7]-z?7>}a9\"\\{e-", "scene.yaml:", "syntax error")]
    [InlineData("!!]8\n 9\n", "scene.yaml:", "syntax error")]
    [InlineData("mood: &m joy\nfigures:\n  - { name: A, mood: *m }\n", "scene.yaml:3", "aliases (*m) are not supported")]
    public void Bad_scenes_name_the_line_and_the_field(string text, string where, string what)
    {
        var e = Assert.Throws<EchoesException>(() => SceneReader.Parse(text, "scene.yaml"));
        Assert.StartsWith(where, e.Subject);
        Assert.Contains(what, e.Message);
    }

    [Fact]
    public void A_quoted_null_is_a_name_and_a_wide_scene_within_the_limit_keeps_its_proportions()
    {
        var s = SceneReader.Parse("size: [20000, 2000]\nfigures:\n  - { name: \"null\" }\n", "scene.yaml");
        Assert.Equal("null", s.Figures[0].Name);
        var c = SceneComposer.Compose(s, 160);
        Assert.Equal((160, 16), (c.Target.Width, c.Target.Height));
        var narrow = SceneComposer.Compose(s, 60);
        Assert.Equal((60, 6), (narrow.Target.Width, narrow.Target.Height));
    }

    [Fact]
    public void Over_500_figures_are_refused()
    {
        var text = "figures:\n" + string.Concat(Enumerable.Range(0, 501).Select(i => $"  - {{ name: P{i} }}\n"));
        Assert.Contains("over the limit of 500", Assert.Throws<EchoesException>(() => SceneReader.Parse(text)).Message);
    }

    [Fact]
    public void Figures_stand_on_the_ground_apart_smaller_with_distance_and_none_facing_another()
    {
        var scene = Scene.Load(Example("echoes.yaml"));
        var c = SceneComposer.Compose(scene, 600);
        var figs = c.Figures;
        Assert.Equal(9, figs.Count);
        int w = c.Target.Width;
        foreach (var f in figs)
        {
            Assert.True(f.Y > c.HorizonY, $"{f.Figure.Name} stands above the horizon");
            int q = (int)Math.Min(c.Target.Height - 1, f.Y - 1) * w + (int)f.X;
            Assert.True(c.Regions.Land[q] > 0.5f, $"{f.Figure.Name} is not on the ground");
        }
        for (int i = 0; i < figs.Count; i++)
            for (int j = i + 1; j < figs.Count; j++)
            {
                var (a, b) = (figs[i].Box, figs[j].Box);
                Assert.False(a.L < b.R && b.L < a.R && a.T < b.B && b.T < a.B, $"{figs[i].Figure.Name} overlaps {figs[j].Figure.Name}");
                // Nearer (lower) figures are larger.
                if (MathF.Abs(figs[i].Y - figs[j].Y) > 2) Assert.Equal(figs[i].Y > figs[j].Y, figs[i].Height > figs[j].Height);
                // Facing each other means the left one looks right and the right one looks left.
                var (l, r) = figs[i].X < figs[j].X ? (figs[i], figs[j]) : (figs[j], figs[i]);
                Assert.False(l.FacesRight && !r.FacesRight, $"{l.Figure.Name} and {r.Figure.Name} face each other");
            }
        var again = SceneComposer.Compose(scene, 600);
        Assert.Equal(figs.Select(f => (f.X, f.Y)), again.Figures.Select(f => (f.X, f.Y)));
        Assert.Equal(c.Target.Encoded, again.Target.Encoded);
        var reseeded = SceneComposer.Compose(scene with { Seed = 8 }, 600);
        Assert.NotEqual(figs.Select(f => (f.X, f.Y)), reseeded.Figures.Select(f => (f.X, f.Y)));
    }

    [Fact]
    public void Estranged_people_on_one_side_of_the_painting_turn_their_backs_on_each_other()
    {
        // Both on the right, where everyone would look right: the nearer to the middle would face the other.
        var scene = SceneReader.Parse("""
            title: Apart
            size: [2000, 1000]
            figures:
              - { name: A, pose: standing, position: [0.1, 0.8] }
              - { name: B, pose: standing, position: [0.6, 0.8] }
              - { name: C, pose: sitting, position: [0.85, 0.85] }
            ties:
              - { from: B, to: C, strength: -0.7 }
            """);
        var figs = SceneComposer.Compose(scene, 600).Figures.ToDictionary(f => f.Figure.Name);
        Assert.False(figs["B"].FacesRight, "B faces C, from whom it is estranged");
        Assert.True(figs["C"].FacesRight, "C faces B, from whom it is estranged");
        Assert.False(figs["A"].FacesRight, "A, on the left, looks in toward the others");
    }

    [Fact]
    public void Kinds_and_times_make_measurably_different_targets()
    {
        Composition Make(LandscapeKind k, TimeOfDay t, float horizon = 0.45f) =>
            SceneComposer.Compose(SceneReader.Parse(Minimal) with { Landscape = new Landscape(k, t, horizon) }, 300);
        var skies = Enum.GetValues<TimeOfDay>().Select(t => Oklab.FromLinear(SkyMean(Make(LandscapeKind.Valley, t)))).ToList();
        for (int i = 0; i < skies.Count; i++)
            for (int j = i + 1; j < skies.Count; j++)
            {
                float d = MathF.Sqrt(MathF.Pow(skies[i].L - skies[j].L, 2) + MathF.Pow(skies[i].A - skies[j].A, 2) + MathF.Pow(skies[i].B - skies[j].B, 2));
                Assert.True(d > 0.05f, $"times {i} and {j} have skies only {d:F3} apart");
            }
        var ridges = Enum.GetValues<LandscapeKind>().Select(k => Make(k, TimeOfDay.Day)).ToList();
        Assert.True(ridges.Select(r => r.RidgeCount).Distinct().Count() >= 3);
        Assert.True(ridges[(int)LandscapeKind.Mountains].RidgeCount > ridges[(int)LandscapeKind.Plains].RidgeCount);
        var water = ridges[(int)LandscapeKind.Coast].Regions.Water.Average();
        Assert.True(water > 0.15f, $"the coast has {water:P0} water");
        Assert.True(ridges[(int)LandscapeKind.Dunes].Regions.Water.Average() < 0.01f);
        Assert.True(Make(LandscapeKind.Plains, TimeOfDay.Day, 0.3f).HorizonY < Make(LandscapeKind.Plains, TimeOfDay.Day, 0.7f).HorizonY);
    }

    private static Rgb SkyMean(Composition c)
    {
        double r = 0, g = 0, b = 0, n = 0;
        var sky = c.Regions.Sky;
        for (int i = 0; i < sky.Length; i++)
        {
            if (sky[i] < 0.9f) continue;
            var p = c.Target.Reference[i % c.Target.Width, i / c.Target.Width];
            r += p.R; g += p.G; b += p.B; n++;
        }
        return new Rgb((float)(r / n), (float)(g / n), (float)(b / n));
    }

    [Fact]
    public void The_scene_mood_shifts_the_palette()
    {
        var scene = Scene.Load(Example("plains.yaml"));
        double Lightness(Mood m)
        {
            var source = new SceneSource(scene);
            var plan = PaintPipeline.Paint(source, source.Options(Styles.Expressive with { WorkingSize = 160 }, mood: m));
            using var c = Rendering.Renderer.Render(plan, width: 200);
            double l = 0;
            for (int i = 0; i < c.Pixels.Length; i += 4) l += Oklab.FromLinear(Rgb.FromSrgb8(c.Pixels[i], c.Pixels[i + 1], c.Pixels[i + 2])).L;
            return l / (c.Width * c.Height);
        }
        double joy = Lightness(Mood.Parse("joy")), sorrow = Lightness(Mood.Parse("sorrow"));
        Assert.True(joy > sorrow + 0.08, $"joy L {joy:F3}, sorrow L {sorrow:F3}");
    }

    [Fact]
    public void Every_example_scene_loads()
    {
        var dir = Path.GetDirectoryName(Example("echoes.yaml"))!;
        var files = Directory.GetFiles(dir).Where(f => f.EndsWith(".yaml") || f.EndsWith(".json")).ToList();
        Assert.True(files.Count >= 5);
        var kinds = files.Select(f => Scene.Load(f).Landscape.Kind).ToHashSet();
        Assert.Equal(5, kinds.Count);
    }
}
