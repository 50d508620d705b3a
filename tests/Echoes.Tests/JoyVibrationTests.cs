using Echoes.Color;
using Echoes.Imaging;
using Echoes.Moods;
using Echoes.Painting;
using Echoes.Targets;

namespace Echoes.Tests;

/// <summary>
/// Joy lights a grey room the impressionists' way: warm touches and cool ones side by side (Monet's lilac and peach on a
/// white wall), not one warm cast. Measured on a neutral grey gradient with a dark disc for a subject, so every hue in
/// the room's strokes is the mood's own.
/// </summary>
public class JoyVibrationTests
{
    private static Picture GreyRoom()
    {
        var p = new Picture(128, 96);
        for (int y = 0; y < 96; y++)
            for (int x = 0; x < 128; x++)
            {
                float d = MathF.Sqrt((x - 64) * (x - 64) + (y - 48) * (y - 48));
                float v = d < 18 ? 0.15f + 0.1f * ((x / 3 + y / 3) % 2) : 0.45f + 0.45f * y / 95f;
                p[x, y] = new Rgb(v, v, v);
            }
        return p;
    }

    // Each room stroke's lean toward the light's hue (yellow, 85°; negative: toward the shadows' violet), Oklab a–b units,
    // sorted.
    private static List<float> Leans(Mood mood)
    {
        var target = Target.FromPicture(GreyRoom(), 128);
        var plan = new Painter(Styles.Expressive with { WorkingSize = 128, Mood = mood }).Paint(target);
        var room = MoodFormMeasures.Room(plan, target.WithFocus(Focus.Auto));
        Assert.True(room.Count >= 20, $"{room.Count} room strokes");
        float ca = MathF.Cos(85 * MathF.PI / 180), cb = MathF.Sin(85 * MathF.PI / 180);
        return [.. room.Select(s => Oklab.FromLinear(s.Color)).Select(l => l.A * ca + l.B * cb).Order()];
    }

    [Fact]
    public void Joy_lays_warm_and_cool_touches_side_by_side_in_a_grey_room()
    {
        var neutral = Leans(Mood.None);
        var joy = Leans(new Mood(1, 0, 0, 0));
        static float At(List<float> l, double q) => l[(int)(q * (l.Count - 1))];
        double cool = joy.Count(v => v < -0.005f) / (double)joy.Count, spread = At(joy, 0.9) - At(joy, 0.1);
        string report = $"neutral {At(neutral, 0.05):F3}…{At(neutral, 0.95):F3}; joy {At(joy, 0.1):F3}…{At(joy, 0.9):F3}, cool {cool:P0}";
        Assert.True(At(neutral, 0.05) > -0.005 && At(neutral, 0.95) < 0.005, report);
        // Seen: joy 0.000…0.027 with no cool touch before the touches (a warm grade only), −0.001…0.050 with 7 % cool after.
        Assert.True(spread > 0.04 && cool > 0.05, report);
    }
}
