using Echoes.Scenes;
using SkiaSharp;

namespace Echoes.Tests;

/// <summary>A dune's slip face is a slope turning away into the sand, not a shaded block: measured on one swell's shade
/// drawn alone (black on white), its lower edge climbs toward the hollow, curving into the sand, where a block's foot
/// lies level (the curators saw "shaded rectangular blocks").</summary>
public class SceneDuneFaceTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData(1f, 0.25f)]
    [InlineData(-1f, 0.25f)]
    [InlineData(1f, 0.6f)]
    public void The_lee_shade_s_lower_edge_climbs_toward_the_hollow(float lee, float steep)
    {
        const int w = 800, h = 400;
        const float foot = 320f;
        var crest = Swell(w, lee, steep);
        using var bitmap = new SKBitmap(w, h);
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(SKColors.White);
            DuneField.SlipFaces(canvas, crest, foot, lee, SKColors.Black, SKColors.White, 1f);
        }
        var brink = Assert.Single(DuneBrink.On(crest, foot, lee));
        var (top, hollow) = (crest[brink.Top], crest[brink.Hollow]);
        float drop = foot - top.Y;
        // Across the face from near the brink to near the hollow: in each column, the lowest place still half as dark as
        // the darkest under the crest there.
        float Edge(float s)
        {
            int x = (int)(top.X + (hollow.X - top.X) * s);
            int y0 = (int)LandLayers.CrestAt(crest, x) + 2;
            float Dark(int y) => 1f - bitmap.GetPixel(x, y).Red / 255f;
            float most = Enumerable.Range(y0, h - y0).Max(Dark);
            return Enumerable.Range(y0, h - y0).Last(y => Dark(y) >= most * 0.5f);
        }
        var edges = new[] { 0.2f, 0.4f, 0.6f, 0.8f }.Select(Edge).ToArray();
        output.WriteLine($"lee {lee}, steep {steep}: drop {drop:F0}, the edge at {string.Join(", ", edges.Select(e => e.ToString("F0")))}");
        // A block's foot lies level (or sinks toward the hollow as the face's top falls with the crest); a face turning
        // away climbs with its toe toward the hollow, from near the brink to near it by 20 % at least of the height it can
        // climb (from the foot up to the hollow).
        float can = foot - hollow.Y;
        Assert.True(edges[0] - edges[^1] > 0.2f * can,
            $"the shade's lower edge climbs only {edges[0] - edges[^1]:F0} of {can:F0} pixels toward the hollow (lee {lee}, drop {drop:F0})");
        Assert.True(edges.Zip(edges.Skip(1)).All(p => p.Second <= p.First + 2f), "the shade's lower edge does not climb steadily");
    }

    // One swell on a level crest, its brink near the middle: a long windward flank and a lee flank steep by how much of it
    // falls (as a fraction of the windward's breadth), falling toward lee.
    private static (float X, float Y)[] Swell(int w, float lee, float steep)
    {
        var crest = new (float X, float Y)[193];
        for (int i = 0; i < crest.Length; i++)
        {
            float x = i / 192f, d = (x - 0.5f) * lee;
            float up = d >= 0 ? MathF.Pow(MathF.Max(0f, 1f - d / (0.4f * steep)), 1.5f) : 1f - MathF.Pow(MathF.Min(1f, -d / 0.4f), 1.25f);
            crest[i] = (x * w, 260f - 140f * up);
        }
        return crest;
    }
}
