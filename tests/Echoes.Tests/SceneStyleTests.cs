using Echoes.Painting;
using Echoes.Pipeline;
using Echoes.Rendering;
using Echoes.Scenes;

namespace Echoes.Tests;

/// <summary>Scenes in every style: each composes with its people and ties; the echo style sends waves between them.</summary>
public class SceneStyleTests
{
    // Three people, a bond, an estrangement, and one tied to no one.
    private const string People = ScenePartExportTests.Small;

    public static TheoryData<string> StyleNames => [.. Styles.All.Keys];

    [Theory]
    [MemberData(nameof(StyleNames))]
    public void A_scene_composes_in_the_style_with_every_person_and_tie(string style)
    {
        var source = new SceneSource(SceneReader.Parse(People));
        var plan = PaintPipeline.Paint(source, source.Options(Styles.Get(style) with { WorkingSize = 240 }));
        var parts = plan.Strokes.Select(s => s.Part).ToHashSet();
        foreach (var part in new[] { "figure:Ana", "figure:Bo", "figure:Cy", "figure:Dee", "tie:Ana+Bo", "tie:Bo+Cy", "echo:Dee" })
            Assert.Contains(part, parts);
        using var c = Renderer.Render(plan, width: 300);
        Assert.True(Images.Mean(c) > 0);
    }

    [Fact]
    public void In_the_echo_style_tied_people_send_waves_that_meet_on_a_bond_and_stop_short_on_an_estrangement()
    {
        var scene = SceneReader.Parse(People);
        var c = SceneComposer.Compose(scene, 400);
        var colours = SceneSource.Colours(c.Target, Styles.Echo with { Seed = scene.Seed });
        var strokes = SceneMarks.Paint(c, 1f, colours, echoTies: true);
        Assert.DoesNotContain(SceneMarks.Paint(c, 1f, colours), s => s.Part == "echo:Ana");
        var byName = c.Figures.ToDictionary(f => f.Figure.Name);
        // How far toward the other the waves of one person reach, as a share of the distance between them.
        float Reach(string from, string to)
        {
            var (p, o) = (byName[from], byName[to]);
            float dx = o.X - p.X, dy = o.Y - p.Y, d2 = dx * dx + dy * dy;
            var waves = strokes.Where(s => s.Part == "echo:" + from).SelectMany(s => s.Points)
                .Select(q => ((q.X - p.X) * dx + (q.Y - (p.Y - p.Height * 0.55f)) * dy) / d2).ToList();
            Assert.NotEmpty(waves);
            return waves.Max();
        }
        Assert.True(Reach("Ana", "Bo") > 0.4f && Reach("Bo", "Ana") > 0.4f, $"bond {Reach("Ana", "Bo"):F2}, {Reach("Bo", "Ana"):F2}");
        Assert.True(Reach("Bo", "Cy") + Reach("Cy", "Bo") < 0.8f, $"estrangement {Reach("Bo", "Cy"):F2} + {Reach("Cy", "Bo"):F2}");
    }
}
