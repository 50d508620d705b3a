using Echoes.Moods;
using Echoes.Painting;
using Echoes.Scenes;
using Echoes.Stories;
using Microsoft.AspNetCore.Http;

namespace Echoes.Gallery.Works;

/// <summary>
/// A request to paint, read from a multipart form (the API's <c>POST /api/exhibitions/{id}/works</c> and the studio
/// share it): an <c>image</c>, a <c>scene</c> (file, or text in <c>sceneText</c>) or a <c>story</c> (file, or text in
/// <c>storyText</c>, read into a scene), <c>title</c>, <c>statement</c>, <c>style</c>, <c>mood</c>, <c>strokes</c>,
/// <c>seed</c>, <c>focus</c> (<c>auto</c>, <c>none</c> or <c>x,y,r</c>; photos only). Every field is checked here, with a message naming it.
/// </summary>
/// <param name="Source">The uploaded source, as stored beside the work.</param>
/// <param name="Scene">The scene to paint (read from a scene or a story), or null for a photograph.</param>
/// <param name="Options">The style, with the form's stroke budget.</param>
/// <param name="Mood">The form's mood, or null for the source's own.</param>
/// <param name="Seed">The form's seed, or null for the source's own.</param>
/// <param name="Title">The work's title.</param>
/// <param name="Statement">The work's statement.</param>
internal sealed record PaintRequest(Source Source, Scene? Scene, PaintOptions Options, Mood? Mood, int? Seed, string Title, string Statement)
{
    public const int MaxTitle = Scene.MaxTitle;
    public const int MaxStatement = 2000;
    public const int MaxStrokes = 20_000;
    public const int MaxSceneBytes = 256 * 1024;

    /// <exception cref="EchoesException">A field is missing or wrong, the upload too large, the image unreadable or too big, the scene
    /// malformed.</exception>
    public static PaintRequest Read(IFormCollection form, GalleryOptions o)
    {
        var image = form.Files.GetFile("image");
        var sceneFile = form.Files.GetFile("scene");
        var storyFile = form.Files.GetFile("story");
        string? sceneText = Text(form, "sceneText"), storyText = Text(form, "storyText");
        int given = new[] { image?.Length > 0, sceneFile?.Length > 0, storyFile?.Length > 0, !string.IsNullOrWhiteSpace(sceneText),
            !string.IsNullOrWhiteSpace(storyText) }.Count(b => b);
        if (given == 0) throw new EchoesException("image",
            "send an image file (field \"image\"), a scene (file \"scene\" or text \"sceneText\") or a story (file \"story\" or text \"storyText\")");
        if (given > 1) throw new EchoesException("image", "send one source: an image, a scene or a story");

        var (options, mood) = ReadOptions(form);
        int? seed = null;
        if (Text(form, "seed") is { Length: > 0 } sd)
            seed = int.TryParse(sd, out int v) ? v : throw new EchoesException("seed", $"must be a whole number (got \"{Clip(sd)}\")");
        string title = Field.Line("title", Text(form, "title"), MaxTitle, required: false) is { Length: > 0 } t ? t : "Untitled";
        string statement = Field.Check("statement", Text(form, "statement"), MaxStatement, required: false);

        if (image is { Length: > 0 })
        {
            var data = Bytes(image, o.MaxUploadBytes, "image");
            string ext = ImageCheck.Check(data, o.MaxImagePixels);
            return new PaintRequest(new Source("photo", data, ext), null, options, mood, seed, title, statement);
        }
        if (storyFile is { Length: > 0 } || !string.IsNullOrWhiteSpace(storyText))
        {
            byte[] storyBytes = storyFile is { Length: > 0 } ? Bytes(storyFile, StoryReader.MaxBytes, "story")
                : System.Text.Encoding.UTF8.GetBytes(storyText!);
            var story = StoryReader.Read(Utf8(storyBytes, "story", StoryReader.MaxBytes, "a story is plain text"), "story");
            var storyScene = story.ToScene();
            return new PaintRequest(new Source("story", storyBytes, "txt"), storyScene, options, mood, seed, title == "Untitled"
                ? Derived(storyScene.Title) : title, statement);
        }
        byte[] sceneBytes = sceneFile is { Length: > 0 } ? Bytes(sceneFile, MaxSceneBytes, "scene") : System.Text.Encoding.UTF8.GetBytes(sceneText!);
        string text = Utf8(sceneBytes, "scene", MaxSceneBytes, "a scene is YAML or JSON");
        var scene = SceneReader.Parse(text, "scene");
        if (title == "Untitled") title = Derived(scene.Title);
        return new PaintRequest(new Source("scene", sceneBytes, text.TrimStart().StartsWith('{') ? "json"
            : "yaml"), scene, options, mood, seed, title, statement);
    }

