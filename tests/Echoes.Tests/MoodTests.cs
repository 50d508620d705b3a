using CsCheck;
using Echoes.Brushes;
using Echoes.Export;
using Echoes.Color;
using Echoes.Imaging;
using Echoes.Moods;
using Echoes.Painting;
using Echoes.Pipeline;
using Echoes.Rendering;
using Echoes.Strokes;
using Echoes.Targets;

namespace Echoes.Tests;

public class MoodTests
{
    [Theory]
    [InlineData("joy", 1, 0, 0, 0)]
    [InlineData("Sorrow", 0, 1, 0, 0)]
    [InlineData("sorrow:0.7,love:0.3", 0, 0.7, 0.3, 0)]
    [InlineData(" loss : 0.25 , joy:1 ", 1, 0, 0, 0.25)]
    public void Moods_parse(string text, float joy, float sorrow, float love, float loss)
    {
        var m = Mood.Parse(text);
        Assert.Equal(new Mood(joy, sorrow, love, loss), m);
    }

    [Theory]
    [InlineData("happiness", "unknown mood \"happiness\" (known: joy, sorrow, love, loss)")]
    [InlineData("joy:1.5", "between 0 and 1")]
    [InlineData("joy:-0.2", "between 0 and 1")]
    [InlineData("joy:0,love:0", "all mood weights are zero")]
    [InlineData("joy:", "not a number")]
    [InlineData("joy:a", "not a number")]
    [InlineData("joy:0.5:1", "not name:weight")]
    [InlineData("joy,,love", "not a mood blend")]
    [InlineData("joy,joy:0.5", "given twice")]
    [InlineData("", "empty mood")]
    public void Bad_moods_get_a_clear_error(string text, string fragment)
    {
        var e = Assert.Throws<EchoesException>(() => Mood.Parse(text));
        Assert.Contains(fragment, e.Message);
    }

    [Fact]
    public void Printed_moods_parse_back_to_themselves()
    {
        Gen.Int[0, 1000].Array[4].Where(a => a.Any(v => v > 0)).Sample(a =>
        {
            var m = new Mood(a[0] / 1000f, a[1] / 1000f, a[2] / 1000f, a[3] / 1000f);
            Assert.Equal(m, Mood.Parse(m.ToString()));
        }, iter: 300);
    }

    [Fact]
    public void Blends_interpolate_every_parameter()
    {
        var joy = MoodParameters.Pure[0]; var sorrow = MoodParameters.Pure[1];
        var half = new Mood(0.5f, 0.5f, 0, 0).Parameters();
        Assert.Equal((joy.Chroma + sorrow.Chroma) / 2, half.Chroma, 4);
        Assert.Equal((joy.Lift + sorrow.Lift) / 2, half.Lift, 4);
        Assert.Equal((joy.ExtraBrushes[BrushKind.Drip] + sorrow.ExtraBrushes[BrushKind.Drip]) / 2, half.ExtraBrushes[BrushKind.Drip], 4);
        var weakJoy = new Mood(0.5f, 0, 0, 0).Parameters();
        Assert.Equal((1 + joy.Chroma) / 2, weakJoy.Chroma, 4);
        Assert.Equal(joy.Hue, weakJoy.Hue, 2);
        Assert.Equal(joy.HuePull / 2, weakJoy.HuePull, 4);
        var joyLove = new Mood(0.5f, 0, 0.5f, 0).Parameters();
        Assert.InRange(joyLove.Hue, 15f, 80f); // between love's red and joy's orange, not through blue
        Assert.Equal(MoodParameters.Neutral, Mood.None.Parameters());
    }

    public static TheoryData<string> Images => ["astronaut.png", "chelsea.png", "coffee.png", "rocket.jpg", "synthetic"];

