using Echoes.Color;
using Echoes.Imaging;
using Echoes.Targets;

namespace Echoes.Tests;

/// <summary>Faces found without a model (skin chrominance holding dark features) and kept in the focus.</summary>
public class FaceTests
{
    private static readonly Rgb Skin = Rgb.FromHex("#d9a27e"), DarkSkin = Rgb.FromHex("#7a4a32"), Wall = Rgb.FromHex("#8d9399");

    // A face off centre, upper left: an oval of skin with eyes, brows and a mouth on a grey wall, and sharp high-contrast
    // badges round the middle (what sharpness and the composition prior alone would take for the subject).
    private static Picture Portrait(Rgb skin, bool features = true, bool badge = true)
    {
        var pic = new Picture(300, 300);
        for (int y = 0; y < 300; y++)
            for (int x = 0; x < 300; x++)
            {
                bool face = Near(x, y, 70, 75, 40, 52);
                bool eye = Near(x, y, 54, 62, 7, 4) || Near(x, y, 86, 62, 7, 4);
                bool brow = Near(x, y, 54, 52, 9, 2) || Near(x, y, 86, 52, 9, 2);
                bool mouth = Near(x, y, 70, 102, 12, 3);
                bool patch = Badge(x, y, 150, 150) || Badge(x, y, 210, 100) || Badge(x, y, 210, 210) || Badge(x, y, 100, 210);
                pic[x, y] = badge && patch ? ((x / 3 + y / 3) % 2 == 0 ? new Rgb(0.9f, 0.9f, 0.9f) : new Rgb(0.02f, 0.02f, 0.05f))
                    : face && features && (eye || brow || mouth) ? new Rgb(0.02f, 0.015f, 0.015f)
                    : face ? skin : Wall;
            }
        return pic;
    }

    private static bool Badge(int x, int y, int cx, int cy) => Math.Abs(x - cx) < 25 && Math.Abs(y - cy) < 25;

    private static bool Near(int x, int y, int cx, int cy, int rx, int ry)
    {
        float u = (x - cx) / (float)rx, v = (y - cy) / (float)ry;
        return u * u + v * v <= 1;
    }

    [Theory]
    [InlineData("#d9a27e")]
    [InlineData("#7a4a32")]
    public void A_face_of_any_skin_tone_is_found_where_it_is(string tone)
    {
        var faces = Faces.Find(Portrait(Rgb.FromHex(tone)));
        var face = Assert.Single(faces);
        Assert.InRange(face.X, 0.2f, 0.27f);
        Assert.InRange(face.Y, 0.21f, 0.29f);
        Assert.InRange(face.RadiusX, 0.11f, 0.16f);
    }

    [Fact]
    public void Skin_without_features_and_a_field_of_sand_are_not_faces()
    {
        Assert.Empty(Faces.Find(Portrait(Skin, features: false)));
        Assert.Empty(Faces.Find(Portrait(Skin, features: false, badge: false)));
        var sand = new Picture(200, 150);
        for (int y = 0; y < 150; y++)
            for (int x = 0; x < 200; x++)
                sand[x, y] = y < 50 ? Rgb.FromHex("#9cc2e0") : ((x * 7 + y * 13) % 17 == 0 ? DarkSkin : Rgb.FromHex("#d8b48a"));
        Assert.Empty(Faces.Find(sand));
    }

    [Fact]
    public void The_focus_holds_the_face_before_sharper_badges()
    {
        float At(Picture pic, int x, int y) => Target.FromPicture(pic, 300).WithFocus(Focus.Auto).FocusMap![y * 300 + x];
        var portrait = Portrait(Skin);
        Assert.True(At(portrait, 70, 75) > 0.95f, $"face {At(portrait, 70, 75):F2}");
        // Without its features the same oval is a plain shape, and the sharp badges take most of the focus from it.
        var plain = Portrait(Skin, features: false);
        Assert.True(At(plain, 70, 75) < 0.75f, $"plain oval {At(plain, 70, 75):F2}");
    }

    [Theory]
    [InlineData(128)]
    [InlineData(192)]
    public void The_astronaut_photo_has_one_face_in_its_upper_middle(int side)
    {
        var pic = Picture.Load(TestImages.Photo("astronaut.png")).FitWithin(side);
        var face = Assert.Single(Faces.Find(pic));
        Assert.InRange(face.X, 0.3f, 0.6f);
        Assert.InRange(face.Y, 0.05f, 0.35f);
    }

    [Theory]
    [InlineData("chelsea.png", 128)]
    [InlineData("chelsea.png", 192)]
    [InlineData("coffee.png", 128)]
    [InlineData("coffee.png", 192)]
    [InlineData("rocket.jpg", 128)]
    [InlineData("rocket.jpg", 192)]
    public void Photos_without_people_have_no_face(string photo, int side)
    {
        var faces = Faces.Find(Picture.Load(TestImages.Photo(photo)).FitWithin(side));
        Assert.True(faces.Count == 0, string.Join("; ", faces));
    }
}