    /// <summary>The form's text fields that shape the painting (not the source): stored with a queued painting, so a worker
    /// reads the same request again with <see cref="Rebuild"/>.</summary>
    public static Dictionary<string, string> Recipe(IFormCollection form) =>
        RecipeFields.Where(form.ContainsKey).ToDictionary(f => f, f => form[f].ToString(), StringComparer.Ordinal);

    private static readonly string[] RecipeFields = ["title", "statement", "style", "mood", "strokes", "seed", "focus"];

    /// <summary>The form field a source of this kind arrives in.</summary>
    public static string SourceField(Source s) => s.Kind == "photo" ? "image" : s.Kind;

    /// <summary>Reads a stored request again: its recipe and its source's bytes, through the same checks as the form.</summary>
    public static PaintRequest Rebuild(IReadOnlyDictionary<string, string> recipe, string sourceField, byte[] source, GalleryOptions o)
    {
        var fields = recipe.ToDictionary(kv => kv.Key, kv => new Microsoft.Extensions.Primitives.StringValues(kv.Value), StringComparer.Ordinal);
        var files = new FormFileCollection { new FormFile(new MemoryStream(source), 0, source.Length, sourceField, sourceField) };
        return Read(new FormCollection(fields, files), o);
    }

    private static (PaintOptions, Mood?) ReadOptions(IFormCollection form)
    {
        // Core names its errors by option field; Failures turns them into this form's field names.
        var options = Styles.Get(Text(form, "style") is { Length: > 0 } s ? s : "expressive");
        Mood? mood = Text(form, "mood") is { Length: > 0 } m ? Moods.Mood.Parse(m) : null;
        if (Text(form, "strokes") is { Length: > 0 } n)
        {
            if (!int.TryParse(n, out int strokes) || strokes is < 1 or > MaxStrokes)
                throw new EchoesException("strokes", $"must be a whole number from 1 to {MaxStrokes:N0} (got \"{Clip(n)}\")");
            options = options with { Strokes = strokes };
        }
        if (Text(form, "focus") is { Length: > 0 } f) options = options with { Focus = Targets.Focus.Parse(f, nameof(PaintOptions.Focus)) };
        return (options, mood);
    }

    private static string Utf8(byte[] data, string field, int limit, string what)
    {
        if (data.Length > limit) throw new EchoesException(field, $"the {field} is larger than the limit of {limit / 1024} KB");
        try { return new System.Text.UTF8Encoding(false, true).GetString(data); }
        catch (System.Text.DecoderFallbackException) { throw new EchoesException(field, $"not UTF-8 text ({what})"); }
    }

    // A title taken from the scene or story passes the same check as one typed into the form.
    private static string Derived(string title) => Field.Line("title", title, MaxTitle, required: false) is { Length: > 0 } t ? t : "Untitled";

    private static string? Text(IFormCollection form, string name) => form.TryGetValue(name, out var v) ? v.ToString().Trim() : null;

    private static string Clip(string s) => s.Length > 20 ? s[..20] + "…" : s;

    private static byte[] Bytes(IFormFile file, long limit, string field)
    {
        if (file.Length > limit) throw new EchoesException(field, $"the file is larger than the limit of {limit / (1024.0 * 1024):0.#} MB");
        using var ms = new MemoryStream((int)file.Length);
        file.CopyTo(ms);
        return ms.ToArray();
    }
}
