using System.Collections.Concurrent;
using Echoes.Brushes;
using Echoes.Imaging;
using Echoes.Moods;
using Echoes.Painting;
using Echoes.Strokes;
using Echoes.Targets;

namespace Echoes.Tests;

/// <summary>
/// The default (expressive) style paints a photo's background in strokes that overlap into passages (issue 14), not
/// the short dabs a blind curator read as "stamps or confetti" repeated over backgrounds and flat areas: measured on the
/// plan, away from the subject fewer of its marks stand alone, touching no neighbour of their colour and size, and no
/// thin dashes are strewn there; on the subject its marks stay as small as they were.
/// </summary>
public class ExpressiveBackgroundTests
{
    private static readonly ConcurrentDictionary<string, (List<Stroke> Away, List<Stroke> Subject)> Painted = new();

    // The photo's brush marks at the default working size, split by where the middle of each lies: away from the subject
    // (focus under a half) or on it.
    private static (List<Stroke> Away, List<Stroke> Subject) Marks(string photo) => Painted.GetOrAdd(photo, p =>
    {
        int size = Painter.WorkingSizeFor(Styles.Expressive);
        var target = Target.FromPicture(Picture.Load(TestImages.Photo(p), size), size);
        var focus = target.WithFocus(Focus.Auto);
        var plan = new Painter(Styles.Expressive).Paint(target);
        float lpp = MathF.Max(plan.Width / target.Width, plan.Height / target.Height);
        bool Away(Stroke s)
        {
            var mid = s.Points[s.Points.Length / 2];
            int x = Math.Clamp((int)(mid.X / lpp), 0, target.Width - 1), y = Math.Clamp((int)(mid.Y / lpp), 0, target.Height - 1);
            return focus.FocusAt(y * target.Width + x) < 0.5f;
        }
        var marks = plan.Strokes.Where(s => s.Brush is BrushKind.Round or BrushKind.Flat or BrushKind.DryBrush or BrushKind.Knife).ToList();
        return ([.. marks.Where(Away)], [.. marks.Where(s => !Away(s))]);
    });

    [Theory]
    [InlineData("chelsea.png", 0.22)]
    [InlineData("coffee.png", 0.32)]
    public void Few_marks_stand_alone_away_from_the_subject(string photo, double most)
    {
        var (away, subject) = Marks(photo);
        double alone = MarkNeighbours.Alone(away).Count(a => a) / (double)away.Count;
        // Seen 2026-12-04: chelsea 24.8 % -> 19.9 %, coffee 39.0 % -> 27.0 % of the marks away from the subject alone.
        Assert.True(alone < most, $"{alone:P1} of {away.Count} marks away from the subject stand alone");
        // The subject keeps its small strokes (median width 6.1 and 5.5 logical units, before and after).
        double width = subject.Select(s => (double)s.Width).Order().ElementAt(subject.Count / 2);
        Assert.True(width <= 6.5, $"the subject's median mark is {width:F2} wide");
    }

    [Theory]
    [InlineData("chelsea.png")]
    [InlineData("coffee.png")]
    public void No_thin_dashes_are_strewn_away_from_the_subject(string photo)
    {
        var (away, _) = Marks(photo);
        // The thin lines' marks (3.6-3.8 logical units wide; the subject's finest brush lays 5 and more) shorter than 8 of
        // their widths: a table's grain drawn in dashes. Seen 2026-12-04: chelsea 141 -> 17, coffee 477 -> 14.
        int dashes = away.Count(s => s.Width < 4.5f && (MarkNeighbours.Length(s) + s.Width) / s.Width < 8);
        Assert.True(dashes < 40, $"{dashes} thin dashes away from the subject");
    }

    [Theory]
    [InlineData("joy")]
    [InlineData("sorrow")]
    public void A_mood_lays_the_background_no_looser(string mood)
    {
        // A mood sets its own length and scale of hand; lengthened again away from the subject, its marks floated across
        // the face as blobs and bars (a blind curator preferred the moods without it, 5 of 6 pairs): under one, the
        // default paints as if it had no looseness.
        var target = Target.FromPicture(Picture.Load(TestImages.Photo("chelsea.png"), 160), 160);
        var style = Styles.Expressive with { WorkingSize = 160, Mood = Mood.Parse(mood) };
        var loose = new Painter(style).Paint(target);
        var tight = new Painter(style with { Touch = style.Touch with { Loose = 0f } }).Paint(target);
        Assert.Equal(tight.Strokes.Count, loose.Strokes.Count);
        Assert.True(tight.Strokes.Zip(loose.Strokes).All(p => p.First.Points.SequenceEqual(p.Second.Points)));
    }
}
