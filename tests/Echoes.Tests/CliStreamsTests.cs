using System.Buffers.Binary;
using System.Text;

namespace Echoes.Tests;

/// <summary><c>-</c> reads standard input and writes standard output, in the real CLI process, within the size limits.</summary>
public class CliStreamsTests
{
    private static readonly byte[] PngMagic = [0x89, (byte)'P', (byte)'N', (byte)'G'];

    [Fact]
    public void Paint_reads_a_photo_from_stdin_and_writes_png_to_stdout()
    {
        var photo = File.ReadAllBytes(TestImages.Photo("chelsea.png"));
        var r = Cli.RunProcess(photo, "paint", "-", "-o", "-", "--strokes", "30", "--working-size", "64", "--width", "120");
        Assert.True(r.Code == 0, r.Err);
        Assert.Equal("", r.Err);
        Assert.Equal(PngMagic, r.Out[..4]);
        Assert.Equal(120, BinaryPrimitives.ReadInt32BigEndian(r.Out.AsSpan(16)));
    }

    [Theory]
    [InlineData("jpg", new byte[] { 0xFF, 0xD8 })]
    [InlineData("webp", new byte[] { (byte)'R', (byte)'I' })]
    [InlineData("svg", new byte[] { (byte)'<', (byte)'?' })]
    public void Render_writes_the_format_asked_to_stdout_and_reads_the_plan_from_stdin(string format, byte[] magic)
    {
        var plan = Export.BrushSampler.Plan().ToJson();
        var r = Cli.RunProcess(plan, "render", "-", "-o", "-", "--format", format, "--width", "90");
        Assert.True(r.Code == 0, r.Err);
        Assert.Equal(magic, r.Out[..2]);
    }

    [Fact]
    public void Compose_and_story_read_stdin()
    {
        var scene = Encoding.UTF8.GetBytes("title: Piped\nsize: [200, 100]\nfigures:\n  - { name: A }\n");
        var dir = TestImages.TempDir();
        var png = Path.Combine(dir, "s.png");
        var r = Cli.RunProcess(scene, "compose", "-", "-o", png, "--strokes", "50");
        Assert.True(r.Code == 0, r.Err);
        Assert.Contains("\"Piped\", 1 figure", Encoding.UTF8.GetString(r.Out));
        Assert.Equal(200, Imaging.Picture.Load(png).Width);
        var story = Encoding.UTF8.GetBytes("Anna walked to the sea. She missed her brother Tom, who was far away.");
        var s = Cli.RunProcess(story, "story", "-", "-o", "-", "--strokes", "50", "--width", "100");
        Assert.True(s.Code == 0, s.Err);
        Assert.Equal(PngMagic, s.Out[..4]);
    }

    [Fact]
    public void Stdin_is_read_within_the_inputs_size_limit()
    {
        var big = new byte[Stories.StoryReader.MaxBytes + 10];
        Array.Fill(big, (byte)'a');
        var r = Cli.RunProcess(big, "story", "-", "-o", "-");
        Assert.Equal(2, r.Code);
        Assert.Equal("echoes: stdin: the input is larger than the limit of 200 KB", r.Err.Trim());
        var empty = Cli.RunProcess([], "render", "-", "-o", "-");
        Assert.Equal("echoes: stdin: the input is empty", empty.Err.Trim());
        Assert.Empty(empty.Out);
    }
}
