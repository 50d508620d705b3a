using Echoes.Export;
using Echoes.Imaging;
using Echoes.Moods;
using Echoes.Painting;
using Echoes.Targets;

namespace Echoes.Tests;

/// <summary>What every avant-garde way of seeing owes: strokes only, in place, deterministic, every mood, every export.</summary>
public class SeeingTests
{
    private static IEnumerable<PaintOptions> Seeings => Styles.All.Values.Where(s => s.Seeing != Seeing.Layered);

    public static TheoryData<string> SeeingNames => [.. Styles.All.Values.Where(s => s.Seeing != Seeing.Layered).Select(s => s.Style)];

    [Fact]
    public void The_avant_garde_styles_see_otherwise()
    {
        Assert.Contains(Seeings, s => s.Seeing == Seeing.Fractured);
        Assert.Contains(Seeings, s => s.Seeing == Seeing.Field);
    }

    [Theory]
    [MemberData(nameof(SeeingNames))]
    public void The_main_masses_stay_where_they_are(string style)
    {
        foreach (var photo in new[] { "astronaut.png", "chelsea.png", "coffee.png", "rocket.jpg" })
        {
            var t = Target.FromPicture(Picture.Load(TestImages.Photo(photo), 192), 192);
            var painting = SeeingMeasures.Flat(new Painter(Styles.Get(style) with { WorkingSize = 192 }).Paint(t), t.Width);
            double r = SeeingMeasures.MassCorrelation(painting, t.Reference);
            Assert.True(r > 0.5, $"{style} on {photo}: the low-resolution lightness correlates {r:F3} with the photo's");
        }
    }

    [Theory]
    [MemberData(nameof(SeeingNames))]
    public void The_same_seed_gives_the_same_plan_on_one_core_and_on_all(string style)
    {
        var t = Target.FromPicture(Picture.Load(TestImages.Photo("coffee.png"), 160), 160);
        var o = Styles.Get(style) with { WorkingSize = 160, Seed = 5 };
        var one = new Painter(o with { MaxDegreeOfParallelism = 1 }).Paint(t).ToJson();
        Assert.Equal(one, new Painter(o).Paint(t).ToJson());
        Assert.NotEqual(one, new Painter(o with { Seed = 6 }).Paint(t).ToJson());
    }

    [Theory]
    [MemberData(nameof(SeeingNames))]
    public void Every_mood_paints_renders_and_exports(string style)
    {
        var t = Target.FromPicture(Picture.Load(TestImages.Photo("rocket.jpg"), 96), 96);
        foreach (var mood in Mood.Names.Prepend("").Append("sorrow:0.6,love:0.4"))
        {
            var o = Styles.Get(style) with { WorkingSize = 96, Mood = mood.Length == 0 ? Mood.None : Mood.Parse(mood) };
            var plan = new Painter(o).Paint(t);
            Assert.NotEmpty(plan.Strokes);
            Assert.All(plan.Strokes, s => Assert.Null(s.Validate()));
            Assert.Equal(plan.ToJson(), Echoes.Strokes.StrokePlan.FromJson(plan.ToJson()).ToJson());
            var png = Exporters.Encode(plan, ".png", new ExportOptions { Width = 120 });
            var svg = System.Text.Encoding.UTF8.GetString(Exporters.Encode(plan, ".svg", new ExportOptions()));
            var pens = System.Text.Encoding.UTF8.GetString(Exporters.Encode(plan, ".svg", new ExportOptions { Plotter = true }));
            Assert.True(png.Length > 1000, $"{style} {mood}: png of {png.Length} bytes");
            Assert.Contains("<path", svg);
            Assert.Contains("<path", pens);
        }
    }
}
