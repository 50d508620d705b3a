using Echoes.Scenes;
using Echoes.Stories;

namespace Echoes.Tests;

/// <summary>Names and titles show what they say: one check in Core (<see cref="VisibleText"/>), used by scenes, stories and the gallery.</summary>
public sealed class VisibleTextTests
{
    [Theory]
    [InlineData("Echoes of Ana", null)]
    [InlineData("Chloé O'Brien", null)]
    [InlineData("مرحبا", null)]
    [InlineData("A\u202Eb", "contains an invisible or direction-changing character (U+202E)")]
    [InlineData("A\u202Ab", "contains an invisible or direction-changing character (U+202A)")]
    [InlineData("A\u2069b", "contains an invisible or direction-changing character (U+2069)")]
    [InlineData("A\u200Eb", "contains an invisible or direction-changing character (U+200E)")]
    [InlineData("A\u061Cb", "contains an invisible or direction-changing character (U+061C)")]
    [InlineData("A\u200Cb", "contains an invisible or direction-changing character (U+200C)")]
    [InlineData("A\u2060b", "contains an invisible or direction-changing character (U+2060)")]
    [InlineData("\uFEFFAb", "contains an invisible or direction-changing character (U+FEFF)")]
    [InlineData("A\u2062b", "contains an invisible or direction-changing character (U+2062)")]
    [InlineData("A\u00ADb", "contains an invisible or direction-changing character (U+00AD)")]
    [InlineData("A\U000E0041b", "contains an invisible or direction-changing character (U+E0041)")]
    [InlineData("Ana \U0001F30A", null)]
    [InlineData("A\nb", "contains a control character (U+000A)")]
    [InlineData("A\u0085b", "contains a control character (U+0085)")]
    public void Names_and_titles_are_checked_for_what_does_not_show(string text, string? problem) =>
        Assert.Equal(problem, VisibleText.Problem(text));

    [Fact]
    public void Broken_utf16_is_refused()
    {
        // Built at run time: attribute strings are stored as UTF-8, which cannot hold a lone surrogate.
        Assert.Equal("contains a broken character (U+D800 without its pair)", VisibleText.Problem("A" + (char)0xD800 + "b"));
        Assert.Equal("contains a broken character (U+DC00 without its pair)", VisibleText.Problem("A" + (char)0xDC00));
    }

    [Theory]
    [InlineData("title: \"Dusk\\u202Eeno\"\n", "scene.yaml:1: title contains an invisible or direction-changing character (U+202E)")]
    [InlineData("title: Dusk\nfigures:\n  - { name: \"Ana\\u2066\" }\n", "scene.yaml:3: name contains an invisible or direction-changing character (U+2066)")]
    [InlineData("title: \"Dusk\\tlate\"\n", "scene.yaml:1: title contains a control character (U+0009)")]
    [InlineData("figures:\n  - name: \"\\u200B\"\n", "scene.yaml:2: name contains an invisible or direction-changing character (U+200B)")]
    public void A_scene_refuses_titles_and_names_that_do_not_show_what_they_say(string yaml, string error) =>
        Assert.Equal(error, Assert.Throws<EchoesException>(() => SceneReader.Parse(yaml, "scene.yaml")).OneLine);

    [Fact]
    public void A_scene_title_is_at_most_120_characters()
    {
        Assert.Equal(new string('x', Scene.MaxTitle), SceneReader.Parse($"title: {new string('x', Scene.MaxTitle)}\n").Title);
        var e = Assert.Throws<EchoesException>(() => SceneReader.Parse($"title: \"{new string('x', 100_000)}\\a\\b\"\n", "scene.yaml"));
        Assert.Equal("scene.yaml:1: title is 100,002 characters long, over the limit of 120", e.OneLine);
    }

    [Fact]
    public void Compose_refuses_such_a_scene_with_one_line()
    {
        var dir = TestImages.TempDir();
        var scene = Path.Combine(dir, "s.yaml");
        File.WriteAllText(scene, "title: \"Dusk\\u202Eeno\"\nfigures:\n  - { name: A, mood: joy }\n");
        Cli.AssertUserError(Cli.Run("compose", scene, "-o", Path.Combine(dir, "o.png")), "s.yaml:1: title contains an invisible or direction-changing character (U+202E)");
    }

    [Fact]
    public void A_storys_first_line_names_it_only_when_it_shows_what_it_says()
    {
        const string story = "Ana loved Ben. One night by the sea he left her, and she wept.";
        Assert.Equal("The sea at night", StoryReader.Read("The sea at night\n" + story).Title);
        Assert.Equal("Echoes of Ana", StoryReader.Read("The sea\u202E at night\n" + story).Title);
        Assert.Equal("Echoes of Ana", StoryReader.Read("The sea\u200B at night\n" + story).Title);
    }
}
