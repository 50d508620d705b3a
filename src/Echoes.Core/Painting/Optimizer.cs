using Echoes.Brushes;
using Echoes.Color;
using Echoes.Rendering;
using Echoes.Strokes;
using Echoes.Targets;

namespace Echoes.Painting;

/// <summary>
/// The budgeted optimizer. For each stroke: candidates are drawn where the error is largest and oriented by the field,
/// scored in parallel with their closed-form best colour (on a coarse level of the canvas when they are broad); the best
/// few are refined by mutation (hill climbing); the winner's colour is solved at full size, then it is committed and
/// the error updated inside its bounds. Deterministic for a seed on any core count.
/// </summary>
internal sealed class Optimizer(Target target, CanvasPyramid pyramid, PaintOptions options, Brushwork brushwork, CalmField? calm)
{
    private const int Batch = 8;
    [ThreadStatic] private static StrokeGeometry? _geometry;

    private readonly int _long = Math.Max(target.Width, target.Height);
    private readonly float _lpp = brushwork.LogicalPerPixel;

    /// <summary>Places <paramref name="count"/> strokes, calling <paramref name="placed"/> with each.</summary>
    public void Run(int count, int firstIndex, Action<Stroke> placed, CancellationToken ct)
    {
        var po = new ParallelOptions { MaxDegreeOfParallelism = options.MaxDegreeOfParallelism ?? -1, CancellationToken = ct };
        // A quarter of each stroke's scorings go to fresh candidates, the rest to hill climbing: each round scores a
        // batch of mutants of the current best (in parallel when they are large) and keeps the best of them if it improves.
        int perStroke = Math.Clamp(options.SearchEffort / Math.Max(1, count), 24, 600);
        int k = perStroke / 4, rounds = Math.Max(1, (perStroke - k) / Batch);
        var cands = new Gesture[k];
        var gains = new double[k];
        var mutants = new Gesture[Batch];
        var mutantGains = new double[Batch];
        float minW = MathF.Max(1.2f, _long / 300f);
        for (int i = 0; i < count; i++)
        {
            ct.ThrowIfCancellationRequested();
            var rng = new Random(SeedMix.Of(options.Seed, firstIndex + i, 0x0517));
            float progress = count <= 1 ? 0 : i / (float)(count - 1);
            float maxW = MathF.Max(minW * 1.5f, options.FirstWidth * _long * MathF.Pow(1 - progress, 0.8f));
            var best = Search(firstIndex + i, rng, minW, maxW, k, rounds, cands, gains, mutants, mutantGains, po);
            // A broad stroke whose gain is only the texture it wipes flat (the canvas's mean there is already the photo's)
            // would stamp a flat block over finer work, a beige slab on a cat's furred nose: it is searched again,
            // at most half as broad, where a narrower mark corrects something.
            if (best.Width > BroadWidths * minW && Flattens(best))
                best = Search(firstIndex + i, new Random(SeedMix.Of(options.Seed, firstIndex + i, 0x0F1A)), minW,
                    MathF.Max(minW * 1.5f, best.Width * 0.5f), k, rounds, cands, gains, mutants, mutantGains, po, retry: true);
            placed(Commit(best, rng));
        }
    }

    // One stroke's search: fresh candidates ranked on a coarse level, the best refined by hill climbing.
    private Gesture Search(int index, Random rng, float minW, float maxW, int k, int rounds, Gesture[] cands, double[] gains,
        Gesture[] mutants, double[] mutantGains, ParallelOptions po, bool retry = false)
    {
        // Rank on the coarsest level where typical candidates are still a few pixels wide.
        int level = Math.Clamp((int)MathF.Floor(MathF.Log2(maxW * 0.35f / 4f)), 0, pyramid.Levels.Length - 1);
        float pixels = 0;
        for (int c = 0; c < k; c++) pixels += Pixels(cands[c] = NewCandidate(rng, minW, maxW), level);
        ForBatch(k, pixels, po, c => gains[c] = Score(cands[c], level).Gain);
        int top = 0;
        for (int c = 1; c < k; c++) if (gains[c] > gains[top]) top = c;
        var best = cands[top];
        double bestGain = gains[top];
        // Two thirds of the rounds on the ranking level, the last third polishing at full size, where the score is exact.
        int coarseRounds = level == 0 ? rounds : rounds * 2 / 3;
        for (int round = 0; round < rounds; round++)
        {
            int lv = round < coarseRounds ? level : 0;
            if (round == coarseRounds && level > 0) bestGain = Score(best, 0).Gain;
            var parent = best;
            ForBatch(Batch, Batch * Pixels(parent, lv), po, b =>
            {
                var r = new Random(SeedMix.Of(options.Seed, index, round, retry ? b + Batch : b));
                mutants[b] = parent.Mutate(r, target.Width, target.Height, minW, maxW * 1.5f, options.FreeTaper);
                mutantGains[b] = Score(mutants[b], lv).Gain;
            });
            for (int b = 0; b < Batch; b++)
                if (mutantGains[b] > bestGain) { bestGain = mutantGains[b]; best = mutants[b]; }
        }
        return best;
    }

