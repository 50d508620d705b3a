using Echoes.Brushes;
using Echoes.Color;
using Echoes.Imaging;
using Echoes.Rendering;
using Echoes.Strokes;
using Echoes.Targets;

namespace Echoes.Painting;

/// <summary>
/// Hertzmann's layered painter (SIGGRAPH 1998), coarse to fine: each layer blurs the target to its brush's scale,
/// finds grid cells where the canvas still differs, and from each starts a curved stroke that follows the field and
/// stops where the colour departs from its own. Strokes of a layer are traced in parallel from the layer's starting
/// canvas (as in the original), then painted in a seeded random order.
/// </summary>
internal sealed class LayeredPass(Target target, CanvasPyramid pyramid, PaintOptions o, Brushwork brushwork, CalmField? calm)
{
    private readonly WorkCanvas canvas = pyramid.Full;
    // Low-contrast pictures (night scenes, fog) get a proportionally lower repaint threshold, so their quiet value
    // differences are still painted.
    private readonly float _threshold = o.LayerThreshold * Math.Clamp(Contrast(target.Encoded) / 0.18f, 0.35f, 1f);

    /// <summary>The luma spread (standard deviation, 0–1) of an encoded picture or canvas.</summary>
    internal static float Contrast(float[] encoded)
    {
        double sum = 0, sq = 0;
        int n = encoded.Length / 3;
        for (int i = 0; i < encoded.Length; i += 3)
        {
            double l = 0.3 * encoded[i] + 0.59 * encoded[i + 1] + 0.11 * encoded[i + 2];
            sum += l; sq += l * l;
        }
        double mean = sum / n;
        return (float)Math.Sqrt(Math.Max(0, sq / n - mean * mean));
    }
    private const int MaxPoints = 8;
    // The photo a little softened (σ of one pixel, so noise does not count as an edge): where a stroke crossing into
    // other colour stops, whatever its layer's blur.
    private readonly float[] _sharp = Softened(target);

    private static float[] Softened(Target t)
    {
        var s = (float[])t.Encoded.Clone();
        Blur.Gaussian(s, t.Width, t.Height, 3, 1f);
        return s;
    }

