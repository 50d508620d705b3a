using Echoes.Gallery.Pages;
using static Echoes.Gallery.Pages.Html;

namespace Echoes.Tests.Gallery;

/// <summary>Fragments built from fragments keep their pieces until read: the text read is the one joining would give,
/// holes encoded, fragments as they are, in order, however deep and however often a fragment is reused.</summary>
public sealed class HtmlTests
{
    [Fact]
    public void Nested_and_reused_fragments_read_as_the_joined_text_with_every_hole_encoded()
    {
        var field = H($"<input value=\"{"a\"b"}\">");
        var items = new[] { "<x>", "", "y & z" }.Select((s, i) => H($"<li>{i}:{s}{field}</li>"));
        var page = H($"<ol>{items}</ol>{Empty}{field}<p>{3.5}</p>");
        Assert.Equal("<ol><li>0:&lt;x&gt;<input value=\"a&quot;b\"></li><li>1:<input value=\"a&quot;b\"></li>" +
            "<li>2:y &amp; z<input value=\"a&quot;b\"></li></ol><input value=\"a&quot;b\"><p>3.5</p>", page.Value);
        Assert.Equal(page.Value, H($"{page}").Value);
        Assert.Equal("", H($"{Empty}{""}").Value);
    }
}
