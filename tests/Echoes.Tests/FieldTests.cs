using Echoes.Color;
using Echoes.Imaging;
using Echoes.Moods;
using Echoes.Painting;
using Echoes.Strokes;
using Echoes.Targets;

namespace Echoes.Tests;

public class FieldTests
{
    private static Target Photo(string name, int size) => Target.FromPicture(Picture.Load(TestImages.Photo(name), size), size);

    [Fact]
    public void It_is_a_few_colour_fields_where_the_photo_has_many_colours()
    {
        var t = Photo("astronaut.png", 256);
        var field = SeeingMeasures.Flat(new Painter(Styles.Field with { WorkingSize = 256 }).Paint(t), 128);
        var faithful = SeeingMeasures.Flat(new Painter(Styles.Faithful with { WorkingSize = 256 }).Paint(t), 128);
        int f = SeeingMeasures.ColourAreas(field), p = SeeingMeasures.ColourAreas(faithful);
        // Off the subject (which the field glazes in its own colours: a face, eyes, lettering), five fields, a few of them
        // showing a second colour (the lighter under-colour glowing at their edges); the faithful painting needs more there
        // and over the whole picture.
        var focused = t.WithFocus(Focus.Auto);
        var off = new bool[field.Width * field.Height];
        for (int y = 0; y < field.Height; y++)
            for (int x = 0; x < field.Width; x++)
                off[y * field.Width + x] = focused.FocusAt(y * t.Height / field.Height * t.Width + x * t.Width / field.Width) < 0.3f;
        int fo = SeeingMeasures.ColourAreas(field, where: off), po = SeeingMeasures.ColourAreas(faithful, where: off);
        // Seen on 2026-12-01 (astronaut): off the subject field 7, faithful 9; whole picture field 10, faithful 11.
        Assert.True(fo >= 2 && fo <= 8 && fo < po && f < p, $"field {fo} colour areas off the subject ({f} in all), faithful {po} ({p})");
    }

    [Fact]
    public void The_fields_are_found_in_the_wanted_number_and_as_masses()
    {
        var fields = ColourFields.Find(Photo("coffee.png", 200), 4, 16, MoodParameters.Neutral);
        Assert.Equal(4, fields.Colours.Length);
        // Masses, not speckle: most cells share their field with all four neighbours.
        int inner = 0, total = 0;
        for (int y = 1; y < fields.H - 1; y++)
            for (int x = 1; x < fields.W - 1; x++, total++)
            {
                int k = fields.At(x, y);
                if (fields.At(x - 1, y) == k && fields.At(x + 1, y) == k && fields.At(x, y - 1) == k && fields.At(x, y + 1) == k) inner++;
            }
        Assert.True(inner > total * 0.7, $"{inner} of {total} cells inside their field");
    }

    [Fact]
    public void A_small_shape_of_a_colour_of_its_own_keeps_its_own_field()
    {
        // A warm brown mass on a pale ground, and off to one side a small green disc (an eye, a lamp): 1.5 % of the picture.
        var pic = new Picture(240, 160, new Rgb(0.7f, 0.66f, 0.6f));
        for (int y = 0; y < 160; y++)
            for (int x = 0; x < 240; x++)
            {
                if ((x - 100) * (x - 100) / 80f / 80f + (y - 90) * (y - 90) / 55f / 55f < 1) pic[x, y] = new Rgb(0.3f, 0.15f, 0.06f);
                if ((x - 190) * (x - 190) + (y - 40) * (y - 40) < 11 * 11) pic[x, y] = new Rgb(0.12f, 0.35f, 0.08f);
            }
        var fields = ColourFields.Find(Target.FromPicture(pic, 240), 3, 12, MoodParameters.Neutral);
        int k = fields.At(190f * fields.W / 240, 40f * fields.H / 160);
        var green = fields.Colours[k].ToOklch();
        Assert.True(MathF.Abs(Oklch.HueDelta(green.H, 140f)) < 25f, $"the disc's field has hue {green.H:F0}");
        // The disc's field is the disc: it is not spread over the mass or the ground.
        Assert.NotEqual(k, fields.At(100f * fields.W / 240, 90f * fields.H / 160));
        Assert.NotEqual(k, fields.At(20f * fields.W / 240, 20f * fields.H / 160));
        double share = fields.Label.Count(l => l == k) / (double)fields.Label.Length;
        Assert.True(share > 0.005 && share < 0.04, $"the disc's field covers {share:P1}");
    }