    /// <summary>Runs every layer, then a finer one over the subject where the target has a focus; at most
    /// <paramref name="cap"/> strokes in all when given. Returns how many strokes the style's own layers placed (the
    /// focus layer's are extra detail, not part of the share the optimizer's budget is reckoned from).</summary>
    public int Run(int? cap, Action<Stroke> placed, CancellationToken ct)
    {
        int w = target.Width, longSide = Math.Max(w, target.Height);
        int total = 0;
        var po = new ParallelOptions { MaxDegreeOfParallelism = o.MaxDegreeOfParallelism ?? -1, CancellationToken = ct };
        // The focus layer: about a third of the finest brush (finest where the subject's detail is), seeded only on the
        // subject, painted on top.
        bool focusLayer = target.FocusMap is not null && o.FocusDetail > 0;
        int layers = o.LayerRadii.Length + (focusLayer ? 1 : 0), own = 0;
        // Marks are sized by the detail only where the canvas is to be covered: under a mood that leaves it bare (loss)
        // the colour alone decides, and broader subject strokes would scatter its bare regions.
        bool sized = brushwork.Mood.Bare <= 0;
        // A layer's blurred target and detail map read only the target: the next layer's are made beside this one's
        // tracing and committing, in the buffer of the layer before (done with by then).
        var next = Task.FromResult(layers == 0 ? ([], null) : Inputs(0, longSide, new float[target.Encoded.Length]));
        float[]? spare = null;
        for (int layer = 0; layer < layers; layer++)
        {
            bool onFocus = layer == o.LayerRadii.Length;
            float radius = Radius(layer, longSide);
            var (blurred, detail) = next.GetAwaiter().GetResult();
            if (layer + 1 < layers)
            {
                int after = layer + 1;
                var buffer = spare ?? new float[blurred.Length];
                next = po.MaxDegreeOfParallelism == 1 ? Task.FromResult(Inputs(after, longSide, buffer))
                    : Task.Run(() => Inputs(after, longSide, buffer), ct);
            }
            spare = blurred;
            var seeds = Seeds(blurred, radius, detail, onFocus);
            if (cap is int c)
            {
                int layerCap = (c - total) / (layers - layer);
                if (seeds.Count > layerCap)
                    seeds = [.. seeds.OrderByDescending(s => s.Err).ThenBy(s => s.Y).ThenBy(s => s.X).Take(Math.Max(0, layerCap))];
            }
            var made = new (Stroke Stroke, float R, float G, float B)[seeds.Count];
            Parallel.For(0, seeds.Count, po, i =>
            {
                var rng = new Random(SeedMix.Of(o.Seed, layer, seeds[i].X, seeds[i].Y));
                float r = onFocus && sized ? Finer(radius, detail![seeds[i].Y * w + seeds[i].X]) : radius;
                made[i] = Trace(seeds[i].X, seeds[i].Y, r, blurred, rng, onFocus);
            });
            // The lay-in goes under the first layer, so no gap between the layers' strokes is bare canvas (a mood that
            // leaves canvas bare, loss, has none). The first layer was traced on the bare ground, so it still blocks in
            // everything and the lay-in shows only in its gaps. It is extra, like the focus layer: the optimizer's share
            // is reckoned from the layers' own strokes.
            if (layer == 0 && brushwork.Mood.Bare <= 0)
                total += new Underpainting(target, o, brushwork, calm).Run(canvas, cap is int u ? u / 8 : null, placed, po);
            var painted = Array.ConvertAll(PaintOrder(made, seeds, layer, onFocus), i => made[i]);
            // Only the full-size canvas is kept up to date here; the coarse levels are resynchronised afterwards.
            canvas.CommitAll(painted, 1f / brushwork.LogicalPerPixel, po);
            foreach (var m in painted) placed(m.Stroke);
            total += painted.Length;
            if (!onFocus) own += painted.Length;
        }
        // Last, thin lines the layers' brushes were too broad for, drawn along their length by a round brush, or where
        // a style has none but the knife, by the knife's edge drawn along them, as a knife painter draws a mast or a
        // wire: short slabs strung along a thin form read as a chain of beads.
        if (LineBrush(o.BrushMix) is BrushKind line)
            new LineLayer(target, canvas, o, brushwork, line).Run(cap is int cl ? Math.Max(0, cl - total) : null, placed, po);
        return own;
    }

    // The brush thin lines are drawn with: a round one where the style holds one, else the knife's edge; none otherwise.
    private static BrushKind? LineBrush(BrushWeights mix) =>
        mix[BrushKind.Round] > 0 ? BrushKind.Round : mix[BrushKind.Knife] > 0 ? BrushKind.Knife : null;

    // A layer's brush radius in working pixels: the focus layer's is about a third of the finest layer's.
    private float Radius(int layer, int longSide) =>
        MathF.Max(1f, (layer == o.LayerRadii.Length ? o.LayerRadii[^1] * 0.35f : o.LayerRadii[layer]) * longSide);

    // A layer's target blurred to its brush's scale (into buffer) and, past the first layer (which blocks in
    // everything), where the detail at its own scale is.
    private (float[] Blurred, float[]? Detail) Inputs(int layer, int longSide, float[] buffer)
    {
        float radius = Radius(layer, longSide);
        Array.Copy(target.Encoded, buffer, buffer.Length);
        Blur.Gaussian(buffer, target.Width, target.Height, 3, radius * 0.5f);
        return (buffer, layer == 0 ? null : DetailMap.Of(target, radius, layer == o.LayerRadii.Length));
    }

    // How much more a finer layer's cell must differ to be repainted where it holds no detail at the layer's scale, off
    // the subject: a quiet background keeps the coarse layers' big strokes, and the small ones go where the detail is.
    private const float QuietLoose = 0.8f;

    // The focus layer's brush at a place of this detail (0–1): the busiest places (a pupil, a lash line, lettering) get
    // the smallest and most decisive marks, the subject's quieter texture a little broader ones.
    private static float Finer(float radius, float detail) => MathF.Max(1f, radius * (FocusWide - FocusSpan * detail));

    private const float FocusWide = 1.5f, FocusSpan = 0.5f;

