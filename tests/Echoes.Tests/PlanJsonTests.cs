using System.Text;
using CsCheck;
using Echoes.Color;
using Echoes.Strokes;
using Echoes.Targets;

namespace Echoes.Tests;

public class PlanJsonTests
{
    private static readonly Gen<Stroke> GenStroke =
        from brush in Gen.Enum<BrushKind>()
        from n in Gen.Int[1, 6]
        from pts in Gen.Select(Gen.Float[-50f, 1050f], Gen.Float[-50f, 750f]).Array[n]
        from w in Gen.Float[0.1f, 200f]
        from c in Gen.Float[0f, 1f].Array[3]
        from op in Gen.Float[0f, 1f]
        from ts in Gen.Float[0f, 0.5f]
        from te in Gen.Float[0f, 0.5f]
        from load in Gen.Float[0f, 1f]
        from seed in Gen.UInt
        select new Stroke
        {
            Brush = brush, Points = [.. pts.Select(p => new Point2(p.Item1, p.Item2))], Width = w, Color = new Rgb(c[0], c[1], c[2]),
            Opacity = op, TaperStart = ts, TaperEnd = te, Load = load, Seed = seed,
        };

    [Fact]
    public void Any_plan_round_trips_byte_for_byte()
    {
        GenStroke.Array[0, 40].Sample(strokes =>
        {
            var plan = new StrokePlan(1000, 700, new Rgb(0.9f, 0.85f, 0.8f));
            plan.Meta["style"] = "faithful";
            plan.Strokes.AddRange(strokes);
            var json = plan.ToJson();
            var again = StrokePlan.FromJson(json);
            Assert.Equal(json, again.ToJson());
            Assert.Equal(strokes.Length, again.Strokes.Count);
            for (int i = 0; i < strokes.Length; i++)
            {
                Assert.Equal(strokes[i].Points, again.Strokes[i].Points);
                Assert.Equal(strokes[i] with { Points = again.Strokes[i].Points }, again.Strokes[i]);
            }
        }, iter: 200);
    }

    [Fact]
    public void A_long_plan_is_written_one_stroke_a_line_in_painting_order()
    {
        // Long plans are written in pieces on several cores: more strokes than one window of pieces on any machine here.
        int n = 4 * Environment.ProcessorCount * 512 + 777;
        var rng = new Random(7);
        var strokes = Enumerable.Range(0, n).Select(i => new Stroke
        {
            Brush = (BrushKind)(i % 7),
            Points = [.. Enumerable.Range(0, 1 + i % 6).Select(_ => new Point2(rng.NextSingle() * 1000, rng.NextSingle() * 700))],
            Width = 0.1f + rng.NextSingle() * 90, Color = new Rgb(rng.NextSingle(), rng.NextSingle(), rng.NextSingle()),
            Opacity = rng.NextSingle(), Load = rng.NextSingle(), Seed = (uint)rng.Next(), Part = i % 5 == 0 ? "figure" : null,
        }).ToArray();
        var plan = new StrokePlan(1000, 700, new Rgb(0.2f, 0.3f, 0.4f));
        plan.Strokes.AddRange(strokes);

        var lines = Encoding.UTF8.GetString(plan.ToJson()).Split('\n');

        Assert.Equal(n + 2, lines.Length); // the opening line, a line a stroke (the last one closes the plan), the final newline
        Assert.EndsWith("\"strokes\":[", lines[0]);
        for (int i = 0; i < n; i++)
        {
            using var one = new MemoryStream();
            using (var w = new System.Text.Json.Utf8JsonWriter(one)) strokes[i].WriteJson(w);
            Assert.Equal((i == 0 ? "" : ",") + Encoding.UTF8.GetString(one.ToArray()) + (i == n - 1 ? "]}" : ""), lines[i + 1]);
        }
        Assert.Equal("", lines[n + 1]);
    }

    [Fact]
    public void Save_then_load_through_a_file_is_exact()
    {
        var dir = TestImages.TempDir();
        var plan = Export.BrushSampler.Plan();
        var path = Path.Combine(dir, "p.json");
        plan.Save(path);
        var loaded = StrokePlan.Load(path);
        loaded.Save(Path.Combine(dir, "q.json"));
        Assert.Equal(File.ReadAllBytes(path), File.ReadAllBytes(Path.Combine(dir, "q.json")));
    }

