using System.Text;
using Echoes.Scenes;

namespace Echoes.Tests;

public sealed class StoryCliTests
{
    private static string Seed => Path.Combine(TestImages.SharedDir, "..", "seed", "000_b654b561b4f0dd30.txt");

    private static string Write(string dir, string name, byte[] data)
    {
        string path = Path.Combine(dir, name);
        File.WriteAllBytes(path, data);
        return path;
    }

    [Fact]
    public void The_seed_story_paints_explains_itself_and_writes_a_scene_compose_accepts()
    {
        string dir = TestImages.TempDir();
        string png = Path.Combine(dir, "story.png"), yaml = Path.Combine(dir, "story.yaml");
        var r = Cli.Run("story", Seed, "-o", png, "--scene-out", yaml, "--explain", "--detail", "low", "--width", "600", "-q");
        Assert.True(r.Code == 0, r.Err);
        Assert.Contains("Mia Kalmurzaeva; also \"Mia\"; she:", r.Out);
        Assert.Contains("(by pronoun)", r.Out);
        Assert.Contains("\"sorrow\" → sorrow 1", r.Out);
        Assert.True(File.Exists(png));
        var scene = Scene.Load(yaml);
        Assert.Equal("Mia Kalmurzaeva", Assert.Single(scene.Figures).Name);

        var composed = Cli.Run("compose", yaml, "-o", Path.Combine(dir, "composed.png"), "--detail", "low", "--width", "600", "-q");
        Assert.True(composed.Code == 0, composed.Err);
        // The written scene is the story's scene: composing it paints the same picture, pixel for pixel.
        Assert.Equal(Echoes.Imaging.Picture.Load(png).Pixels, Echoes.Imaging.Picture.Load(Path.Combine(dir, "composed.png")).Pixels);
    }

    [Fact]
    public void A_story_without_people_paints_the_landscape_and_says_so()
    {
        string dir = TestImages.TempDir();
        string text = Write(dir, "sea.txt", Encoding.UTF8.GetBytes("The sea was grey at dusk. Waves broke on the empty shore, and the wind carried nothing but salt."));
        string png = Path.Combine(dir, "sea.png");
        var r = Cli.Run("story", text, "-o", png, "--detail", "low", "--width", "400", "-q");
        Assert.Equal(0, r.Code);
        Assert.Equal("echoes: sea.txt: no people found; painting the landscape and the mood alone", r.Err.Trim());
        Assert.True(File.Exists(png));
    }

    [Theory]
    [InlineData("empty", "the file is empty")]
    [InlineData("binary", "binary data, not a text")]
    [InlineData("latin1", "not UTF-8 text")]
    [InlineData("huge", "over the limit of 200 KB")]
    [InlineData("blank", "the story is empty")]
    [InlineData("missing", "no such file")]
    public void Stories_that_cannot_be_painted_are_one_line_and_exit_2(string kind, string error)
    {
        string dir = TestImages.TempDir();
        string path = kind switch
        {
            "empty" => Write(dir, "s.txt", []),
            "binary" => Write(dir, "s.txt", [0x89, 0x50, 0x4E, 0x47, 0x00, 0x00, 0x1A, 0x0A, 0x00]),
            "latin1" => Write(dir, "s.txt", Encoding.Latin1.GetBytes("Chloé était très heureuse.")),
            "huge" => Write(dir, "s.txt", Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("Ana walked by the sea and smiled. ", 7000)))),
            "blank" => Write(dir, "s.txt", Encoding.UTF8.GetBytes(" \n\n\t \n")),
            _ => Path.Combine(dir, "nothing.txt"),
        };
        string png = Path.Combine(dir, "out.png");
        Cli.AssertUserError(Cli.Run("story", path, "-o", png), error);
        Assert.False(File.Exists(png));
    }

    [Fact]
    public void A_scene_out_that_is_not_yaml_is_refused_before_any_work()
    {
        string dir = TestImages.TempDir();
        Cli.AssertUserError(Cli.Run("story", Seed, "-o", Path.Combine(dir, "o.png"), "--scene-out", Path.Combine(dir, "scene.txt")), "should end in .yaml or .yml");
    }

    [Fact]
    public void A_story_in_another_language_paints_with_a_warning_that_only_English_and_Russian_are_read()
    {
        string dir = TestImages.TempDir();
        string text = Write(dir, "es.txt", Encoding.UTF8.GetBytes("María vivía con su hermano Pablo en un pueblo cerca del mar. " +
            "Ella lo quería mucho, pero un día él se fue a la ciudad y nunca volvió."));
        string png = Path.Combine(dir, "es.png");
        var r = Cli.Run("story", text, "-o", png, "--detail", "low", "--width", "400", "-q");
        Assert.Equal(0, r.Code);
        Assert.Equal("echoes: es.txt: the text looks like Spanish: only English and Russian are read, so its people, feelings and ties " +
            "may be missed", r.Err.Trim());
        Assert.True(File.Exists(png));
    }

    [Fact]
    public void A_Russian_story_explains_its_people_in_the_nominative_and_its_ties_as_arcs()
    {
        string dir = TestImages.TempDir();
        string text = Write(dir, "ru.txt", Encoding.UTF8.GetBytes("Анна жила у моря. Она любила Ивана. Однажды Иван ушёл от Анны."));
        string yaml = Path.Combine(dir, "ru.yaml");
        var r = Cli.Run("story", text, "-o", Path.Combine(dir, "ru.png"), "--scene-out", yaml, "--explain", "--detail", "low",
            "--width", "400", "-q");
        Assert.True(r.Code == 0, r.Err);
        Assert.Contains("Анна; also \"Анны\"; she: 3 sentences", r.Out);
        Assert.Contains("tie with Иван: -0.40; любила (s2, Анна → Иван) +0.80, ушёл (s3, Иван → Анна) -0.60", r.Out);
        var scene = Scene.Load(yaml);
        Assert.Equal(["Анна", "Иван"], scene.Figures.Select(f => f.Name));
        Assert.True(Assert.Single(scene.Ties).Strength < 0);
    }
}