    // The order a layer's strokes are painted in: seeded random, as in the original; on the focus layer the strokes that
    // correct the most (a pupil's dark, a highlight, a mouth's line) go on last, as a painter puts the accents last, so
    // their quieter neighbours' overlap does not bury them. A focus stroke that could not set out (an accent hemmed in by
    // edges: a pupil, a mouth's corner) is a dab as wide as its brush; a layer's would be a round blot, which the finer
    // layers paint better (measured: keeping them lowered the subject's SSIM on two of four photos), so it is left out.
    private int[] PaintOrder((Stroke Stroke, float R, float G, float B)[] made, List<(int X, int Y, float Err)> seeds, int layer,
        bool onFocus)
    {
        var kept = Array.FindAll(Enumerable.Range(0, made.Length).ToArray(), i => onFocus || made[i].Stroke.Points.Length > 1);
        var order = Array.ConvertAll(new Random(SeedMix.Of(o.Seed, layer, 0x1A7E)).Shuffle(kept.Length), i => kept[i]);
        return onFocus ? [.. order.OrderBy(i => seeds[i].Err)] : order;
    }

    private List<(int X, int Y, float Err)> Seeds(float[] blurred, float radius, float[]? detail, bool onFocus)
    {
        bool first = detail is null;
        // One seed per brush-width cell: a layer that repaints everywhere lays each patch about three times over. The
        // focus layer's dabs are so small that a wider cell still covers the subject, with far fewer strokes.
        int w = target.Width, h = target.Height, grid = Math.Max(1, (int)(onFocus ? MathF.Ceiling(2.5f * radius) : 2 * radius));
        var seeds = new List<(int, int, float)>();
        var c = canvas.C;
        // A mood that leaves canvas bare (loss) decides where by the colour alone; otherwise all of it is covered.
        bool coverAll = !onFocus && brushwork.Mood.Bare <= 0;
        for (int gy = 0; gy < h; gy += grid)
            for (int gx = 0; gx < w; gx += grid)
            {
                int centre = Math.Min(h - 1, gy + grid / 2) * w + Math.Min(w - 1, gx + grid / 2);
                // The subject is repainted at smaller differences; the focus layer paints nothing else.
                float focus = target.FocusAt(centre);
                if (onFocus && focus < 0.15f) continue;
                float sum = 0, best = -1; int bx = gx, by = gy, n = 0, bare = -1;
                for (int y = gy; y < Math.Min(h, gy + grid); y++)
                    for (int x = gx; x < Math.Min(w, gx + grid); x++)
                    {
                        int j = (y * w + x) * 3;
                        float dr = blurred[j] - c[j], dg = blurred[j + 1] - c[j + 1], db = blurred[j + 2] - c[j + 2];
                        float d = MathF.Sqrt(dr * dr + dg * dg + db * db);
                        sum += d; n++;
                        if (d > best) { best = d; bx = x; by = y; }
                        if (bare < 0 && coverAll && canvas.IsBare(y * w + x)) bare = y * w + x;
                    }
                // The first layer blocks in everything that differs from the ground at all; canvas meant to stay bare does not.
                float rest = target.FocusMap is null ? 0f : 1f - focus;
                float local = first ? 0.3f : (1f + 0.5f * o.FocusDetail * rest) * (1f - 0.7f * o.FocusDetail * focus)
                    * (onFocus || !coverAll ? 1f : 1f + QuietLoose * o.FocusDetail * (1f - focus) * (1f - detail![centre]));
                if (sum / n > _threshold * local) seeds.Add((bx, by, sum / n));
                // Ground no stroke has reached (between the first layer's strokes, at the frame's edges) is covered,
                // however near its colour is to the photo's.
                else if (bare >= 0) seeds.Add((bare % w, bare / w, sum / n));
            }
        return seeds;
    }

    // How a stroke begins: its brush, colour, size and the scales its region sets; as a touch (Touch), the fewest steps
    // it takes before its colour may stop it and how far its width may stray from the layer's.
    private record struct Start(BrushKind Kind, float R, float G, float B, float Radius, float LengthScale, int Least = 0,
        float Spread = 0f, float Calm = 0f, float Belongs = 0f);