    [Theory]
    [InlineData("{\"format\":\"echoes.plan\",\"version\":2,\"width\":10,\"height\":10,\"strokes\":[]}", "plan version 2 is not supported")]
    [InlineData("{\"format\":\"echoes.plan\",\"version\":1,\"width\":10,\"height\":10,\"strokes\":[{\"brush\":\"round\"", "truncated")]
    [InlineData("{\"format\":\"echoes.plan\",\"version\":1,\"width\":10,\"height\":10,\"strokes\":[}", "malformed JSON")]
    [InlineData("[1,2,3]", "a plan is a JSON object")]
    [InlineData("{\"format\":\"other\",\"version\":1,\"width\":10,\"height\":10}", "format is \"other\"")]
    [InlineData("{\"format\":\"echoes.plan\",\"version\":1,\"width\":-3,\"height\":10}", "width and height must be positive")]
    [InlineData("{\"format\":\"echoes.plan\",\"version\":1,\"width\":10,\"height\":10,\"strokes\":[{\"brush\":\"pencil\",\"color\":[0,0,0],\"width\":1,\"points\":[1,1]}]}", "unknown brush \"pencil\"")]
    [InlineData("{\"format\":\"echoes.plan\",\"version\":1,\"width\":10,\"height\":10,\"strokes\":[{\"brush\":\"round\",\"color\":[0,0,0],\"width\":1,\"points\":[]}]}", "stroke 0: a stroke needs at least one point")]
    [InlineData("{\"format\":\"echoes.plan\",\"version\":1,\"width\":10,\"height\":10,\"strokes\":[{\"brush\":\"round\",\"color\":[0,0,0],\"width\":1,\"opacity\":3,\"points\":[1,1]}]}", "opacity must be in [0, 1]")]
    [InlineData(Head + "\"strokes\":[\n{\"brush\":\"round\",\"color\":[0,1.5,0],\"width\":1,\"points\":[1,1]}]}", "line 2: stroke 0: color component 1.5 is outside [0, 1]")]
    [InlineData(Head + "\"strokes\":[\n{\"brush\":\"round\",\"color\":[-0.1,0,0],\"width\":1,\"points\":[1,1]}]}", "line 2: stroke 0: color component -0.1 is outside [0, 1]")]
    [InlineData("{\"format\":\"echoes.plan\",\"version\":1,\"width\":10,\"height\":10,\"background\":[2,0,0]}", "line 1: background component 2 is outside [0, 1]")]
    [InlineData(Head + "\"strokes\":[\n{\"brush\":\"round\",\"color\":[0,1],\"width\":1,\"points\":[1,1]}]}", "line 2: stroke 0: color must be [r, g, b]")]
    [InlineData(Head + "\"strokes\":[\n{\"brush\":\"round\",\"color\":[0,1,0,1],\"width\":1,\"points\":[1,1]}]}", "line 2: stroke 0: color must be [r, g, b]")]
    [InlineData(Head + "\"strokes\":[\n{\"brush\":\"round\",\"color\":[0,0,0],\"width\":1,\"points\":[1,1]},\n{\"color\":[0,0,0],\"width\":1,\"points\":[1,1]}]}", "line 3: stroke 1: missing brush")]
    [InlineData(Head + "\"strokes\":[]}\n\n{\"more\":1}", "line 3: trailing content after the plan")]
    [InlineData(Head + "\"strokes\":[]} x", "line 1: trailing content after the plan")]
    [InlineData(Head + "\"strokes\":[\n{\"brush\":\"round\",\"color\":[0,0,0],\"width\":1,\"width\":2,\"points\":[1,1]}]}", "line 2: stroke 0: \"width\" is given twice")]
    [InlineData(Head + "\"width\":12,\"strokes\":[]}", "line 1: \"width\" is given twice")]
    [InlineData(Head + "\"meta\":{\"a\":\"1\",\n\"a\":\"2\"}}", "line 2: \"a\" is given twice")]
    [InlineData(Head + "\"strokes\":[\n{\"brush\":\"round\",\"hat\":1,\"hat\":2,\"color\":[0,0,0],\"width\":1,\"points\":[1,1]}]}", "line 2: stroke 0: \"hat\" is given twice")]
    public void Bad_plans_get_a_clear_error(string json, string expected)
    {
        var e = Assert.Throws<EchoesException>(() => StrokePlan.FromJson(Encoding.UTF8.GetBytes(json), "bad.json"));
        Assert.Equal("bad.json", e.Subject);
        Assert.Contains(expected, e.Message);
        Assert.DoesNotContain('\n', e.OneLine);
    }

    private const string Head = "{\"format\":\"echoes.plan\",\"version\":1,\"width\":10,\"height\":10,";

    [Fact]
    public void Colours_rounded_just_outside_the_range_by_earlier_painters_load_clamped()
    {
        var json = Head + "\"background\":[1.00008,0.5,-0.00006],\"strokes\":[{\"brush\":\"round\",\"color\":[-0.000064,1,0],\"width\":1,\"points\":[1,1]}]}";
        var plan = StrokePlan.FromJson(Encoding.UTF8.GetBytes(json));
        Assert.Equal(new Rgb(1, 0.5f, 0), plan.Background);
        Assert.Equal(new Rgb(0, 1, 0), plan.Strokes[0].Color);
    }

    [Fact]
    public void Painted_plans_hold_colours_in_range()
    {
        // The expressive palette's gamut mapping once let colours a hair outside [0, 1] into plans.
        var options = Painting.Styles.All["expressive"] with { WorkingSize = 128, Seed = 1 };
        var plan = new Painting.Painter(options).Paint(Target.FromPicture(Imaging.Picture.Load(TestImages.Photo("chelsea.png")), 128));
        Assert.All(plan.Strokes, s => Assert.True(s.Color.R is >= 0 and <= 1 && s.Color.G is >= 0 and <= 1 && s.Color.B is >= 0 and <= 1, s.Color.ToString()));
        Assert.Equal(plan.ToJson(), StrokePlan.FromJson(plan.ToJson()).ToJson());
    }

    [Fact]
    public void A_plan_with_a_byte_order_mark_reads_like_one_without()
    {
        var plan = Export.BrushSampler.Plan();
        var withBom = (byte[])[0xEF, 0xBB, 0xBF, .. plan.ToJson()];
        Assert.Equal(plan.ToJson(), StrokePlan.FromJson(withBom, "bom.json").ToJson());
    }

    [Fact]
    public void Hex_colours_and_omitted_optional_fields_are_accepted()
    {
        var json = "{\"format\":\"echoes.plan\",\"version\":1,\"width\":10,\"height\":10,\"background\":\"#ffffff\",\"strokes\":[{\"brush\":\"round\",\"color\":\"#ff0000\",\"width\":2,\"points\":[1,1,5,5]}]}";
        var plan = StrokePlan.FromJson(Encoding.UTF8.GetBytes(json));
        Assert.Equal(BrushKind.Round, plan.Strokes[0].Brush);
        Assert.Equal(1f, plan.Strokes[0].Color.R, 4);
        Assert.Equal(1f, plan.Strokes[0].Opacity);
    }
}
