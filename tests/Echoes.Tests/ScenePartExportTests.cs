using System.Xml;
using System.Xml.Linq;
using Echoes.Export;
using Echoes.Painting;
using Echoes.Pipeline;
using Echoes.Scenes;
using Echoes.Strokes;

namespace Echoes.Tests;

/// <summary>A scene's parts in its exports: Inkscape layers in the SVG, pens of their own for a plotter, plan order in
/// the time-lapse.</summary>
public class ScenePartExportTests
{
    // Three people, a bond, an estrangement, and one tied to no one (who sends echoes).
    internal const string Small = """
        size: [1200, 600]
        seed: 5
        figures:
          - { name: Ana, mood: love, pose: standing }
          - { name: Bo, pose: sitting }
          - { name: Cy, mood: sorrow, pose: walking }
          - { name: Dee, mood: loss, pose: kneeling }
        ties:
          - { from: Ana, to: Bo, strength: 0.8 }
          - { from: Bo, to: Cy, strength: -0.7 }
        """;

    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";
    private static readonly XNamespace Inkscape = SvgWriter.InkscapeNamespace;
    private static readonly Lazy<StrokePlan> Scene = new(() =>
    {
        var source = new SceneSource(SceneReader.Parse(Small));
        return PaintPipeline.Paint(source, source.Options(Styles.Expressive with { WorkingSize = 240, Strokes = 900 }));
    });

    private static readonly string[] PeopleAndTies = ["figure:Ana", "figure:Bo", "figure:Cy", "figure:Dee", "tie:Ana+Bo", "tie:Bo+Cy", "echo:Dee"];

    private static List<XElement> Layers(XElement root) =>
        root.Descendants(Svg + "g").Where(g => g.Attribute(Inkscape + "groupmode")?.Value == "layer").ToList();

    private static StrokePlan With(StrokePlan plan, IEnumerable<Stroke> strokes)
    {
        var p = new StrokePlan(plan.Width, plan.Height, plan.Background) { Relief = plan.Relief };
        foreach (var (k, v) in plan.Meta) p.Meta[k] = v;
        p.Strokes.AddRange(strokes);
        return p;
    }

    [Fact]
    public void Svg_has_a_layer_per_person_and_tie_holding_exactly_their_strokes()
    {
        var plan = Scene.Value;
        var layers = Layers(XDocument.Parse(SvgWriter.ToSvg(plan, 600)).Root!);
        Assert.All(layers, l => XmlConvert.VerifyNCName(l.Attribute("id")!.Value));
        Assert.Equal(layers.Count, layers.Select(l => l.Attribute("id")!.Value).Distinct().Count());
        var drawn = plan.Strokes.Where(s => s.Opacity > 0).ToList();
        int runs = drawn.Where((s, i) => s.Part is not null && (i == 0 || drawn[i - 1].Part != s.Part)).Count();
        Assert.Equal(runs, layers.Count);
        foreach (var part in PeopleAndTies)
        {
            // Each person, tie and echo is painted in one go, so it is one layer, named for it.
            var layer = Assert.Single(layers, l => l.Attribute(Inkscape + "label")!.Value == part);
            Assert.Equal(part.Replace(':', '-').Replace('+', '-'), layer.Attribute("id")!.Value);
            // A stroke is one path (its beads follow it as circles) or one group of droplets.
            int strokes = layer.Elements().Count(e => e.Name == Svg + "path" || e.Name == Svg + "g");
            Assert.Equal(drawn.Count(s => s.Part == part), strokes);
        }
        Assert.Contains(layers, l => l.Attribute(Inkscape + "label")!.Value is "sky" or "land" or "water");
    }

    [Fact]
    public void A_scene_svg_has_a_handful_of_landscape_layers_sky_before_land()
    {
        var plan = Scene.Value;
        var labels = Layers(XDocument.Parse(SvgWriter.ToSvg(plan, 600)).Root!).Select(l => l.Attribute(Inkscape + "label")!.Value).ToList();
        var landscape = labels.Where(l => l is "sky" or "land" or "water").ToList();
        // The painter's underpainting, then the scene's own brushwork: each at most sky, land, water once.
        Assert.InRange(landscape.Count, 2, 6);
        Assert.True(labels.IndexOf("sky") < labels.IndexOf("land"), string.Join(" ", labels));
        // Every landscape stroke lies before the first person's.
        int people = plan.Strokes.FindIndex(s => s.Part!.Contains(':', StringComparison.Ordinal));
        Assert.DoesNotContain(plan.Strokes.Skip(people), s => !s.Part!.Contains(':', StringComparison.Ordinal));
    }

    [Fact]
    public void Svg_of_a_plan_without_parts_is_the_same_strokes_with_no_layers()
    {
        var plan = Scene.Value;
        string parted = SvgWriter.ToSvg(plan, 600);
        string plain = SvgWriter.ToSvg(With(plan, plan.Strokes.Select(s => s with { Part = null })), 600);
        Assert.DoesNotContain("inkscape", plain, StringComparison.Ordinal);
        var unwrapped = parted.Replace($" xmlns:inkscape=\"{SvgWriter.InkscapeNamespace}\"", "", StringComparison.Ordinal).Split('\n')
            .Where(line => !line.StartsWith("<g id=", StringComparison.Ordinal) && line != "</g>");
        Assert.Equal(plain, string.Join('\n', unwrapped));
    }