    // Traces one stroke from (x0, y0): where it begins, the path it walks along the field, and the mark it leaves.
    private (Stroke, float, float, float) Trace(int x0, int y0, float radius, float[] blurred, Random rng, bool onFocus)
    {
        var start = Begin(x0, y0, radius, blurred, rng, onFocus);
        var pts = Walk(x0, y0, start, blurred, rng);
        return (Mark(pts, start, (y0 * target.Width + x0) * 3, rng), start.R, start.G, start.B);
    }

    private Start Begin(int x0, int y0, float radius, float[] blurred, Random rng, bool onFocus)
    {
        int j0 = (y0 * target.Width + x0) * 3;
        // On the subject: brushes rather than broad marks, truer colour, shorter strokes that draw its form.
        float focus = target.FocusAt(y0 * target.Width + x0);
        float still = onFocus ? 0f : calm?.Laying(y0 * target.Width + x0, blurred) ?? 0f;
        var kind = Brushwork.Laid(brushwork.PickBrush(rng, focus), still, rng);
        // Smooth passages of the photo (a sky's fade, a wall) keep their colour truer too: a limited palette would band
        // them, and a calm passage's strokes side by side in the palette's few colours read as stacked slabs. The focus
        // layer's drawing keeps the photo's value as far as the style allows, so eyes and mouths read.
        float own = onFocus ? 1f : Brushwork.Truth(focus, target.Importance[y0 * target.Width + x0]), truth = MathF.Max(own, CalmTruth * still);
        // Its darks are mixed as before: a calm dark mass is still painted in varied coloured darks, not one flat black.
        var (r, g, b) = brushwork.Styled(blurred[j0], blurred[j0 + 1], blurred[j0 + 2], rng, truth, own,
            _touch.Passage > 0f ? new Point2(x0, y0) : null);
        // The focus layer's small brush draws along the form at full length: shortened, it would only dab.
        float lengthScale = onFocus ? 1f : 1f - 0.5f * o.FocusDetail * focus;
        // A mood's quick dabs (joy) are for the air round the subject: on its form the strokes keep most of the style's
        // length, or a face dissolves into a mosaic of dabs.
        if (brushwork.Mood.Length < 1f) lengthScale *= 1f + (1f / brushwork.Mood.Length - 1f) * 0.7f * focus;
        // Flat passages take calm strokes of varied length, on the whole longer: there is no form there to draw, only a
        // surface to lay in, and strokes all of one length read as a pattern.
        // Where it is laid in calmly (CalmField.Laying) they run on further: a painter lays a surface in long strokes.
        if (calm is not null)
        {
            float reach = rng.NextSingle();
            lengthScale *= 1f + calm.Calm[y0 * target.Width + x0] * (0.8f * reach - 0.2f) + still * CalmReach * reach;
        }
        // Guided brushwork: long level strokes across level places.
        if (target.Guide is { } guide && guide.Level[y0 * target.Width + x0] > 0.6f) lengthScale = 1.6f;
        // Steps are a radius long: a touch is carried at least its least length in widths where its colour belongs; on
        // the subject, whose detail needs short touches, less far.
        int least = (int)MathF.Ceiling(2f * _touch.Least * (1f - SubjectLeast * (onFocus ? 1f : focus)));
        // The focus layer's fine drawing keeps its width and its reach: an eye's accents are measured.
        if (onFocus) return new Start(kind, r, g, b, radius, lengthScale, least);
        // Away from the subject a touch is laid looser (Touch.Loose): longer, and carried further at least, so the strokes
        // of a quiet background overlap into passages instead of lying apart as dabs. The looseness falls off as the square
        // of the focus, so the subject's fringe keeps most of its short, form-drawing touches. A dark mass is still laid
        // touch by touch, in darks of varied value: in a few long strokes it would read as a flat hole.
        if (_touch.Loose > 0f)
        {
            var lab = Oklab.FromLinear(new Rgb(Srgb.ToLinear(blurred[j0]), Srgb.ToLinear(blurred[j0 + 1]), Srgb.ToLinear(blurred[j0 + 2])));
            float away = 1f - focus, loose = _touch.Loose * away * away * (1f - Darks.Depth(lab));
            lengthScale *= 1f + loose;
            least = (int)MathF.Ceiling(least * (1f + LooseLeast * loose));
        }
        // Touches of one length side by side read as a pattern.
        if (_touch.Spread > 0) lengthScale *= 1f + _touch.Spread * (2f * rng.NextSingle() - 1f);
        return new Start(kind, r, g, b, radius, lengthScale, least, _touch.Spread, still, _touch.Belongs);
    }

