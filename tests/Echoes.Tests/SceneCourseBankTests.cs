using Echoes.Color;
using Echoes.Imaging;
using Echoes.Scenes;

namespace Echoes.Tests;

/// <summary>
/// A river's or a path's banks are drawn edges, not staircases: the level rows of the ground and the water each end where
/// the course begins, so uncut, a bank steps sideways at every row's edge. Measured on the painted banks: at each pixel row
/// of the near half of the ground, where the colour turns most sharply near the bank, and how far that edge jumps from
/// one row to the next beyond what the bank's own slope accounts for.
/// </summary>
public class SceneCourseBankTests(ITestOutputHelper output)
{
    private const int Working = 512;

    // Uncut, these banks stepped in 25–39 % of their rows (mean 0.32); cut in, 9–32 % (mean 0.17).
    [Fact]
    public void Banks_run_smoothly_without_steps()
    {
        var shares = new List<float>();
        foreach (var (kind, time, seed) in new[] { (LandscapeKind.Valley, TimeOfDay.Day, 3), (LandscapeKind.Valley, TimeOfDay.Dusk, 11),
            (LandscapeKind.Plains, TimeOfDay.Dusk, 7), (LandscapeKind.Plains, TimeOfDay.Night, 21) })
        {
            var scene = SceneRenders.Land(kind, time, "", seed, (1500, 1000));
            var (painting, c) = SceneRenders.OwnStrokes(scene, Working, Working, impasto: false);
            Assert.NotNull(c.Course);
            var steps = new List<float>();
            foreach (var bank in new[] { c.Course.Left, c.Course.Right }) steps.AddRange(Jumps(painting, c, bank));
            float stepped = steps.Count(j => j > 2.5f) / (float)steps.Count;
            output.WriteLine($"{kind} {time} seed {seed}: {steps.Count} rows, share of rows whose edge steps over 2.5 px {stepped:F3}, mean jump {steps.Average():F2} px");
            Assert.True(steps.Count > 100, $"{kind} {time}: only {steps.Count} rows of bank found");
            Assert.True(stepped < 0.4f, $"{kind} {time}: {stepped:P1} of the bank's rows step sideways over 2.5 px");
            shares.Add(stepped);
        }
        Assert.True(shares.Average() < 0.22f, $"the banks step sideways over 2.5 px in {shares.Average():P1} of their rows");
    }

    // For each pixel row of the near half of the ground: the edge nearest the bank (the sharpest colour turn within a
    // ground row's width of it), and its jump from the row above less the bank's own run.
    private static List<float> Jumps(Canvas painting, Composition c, (float X, float Y)[] bank)
    {
        int h = painting.Height;
        var jumps = new List<float>();
        float? lastEdge = null, lastBank = null;
        for (int y = (int)(c.LandTop + 0.45f * (h - c.LandTop)); y < h - 2; y++)
        {
            float bx = BankX(bank, y), reach = GroundStrokes.RowWidth(c, y) * 1.2f;
            float edge = Sharpest(painting, y, (int)(bx - reach), (int)(bx + reach), out float turn);
            if (turn < 0.04f || GroundStrokes.Behind(c, bx, y, reach)) { lastEdge = null; continue; }
            if (lastEdge is { } le && lastBank is { } lb) jumps.Add(MathF.Abs(edge - le - (bx - lb)));
            (lastEdge, lastBank) = (edge, bx);
        }
        return jumps;
    }

    private static float BankX((float X, float Y)[] bank, float y)
    {
        for (int i = 1; i < bank.Length; i++)
            if (bank[i].Y >= y)
            {
                var (a, b) = (bank[i - 1], bank[i]);
                return a.X + (b.X - a.X) * ((y - a.Y) / MathF.Max(1e-3f, b.Y - a.Y));
            }
        return bank[^1].X;
    }

    // Where along row y, between x0 and x1, the colour (Oklab) turns most from two pixels left to two right.
    private static float Sharpest(Canvas p, int y, int x0, int x1, out float turn)
    {
        turn = 0f;
        float best = (x0 + x1) * 0.5f;
        for (int x = Math.Max(2, x0); x < Math.Min(p.Width - 2, x1); x++)
        {
            float d = Distance(Lab(p, x - 2, y), Lab(p, x + 2, y));
            if (d > turn) (turn, best) = (d, x);
        }
        return best;
    }

    private static Oklab Lab(Canvas p, int x, int y)
    {
        int i = (y * p.Width + x) * 4;
        return Oklab.FromLinear(Rgb.FromSrgb8(p.Pixels[i], p.Pixels[i + 1], p.Pixels[i + 2]));
    }

    private static float Distance(Oklab a, Oklab b) => MathF.Sqrt((a.L - b.L) * (a.L - b.L) + (a.A - b.A) * (a.A - b.A) + (a.B - b.B) * (a.B - b.B));
}