    // How many of the narrowest widths a stroke spans before it counts as broad, and how much of what a broad stroke
    // corrects must be the canvas's bias (rather than the texture under it) for it to stand.
    private const float BroadWidths = 3f, BiasShare = 0.6f;

    // Whether the gesture's gain would come from flattening: the canvas's mean under it is already nearer the target's
    // than the target varies there, so one flat colour only trades the layers' texture for none.
    private bool Flattens(in Gesture g)
    {
        var geo = _geometry ??= new StrokeGeometry();
        geo.Build(g.ToStroke(_lpp, Rgb.Black), 1f / _lpp);
        var full = pyramid.Full;
        var sink = new FootprintSink { T = full.T, C = full.C, W = full.W };
        Rasterizer.Rasterize(geo, 0, 0, full.W, full.H, ref sink);
        return sink.Bias < BiasShare * sink.Texture;
    }

    // Scoring in parallel pays only for a batch with enough pixels: handing work to another core costs about as much as
    // scoring a few thousand, and most candidates cover a few hundred at their ranking level (measured on two cores: the
    // default paint's search took 112 ms alone against 162-193 ms in parallel, twice the CPU time). Same scores either way.
    private const float ParallelPixels = 20_000;

    private static void ForBatch(int n, float pixels, ParallelOptions po, Action<int> body)
    {
        if (pixels >= ParallelPixels) Parallel.For(0, n, po, body);
        else for (int i = 0; i < n; i++) body(i);
    }

    // About how many pixels a gesture covers at a pyramid level.
    private static float Pixels(in Gesture g, int level) => (g.Length + g.Width) * g.Width / (1 << 2 * level);

    private Gesture NewCandidate(Random rng, float minW, float maxW)
    {
        var (x, y) = pyramid.Full.SamplePosition(rng);
        int p = y * target.Width + x;
        float width = MathF.Exp(Lerp(MathF.Log(MathF.Max(minW, maxW * 0.15f)), MathF.Log(maxW), rng.NextSingle()));
        width = MathF.Max(minW, width * (1f - 0.5f * target.Importance[p]));
        width = MathF.Max(minW, width * (1f - 0.6f * options.FocusDetail * target.FocusAt(p)));
        float aspect = Lerp(options.Aspect.Min, options.Aspect.Max, rng.NextSingle());
        // In a calm passage the stroke lies along the calmed field, as its neighbours do, rather than at a random angle.
        float still = calm?.Calm[p] ?? 0f;
        float angle = rng.NextSingle() < (0.2f + 0.6f * (1 - target.Coherence[p])) * (1 - still)
            ? rng.NextSingle() * MathF.PI
            : MathF.Atan2(calm?.Y[p] ?? target.DirY[p], calm?.X[p] ?? target.DirX[p])
                + Gesture.Gaussian(rng) * options.AngleJitter * (1 - 0.6f * still) * (MathF.PI / 180f);
        if (options.Lift != 0)
        {
            float ax = MathF.Cos(angle), ay = MathF.Sin(angle);
            if (ay * options.Lift < 0) { ax = -ax; ay = -ay; }
            angle = MathF.Atan2(ay + options.Lift, ax);
        }
        var kind = Brushwork.Laid(brushwork.PickBrush(rng, target.FocusAt(p)), calm?.Laying(p, target.Encoded) ?? 0f, rng);
        // The closed-form colour is for covering paint; a glaze multiplies, so the optimizer paints it as a round brush.
        if (Brush.Of(kind).Profile.Multiply) kind = BrushKind.Round;
        float cx = x + 0.5f, cy = y + 0.5f, length = width * aspect;
        if (rng.NextSingle() < 0.7f) (cx, cy, length, width) = FitRegion(x, y, angle, rng, minW, maxW);
        return new Gesture(cx, cy, angle, length, width, FieldBend((int)cx, (int)cy, angle, length) * options.Curvature, kind,
            (uint)rng.Next(), brushwork.PickOpacity(rng, target.FocusAt(p)), brushwork.PickLoad(rng, target.FocusAt(p)),
            options.Taper.Start, options.Taper.End);
    }