    // How true a fully calm passage keeps its strokes' colour (as Brushwork.Truth): the palette's pull nearly gone, the
    // jitter kept a little, so neighbouring strokes differ slightly, as a painter's mixes do, and do not band.
    private const float CalmTruth = 0.85f;

    // How much further again, at most, a fully calm passage's strokes run, in their own lengths.
    private const float CalmReach = 1f;

    // The stroke's path in working pixels: along the field, bent by the style's curvature, until the colour departs
    // from the stroke's own, the length runs out, or (in a guided target) it would leave its zone.
    private List<Point2> Walk(int x0, int y0, Start s, float[] blurred, Random rng)
    {
        int w = target.Width, h = target.Height;
        var pts = new List<Point2> { new(x0 + 0.5f, y0 + 0.5f) };
        float px = 0, py = 0;
        int maxLen = Brush.Of(s.Kind).TraceSteps(Math.Max(Math.Max(1, s.Least), (int)(o.MaxLength * s.LengthScale)));
        int startZone = target.Guide?.ZoneAt(x0, y0) ?? 0;
        float fx = 0, fy = 0, turned = 0;
        // Strokes stop at the photo's strong edges, except under a mood that leaves canvas bare (loss): its broken marks
        // and the ground between them are the picture, and clipped marks would scatter the bare regions.
        bool clip = brushwork.Mood.Bare <= 0;
        var mood = brushwork.Mood;
        // A mood of loss breaks strokes off before their length is spent: fragments, not gestures.
        if (mood.Break > 0 && rng.NextSingle() < mood.Break * (1f - 0.8f * target.FocusAt(y0 * w + x0)))
            maxLen = Math.Max(2, (int)(maxLen * (0.3f + 0.4f * rng.NextSingle())));
        for (int i = 1; i <= maxLen; i++)
        {
            var last = pts[^1];
            int ix = Math.Clamp((int)last.X, 0, w - 1), iy = Math.Clamp((int)last.Y, 0, h - 1);
            int q = iy * w + ix, j = q * 3;
            if (i > 1 && target.Guide is { } guide && guide.ZoneAt(ix, iy) != startZone) break; // strokes stay inside their zone
            if (i > o.MinLength)
            {
                // A stroke laid calmly keeps to its broad passage: run on out of it, it would cross a thin mast or the
                // subject's edge, and lay its wet paint over the finer work there.
                if (s.Calm > 0f && calm!.Wide[q] <= 0f) break;
                float dc = Dist(blurred, j, canvas.C[j], canvas.C[j + 1], canvas.C[j + 2]);
                float ds = Dist(blurred, j, s.R, s.G, s.B);
                // A touch short of its least length goes on until its colour is plainly foreign there (the canvas may
                // still be bare ground, no measure of what belongs). A dragging hand (sorrow) carries the stroke on until
                // the canvas is clearly nearer than its colour.
                if (i <= s.Least ? ds > Foreign
                    : dc * (1f + mood.Drag * (1f - target.FocusAt(q)) * (1f - target.Importance[q])) < ds && ds > Belongs(s, q)) break;
            }
            if (Step(q, i, px, py, rng, s.Radius > _finest, s.Calm) is not { } dir) break;
            var (dx, dy) = dir;
            if (mood.Sag > 0)
            {
                // Sorrow's strokes sag: the further they go, the more they fall.
                dy += mood.Sag * i / maxLen;
                float l = MathF.Sqrt(dx * dx + dy * dy);
                dx /= l; dy /= l;
            }
            // A stroke turns at most about 70° from where it set out, and its whole path, wavering included, at most a
            // right angle: further, it curls into a hook or a whorl.
            if (i == 1) (fx, fy) = (dx, dy);
            else if (dx * fx + dy * fy < 0.34f || (turned += Turning.Between(px, py, dx, dy)) > Turning.Most) break;
            var next = new Point2(last.X + s.Radius * dx, last.Y + s.Radius * dy);
            // At the frame a stroke runs off the edge, as a painter's does, so no ground is left along it.
            if (next.X < 0 || next.Y < 0 || next.X >= w || next.Y >= h) { pts.Add(next); break; }
            if (clip && CrossesEdge(j, next, s)) break;
            pts.Add(next);
            px = dx; py = dy;
        }
        pts = Brush.Of(s.Kind).TracedSpine(pts, s.Radius, rng);
        return pts;
    }

