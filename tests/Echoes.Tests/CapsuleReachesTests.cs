using System.Runtime.Intrinsics;
using Echoes.Color;
using Echoes.Rendering;
using Echoes.Strokes;

namespace Echoes.Tests;

public class CapsuleReachesTests
{
    // Curved strokes of every brush (splatter and drips lay discs beside the spine), some reaching past the canvas.
    public static TheoryData<BrushKind> Kinds => [.. Enum.GetValues<BrushKind>()];

    private static IEnumerable<StrokeGeometry> Strokes(BrushKind kind)
    {
        var rng = new Random(19);
        for (int n = 0; n < 12; n++)
        {
            Point2 At() => new(rng.NextSingle() * 260 - 30, rng.NextSingle() * 260 - 30);
            var s = new Stroke
            {
                Brush = kind, Points = [At(), At(), At()], Width = 2 + 40 * rng.NextSingle(), Color = Rgb.Black, Seed = (uint)n,
            };
            var g = new StrokeGeometry();
            g.Build(s, 1f);
            yield return g;
        }
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Eight_capsules_at_a_time_find_the_same_runs_as_one_at_a_time(BrushKind kind)
    {
        const int rx0 = 0, rx1 = 200;
        var reaches = new CapsuleReaches();
        int found = 0;
        foreach (var g in Strokes(kind))
        {
            reaches.Set(g);
            for (float py = MathF.Floor(g.MinY) + 0.5f; py < g.MaxY + 1; py++)
                for (int i = 0; i < g.Count; i += Vector256<float>.Count)
                {
                    uint bits = reaches.Runs(i, py, rx0, rx1, out var lo, out var hi);
                    for (int k = 0; k < Vector256<float>.Count && i + k < g.Count; k++)
                    {
                        bool one = reaches.Run(i + k, py, rx0, rx1, out int l, out int h);
                        Assert.Equal(one, (bits >> k & 1) != 0);
                        if (!one) continue;
                        Assert.Equal((l, h), (lo[k], hi[k]));
                        found++;
                    }
                    Assert.Equal(0u, bits >> Math.Min(g.Count - i, 8));
                }
        }
        Assert.True(found > 1000, $"only {found} runs");
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void A_capsules_run_holds_every_pixel_whose_centre_it_reaches(BrushKind kind)
    {
        const int rx0 = 0, rx1 = 200;
        var reaches = new CapsuleReaches();
        int inside = 0;
        foreach (var g in Strokes(kind))
        {
            reaches.Set(g);
            for (int i = 0; i < g.Count; i++)
            {
                var c = g.Caps[i];
                for (float py = MathF.Floor(c.MinY) + 0.5f; py < c.MaxY; py++)
                {
                    bool any = reaches.Run(i, py, rx0, rx1, out int lo, out int hi);
                    for (int x = rx0; x < rx1; x++)
                    {
                        // The pixel centre's distance to the segment, against the radius there plus half a pixel (less a
                        // margin for rounding).
                        float px = x + 0.5f, l2 = c.Dx * c.Dx + c.Dy * c.Dy;
                        float t = l2 > 0 ? Math.Clamp(((px - c.Ax) * c.Dx + (py - c.Ay) * c.Dy) / l2, 0f, 1f) : 0f;
                        float ex = px - c.Ax - t * c.Dx, ey = py - c.Ay - t * c.Dy;
                        if (MathF.Sqrt(ex * ex + ey * ey) > c.Ra + t * (c.Rb - c.Ra) + 0.49f) continue;
                        inside++;
                        Assert.True(any && lo <= x && x <= hi, $"capsule {i} row {py}: pixel {x} outside [{lo}, {hi}]");
                    }
                }
            }
        }
        Assert.True(inside > 1000, $"only {inside} pixels");
    }
}
