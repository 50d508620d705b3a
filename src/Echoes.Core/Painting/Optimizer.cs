using Echoes.Color;
using Echoes.Rendering;
using Echoes.Strokes;

namespace Echoes.Painting;

/// <summary>
/// The budgeted optimizer. For each stroke: candidates are drawn where the error is largest and oriented by the field,
/// each scored in parallel with its closed-form best colour; the best few are refined by mutation (hill climbing);
/// the winner is committed and the error updated inside its bounds. Deterministic for a seed on any core count.
/// </summary>
internal sealed class Optimizer(Target target, WorkCanvas canvas, PaintOptions options, Brushwork brushwork)
{
    private const int Chains = 2;
    [ThreadStatic] private static StrokeGeometry? _geometry;

    private readonly int _long = Math.Max(target.Width, target.Height);

    /// <summary>Places <paramref name="count"/> strokes, calling <paramref name="placed"/> with each.</summary>
    public void Run(int count, Action<Stroke> placed, CancellationToken ct)
    {
        var po = new ParallelOptions { MaxDegreeOfParallelism = options.MaxDegreeOfParallelism ?? -1, CancellationToken = ct };
        int k = Math.Max(1, options.Candidates);
        var cands = new Gesture[k];
        var scores = new (float R, float G, float B, double Gain)[k];
        var chainBest = new (Gesture G, (float R, float G, float B, double Gain) S)[Chains];
        float minW = MathF.Max(1.2f, _long / 300f);
        for (int i = 0; i < count; i++)
        {
            ct.ThrowIfCancellationRequested();
            var rng = new Random(SeedMix.Of(options.Seed, i, 0x0517));
            float progress = count <= 1 ? 0 : i / (float)(count - 1);
            float maxW = MathF.Max(minW * 1.5f, options.FirstWidth * _long * MathF.Pow(1 - progress, 1.3f));
            for (int c = 0; c < k; c++) cands[c] = NewCandidate(rng, minW, maxW);
            Parallel.For(0, k, po, c => scores[c] = Score(cands[c]));
            // The best few start hill-climbing chains, each with its own generator.
            var order = Enumerable.Range(0, k).OrderByDescending(c => scores[c].Gain).ThenBy(c => c).Take(Chains).ToArray();
            Parallel.For(0, order.Length, po, ch =>
            {
                var r = new Random(SeedMix.Of(options.Seed, i, ch, 0x3A7));
                var best = cands[order[ch]];
                var bestScore = scores[order[ch]];
                for (int m = 0; m < options.Mutations; m++)
                {
                    var next = best.Mutate(r, target.Width, target.Height, minW, maxW * 1.5f);
                    var s = Score(next);
                    if (s.Gain > bestScore.Gain) { best = next; bestScore = s; }
                }
                chainBest[ch] = (best, bestScore);
            });
            var win = chainBest[0];
            for (int ch = 1; ch < order.Length; ch++) if (chainBest[ch].S.Gain > win.S.Gain) win = chainBest[ch];
            placed(Commit(win.G, win.S, rng));
        }
    }

    private Gesture NewCandidate(Random rng, float minW, float maxW)
    {
        var (x, y) = canvas.SamplePosition(rng);
        int p = y * target.Width + x;
        float width = MathF.Exp(Lerp(MathF.Log(MathF.Max(minW, maxW * 0.3f)), MathF.Log(maxW), rng.NextSingle()));
        width = MathF.Max(minW, width * (1f - 0.5f * target.Importance[p]));
        float aspect = Lerp(options.Aspect.Min, options.Aspect.Max, rng.NextSingle());
        float angle = rng.NextSingle() < 0.2f + 0.6f * (1 - target.Coherence[p])
            ? rng.NextSingle() * MathF.PI
            : MathF.Atan2(target.DirY[p], target.DirX[p]) + Gesture.Gaussian(rng) * options.AngleJitter * (MathF.PI / 180f);
        var kind = brushwork.PickBrush(rng);
        return new Gesture(x + 0.5f, y + 0.5f, angle, width * aspect, width, FieldBend(x, y, angle, width * aspect) * options.Curvature, kind,
            (uint)rng.Next(), brushwork.PickOpacity(rng), brushwork.PickLoad(rng));
    }

    // How the field turns over the stroke's length, as the bend of its middle point (a circular arc's sagitta).
    private float FieldBend(int x, int y, float angle, float length)
    {
        float dx = MathF.Cos(angle), dy = MathF.Sin(angle);
        int ex = Math.Clamp((int)(x + dx * length * 0.5f), 0, target.Width - 1), ey = Math.Clamp((int)(y + dy * length * 0.5f), 0, target.Height - 1);
        int q = ey * target.Width + ex;
        float fx = target.DirX[q], fy = target.DirY[q];
        if (fx * dx + fy * dy < 0) { fx = -fx; fy = -fy; }
        float turn = MathF.Atan2(dx * fy - dy * fx, dx * fx + dy * fy) * target.Coherence[q];
        return Math.Clamp(turn / 4f, -0.3f, 0.3f);
    }

    private (float R, float G, float B, double Gain) Score(in Gesture g)
    {
        var geo = _geometry ??= new StrokeGeometry();
        geo.Build(g.ToStroke(brushwork.LogicalPerPixel, Rgb.Black, options.Taper), 1f / brushwork.LogicalPerPixel);
        var sink = new ScoreSink { T = canvas.T, C = canvas.C, W = canvas.W };
        Rasterizer.Rasterize(geo, 0, 0, canvas.W, canvas.H, ref sink);
        return sink.Solve();
    }

    private Stroke Commit(in Gesture g, (float R, float G, float B, double Gain) s, Random rng)
    {
        var (r, gr, b) = brushwork.Styled(s.R, s.G, s.B, rng);
        var stroke = g.ToStroke(brushwork.LogicalPerPixel, new Rgb(Srgb.ToLinear(r), Srgb.ToLinear(gr), Srgb.ToLinear(b)), options.Taper);
        var geo = _geometry ??= new StrokeGeometry();
        geo.Build(stroke, 1f / brushwork.LogicalPerPixel);
        canvas.Commit(geo, r, gr, b);
        return stroke;
    }

    private static float Lerp(float a, float b, float t) => a + (b - a) * t;
}