    // How far (encoded RGB) from the photo's a calm stroke's colour may be and still belong where it has got to: in a
    // calm passage the canvas beneath may already be near, but the stroke goes on while its own colour is (a painter
    // lays a sky in long strokes, not in dabs that stop as soon as the lay-in below is as good); it stops where the
    // passage ends or its colour departs. Elsewhere, 0: the stroke stops as soon as the canvas is nearer.
    // A touch (Touch.Belongs) goes on as far as its colour belongs wherever it is, less far on the subject.
    private float Belongs(Start s, int q) => MathF.Max(s.Belongs * (1f - SubjectBelongs * target.FocusAt(q)),
        s.Calm <= 0f ? 0f : CalmBelongs * MathF.Min(s.Calm, calm!.Wide[q]));

    // How much of a touch's reach (Touch.Belongs) the subject's full focus takes away: its detail is drawn in short touches.
    private const float SubjectBelongs = 0.7f;

    private const float CalmBelongs = 0.06f;

    // How much further a touch is carried at least away from the subject, in its Touch.Loose: a touch that stops at its
    // least length there is still a dab, however long it may run.
    private const float LooseLeast = 1f;

    // How much of a touch's least length the subject's full focus takes away.
    private const float SubjectLeast = 0.4f;

    // How far (encoded RGB) from the photo's a touch's colour may be before it stops short of its least length: about
    // the difference a strong edge makes (CrossesEdge), well beyond a palette's pull or a jitter.
    private const float Foreign = 0.4f;

    // The finest layer's brush radius, working pixels: finer brushes draw the form and may turn as it does.
    private readonly float _finest = MathF.Max(1f, o.LayerRadii.IsDefaultOrEmpty ? 1f : o.LayerRadii[^1] * Math.Max(target.Width, target.Height));

    // Whether the step to `next` (from the pixel at j) enters other colour across a strong edge of the photo: there the
    // stroke stops, as Hertzmann's and Litwinowicz's strokes are clipped at edges, whatever its layer's blur smeared.
    private bool CrossesEdge(int j, Point2 next, Start s)
    {
        int q = (int)next.Y * target.Width + (int)next.X, jn = q * 3;
        if (target.Edge[q] < 0.3f) return false;
        float there = Dist(_sharp, jn, s.R, s.G, s.B);
        return there > 0.2f && there > Dist(_sharp, j, s.R, s.G, s.B) + 0.12f;
    }

    // The direction of step i at pixel q, after the previous step (px, py); null where the path folds onto itself.
    private (float, float)? Step(int q, int i, float px, float py, Random rng, bool bounded, float laying)
    {
        float dx = calm?.X[q] ?? target.DirX[q], dy = calm?.Y[q] ?? target.DirY[q];
        // Where the field is hardly oriented a stroke keeps its way; where the field is calmed it sets out along it (the
        // broad way leads there), so neighbours agree instead of scattering at random angles.
        if (target.Coherence[q] < 0.04f)
        {
            if (i > 1) { dx = px; dy = py; }
            else if (calm is null) { float a = rng.NextSingle() * MathF.Tau; dx = MathF.Cos(a); dy = MathF.Sin(a); }
        }
        if (i == 1)
        {
            // A mood's lift sets which way along the field a stroke starts: up for joy, down for sorrow.
            bool flip = o.Lift != 0 && MathF.Abs(dy) > 0.15f ? dy * o.Lift < 0 : rng.Next(2) == 0;
            if (flip) { dx = -dx; dy = -dy; }
            // In a calm passage the hand wavers less: neighbouring strokes lie alike.
            float jitter = o.AngleJitter * (1f - 0.6f * (calm?.Calm[q] ?? 0f));
            float a = MathF.Atan2(dy, dx) + Gesture.Gaussian(rng) * (jitter * (MathF.PI / 180f));
            dx = MathF.Cos(a); dy = MathF.Sin(a);
        }
        else
        {
            if (dx * px + dy * py < 0) { dx = -dx; dy = -dy; }
            // Where the field is only weakly oriented or the photo is smooth (soft grounds, noise) the stroke mostly keeps its
            // way rather than swirl: there is no form there to follow.
            // Where the broad way leads (a calm or loose passage) it hardly bends: strokes bent along it nest into arcs.
            float follow = o.Curvature * Noise.Smoothstep(0.04f, 0.3f, target.Coherence[q])
                * (0.3f + 0.7f * Noise.Smoothstep(0.03f, 0.2f, target.Importance[q])) * (1f - StraightInCalm * (calm?.Led[q] ?? 0f))
                * (1f - LaidStraight * laying);
            dx = follow * dx + (1 - follow) * px; dy = follow * dy + (1 - follow) * py;
            float len = MathF.Sqrt(dx * dx + dy * dy);
            if (len < 1e-5f) return null;
            (dx, dy) = bounded ? Bounded(px, py, dx / len, dy / len) : (dx / len, dy / len);
        }
        if (o.Lift != 0)
        {
            // A gentle pull: strokes still follow the form, but lean up (joy) or down (sorrow).
            float bx = dx, by = dy + 0.5f * o.Lift, bl = MathF.Sqrt(bx * bx + by * by);
            if (bl > 1e-4f) { dx = bx / bl; dy = by / bl; }
        }
        return (dx, dy);
    }

