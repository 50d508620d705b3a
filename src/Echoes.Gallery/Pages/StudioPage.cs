using Echoes.Gallery.Data;
using Echoes.Moods;
using Echoes.Painting;
using static Echoes.Gallery.Pages.Html;

namespace Echoes.Gallery.Pages;

/// <summary>The studio: a photo, a scene or a story, a style and a mood on sliders; the painting appears as the engine renders it and can
/// then be hung in an exhibition.</summary>
internal static class StudioPage
{
    private const string ExampleScene = """
        title: Two at the shore
        landscape: { kind: coast, time: dusk }
        figures:
          - { name: Ana, mood: love }
          - { name: Ben, mood: "sorrow:0.6,love:0.4" }
        ties:
          - { from: Ana, to: Ben, strength: 0.7 }
        """;

    public static Html Render(IReadOnlyList<Exhibition> exhibitions, long? exhibition, PageContext pc)
    {
        if (!pc.Curator)
            return Layout.Page("Studio",
                H($"<h1>Studio</h1><p>The studio paints and hangs works, which takes the curator key. <a href=\"/curator?return=/studio\">Sign " +
                    $"in</a>.</p>"),
                    pc);
        return Layout.Page("Studio", H($"""
            <h1>Studio</h1>
            <div class="studio">
            <form id="studio-form" class="panel" enctype="multipart/form-data">
            <fieldset><legend>Paint from</legend>
            <label><input type="radio" name="from" value="photo" checked> a photo</label>
            <label><input type="radio" name="from" value="scene"> a scene</label>
            <label><input type="radio" name="from" value="story"> a story</label>
            <div data-from="photo"><input type="file" name="image" accept="image/png,image/jpeg,image/webp,image/bmp,image/gif"></div>
            <div data-from="scene" hidden><textarea name="sceneText" rows="10" spellcheck="false">{ExampleScene}</textarea>
            <label>or a scene file <input type="file" name="scene" accept=".yaml,.yml,.json"></label></div>
            <div data-from="story" hidden>
            <textarea name="storyText" rows="10"
            placeholder="A few paragraphs about people: who they are, what they feel, how they are tied."></textarea>
            <label>or a text file <input type="file" name="story" accept=".txt,text/plain"></label></div></fieldset>
            <label>Style <select name="style">{Styles.All.Keys.Select(s =>
                H($"<option{(s == "expressive" ? H($" selected") : Empty)}>{s}</option>"))}</select></label>
            <fieldset class="moods"><legend>Mood</legend>{Mood.Names.Select(m =>
                H($"<label>{m} <input type=\"range\" name=\"mood-{m}\" min=\"0\" max=\"1\" step=\"0.05\" value=\"0\">"
                    + $"<output>0</output></label>"))}</fieldset>
            <label>Strokes <input type="number" name="strokes" min="1" max="20000" placeholder="style's default"></label>
            <label title="Where the subject is: auto (found from the photo), none, or x,y,r as fractions of the width, the height and the long side"
            >Focus <input name="focus" maxlength="40" placeholder="auto, none or x,y,r"></label>
            <button id="paint">Paint</button>
            </form>
            <figure class="easel"><img id="easel" alt="The painting as the engine renders it" hidden>
            <figcaption id="status">Choose a photo or a scene, then Paint.</figcaption></figure>
            <form id="hang-form" class="panel" method="post" hidden>{pc.Field}
            <h2>Hang it</h2>
            <label>Exhibition <select name="exhibitionId" required>{exhibitions.Select(e =>
                H($"<option value=\"{e.Id}\"{(e.Id == exhibition ? H($" selected") : Empty)}>{e.Title}</option>"))}</select></label>
            {(exhibitions.Count == 0 ? H($"<p class=\"quiet\">Open an exhibition first, on the <a href=\"/\">exhibitions page</a>.</p>") : Empty)}
            <label>Title <input name="title" required maxlength="120"></label>
            <label>Statement <textarea name="statement" rows="3" maxlength="2000"></textarea></label>
            <button id="hang">Hang</button></form>
            </div>
            """), pc, "studio.js");
    }
}
