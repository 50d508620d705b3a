using System.Numerics;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;
using Echoes.Brushes;
using Echoes.Color;
using Echoes.Strokes;

namespace Echoes.Rendering;

/// <summary>
/// Composites one stroke's spans into a band of sRGB-encoded colour and paint height. Opaque paint blends by coverage;
/// thin paint mixes and glazes filter like pigment (<see cref="StrokePaint"/>), and in both the antialiased edge and the
/// brush texture stay a linear blend, so edges do not darken. The colour may change along the stroke (paint it picked
/// up), read at each pixel's position along it.
/// </summary>
internal struct BandSink : ISpanSink
{
    public float[] Color;      // band rows × width × 3
    public float[] Height;     // band rows × width
    public int Width, Top;     // Top: the image row of band row 0
    public StrokePaint Paint;
    public bool Impasto;
    public float Thickness, Covers;
    // Where across (|v|) and how far from its ends (widths) the paint replaces the relief beneath (PaintFilm.Sides,
    // EndReach); the stroke's length in widths.
    public float SideFrom, SideTo, EndMiddle, EndSides, Aspect;

    public readonly bool WantsHeight => Impasto;

    /// <summary>Readies the sink for stroke <paramref name="s"/>, whose colour along its length is
    /// <paramref name="trail"/> (empty: its own colour) and whose length is <paramref name="aspect"/> widths.</summary>
    public void Prepare(Stroke s, ReadOnlySpan<Rgb> trail, float aspect = 1f)
    {
        var profile = Brush.Of(s.Brush).Profile;
        Paint.Set(s, trail);
        Covers = PaintFilm.Covers(s, profile);
        Thickness = PaintFilm.Thickness(s, profile);
        (SideFrom, SideTo) = PaintFilm.Sides(s, profile);
        (EndMiddle, EndSides) = PaintFilm.EndReach(s, profile, aspect);
        Aspect = aspect;
    }

    // The relief fades toward the stroke's ends, read from where each pixel lies along it.
    public readonly bool WantsAlong => Paint.Count > 1 || Impasto;

    public readonly void Span(int y, int x0, in ShadedRun run)
    {
        int row = (y - Top) * Width;
        var coverage = run.Coverage;
        var col = Color.AsSpan((row + x0) * 3, coverage.Length * 3);
        FetchAhead(row + Width + x0, coverage.Length);
        switch (Paint.Layering)
        {
            case PaintLayering.Covers when Paint.Count == 1: Cover(col, coverage); break;
            case PaintLayering.Covers: CoverAlong(col, coverage, run); break;
            case PaintLayering.Mixes: Mix(col, coverage, run.Along); break;
            default: Filter(col, coverage); break;
        }
        if (!Impasto || Covers <= 0f) return;
        // Wet paint replaces the relief beneath by Covers (thick paint buries it, thin paint lets it through) with its own:
        // its texture about the common level all paint settles to (0). Toward its frayed sides and ends it replaces less
        // and less, so where the fray cuts the paint off the relief meets what lies beneath with no step for the light to
        // draw as a line round the mark.
        Film(Height.AsSpan(row + x0, coverage.Length), coverage, run, Thickness, Covers);
    }

    // The stroke's next row most likely covers about the same pixels: ask for them now, so they arrive from memory while
    // the rasterizer shades that row instead of when its colour is blended (touches nothing, changes no value).
    private readonly unsafe void FetchAhead(int at, int n)
    {
        if (!Sse.IsSupported) return;
        // Only within the band (none past its last row), and heights only where the relief is painted.
        int colorEnd = Math.Min(at + n, Color.Length / 3), heightEnd = Impasto ? Math.Min(at + n, Height.Length) : at;
        fixed (float* c = Color)
            for (int i = 3 * at; i < 3 * colorEnd; i += 16) Sse.Prefetch0(c + i);
        if (heightEnd <= at) return;
        fixed (float* h = Height)
            for (int i = at; i < heightEnd; i += 16) Sse.Prefetch0(h + i);
    }