    // How much of the style's curvature a fully calm passage takes away.
    private const float StraightInCalm = 0.75f;

    // How much of what curvature is left a stroke laid in calmly (CalmField.Laying) takes away: its longer run would
    // add its small turns up into an arc.
    private const float LaidStraight = 0.6f;

    // Most a step (a radius long) of a broad stroke may turn, radians: a broad brush cannot turn tighter than about one
    // and a half times its width (a radius of three steps); bent further, its inner edge bunches into rings (fingerprint
    // whorls where the field circles in a flat place). The finest brushes draw the form and may turn as it does.
    private const float MaxTurn = 1f / 3f;
    private static readonly float CosMaxTurn = MathF.Cos(MaxTurn), SinMaxTurn = MathF.Sin(MaxTurn);

    // The unit direction (dx, dy), turned back to at most MaxTurn from the previous one (px, py).
    private static (float, float) Bounded(float px, float py, float dx, float dy)
    {
        if (dx * px + dy * py >= CosMaxTurn) return (dx, dy);
        float side = px * dy - py * dx < 0 ? -SinMaxTurn : SinMaxTurn;
        return (px * CosMaxTurn - py * side, px * side + py * CosMaxTurn);
    }

    // The stroke the path leaves, in logical units; j0 is where it starts in the canvas (a glaze's colour depends on it).
    private Stroke Mark(List<Point2> pts, Start s, int j0, Random rng)
    {
        float k = brushwork.LogicalPerPixel;
        var kind = s.Kind;
        var color = new Rgb(Srgb.ToLinear(s.R), Srgb.ToLinear(s.G), Srgb.ToLinear(s.B));
        // A calm passage's paint is laid a little thinner, so overlapping strokes blend into one another wet.
        float opacity = brushwork.PickOpacity(rng, target.FocusAt(j0 / 3)) * (1f - CalmThin * s.Calm);
        if (Brush.Of(kind).Profile.Multiply)
        {
            // A glaze can only darken: it multiplies by the ratio of the wanted colour to what is there.
            var under = new Rgb(Srgb.ToLinear(canvas.C[j0]), Srgb.ToLinear(canvas.C[j0 + 1]), Srgb.ToLinear(canvas.C[j0 + 2]));
            var ratio = new Rgb(Ratio(color.R, under.R), Ratio(color.G, under.G), Ratio(color.B, under.B));
            // Only a gentle darkening: deep glazes read as holes.
            float most = MathF.Max(ratio.R, MathF.Max(ratio.G, ratio.B)), least = MathF.Min(ratio.R, MathF.Min(ratio.G, ratio.B));
            if (most < 0.98f && least > 0.7f) { color = ratio; opacity = MathF.Min(opacity, 0.5f); }
            else kind = BrushKind.Round;
        }
        kind = Dragged(kind, pts, s.Radius);
        float load = brushwork.PickLoad(rng, target.FocusAt(j0 / 3));
        uint seed = (uint)rng.Next();
        var (taperStart, taperEnd) = Comma(seed);
        return new Stroke
        {
            Points = [.. Simplify(pts).Select(p => p * k)],
            Width = 2 * s.Radius * k * Brush.Of(kind).TracedWidth * (1f + s.Spread * (2f * Noise.Unit(seed, SpreadDraw) - 1f)),
            Color = color,
            Opacity = opacity,
            Brush = kind,
            Load = load,
            Seed = seed,
            TaperStart = taperStart,
            TaperEnd = taperEnd,
        };
    }

