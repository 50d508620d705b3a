using Echoes.Color;
using Echoes.Imaging;
using Echoes.Moods;
using Echoes.Painting;
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
        // The few fields, each a colour with its light's small play; the faithful painting needs far more colours.
        Assert.True(f >= 2 && f <= 7 && f <= p * 0.7, $"field {f} colour areas, faithful {p}");
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
    public void Its_edges_are_softer_than_the_fractured_planes()
    {
        var t = Photo("coffee.png", 256);
        var field = SeeingMeasures.Flat(new Painter(Styles.Field with { WorkingSize = 256 }).Paint(t), 256);
        var fractured = SeeingMeasures.Flat(new Painter(Styles.Fractured with { WorkingSize = 256 }).Paint(t), 256);
        float f = SeeingMeasures.EdgeSharpness(field, 0.99), c = SeeingMeasures.EdgeSharpness(fractured, 0.99);
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
}