    // Thresholds come from measuring these images at working size 128 (values seen noted beside each).
    [Theory]
    [MemberData(nameof(Images))]
    public void Each_mood_leaves_its_signature(string image)
    {
        var photo = image == "synthetic" ? HueSweep(200, 130) : Picture.Load(TestImages.Photo(image), 128);
        var target = Target.FromPicture(photo, 128);
        var s = MoodSheet.Moods.ToDictionary(m => m.Label, m => Signature.Of(new Painter(Styles.Expressive with { WorkingSize = 128, Mood = m.Mood }).Paint(target)));
        string Report() => string.Join("; ", s.Select(kv => $"{kv.Key}: {kv.Value}"));

        Assert.True(s["joy"].Lightness > s["sorrow"].Lightness + 0.08, Report());   // seen: 0.20–0.25 apart in Oklab L
        Assert.True(s["joy"].Chroma > s["sorrow"].Chroma * 1.5, Report());          // seen: 1.8–2.8×
        Assert.True(s["love"].RedPink, Report());
        Assert.True(s["sorrow"].Blue, Report());
        Assert.True(s["loss"].Chroma < s.Where(kv => kv.Key != "loss").Min(kv => kv.Value.Chroma), Report());
        Assert.True(s["loss"].Bare > s.Where(kv => kv.Key != "loss").Max(kv => kv.Value.Bare) + 0.06, Report()); // seen: 11–15 % against ≤ 3 %
        Assert.True(s["sorrow"].Downward > s["joy"].Downward + 0.8, Report());     // seen: +0.73…+0.90 against −0.49…−0.80
    }

    private static Picture HueSweep(int w, int h)
    {
        var p = new Picture(w, h);
        for (int y = 0; y < h; y++)
            for (int x = 0; x < w; x++)
                p[x, y] = new Oklch(0.35f + 0.5f * y / h, 0.13f, 360f * x / w).ToLinearInGamut();
        return p;
    }

    private sealed record Signature(double Lightness, double Chroma, int HuePeak, double Bare, double Downward)
    {
        public bool RedPink => HuePeak is 0 or 11;      // 330°–30°
        public bool Blue => HuePeak is >= 7 and <= 9;   // 210°–300°

        public override string ToString() => $"L {Lightness:F2} C {Chroma:F3} peak {HuePeak * 30}° bare {Bare:P0} down {Downward:F2}";

        public static Signature Of(StrokePlan plan)
        {
            using var c = Renderer.Render(plan, width: 160);
            double l = 0, ch = 0;
            var hist = new double[12];
            var p = c.Pixels;
            for (int i = 0; i < p.Length; i += 4)
            {
                var lch = Oklch.FromLinear(Rgb.FromSrgb8(p[i], p[i + 1], p[i + 2]));
                l += lch.L; ch += lch.C;
                hist[(int)(lch.H / 30f) % 12] += lch.C;
            }
            int n = c.Width * c.Height;
            return new Signature(l / n, ch / n, Array.IndexOf(hist, hist.Max()), BareFraction(plan, 160), MeanDownward(plan));
        }

        // Share of pixels that no stroke covers by half or more.
        private static double BareFraction(StrokePlan plan, int width)
        {
            var (w, h) = plan.PixelSize(width);
            var sink = new Coverage { Sum = new float[w * h], W = w };
            var g = new StrokeGeometry();
            foreach (var s in plan.Strokes)
            {
                g.Build(s, width / plan.Width, textured: false);
                Rasterizer.Rasterize(g, 0, 0, w, h, ref sink);
            }
            return sink.Sum.Count(v => v < 0.5f) / (double)(w * h);
        }

        // Mean of (end − start).y / length over strokes: positive runs downward.
        private static double MeanDownward(StrokePlan plan)
        {
            var ds = plan.Strokes.Where(s => s.Points.Length > 1).Select(s =>
            {
                var d = s.Points[^1] - s.Points[0];
                return d.Length > 1e-3f ? d.Y / d.Length : 0f;
            }).ToList();
            return ds.Count == 0 ? 0 : ds.Average();
        }
    }

    private struct Coverage : ISpanSink
    {
        public float[] Sum; public int W;
        public readonly bool WantsHeight => false;
        public readonly bool WantsAlong => false;
        public readonly void Span(int y, int x0, in ShadedRun run)
        {
            var c = run.Coverage;
            for (int i = 0; i < c.Length; i++) Sum[y * W + x0 + i] += c[i];
        }
    }
}
