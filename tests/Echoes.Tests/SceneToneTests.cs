using Echoes.Color;
using Echoes.Scenes;

namespace Echoes.Tests;

/// <summary>Ties and echoes belong to the painting: in the ground's own colour lifted off it, and echoes as open arcs.</summary>
public class SceneToneTests
{
    [Theory]
    [InlineData(0x2e, 0x4a, 0x34)] // dusk grass
    [InlineData(0xd8, 0xb0, 0x60)] // noon wheat
    [InlineData(0xe6, 0xc8, 0xb4)] // dawn sand
    [InlineData(0x1c, 0x22, 0x30)] // night ground
    public void A_line_in_the_grounds_tone_keeps_its_hue_and_stands_off_it_in_value(byte r, byte g, byte b)
    {
        var ground = Rgb.FromSrgb8(r, g, b);
        var lifted = Oklab.FromLinear(GroundTone.Lift(ground, 0.3f, 0.7f, 0f, Rgb.White)).ToOklch();
        var own = Oklab.FromLinear(ground).ToOklch();
        // Lighter over dark ground, darker over light, by most of the lift (a little may be lost to the gamut).
        Assert.True(MathF.Abs(lifted.L - own.L) > 0.25f, $"lifted {lifted.L:F2} from {own.L:F2}");
        Assert.Equal(own.L <= GroundTone.LightGround, lifted.L > own.L);
        float hue = MathF.Abs(lifted.H - own.H) % 360f;
        Assert.True(MathF.Min(hue, 360f - hue) < 25f, $"hue {lifted.H:F0} from the ground's {own.H:F0}");
    }

    [Fact]
    public void Echoes_are_open_arcs_never_whole_rings()
    {
        var (plan, c, scale) = SceneMarkTests.Marks(SceneMarkTests.CrowdIn(LandscapeKind.Plains, TimeOfDay.Dusk));
        foreach (var f in c.Figures.Where(f => f.Figure.Name is "K" or "L"))
        {
            var strokes = plan.Strokes.Where(s => s.Part == "echo:" + f.Figure.Name).ToList();
            Assert.True(strokes.Count >= 4, $"{f.Figure.Name} sends {strokes.Count} strokes");
            foreach (var s in strokes)
            {
                // The angle each stroke sweeps about the feet, on the ground's ellipse (0.32 as high as it is wide).
                var angles = s.Points.Select(q => MathF.Atan2((q.Y / scale - f.Y) / 0.32f, q.X / scale - f.X)).ToList();
                float sweep = angles.Zip(angles.Skip(1), (a, b) => MathF.Abs(MathF.IEEERemainder(b - a, 2 * MathF.PI))).Sum();
                // The ripples of before were half rings in front (π) and back: an open arc leaves a good part of that off.
                Assert.True(sweep < 0.9f * MathF.PI, $"{f.Figure.Name}: a ripple sweeps {sweep / MathF.PI:F2} π");
            }
        }
    }
}