    // h += coverage · c · side · end · ((height − 1) · t − h), side = 1 − smoothstep(SideFrom, SideTo, |across|),
    // end = smoothstep(0, EndMiddle + EndSides · across², widths from the nearer end), a vector at a time: the same arithmetic per element as
    // one at a time. Without positions along (a sink fed by hand), the ends do not fade.
    private readonly void Film(Span<float> h, ReadOnlySpan<float> coverage, in ShadedRun run, float t, float c)
    {
        ReadOnlySpan<float> height = run.Height, across = run.Across, along = run.Along;
        bool ends = !along.IsEmpty;
        int i = 0, n = Math.Min(Math.Min(h.Length, across.Length), Math.Min(coverage.Length, height.Length));
        if (ends) n = Math.Min(n, along.Length);
        float k = 1f / MathF.Max(SideTo - SideFrom, 1e-3f), from = SideFrom, aspect = Aspect, middle = EndMiddle, sides = EndSides;
        // Whole vectors within all the spans, unchecked; the checked tail below covers the rest.
        ref float h0 = ref MemoryMarshal.GetReference(h), v0 = ref MemoryMarshal.GetReference(across);
        ref float c0 = ref MemoryMarshal.GetReference(coverage), t0 = ref MemoryMarshal.GetReference(height);
        ref float u0 = ref MemoryMarshal.GetReference(along);
        var one = Vector<float>.One;
        for (; i + Vector<float>.Count <= n; i += Vector<float>.Count)
        {
            nuint at = (nuint)i;
            var hv = Vector.LoadUnsafe(ref h0, at);
            var film = Vector.LoadUnsafe(ref t0, at);
            var v = Vector.LoadUnsafe(ref v0, at);
            var s = Vector.ClampNative((Vector.Abs(v) - new Vector<float>(from)) * k, Vector<float>.Zero, one);
            var weight = Vector.LoadUnsafe(ref c0, at) * c * (one - s * s * (new Vector<float>(3f) - 2f * s));
            if (ends)
            {
                var u = Vector.LoadUnsafe(ref u0, at);
                var reach = new Vector<float>(middle) + sides * v * v;
                var e = Vector.ClampNative(Vector.MinNative(u, one - u) * aspect / reach, Vector<float>.Zero, one);
                weight *= e * e * (new Vector<float>(3f) - 2f * e);
            }
            (hv + weight * ((film - one) * t - hv)).StoreUnsafe(ref h0, at);
        }
        for (; i < n; i++)
        {
            float s = Math.Clamp((MathF.Abs(across[i]) - from) * k, 0f, 1f);
            float weight = coverage[i] * c * (1f - s * s * (3f - 2f * s));
            if (ends)
            {
                float e = Math.Clamp(MathF.Min(along[i], 1f - along[i]) * aspect / (middle + sides * across[i] * across[i]), 0f, 1f);
                weight *= e * e * (3f - 2f * e);
            }
            h[i] += weight * ((height[i] - 1f) * t - h[i]);
        }
    }

    private readonly void Cover(Span<float> col, ReadOnlySpan<float> coverage)
    {
        var e = Paint.Encoded;
        float pr = e[0], pg = e[StrokePaint.Stride], pb = e[2 * StrokePaint.Stride];
        int i = 0, j = 0;
        if (Avx2.IsSupported)
        {
            var p0 = Vector256.Create(pr, pg, pb, pr, pg, pb, pr, pg);
            var p1 = Vector256.Create(pb, pr, pg, pb, pr, pg, pb, pr);
            var p2 = Vector256.Create(pg, pb, pr, pg, pb, pr, pg, pb);
            ref float a0 = ref MemoryMarshal.GetReference(coverage);
            for (; i + 8 <= coverage.Length; i += 8, j += 24)
                PixelLanes.BlendInterleaved(col[j..], Vector256.LoadUnsafe(ref a0, (nuint)i), p0, p1, p2);
        }
        for (; i < coverage.Length; i++, j += 3)
        {
            float a = coverage[i];
            col[j] += a * (pr - col[j]); col[j + 1] += a * (pg - col[j + 1]); col[j + 2] += a * (pb - col[j + 2]);
        }
    }

    // Paint that picked up wet paint: its colour along the stroke, the pickup streaked across it by the bristles.
    private readonly void CoverAlong(Span<float> col, ReadOnlySpan<float> coverage, in ShadedRun run)
    {
        var p = Paint;
        float[] e = p.Encoded, d = p.Step, q = p.Streak;
        float or = p.Own[0], og = p.Own[1], ob = p.Own[2];
        int last = p.Count - 2;
        float span = p.Count - 1, half = 0.5f * StrokePaint.Clumps;
        var along = run.Along;
        var across = run.Lateral;
        int start = Avx2.IsSupported ? CoverAlongLanes(col, coverage, run, p) : 0;
        for (int i = start, j = 3 * start; i < coverage.Length; i++, j += 3)
        {
            float a = coverage[i];
            if (a <= 0f) continue;
            // along is in [0, 1]: the sample below it and the way to the next; across in [−1, 1] picks the clump.
            float fu = along[i] * span;
            int k = Math.Min((int)fu, last), kg = StrokePaint.Stride + k, kb = 2 * StrokePaint.Stride + k;
            float f = fu - k;
            float fv = (across[i] + 1f) * half;
            int c = Math.Min((int)fv, StrokePaint.Clumps - 1);
            float t = fv - c;
            float w = q[c] + t * t * (3f - 2f * t) * (q[c + 1] - q[c]);
            float pr = or + w * (e[k] + f * d[k] - or), pg = og + w * (e[kg] + f * d[kg] - og), pb = ob + w * (e[kb] + f * d[kb] - ob);
            col[j] += a * (pr - col[j]); col[j + 1] += a * (pg - col[j + 1]); col[j + 2] += a * (pb - col[j + 2]);
        }
    }