    [Theory]
    [InlineData("astronaut.png")]
    [InlineData("chelsea.png")]
    public void The_fields_keep_the_photos_own_hues(string photo)
    {
        var t = Photo(photo, 200);
        var fields = ColourFields.Find(t, 4, 16, MoodParameters.Neutral);
        var small = t.Reference.FitWithin(ColourFields.Across);
        for (int k = 0; k < fields.Colours.Length; k++)
        {
            // The mean colour (Oklab a, b) of the photo's cells in this field, against the field's: the same hue where
            // the photo's is clear (the field may be richer), and no hue made up where the photo's is grey.
            float a = 0, b = 0; int n = 0;
            for (int i = 0; i < fields.Label.Length; i++)
                if (fields.Label[i] == k) { var c = Oklab.FromLinear(small[i % fields.W, i / fields.W]); a += c.A; b += c.B; n++; }
            var (own, field) = (new Oklab(0.5f, a / n, b / n).ToOklch(), fields.Colours[k].ToOklch());
            if (own.C > 0.03f) Assert.True(MathF.Abs(Oklch.HueDelta(own.H, field.H)) < 12f, $"field {k}: hue {field.H:F0}, photo's {own.H:F0}");
            else Assert.True(field.C < 0.06f, $"field {k}: chroma {field.C:F3} where the photo's is {own.C:F3}");
        }
    }

    [Fact]
    public void Its_fields_edges_are_softer_than_the_fractured_planes()
    {
        var t = Photo("coffee.png", 256);
        var field = SeeingMeasures.Flat(new Painter(Styles.Field with { WorkingSize = 256 }).Paint(t), 256);
        var fractured = SeeingMeasures.Flat(new Painter(Styles.Fractured with { WorkingSize = 256 }).Paint(t), 256);
        // Off the subject, where the fields are left alone: on it, the glazes draw the subject's own edges back.
        var off = SubjectMap.Of(t.WithFocus(Focus.Auto)).Select(s => s < 0.1f).ToArray();
        Assert.Equal((field.Width, field.Height), (t.Width, t.Height));
        Assert.True(off.Count(o => o) > off.Length / 3, $"{off.Count(o => o)} of {off.Length} pixels off the subject");
        float f = SeeingMeasures.EdgeSharpness(field, 0.99, off), c = SeeingMeasures.EdgeSharpness(fractured, 0.99, off);
        Assert.True(f < c * 0.5f, $"sharpest edges: field {f:F3}, fractured {c:F3}");
    }

    [Fact]
    public void The_mood_moves_it_more_than_it_moves_a_layered_style()
    {
        var t = Photo("chelsea.png", 160);
        double Shift(PaintOptions style)
        {
            var calm = SeeingMeasures.Flat(new Painter(style with { WorkingSize = 160 }).Paint(t), 96);
            var sad = SeeingMeasures.Flat(new Painter(style with { WorkingSize = 160, Mood = Mood.Parse("sorrow") }).Paint(t), 96);
            return SeeingMeasures.LowResError(calm, sad, 12);
        }
        double field = Shift(Styles.Field), expressive = Shift(Styles.Expressive);
        Assert.True(field > expressive, $"mood shift: field {field:F3}, expressive {expressive:F3}");
    }
    [Fact]
    public void Its_glazes_bring_the_subject_back_where_it_is_and_leave_the_rest_to_the_fields()
    {
        var t = Photo("coffee.png", 200).WithFocus(Focus.Auto);
        var pyramid = new CanvasPyramid(t, 0.5f, 0.5f, 0.5f);
        var strokes = new List<Stroke>();
        var brushwork = new Brushwork(Styles.Field, null, 1f);
        var layer = new StrokeLayer(t, pyramid, brushwork, strokes.Add, null, CancellationToken.None);
        var subject = SubjectMap.Of(t);
        // The mean distance of the canvas from the source over the subject (map at least a half) or off it (none).
        double Error(Func<float, bool> where)
        {
            double sum = 0;
            int n = 0;
            for (int q = 0; q < subject.Length; q++)
            {
                if (!where(subject[q])) continue;
                for (int c = 0; c < 3; c++) sum += MathF.Abs(layer.Canvas[q * 3 + c] - t.Encoded[q * 3 + c]);
                n++;
            }
            return sum / Math.Max(1, n);
        }
        double on = Error(s => s >= 0.5f), off = Error(s => s < 0.01f);
        new SubjectGlazes(t, layer, brushwork, 1).Run();
        double onAfter = Error(s => s >= 0.5f), offAfter = Error(s => s < 0.01f);
        Assert.True(onAfter < on * 0.75, $"error on the subject {on:F3} -> {onAfter:F3}");
        Assert.True(offAfter > off * 0.95, $"error off the subject {off:F3} -> {offAfter:F3}");
        // Some hundreds of small glazes, not a repainting (the layers lay at most 100, 220, 420 and 300).
        Assert.InRange(strokes.Count, 50, 1040);
        Assert.All(strokes, s => Assert.True(s.Width <= 200 / 40f, $"glaze {s.Width:F1} px wide"));
    }
}