    [Fact]
    public void Layer_ids_are_valid_and_unique_whatever_the_names()
    {
        var plan = new StrokePlan(100, 100, default);
        Stroke At(string? part, float y) => new() { Points = [new(10, y), new(90, y)], Width = 4, Color = new Color.Rgb(0.2f, 0.3f, 0.5f), Part = part };
        plan.Strokes.AddRange([At("figure:Анна Мария", 10), At("figure:1 <x&y>", 20), At(null, 30), At("figure:Анна Мария", 40),
            At("figure:Анна-Мария", 50), At("tie:A+B", 60)]);
        var layers = Layers(XDocument.Parse(SvgWriter.ToSvg(plan)).Root!);
        Assert.Equal(["figure-Анна-Мария", "figure-1--x-y-", "figure-Анна-Мария-2", "figure-Анна-Мария-3", "tie-A-B"],
            layers.Select(l => l.Attribute("id")!.Value));
        Assert.Equal("figure:1 <x&y>", layers[1].Attribute(Inkscape + "label")!.Value);
        Assert.All(layers, l => Assert.Single(l.Elements()));
    }

    [Fact]
    public void Plotter_pens_by_part_keep_each_person_and_tie_apart_from_the_colour_pens()
    {
        var plan = Scene.Value;
        var root = XDocument.Parse(PlotterSvg.Write(plan, 297, 148.5, 4, penByPart: true)).Root!;
        var layers = Layers(root);
        var own = plan.Strokes.Select(s => s.Part).OfType<string>().Where(PlotterSvg.OwnsPen).Distinct().ToList();
        Assert.Equal(PeopleAndTies.Order(StringComparer.Ordinal), own.Order(StringComparer.Ordinal));
        Assert.Equal(4 + own.Count, layers.Count);
        // The colour pens draw exactly what a plotter SVG of the plan without the people and ties draws.
        var rest = Layers(XDocument.Parse(PlotterSvg.Write(With(plan, plan.Strokes.Where(s => s.Part is null || !PlotterSvg.OwnsPen(s.Part))),
            297, 148.5, 4)).Root!);
        Assert.Equal(rest.Select(l => l.ToString()), layers.Take(4).Select(l => l.ToString()));
        foreach (var (part, i) in own.Select((p, i) => (p, i)))
        {
            var layer = layers[4 + i];
            Assert.StartsWith($"{5 + i} {part} #", layer.Attribute(Inkscape + "label")!.Value, StringComparison.Ordinal);
            // A part's pen draws just its strokes, in plan order: what one pen draws of the plan holding only them.
            var alone = Layers(XDocument.Parse(PlotterSvg.Write(With(plan, plan.Strokes.Where(s => s.Part == part)), 297, 148.5, 1)).Root!);
            Assert.Equal(Assert.Single(alone).Elements().Select(e => e.ToString()), layer.Elements().Select(e => e.ToString()));
            Assert.NotEmpty(layer.Elements());
        }
        var plain = Layers(XDocument.Parse(PlotterSvg.Write(plan, 297, 148.5, 4)).Root!);
        Assert.Equal(4, plain.Count);
    }

    [Fact]
    public void Cli_writes_plotter_pens_by_part()
    {
        var dir = TestImages.TempDir();
        var json = Path.Combine(dir, "plan.json");
        Scene.Value.Save(json);
        var svg = Path.Combine(dir, "p.svg");
        var r = Cli.Run("render", json, "-o", svg, "--plotter", "--pens", "3", "--pen-by-part", "-q");
        Assert.True(r.Code == 0, r.Err);
        var labels = Layers(XDocument.Load(svg).Root!).Select(l => l.Attribute(Inkscape + "label")!.Value).ToList();
        Assert.Equal(3 + PeopleAndTies.Length, labels.Count);
        Assert.Contains(labels, l => l.Contains("tie:Bo+Cy", StringComparison.Ordinal));
    }

    [Fact]
    public void A_scene_plan_paints_the_landscape_then_the_ties_then_the_people_then_echoes()
    {
        // The time-lapse adds strokes in plan order, so this is the order it shows. The painter's landscape strokes go
        // coarse to fine, sky, land and water interleaved; the scene's own brushwork follows, sky, land, water, then the
        // ties, then the people over them (each tie is seen to go into its people), then the echoes.
        static int Rank(string? part) => part switch
        {
            null => -1,
            "sky" or "land" or "water" => 0,
            _ when part.StartsWith("tie:", StringComparison.Ordinal) => 1,
            _ when part.StartsWith("figure:", StringComparison.Ordinal) => 2,
            _ => 3,
        };
        var ranks = Scene.Value.Strokes.Select(s => Rank(s.Part)).Where(r => r >= 0).ToList();
        Assert.Equal(ranks.Order(), ranks);
        Assert.Equal([0, 1, 2, 3], ranks.Distinct());
    }
}
