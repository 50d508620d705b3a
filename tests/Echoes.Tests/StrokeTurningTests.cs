using Echoes.Color;
using Echoes.Imaging;
using Echoes.Painting;
using Echoes.Strokes;
using Echoes.Targets;

namespace Echoes.Tests;

/// <summary>
/// Strokes bend with the form but never curl back on themselves, and where the photo has texture but no structure (a
/// table's grain under noise, a rough wall) they lie alike instead of circling with the noise: no fingerprint whorls.
/// </summary>
public class StrokeTurningTests
{
    // How far a stroke's spine turns over its length, degrees: the sum of the turns at its inner points.
    private static double Turning(Stroke s)
    {
        double total = 0;
        for (int i = 1; i < s.Points.Length - 1; i++)
        {
            Point2 a = s.Points[i] - s.Points[i - 1], b = s.Points[i + 1] - s.Points[i];
            if (a.X * a.X + a.Y * a.Y < 1e-9f || b.X * b.X + b.Y * b.Y < 1e-9f) continue;
            total += Math.Abs(Math.Atan2(a.X * b.Y - a.Y * b.X, a.X * b.X + a.Y * b.Y));
        }
        return total * 180 / Math.PI;
    }

    [Theory]
    [InlineData("coffee.png")]
    [InlineData("chelsea.png")]
    public void No_stroke_turns_more_than_a_right_angle(string photo)
    {
        const int size = 300;
        var plan = new Painter(Styles.Expressive with { WorkingSize = size })
            .Paint(Target.FromPicture(Picture.Load(TestImages.Photo(photo), size), size));
        var turns = plan.Strokes.Select(Turning).Order().ToList();
        // Seen 2026-12-02 at this size: before the bound 2.1 % (coffee) and 1.3 % (chelsea) of strokes turned over 120°,
        // the thin lines' pixel zigzag and the fine layers' wavering; after, none over 90°.
        Assert.True(turns[^1] <= 91, $"most turning {turns[^1]:F0}°, p90 {turns[(int)(0.9 * turns.Count)]:F0}° over {turns.Count} strokes");
    }

    [Fact]
    public void Strokes_in_a_texture_without_structure_lie_alike()
    {
        const int w = 240, h = 180;
        // Blotches four pixels wide of strongly varying warm colour (a rough, grainy surface: not flat, but with no way of
        // its own), with a dark striped subject so the painter is told where the figure is.
        var rng = new Random(3);
        var pic = new Picture(w, h, new Rgb(0.5f, 0.3f, 0.15f));
        for (int by = 0; by < h; by += 4)
            for (int bx = 0; bx < w; bx += 4)
            {
                float d = (rng.NextSingle() - 0.5f) * 0.5f;
                for (int y = by; y < by + 4; y++)
                    for (int x = bx; x < bx + 4; x++) pic[x, y] = new Rgb(0.5f + d, 0.3f + 0.6f * d, 0.15f + 0.3f * d);
            }
        for (int y = 60; y < 120; y++)
            for (int x = 90; x < 150; x++) pic[x, y] = x % 8 < 3 ? new Rgb(0.02f, 0.02f, 0.02f) : new Rgb(0.1f, 0.3f, 0.7f);
        var plan = new Painter(Styles.Expressive with { WorkingSize = w }).Paint(Target.FromPicture(pic, w));
        float k = plan.Width / w;
        // The texture's strokes, their middles clear of the subject by a broad brush's width.
        var seen = StrokeAgreement.Of(plan, (x, y) => x / k < 70 || x / k > 170 || y / k < 40 || y / k > 140, plan.Width / 6);
        // Seen 2026-12-02: 0.33 before the loose field followed the broad way (the same picture painted by the CLI), 0.60 after.
        Assert.True(seen.Strokes > 50 && seen.Agreement > 0.5, $"texture agreement {seen.Agreement:F3} over {seen.Strokes} strokes");
    }
}
