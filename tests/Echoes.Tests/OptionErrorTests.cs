using Echoes.Cli.Commands;
using Echoes.Export;
using Echoes.Moods;
using Echoes.Painting;
using Echoes.Rendering;
using Echoes.Strokes;

namespace Echoes.Tests;

/// <summary>Core names an option error by its field; the command line turns the field into its flag.</summary>
public class OptionErrorTests
{
    private static string SubjectOf(Action act) => Assert.Throws<EchoesException>(act).Subject;

    [Fact]
    public void Core_errors_name_the_options_field_never_a_flag()
    {
        Assert.Equal(nameof(PaintOptions.Strokes), SubjectOf(() => new Painter(Styles.Faithful with { Strokes = 0 })));
        Assert.Equal(nameof(PaintOptions.WorkingSize), SubjectOf(() => new Painter(Styles.Faithful with { WorkingSize = 3 })));
        Assert.Equal(nameof(PaintOptions.Style), SubjectOf(() => Styles.Get("cubist")));
        Assert.Equal(nameof(PaintOptions.Mood), SubjectOf(() => Mood.Parse("anger")));
        Assert.Equal(nameof(TimelapseOptions.Fps), SubjectOf(() => new TimelapseOptions(Fps: 0).Frames(10)));
        Assert.Equal(nameof(TimelapseOptions.HoldSeconds), SubjectOf(() => new TimelapseOptions(HoldSeconds: -1).Frames(10)));
        Assert.Equal(PrintSize.PaperField, SubjectOf(() => PrintSize.Parse("B9")));
        Assert.Equal(PrintSize.DpiField, SubjectOf(() => PrintSize.Paper("A4", 0, 1)));
        Assert.Equal(Renderer.WidthField, SubjectOf(() => Renderer.Render(new StrokePlan(10, 10, default), width: 0)));
        Assert.Equal(PlotterSvg.PensField, SubjectOf(() => PlotterSvg.Write(new StrokePlan(10, 10, default), 10, 10, 0)));
    }

    [Theory]
    [InlineData("Strokes", "--strokes")]
    [InlineData("WorkingSize", "--working-size")]
    [InlineData("StrokesPerFrame", "--strokes-per-frame")]
    [InlineData("HoldSeconds", "--hold")]
    [InlineData("Paper", "--print")]
    [InlineData("Width", "--width")]
    public void The_command_line_names_its_flag(string field, string flag)
    {
        Assert.Equal(flag, OptionFlags.Flag(field));
        Assert.Equal($"{flag}: wrong", OptionFlags.OneLine(new EchoesException(field, "wrong")));
    }

    [Fact]
    public void Files_and_scene_lines_are_left_as_they_are()
    {
        Assert.Null(OptionFlags.Flag("Makefile"));
        Assert.Equal("scene.yaml:3: wrong", OptionFlags.OneLine(new EchoesException("scene.yaml:3", "wrong")));
    }
}
