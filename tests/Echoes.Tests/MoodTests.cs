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
        // Between love's rose and joy's yellow, not through blue.
        Assert.InRange(Oklch.HueDelta(MoodParameters.Pure[2].Hue, joyLove.Hue), 0f, Oklch.HueDelta(MoodParameters.Pure[2].Hue, joy.Hue));
        Assert.Equal(MoodParameters.Neutral, Mood.None.Parameters());
        // Every number (light, composition, hand) is halfway in an even blend; hues and their tints blend as vectors.
        var numbers = typeof(MoodParameters).GetProperties().Where(p => p.PropertyType == typeof(float)
            && !p.Name.EndsWith("Hue") && !p.Name.EndsWith("Tint") && p.Name != nameof(MoodParameters.HuePull)).ToList();
        Assert.True(numbers.Count >= 30, $"{numbers.Count} numeric parameters");
        foreach (var p in numbers)
            Assert.Equal(((float)p.GetValue(joy)! + (float)p.GetValue(sorrow)!) / 2, (float)p.GetValue(half)!, 4);
        var sorrowLove = Mood.Parse("sorrow:0.7,love:0.3").Parameters();
        Assert.Equal(0.7f * sorrow.Vertical, sorrowLove.Vertical, 4);
        Assert.Equal(0.3f * MoodParameters.Pure[2].Envelop, sorrowLove.Envelop, 4);
        Assert.InRange(sorrowLove.LightTint, 0.001f, sorrow.LightTint);
    }

    public static TheoryData<string> Images => ["astronaut.png", "chelsea.png", "coffee.png", "rocket.jpg", "synthetic"];

    // Thresholds come from measuring these images at working size 128 (values seen noted beside each).
    [Theory]
    [MemberData(nameof(Images))]
    public void Each_mood_leaves_its_signature(string image)
    {
        var photo = image == "synthetic" ? HueSweep(200, 130) : Picture.Load(TestImages.Photo(image), 128);
        var target = Target.FromPicture(photo, 128);
        var focus = target.WithFocus(Focus.Auto);
        var s = MoodSheet.Moods.ToDictionary(m => m.Label, m => Signature.Of(new Painter(Styles.Expressive with { WorkingSize = 128, Mood = m.Mood })
            .Paint(target), focus));
        string Report() => string.Join("; ", s.Select(kv => $"{kv.Key}: {kv.Value}"));

        Assert.True(s["joy"].Lightness > s["sorrow"].Lightness + 0.08, Report());   // seen: 0.20–0.25 apart in Oklab L
        Assert.True(s["joy"].Chroma > s["sorrow"].Chroma * 1.5, Report());          // seen: 1.8–2.8×
        // Love's rose is a warm light on the subject in a cooler room, not a red wash, so the picture's dominant hue may stay
        // its own (a ginger cat stays ginger): the subject leans toward rose more than under any other mood, more than the
        // room around it does, and the whole picture leans less than a wash.
        double Rose(string mood, Func<Signature, double> where) => where(s[mood]) - where(s["neutral"]);
        // The hue sweep has no subject: there the whole picture leans (seen +0.038).
        if (image == "synthetic") { Assert.True(Rose("love", x => x.Rose) > 0.02, Report()); }
        else
        {
            double onSubject = Rose("love", x => x.RoseOn);
            Assert.True(onSubject > 0.02 && s.Keys.Where(k => k is not "love" and not "neutral").All(k => onSubject > Rose(k, x => x.RoseOn) + 0.01),
                Report()); // seen: love +0.030…+0.052, at least 0.017 more than any other mood
            Assert.True(onSubject > Rose("love", x => x.RoseOff) + 0.01, Report()); // seen: 0.014 (coffee: a red cup, a red saucer)…0.040 more
            // Seen: the whole picture +0.017…+0.026; the old rose pull, which viewers called a pink filter, leant +0.046…+0.049 on
            // three photos of the four.
            Assert.True(Rose("love", x => x.Rose) < 0.042, Report());
        }
        Assert.True(s["sorrow"].Blue, Report());
        Assert.True(s["loss"].Chroma < s.Where(kv => kv.Key != "loss").Min(kv => kv.Value.Chroma), Report());
        Assert.True(s["loss"].Bare > s.Where(kv => kv.Key != "loss").Max(kv => kv.Value.Bare) + 0.06, Report()); // seen: 11–15 % against ≤ 3 %
        Assert.True(s["sorrow"].Downward > s["joy"].Downward + 0.8, Report());     // seen: +0.73…+0.90 against −0.49…−0.80
    }

    public static TheoryData<string> Photos => ["astronaut.png", "chelsea.png", "coffee.png", "rocket.jpg"];

    // The hand, the light and the composition of each mood, measured on plans painted at working size 128 and rendered
    // 160 px wide. Values seen on the four photos on 2026-11-30 are written beside each threshold.
    [Theory]
    [MemberData(nameof(Photos))]
    public void Each_mood_has_its_hand_its_light_and_its_composition(string image)
    {
        var target = Target.FromPicture(Picture.Load(TestImages.Photo(image), 128), 128);
        var m = new Dictionary<string, (MoodMeasures.Hand Hand, double Centroid, double Gathered, double Top)>();
        foreach (var (label, mood) in MoodSheet.Moods)
        {
            var plan = new Painter(Styles.Expressive with { WorkingSize = 128, Mood = mood }).Paint(target);
            using var c = Renderer.Render(plan, width: 160);
            m[label] = (MoodMeasures.HandOf(plan), MoodMeasures.LightCentroid(c), MoodMeasures.Gathered(c), MoodMeasures.TopDetail(c));
        }
        string Report() => string.Join("; ", m.Select(kv =>
            $"{kv.Key}: {kv.Value.Hand} light at {kv.Value.Centroid:F3} gathered {kv.Value.Gathered:F3} top detail {kv.Value.Top:F3}"));
        var (neutral, joy, sorrow, love, loss) = (m["neutral"], m["joy"], m["sorrow"], m["love"], m["loss"]);
        var others = m.Where(kv => kv.Key != "loss").Select(kv => kv.Value.Hand).ToList();

        Assert.True(sorrow.Hand.Down > 0.7 && joy.Hand.Down < -0.5, Report());          // seen: sorrow +0.86…+0.90, joy −0.66…−0.75
        Assert.True(sorrow.Hand.Length > 1.3 * joy.Hand.Length, Report());            // seen: 1.46–1.85×
        Assert.True(sorrow.Hand.Length > neutral.Hand.Length, Report());               // seen: 1.05–1.34×
        Assert.True(loss.Hand.Dry > 0.2 && others.Max(h => h.Dry) < 0.05, Report());   // seen: loss 31–37 %, the others 0 %
        Assert.True(love.Hand.Taper > m.Where(kv => kv.Key != "love").Max(kv => kv.Value.Hand.Taper) + 0.15, Report()); // seen: 0.80 vs ≤ 0.60
        Assert.True(sorrow.Centroid > joy.Centroid + 0.025, Report());                 // seen: +0.042…+0.165
        Assert.True(love.Gathered > neutral.Gathered + 0.03, Report());                // seen: +0.051…+0.093
        // The top empties and dims, where there is something to empty (the rocket's night sky is empty already: 0.010).
        if (neutral.Top > 0.02) Assert.True(sorrow.Top < 0.92 * neutral.Top, Report()); // seen: 0.56–0.86×
    }

    // Love's form without its colour: off the subject its edges merge and its values come together, so the luma gradient
    // energy there (focus under 0.2, rendered 160 px wide), relative to the mean lightness there (a contrast, as the eye
    // sees it: love's lighter key must not count as harder edges), falls well below the neutral painting's.
    [Theory]
    [MemberData(nameof(Photos))]
    public void Love_merges_the_edges_off_the_subject(string image)
    {
        var target = Target.FromPicture(Picture.Load(TestImages.Photo(image), 128), 128);
        var focused = target.WithFocus(Focus.Auto);
        using var neutral = Renderer.Render(new Painter(Styles.Expressive with { WorkingSize = 128 }).Paint(target), width: 160);
        using var love = Renderer.Render(new Painter(Styles.Expressive with { WorkingSize = 128, Mood = Mood.Parse("love") })
            .Paint(target), width: 160);
        int w = love.Width, h = love.Height;
        var off = new bool[w * h];
        for (int y = 0; y < h; y++)
            for (int x = 0; x < w; x++)
                off[y * w + x] = focused.FocusAt(Math.Min(target.Height - 1, y * target.Height / h) * target.Width
                    + Math.Min(target.Width - 1, x * target.Width / w)) < 0.2f;
        double Contrast(Canvas c) => MoodMeasures.EdgeEnergy(c, off) / MoodMeasures.MeanLightness(c, off);
        double ratio = Contrast(love) / Contrast(neutral);
        // Seen on 2026-11-30: 41–51 %, the rocket 78 % (its night sky has few edges to lose; love's rings show there).
        // Since the neutral painting lays its background in long strokes (2026-12-04, issue 14) that sky has fewer still:
        // 37–48 %, the rocket 86 %.
        Assert.True(ratio < 0.9, $"love's edge energy off the subject is {ratio:P0} of neutral's ({off.Count(b => b)} px)");
    }

    // Loss leaves whole regions bare, reaching in from the edges, not holes scattered through an even field (a night sky):
    // few bare regions of any size (over 0.3 % of the picture) and most of the bare canvas in the outer band.
    [Theory]
    [MemberData(nameof(Photos))]
    public void Loss_leaves_coherent_regions_bare(string image)
    {
        var (bare, w, h) = LossBare(image);
        var regions = MoodMeasures.Regions(bare, w, h);
        int total = regions.Sum(), large = regions.Count(r => r > 0.003 * w * h);
        double outer = MoodMeasures.Peripheral(bare, w, h), edges = MoodMeasures.FromEdges(bare, w, h);
        string report = $"bare {total / (double)(w * h):P0} in {large} regions over 0.3 % ({regions.Count} in all), "
            + $"from the edges {edges:P0}, outer band {outer:P0}";
        // A subject that reaches the frame (a head near the top) splits the band of bare canvas into a few pieces, each still
        // reaching in from an edge; holes inside the painting are what must stay rare.
        // Seen on 2026-12-01: 1–6 regions over 0.3 %, 97–99 % from the edges, 98–100 % in the outer band.
        Assert.True(large <= 6 && edges > 0.85 && outer > 0.85, report);
    }

    // The bare canvas of the photo painted in loss at working size 128, at 160 px wide.
    private static (bool[] Bare, int W, int H) LossBare(string image)
    {
        var target = Target.FromPicture(Picture.Load(TestImages.Photo(image), 128), 128);
        var plan = new Painter(Styles.Expressive with { WorkingSize = 128, Mood = Mood.Parse("loss") }).Paint(target);
        var (w, h) = plan.PixelSize(160);
        return (MoodMeasures.Bare(plan, 160), w, h);
    }

    // Loss is not an even oval fade round an intact centre (a viewer: "a preset vignette, the same on every photo"): it
    // comes from the side with least to lose, reaching deep there. The bare canvas of the picture's more bare half against
    // the other's, for the split (left–right or top–bottom) where they differ most.
    [Theory]
    [MemberData(nameof(Photos))]
    public void Loss_comes_from_one_side(string image)
    {
        var (bare, w, h) = LossBare(image);
        int left = 0, top = 0, all = 0;
        for (int y = 0; y < h; y++)
            for (int x = 0; x < w; x++)
                if (bare[y * w + x]) { all++; if (x < w / 2) left++; if (y < h / 2) top++; }
        double Lopsided(int half) => Math.Max(half, all - half) / (double)Math.Max(1, Math.Min(half, all - half));
        double lopsided = Math.Max(Lopsided(left), Lopsided(top));
        // Seen on 2026-12-01: 5.8–47.8; the even fade before it 1.1–2.1, but 20.5 where a night sky was all the picture had to lose.
        Assert.True(lopsided > 3, $"the more bare half has {lopsided:F2}× the other's bare canvas");
    }

    // Strongly chromatic regions of the photo keep their hue under joy and love (a red flower stays red); sorrow, the mood
    // that takes local colour, is the contrast. Mean hue drift from the neutral painting, at working size 128.
    [Theory]
    [MemberData(nameof(Photos))]
    public void Joy_and_love_keep_the_local_colour(string image)
    {
        var photo = Picture.Load(TestImages.Photo(image), 128);
        var target = Target.FromPicture(photo, 128);
        var paintings = MoodSheet.Moods.Select(m => Renderer.Render(new Painter(Styles.Expressive with { WorkingSize = 128, Mood = m.Mood })
            .Paint(target), width: 160)).ToList();
        try
        {
            using var reference = photo.Resize(paintings[0].Width, paintings[0].Height).ToCanvas();
            double joy = MoodMeasures.HueDrift(reference, paintings[0], paintings[1]);
            double love = MoodMeasures.HueDrift(reference, paintings[0], paintings[3]);
            Assert.True(joy < 10, $"joy turns strong colours by {joy:F1}°");     // seen: 1.7–7.6°
            Assert.True(love < 40, $"love turns strong colours by {love:F1}°");  // seen: 11–33° (the rocket's blue sky leans rose)
        }
        finally { paintings.ForEach(p => p.Dispose()); }
    }

    // The subject survives every mood: luma SSIM over the photo's sharpest tenth (as `bench subject` measures), painted at
    // working size 256 and compared at 512 px, at least 75 % of the neutral painting's; for loss, what it deliberately
    // washes to the ground is not counted.
    [Theory]
    [MemberData(nameof(Photos))]
    public void The_subject_survives_every_mood(string image)
    {
        var photo = Picture.Load(TestImages.Photo(image), 512);
        var target = Target.FromPicture(photo, 256);
        using var reference = photo.ToCanvas();
        var kept = new Dictionary<string, double>();
        foreach (var (label, mood) in MoodSheet.Moods)
        {
            var plan = new Painter(Styles.Expressive with { WorkingSize = 256, Mood = mood }).Paint(target);
            using var c = Renderer.Render(plan, width: reference.Width);
            kept[label] = Quality.SubjectSsim(c, reference, left: Dissolved(target, mood, c.Width, c.Height));
        }
        string Report() => string.Join("; ", kept.Select(kv => $"{kv.Key} {kv.Value:F3}"));
        // Seen on 2026-12-03 (share of neutral): joy 0.85–0.94, sorrow 0.75 (chelsea)–0.84, love 0.75–0.83, loss 0.86–0.90.
        Assert.All(kept.Keys, label => Assert.True(kept[label] >= 0.74 * kept["neutral"], Report()));
    }

    // Where the mood deliberately washes the picture to the ground (by a third or more), at a render's size.
    private static bool[] Dissolved(Target target, Mood mood, int w, int h)
    {
        var t = target.WithFocus(Focus.Auto);
        var wash = MoodComposition.Of(t, mood.Parameters(), seed: 1).Wash;
        var left = new bool[w * h];
        if (wash is null) return left;
        for (int y = 0; y < h; y++)
            for (int x = 0; x < w; x++)
                left[y * w + x] = wash[Math.Min(t.Height - 1, y * t.Height / h) * t.Width + Math.Min(t.Width - 1, x * t.Width / w)] > 0.33f;
        return left;
    }

    // Sorrow's one warm note: a strongly chromatic warm colour on the subject (an orange suit, a red flower) keeps its
    // colour, while a merely warm one (ginger fur, skin) turns with the rest; before, fur kept patches of orange that read
    // as rust stains on a blue picture.
    [Fact]
    public void Sorrow_keeps_only_a_strong_warm_note()
    {
        var colour = new MoodColour(Mood.Parse("sorrow").Parameters(), 1f, 1f);
        var strong = colour.Apply(new Oklch(0.6f, 0.19f, 45f), focus: 1f, free: 0f, light: 0f).ToOklch();
        var mild = colour.Apply(new Oklch(0.6f, 0.09f, 60f), focus: 1f, free: 0f, light: 0f).ToOklch();
        string report = $"strong {strong.C:F3} at {strong.H:F0}°, mild {mild.C:F3} at {mild.H:F0}°";
        Assert.True(Oklch.HueDelta(strong.H, 45f) < 15f && strong.C > 0.15f, report);
        Assert.True(mild.C < 0.05f || Oklch.HueDelta(mild.H, 60f) > 90f, report);
    }

    // Sorrow keeps no white: its lights are pressed under its ceiling, keeping their order (a viewer: "the lamp stars and the
    // spoon's glint still pure white in a grieving picture").
    [Fact]
    public void Sorrow_keeps_no_white()
    {
        var colour = new MoodColour(Mood.Parse("sorrow").Parameters(), 1f, 1f);
        float L(float l) => colour.Apply(new Oklch(l, 0f, 0f), focus: 0f, free: 0f, light: 0f).L;
        var (white, light, mid) = (L(1f), L(0.85f), L(0.5f));
        Assert.True(white <= 0.75f && white > light && light > mid, $"white {white:F3}, light {light:F3}, mid {mid:F3}");
        Assert.Equal(1f, new MoodColour(MoodParameters.Neutral, 1f, 1f).Apply(new Oklch(1f, 0f, 0f), 0f, 0f, 0f).L, 3);
    }

    // Love's warmth is a light on the subject in a cool room: the same grey leans rose on the subject and cool around it.
    [Fact]
    public void Love_is_a_warm_light_in_a_cool_room()
    {
        var colour = new MoodColour(Mood.Parse("love").Parameters(), 1f, 1f);
        var (rx, ry) = (MathF.Cos(355f * MathF.PI / 180f), MathF.Sin(355f * MathF.PI / 180f));
        float Rose(float focus) { var c = colour.Apply(new Oklch(0.7f, 0.02f, 60f), focus, free: 0f, light: 0f); return c.A * rx + c.B * ry; }
        var (on, off) = (Rose(1f), Rose(0f));
        Assert.True(on > 0.03f && off < on - 0.02f, $"rose lean on the subject {on:F3}, in the room {off:F3}");
    }

    private static Picture HueSweep(int w, int h)
    {
        var p = new Picture(w, h);
        for (int y = 0; y < h; y++)
            for (int x = 0; x < w; x++)
                p[x, y] = new Oklch(0.35f + 0.5f * y / h, 0.13f, 360f * x / w).ToLinearInGamut();
        return p;
    }

    private sealed record Signature(double Lightness, double Chroma, int HuePeak, double Rose, double RoseOn, double RoseOff, double Bare,
        double Downward)
    {
        public bool Blue => HuePeak is >= 7 and <= 9;   // 210°–300°

        public override string ToString() =>
            $"L {Lightness:F2} C {Chroma:F3} peak {HuePeak * 30}° rose {Rose:F3} on/off subject {RoseOn:F3}/{RoseOff:F3} bare {Bare:P0} down {Downward:F2}";

        // Rose: the mean lean of the colour toward rose (355°), chroma-weighted, over the picture, the subject (focus over
        // a half) and the room around it (focus under 0.15).
        public static Signature Of(StrokePlan plan, Target focus)
        {
            using var c = Renderer.Render(plan, width: 160);
            double l = 0, ch = 0;
            var rose = new double[3];
            var count = new int[3];
            var (rx, ry) = (MathF.Cos(355f * MathF.PI / 180f), MathF.Sin(355f * MathF.PI / 180f));
            var hist = new double[12];
            var p = c.Pixels;
            for (int i = 0; i < p.Length; i += 4)
            {
                var lch = Oklch.FromLinear(Rgb.FromSrgb8(p[i], p[i + 1], p[i + 2]));
                l += lch.L; ch += lch.C;
                double lean = lch.C * (MathF.Cos(lch.H * MathF.PI / 180f) * rx + MathF.Sin(lch.H * MathF.PI / 180f) * ry);
                int x = i / 4 % c.Width, y = i / 4 / c.Width;
                float f = focus.FocusAt(Math.Min(focus.Height - 1, y * focus.Height / c.Height) * focus.Width
                    + Math.Min(focus.Width - 1, x * focus.Width / c.Width));
                rose[0] += lean;
                int k = f > 0.5f ? 1 : f < 0.15f ? 2 : 0;
                if (k > 0) { rose[k] += lean; count[k]++; }
                hist[(int)(lch.H / 30f) % 12] += lch.C;
            }
            int n = c.Width * c.Height;
            count[0] = n;
            double Mean(int k) => rose[k] / Math.Max(1, count[k]);
            return new Signature(l / n, ch / n, Array.IndexOf(hist, hist.Max()), Mean(0), Mean(1), Mean(2),
                MoodMeasures.Bare(plan, 160).Count(b => b) / (double)n,
                MoodMeasures.HandOf(plan).Down);
        }
    }
}