    /// <summary>
    /// Sizes a candidate to the patch of similar colour around the seed: walks along the stroke direction and across
    /// it until the target departs from the seed's colour by more than a tolerance (drawn at random, so candidates of
    /// many sizes compete). Fitted candidates start far closer to a good stroke than random ones.
    /// </summary>
    private (float X, float Y, float Length, float Width) FitRegion(int x, int y, float angle, Random rng, float minW, float maxW)
    {
        var t = pyramid.Full.T;
        int w = target.Width, h = target.Height;
        int s = (y * w + x) * 3;
        float r0 = t[s], g0 = t[s + 1], b0 = t[s + 2];
        float tol = 0.04f + 0.22f * rng.NextSingle();
        tol *= tol;
        float dx = MathF.Cos(angle), dy = MathF.Sin(angle);
        float step = MathF.Max(1f, _long / 128f);
        float Walk(float ux, float uy, float limit)
        {
            float d = 0;
            while (d < limit)
            {
                float nd = d + step;
                int px = (int)(x + 0.5f + ux * nd), py = (int)(y + 0.5f + uy * nd);
                if (px < 0 || py < 0 || px >= w || py >= h) break;
                int j = (py * w + px) * 3;
                float er = t[j] - r0, eg = t[j + 1] - g0, eb = t[j + 2] - b0;
                if (er * er + eg * eg + eb * eb > tol) break;
                d = nd;
            }
            return d;
        }
        float maxLen = maxW * options.Aspect.Max;
        float fwd = Walk(dx, dy, maxLen * 0.5f), back = Walk(-dx, -dy, maxLen * 0.5f);
        float left = Walk(-dy, dx, maxW * 0.5f), right = Walk(dy, -dx, maxW * 0.5f);
        float length = fwd + back + step, width = Math.Clamp(left + right + step, minW, maxW);
        float shift = 0.5f * (fwd - back), lateral = 0.5f * (left - right);
        return (x + 0.5f + dx * shift - dy * lateral, y + 0.5f + dy * shift + dx * lateral, MathF.Max(length, width), width);
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

    /// <summary>Scores a gesture on one level, footprint only (texture is left to the commit, which is exact).</summary>
    private (float R, float G, float B, double Gain) Score(in Gesture g, int level, bool textured = false)
    {
        var canvas = pyramid.Levels[level];
        var geo = _geometry ??= new StrokeGeometry();
        var stroke = g.ToStroke(_lpp, Rgb.Black);
        geo.Build(stroke, 1f / (_lpp * (1 << level)), textured: textured);
        var sink = new ScoreSink { T = canvas.T, C = canvas.C, W = canvas.W };
        // Whole-pixel filling ranks broad strokes as well as antialiased coverage does, at a fraction of the cost.
        if (textured || g.Width < 6 << level) Rasterizer.Rasterize(geo, 0, 0, canvas.W, canvas.H, ref sink);
        else ScanFill.Fill(geo, stroke, canvas.W, canvas.H, ref sink);
        return sink.Solve();
    }

    private Stroke Commit(in Gesture g, Random rng)
    {
        var s = Score(g, 0, textured: true);
        int at = Math.Clamp((int)g.Y, 0, target.Height - 1) * target.Width + Math.Clamp((int)g.X, 0, target.Width - 1);
        // A correction mixes its darks no more than the layers' strokes around it (their truth rule): mixed fully in a
        // smooth black mass the layers barely lift, it would stand out of it as a lifted slab.
        float focus = target.FocusAt(at);
        var (r, gr, b) = brushwork.Styled(s.R, s.G, s.B, rng, focus, Brushwork.Truth(focus, target.Importance[at]),
            _passages ? new Point2(g.X, g.Y) : null);
        var stroke = g.ToStroke(_lpp, new Rgb(Srgb.ToLinear(r), Srgb.ToLinear(gr), Srgb.ToLinear(b)));
        var geo = _geometry ??= new StrokeGeometry();
        pyramid.Commit(geo, (gm, f) => gm.Build(stroke, f / _lpp), r, gr, b);
        return stroke;
    }

    // Whether a correction shares the colour of the touches around it (Touch.Passage), as the layers' touches do: where
    // they carry no touch (a scene's guided landscape, a mood that leaves canvas bare), it does not either.
    private readonly bool _passages = options.Touch.Passage > 0f && target.Guide is null && brushwork.Mood.Bare <= 0;

    private static float Lerp(float a, float b, float t) => a + (b - a) * t;
}