    // The touch this pass lays: a scene's landscape is guided by its zones and levels and keeps the traced strokes, and a
    // mood that leaves canvas bare (loss) breaks its marks off on purpose, so carried on they would scatter its bare regions.
    // Under a mood, no looser away from the subject (Touch.Under).
    private readonly Touch _touch = target.Guide is null && brushwork.Mood.Bare <= 0 ? o.Touch.Under(brushwork.Mood) : Touch.None;

    // The taper a mood adds (start and end) that keeps its strokes' shape its own: love's.
    private const float MoodTaper = 0.4f;

    // Draws from a stroke's seed (not the pass's random stream, which the other styles' strokes share): its width and tapers.
    private const int SpreadDraw = 0x70C4, StartDraw = 0x70C5, EndDraw = 0x70C6;

    // A tapering mark's tapers: the style's, or a comma's, most of the start's taper moved to the end: set down loaded
    // (a blunt start, blunter or sharper from touch to touch) and lifted off over a longer tail. A mood that tapers its
    // strokes itself (love's pointed caress, loss's fading ends) keeps its own shape as far as it does.
    private (float Start, float End) Comma(uint seed)
    {
        var mood = brushwork.Mood;
        float comma = _touch.Comma * (1f - Math.Clamp((mood.TaperStart + mood.TaperEnd) / MoodTaper, 0f, 1f));
        float moved = o.Taper.Start * comma * (0.45f + 0.45f * Noise.Unit(seed, StartDraw));
        return (o.Taper.Start - moved, MathF.Min(0.5f, o.Taper.End + moved * (0.8f + 0.4f * Noise.Unit(seed, EndDraw))));
    }

    // The brush a traced path is painted with (Brushwork.ForLength). A mood that leaves canvas bare (loss) breaks its marks
    // off on purpose: its fragments keep their flat brush, whose square ends hold the bare regions' edges where a round's
    // tapered touch would scatter them.
    private BrushKind Dragged(BrushKind kind, List<Point2> pts, float radius)
    {
        if (brushwork.Mood.Bare > 0) return kind;
        float length = 0;
        for (int i = 1; i < pts.Count; i++) length += (pts[i] - pts[i - 1]).Length;
        return Brushwork.ForLength(kind, length, 2 * radius * Brush.Of(kind).TracedWidth);
    }

    // How much thinner a fully calm passage's paint is laid.
    private const float CalmThin = 0.25f;

    private static float Ratio(float want, float have) => Math.Clamp(want / MathF.Max(have, 1e-4f), 0f, 1f);

    /// <summary>At most <see cref="MaxPoints"/> spine points, evenly taken.</summary>
    internal static List<Point2> Simplify(List<Point2> pts)
    {
        if (pts.Count <= MaxPoints) return pts;
        var result = new List<Point2>(MaxPoints);
        for (int i = 0; i < MaxPoints; i++) result.Add(pts[(int)MathF.Round(i * (pts.Count - 1) / (float)(MaxPoints - 1))]);
        return result;
    }

    private static float Dist(float[] a, int j, float r, float g, float b)
    {
        float dr = a[j] - r, dg = a[j + 1] - g, db = a[j + 2] - b;
        return MathF.Sqrt(dr * dr + dg * dg + db * db);
    }
}

internal static class RandomExtensions
{
    /// <summary>A seeded permutation of 0..n−1 (Fisher–Yates).</summary>
    public static int[] Shuffle(this Random rng, int n)
    {
        var a = new int[n];
        for (int i = 0; i < n; i++) a[i] = i;
        for (int i = n - 1; i > 0; i--) { int k = rng.Next(i + 1); (a[i], a[k]) = (a[k], a[i]); }
        return a;
    }
}
