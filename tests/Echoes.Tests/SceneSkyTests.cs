using Echoes.Scenes;

namespace Echoes.Tests;

/// <summary>The sky a scene paints, measured on real renders (with relief) of the scene's own strokes: one continuous
/// sky, not a wall of stamped tiles.</summary>
public class SceneSkyTests
{
    private const string People = """
        title: Sky
        size: [2000, 1200]
        seed: 7
        figures:
          - { name: A, pose: standing }
          - { name: B, pose: sitting }
        ties:
          - { from: A, to: B, strength: 0.6 }
        """;

    private const int Width = 800, Cell = 24, Row = 4;

    public static TheoryData<LandscapeKind, TimeOfDay> Skies() => new()
    {
        { LandscapeKind.Mountains, TimeOfDay.Night },
        { LandscapeKind.Mountains, TimeOfDay.Dusk },
        { LandscapeKind.Plains, TimeOfDay.Day },
        { LandscapeKind.Coast, TimeOfDay.Dawn },
    };

    [Theory]
    [MemberData(nameof(Skies))]
    public void Open_sky_changes_smoothly_from_row_to_row_with_no_tiles(LandscapeKind kind, TimeOfDay time)
    {
        var scene = SceneReader.Parse(People) with { Landscape = new Landscape(kind, time) };
        var (painting, c) = SceneRenders.OwnStrokes(scene, 400, Width, impasto: true);
        using var _ = painting;
        float k = c.Target.Width / (float)painting.Width;
        float disc = MathF.Min(c.Target.Width, c.Target.Height) * 0.1f;
        int worst = 0, wy = 0;
        float? above = null;
        for (int y = 0; y + Row <= painting.Height; y += Row)
        {
            // The band's mean over its columns of open sky, a cell's width in from either side (the rows' ends taper off
            // the canvas there); a band with little open sky breaks the run.
            var open = Enumerable.Range(1, painting.Width / Cell - 2).Select(i => i * Cell)
                .Where(x => OpenSky(c, x * k, y * k, (Cell + 2) * k, (Row + 2) * k, disc)).ToList();
            if (open.Count < painting.Width / Cell / 4) { above = null; continue; }
            float value = 255f * (float)open.Average(x => SceneRenders.Luminance(painting, x, x + Cell, y, y + Row));
            if (above is float a && MathF.Abs(value - a) > worst) (worst, wy) = ((int)MathF.Round(MathF.Abs(value - a)), y);
            above = value;
        }
        // Rows broken where the colour turned (breaks lining up into stamped blocks) measured 13 and 14 here at night and
        // at dusk over mountains.
        Assert.True(worst < 12, $"a step of {worst}/255 between vertically adjacent bands of open sky at {wy} ({kind}, {time})");
    }

    // Sky all over the cell and a margin round it, clear of the sun or moon's disc and of the figures and ties.
    private static bool OpenSky(Composition c, float x, float y, float w, float h, float disc)
    {
        for (float u = x - 2; u <= x + w; u += 1)
            for (float v = y - 2; v <= y + h; v += 1)
                if (c.Layers.At(u, v) != LandLayers.Sky) return false;
        float dx = x + w / 2 - c.Light.X, dy = y + h / 2 - c.Light.Y;
        return dx * dx + dy * dy > disc * disc && y + h < c.Figures.Min(f => f.Box.T) - disc;
    }
}