    // CoverAlong eight pixels at a time: the same arithmetic per pixel, the samples and clumps looked up by permutes
    // (eight samples, seven clump points: each table fits one vector). Uncovered pixels blend by 0 and keep their
    // colour. Returns the pixels done.
    private static int CoverAlongLanes(Span<float> col, ReadOnlySpan<float> coverage, in ShadedRun run, StrokePaint p)
    {
        const int n = StrokePaint.Stride;
        float[] e = p.Encoded, d = p.Step, q = p.Streak;
        Vector256<float> er = Vector256.Create<float>(e), eg = Vector256.Create<float>(e.AsSpan(n)), eb = Vector256.Create<float>(e.AsSpan(2 * n));
        Vector256<float> dr = Vector256.Create<float>(d), dg = Vector256.Create<float>(d.AsSpan(n)), db = Vector256.Create<float>(d.AsSpan(2 * n));
        var clumps = Vector256.Create(q[0], q[1], q[2], q[3], q[4], q[5], q[6], q[6]);
        Vector256<float> or = Vector256.Create(p.Own[0]), og = Vector256.Create(p.Own[1]), ob = Vector256.Create(p.Own[2]);
        Vector256<float> span = Vector256.Create(p.Count - 1f), half = Vector256.Create(0.5f * StrokePaint.Clumps);
        Vector256<int> last = Vector256.Create(p.Count - 2), lastClump = Vector256.Create(StrokePaint.Clumps - 1);
        var one = Vector256<float>.One;
        int i = 0;
        for (; i + 8 <= coverage.Length; i += 8)
        {
            var a = Vector256.Create(coverage[i..]);
            if (Vector256.GreaterThan(a, Vector256<float>.Zero).ExtractMostSignificantBits() == 0) continue;
            var fu = Vector256.Create(run.Along[i..]) * span;
            var k = Vector256.Min(Vector256.ConvertToInt32Native(fu), last);
            var f = fu - Vector256.ConvertToSingle(k);
            var fv = (Vector256.Create(run.Lateral[i..]) + one) * half;
            var c = Vector256.Min(Vector256.ConvertToInt32Native(fv), lastClump);
            var t = fv - Vector256.ConvertToSingle(c);
            var q0 = Avx2.PermuteVar8x32(clumps, c);
            var w = q0 + t * t * (Vector256.Create(3f) - 2f * t) * (Avx2.PermuteVar8x32(clumps, c + Vector256<int>.One) - q0);
            var pr = or + w * (Avx2.PermuteVar8x32(er, k) + f * Avx2.PermuteVar8x32(dr, k) - or);
            var pg = og + w * (Avx2.PermuteVar8x32(eg, k) + f * Avx2.PermuteVar8x32(dg, k) - og);
            var pb = ob + w * (Avx2.PermuteVar8x32(eb, k) + f * Avx2.PermuteVar8x32(db, k) - ob);
            PixelLanes.Blend(col[(3 * i)..], a, pr, pg, pb);
        }
        return i;
    }

    // Thin paint: the pigment mix of paint and what is beneath, blended in by edge × texture coverage.
    private readonly void Mix(Span<float> col, ReadOnlySpan<float> coverage, ReadOnlySpan<float> along)
    {
        var p = Paint;
        bool picked = p.Count > 1;
        // Paint that picked nothing up is the same at every pixel: its colour, K/S and weight once per span.
        var (paint, ks, weight) = p.MixAt(0f);
        float share = p.Share, underShare = p.UnderShare, inverse = p.InverseOpacity;
        int start = MixLanes.Mix(col, coverage, along, p, paint, ks, weight);
        for (int i = start, j = 3 * start; i < coverage.Length; i++, j += 3)
        {
            float a = coverage[i] * inverse;
            if (a <= 0f) continue;
            if (picked) (paint, ks, weight) = p.MixAt(along[i]);
            float cr = col[j], cg = col[j + 1], cb = col[j + 2];
            var under = new Rgb(Srgb.Decode(cr), Srgb.Decode(cg), Srgb.Decode(cb));
            var blend = new Rgb(Srgb.Decode(cr + share * (paint.R - cr)), Srgb.Decode(cg + share * (paint.G - cg)),
                Srgb.Decode(cb + share * (paint.B - cb)));
            Put(col, j, a, Pigment.MixKs(under, ks, weight, underShare, blend));
        }
    }

    // A glaze: what is beneath seen through it, blended in by edge × texture coverage.
    private readonly void Filter(Span<float> col, ReadOnlySpan<float> coverage)
    {
        var p = Paint;
        int start = GlazeLanes.Filter(col, coverage, p);
        for (int i = start, j = 3 * start; i < coverage.Length; i++, j += 3)
        {
            float a = coverage[i] * p.InverseOpacity;
            if (a <= 0f) continue;
            var under = new Rgb(Srgb.Decode(col[j]), Srgb.Decode(col[j + 1]), Srgb.Decode(col[j + 2]));
            Put(col, j, a, Pigment.Filter(under, p.Glaze));
        }
    }

    private static void Put(Span<float> col, int j, float a, Rgb linear)
    {
        col[j] += a * (Srgb.Encode(linear.R) - col[j]);
        col[j + 1] += a * (Srgb.Encode(linear.G) - col[j + 1]);
        col[j + 2] += a * (Srgb.Encode(linear.B) - col[j + 2]);
    }
}
