using Echoes.Color;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using static Echoes.Brushes.Noise;

namespace Echoes.Brushes;

/// <summary>
/// What brush textures share: per-stroke constants and noise tables, and the helpers the textures sample them with.
/// Frequencies are in logical units, and their contrast fades where they would fall below two pixels, so a plan looks
/// alike at any size. Each brush's own texture is an <see cref="IBrushTexture"/> beside it.
/// </summary>
/// <remarks>
/// Heights are relative to the stroke's film (the sink scales them by the stroke's thickness): 1 is the common level
/// all wet paint settles to, and the texture rises and sinks about it, by the grooves the bristles comb along the
/// stroke, its swelling and its load, fading to it at the mark's edges. There are no rims: a film laid on wet paint
/// replaces the relief beneath it (Hertzmann, "Fast Paint Texture", 2002) and meets the paint beside it at one level.
/// </remarks>
internal static class BrushTexture
{
    /// <summary>Per-stroke constants the texture needs, computed once per rasterization.</summary>
    internal struct Params
    {
        public uint Seed;
        public float Bristles;      // bristles across the full width
        public float Clumps;        // clumps of bristles across the width: the grooves the relief shows
        public float StreakAmp;     // 1 when bristles span ≥ 2 px, fading to 0 at ≤ 1 px
        public float ClumpAmp;      // 1 when clumps of bristles span ≥ 2.5 px, fading to 0 at ≤ 1.25 px
        public float Aspect;        // length / width, for isotropic noise along u
        public float EdgeAmp;       // raggedness contrast, faded like streaks
        public float Groove;        // depth of the bristle grooves relative to the film
        public float Soft;          // one pixel in widths: the softest an edge drawn by a texture may be
        public float Fray;          // cycles along the stroke of the fraying at its sides, never finer than a few pixels
        public float Ragged;        // how deep the sides fray, as a fraction of the half width (the profile's)
        public float SetDown;       // how deep a square end frays where the brush is set down, widths (the profile's)
        public float LiftOff;       // how deep it frays where the brush lifts off, widths (the profile's)
        public float Load;
        public float Crest;         // |v| where the film may start to thin at the latest, so it rises over a few units
        public float[] Across;      // the kind's noise across the width, sampled over v in [0, 1]
        public float[] Along;       // the kind's noise along the length, sampled over u in [0, 1]
        public float[] Ridges;      // bristle ridges across the width in [−1, 1], clumps plus faded single bristles
        public float[] Regrouped;   // the ridges once the clumps have regrouped, as Ridges (another seed)
        public float[] Regroup;     // along the length, how far the clumps have regrouped, [0, 1]
        public float[] Body;        // the paint's body along the length in [0.1, 1] (BodyAt)
        public float[] Deep;        // how deep the grooves are across the width, sampled over l in [0, 1] (Depth)
        public int AcrossLast, AlongLast, RidgesLast, RegroupLast, BodyLast, DeepLast;
    }

    /// <summary>Fills the per-stroke noise tables (a few hundred samples) so pixels only interpolate.</summary>
    public static void Prepare(ref Params p, Brush brush)
    {
        var (across, seedA, along, seedB) = brush.NoiseCycles(p);
        p.AcrossLast = Fill(ref p.Across, across, seedA);
        p.AlongLast = Fill(ref p.Along, along, seedB);
        p.RidgesLast = FillRidges(ref p.Ridges, ref p, p.Seed);
        FillRidges(ref p.Regrouped, ref p, p.Seed ^ 0x9E3779B9u);
        p.RegroupLast = FillRegroup(ref p.Regroup, p);
        p.BodyLast = FillBody(ref p.Body, p);
        p.DeepLast = FillDeep(ref p.Deep, p);
    }

    private static int Fill(ref float[] table, float cycles, uint seed)
    {
        int n = Size(cycles);
        if (table is null || table.Length < n) table = new float[Math.Max(n, TableLanes.Held)];
        int i = 0;
        if (Vector256.IsHardwareAccelerated)
            for (; i + 8 <= n; i += 8) TextureLanes.Value1Exact(seed, TextureLanes.Positions(i, n) * cycles).CopyTo(table.AsSpan(i));
        for (; i < n; i++) table[i] = Value1(seed, i / (float)(n - 1) * cycles);
        return n - 1;
    }

    private static int Size(float cycles) => Math.Clamp(4 * (int)MathF.Ceiling(cycles) + 8, 8, 1024);

    // How deep the shallowest grooves are against the deepest, and how many bands of deep ones a clump holds (a third:
    // a band every three clumps or so); DeepGain keeps the grooves' mean depth near that of one even comb.
    private const float Shallow = 0.2f, DeepBands = 0.3f, DeepFrom = 0.3f, DeepTo = 0.7f, DeepGain = 1.6f;

    // Clumps of bristles make the grooves seen at any size; single bristles add fine combing where they span pixels.
    private static int FillRidges(ref float[] table, ref Params p, uint seed)
    {
        uint clumpSeed = seed ^ 0x3D4D51CBu;
        // Clumps of unequal width: a second octave at an unrelated ratio, so no single spacing repeats across the brush.
        // The ratio is the stroke's, so the regrouped ridges' table has the same samples as the first.
        float second = p.Clumps * (2.1f + 0.6f * Unit(p.Seed ^ 0x3D4D51CBu, 7));
        int n = Size(MathF.Max(p.Bristles, second));
        if (table is null || table.Length < n) table = new float[Math.Max(n, TableLanes.Held)];
        float clumpPx = 1f / MathF.Max(p.Clumps * p.Soft, 1e-6f);
        float coarse = p.ClumpAmp = Math.Clamp(0.8f * clumpPx - 1f, 0f, 1f);
        float fine = 0.45f * p.StreakAmp, norm = 1f / MathF.Max(fine + coarse, 1f);
        int i = 0;
        // Every stroke fills these afresh in every band it crosses: eight samples at a time, the same bits as one at a time.
        if (Vector256.IsHardwareAccelerated)
            for (; i + 8 <= n; i += 8)
            {
                var x = TextureLanes.Positions(i, n);
                var c = 1.4f * TextureLanes.Value1Exact(clumpSeed, x * p.Clumps)
                    + 0.6f * TextureLanes.Value1Exact(clumpSeed ^ 0x27D4EB2Fu, x * second) - Vector256<float>.One;
                var b = 2f * TextureLanes.Value1Exact(seed, x * p.Bristles) - Vector256<float>.One;
                ((coarse * c + fine * b) * norm).CopyTo(table.AsSpan(i));
            }
        for (; i < n; i++)
        {
            float x = i / (float)(n - 1);
            float c = 1.4f * Value1(clumpSeed, x * p.Clumps) + 0.6f * Value1(clumpSeed ^ 0x27D4EB2Fu, x * second) - 1f;
            float b = 2f * Value1(seed, x * p.Bristles) - 1f;
            table[i] = (coarse * c + fine * b) * norm;
        }
        return n - 1;
    }

    // Some clumps carry more paint off than others: across the brush, bands of deep grooves a few clumps wide between
    // shallow ones, so a mark's relief reads as bristles, not as one even corrugation.
    private static int FillDeep(ref float[] table, in Params p)
    {
        float cycles = DeepBands * p.Clumps, k = 1f / (DeepTo - DeepFrom);
        int n = Size(cycles);
        if (table is null || table.Length < n) table = new float[Math.Max(n, TableLanes.Held)];
        uint seed = p.Seed ^ 0x4CF5AD43u;
        int i = 0;
        if (Vector256.IsHardwareAccelerated)
            for (; i + 8 <= n; i += 8)
            {
                // Smoothstep as Noise's, in its order.
                var noise = TextureLanes.Value1Exact(seed, TextureLanes.Positions(i, n) * cycles);
                var t = TextureLanes.Clamp01((noise - Vector256.Create(DeepFrom)) * k);
                (Vector256.Create(Shallow) + (1f - Shallow) * DeepGain * (t * t * (Vector256.Create(3f) - 2f * t))).CopyTo(table.AsSpan(i));
            }
        for (; i < n; i++)
            table[i] = Shallow + (1f - Shallow) * DeepGain * Smoothstep(DeepFrom, DeepTo, Value1(seed, i / (float)(n - 1) * cycles));
        return n - 1;
    }

    // As the brush travels its clumps part and regroup, so a groove runs for a while and gives way to others instead of
    // ruling the whole stroke: the weight of the regrouped ridges along it, whole for stretches, crossing over between.
    private static int FillRegroup(ref float[] table, in Params p)
    {
        float cycles = MathF.Max(1f, 0.7f * p.Aspect);
        int n = Size(cycles);
        if (table is null || table.Length < n) table = new float[Math.Max(n, TableLanes.Held)];
        uint seed = p.Seed ^ 0x7A1F3C5Du;
        float e0 = 0.3f, e1 = 0.7f, k = 1f / (e1 - e0);
        int i = 0;
        if (Vector256.IsHardwareAccelerated)
            for (; i + 8 <= n; i += 8)
            {
                // Smoothstep as Noise's, in its order.
                var t = TextureLanes.Clamp01((TextureLanes.Value1Exact(seed, TextureLanes.Positions(i, n) * cycles) - Vector256.Create(e0)) * k);
                (t * t * (Vector256.Create(3f) - 2f * t)).CopyTo(table.AsSpan(i));
            }
        for (; i < n; i++) table[i] = Smoothstep(e0, e1, Value1(seed, i / (float)(n - 1) * cycles));
        return n - 1;
    }

    // The paint's body along the stroke: the load the brush carries at each point, spent toward the tail (sooner by a
    // lightly loaded brush) and uneven as the hand presses and eases, so thick passages and dragged ones alternate.
    private static int FillBody(ref float[] table, in Params p)
    {
        float cycles = MathF.Max(1f, 0.8f * p.Aspect);
        int n = Size(cycles);
        if (table is null || table.Length < n) table = new float[Math.Max(n, TableLanes.Held)];
        float spend = 0.3f + 0.6f * (1f - p.Load);
        uint seed = p.Seed ^ 0x165667B1u;
        int i = 0;
        if (Vector256.IsHardwareAccelerated)
            for (; i + 8 <= n; i += 8)
            {
                var u = TextureLanes.Positions(i, n);
                var left = Vector256<float>.One - spend * u * Vector256.Sqrt(u)
                    + 0.45f * (TextureLanes.Value1Exact(seed, u * cycles) - Vector256.Create(0.5f));
                Vector256.MinNative(Vector256.MaxNative(left, Vector256.Create(0.1f)), Vector256<float>.One).CopyTo(table.AsSpan(i));
            }
        for (; i < n; i++)
        {
            float u = i / (float)(n - 1);
            float left = 1f - spend * u * MathF.Sqrt(u) + 0.45f * (Value1(seed, u * cycles) - 0.5f);
            table[i] = Math.Clamp(left, 0.1f, 1f);
        }
        return n - 1;
    }

    /// <summary>The noise across the width at <paramref name="v01"/> in [0, 1].</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static float Across(in Params p, float v01) => Lut(p.Across, p.AcrossLast, v01);

    /// <summary>The noise along the length at <paramref name="u"/> in [0, 1].</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static float Along(in Params p, float u) => Lut(p.Along, p.AlongLast, u);

    /// <summary>The bristle ridge at <paramref name="v01"/> across the width, in [−1, 1] (0 where too fine to see).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static float Ridge(in Params p, float v01) => Lut(p.Ridges, p.RidgesLast, v01);

    /// <summary>The bristle ridge at <paramref name="v01"/> across the width and <paramref name="u"/> along the length,
    /// where the clumps part and regroup as the brush travels.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static float RegroupingRidge(in Params p, float u, float v01)
    {
        float a = Ridge(p, v01);
        return a + Lut(p.Regroup, p.RegroupLast, u) * (Lut(p.Regrouped, p.RidgesLast, v01) - a);
    }

    /// <summary>How deep the grooves are at <paramref name="l01"/> across the widest width, in [0, 1]: about 1 on
    /// average, shallow in some bands and deep in others.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static float Depth(in Params p, float l01) => Lut(p.Deep, p.DeepLast, l01);

    /// <summary>The paint's body at <paramref name="u"/> along the stroke: near 1 where the brush is loaded, toward 0.1
    /// where it drags the last of its paint.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static float BodyAt(in Params p, float u) => Lut(p.Body, p.BodyLast, u);

    /// <summary>How much of the bristle grooves shows where the body is <paramref name="body"/>: a loaded brush's paint
    /// closes over them, a dragged one opens them.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static float Combing(float body) => 1.3f - body;

    /// <summary>How much the film swells and thins along the stroke with the wander of its sides (<see cref="Along"/>), as
    /// the hand presses and eases: relief felt along a mark, across its whole width, rather than only in its grooves.</summary>
    internal const float Swelling = 0.2f;

    /// <summary>The film of round and flat brushes: a little thicker where loaded, thinner where dragged (gently: a
    /// dragged tail sunk deep would be shaded like a trench along its edge), swelling where the sides
    /// wander out (<paramref name="along"/>), grooved by the ridge <paramref name="r"/> as the paint thins and dries,
    /// and settling into the paint beside it where <paramref name="shoulder"/> falls (<see cref="Settle"/>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static float GroovedFilm(in Params p, float along, float body, float r, float dry, float shoulder) =>
        Settle(0.75f + 0.3f * body + Swelling * (along - 0.5f) + p.Groove * r * Combing(body) * (0.8f + 0.6f * dry), shoulder);

    /// <summary>
    /// The height of a <paramref name="film"/> (1: the common level all wet paint settles to) whose texture fades to
    /// that level as <paramref name="shoulder"/> falls toward the mark's edge: the mark meets the paint beside it at the
    /// same height, so its border is no cliff for the light to draw as a rim, and its grooves and ridges stand up or
    /// sink only inside it.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static float Settle(float film, float shoulder) => 1f + (film - 1f) * shoulder;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static float Lut(float[] t, int last, float x01)
    {
        float f = x01 * last;
        int i = (int)f;
        if (i >= last) return t[last];
        if (i < 0) return t[0];
        float a = t[i];
        return a + (t[i + 1] - a) * (f - i);
    }

    /// <summary>0 while the brush is wet; rises toward 1 at the end of the stroke as the load runs out.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static float Dryness(float u, float load)
    {
        float start = 0.85f * load;
        float d = Math.Clamp((u - start) / (1.0001f - start), 0f, 1f);
        return Math.Min(1f, d * d * 2f * (1f - load));
    }

    /// <summary>
    /// The film thinning toward the side from <paramref name="from"/> (|v|) outward, or from the stroke's
    /// <see cref="Params.Crest"/> where that is sooner, to nothing at the edge: the film rises from the surface beneath
    /// over a few units on soft shoulders, so laid into wet paint the mark merges with it instead of standing on a
    /// cliff, which the light would draw as a bright rim on one side and a dark one on the other.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static float Shoulder(in Params p, float av, float from) => 1f - Smoothstep(MathF.Min(from, p.Crest), 1f, av);

    /// <summary>
    /// The film thinning toward ends that fray up to <paramref name="depth"/> widths deep
    /// (<see cref="RaggedEnds(in Params, float, float, float, float)"/>), from
    /// the shallowest cut to <paramref name="reach"/> widths from the end: at the deepest cut a square end leaves the
    /// paint lower where the bristles stop, a ragged step the light catches bristle by bristle, not a cliff ruled
    /// across the mark; a round brush lifting off leaves a film that thins as gently as at its sides.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static float EndShoulder(in Params p, float u, float depth, float reach) =>
        Smoothstep(0.14f * depth, reach, MathF.Min(u, 1f - u) * p.Aspect);

    /// <summary>How far from its end, in widths, a round brush's film has risen: past its deepest ragged cut
    /// (<paramref name="depth"/>), over as much as at its sides from <paramref name="from"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static float LiftReach(in Params p, float depth, float from) => depth + 0.5f * (1f - MathF.Min(from, p.Crest));

    /// <summary>
    /// Coverage of a square-ended brush near its ends: each clump of bristles stops at its own length, so the end is
    /// a ragged comb up to <paramref name="depth"/> widths deep, its corners worn round; 1 away from the ends. Past
    /// the spine's ends (a round cap) it is 0: the bristles end the mark, not a perfect arc.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static float RaggedEnds(in Params p, float u, float v01, float depth) => Ends(p, u, v01, depth, depth, square: false);

    /// <summary>
    /// Coverage of a square brush near its ends, fraying <paramref name="start"/> widths deep where it is set down and
    /// <paramref name="end"/> where it lifts off, neither deeper than <see cref="MostEndShare"/> of the mark's length (a
    /// dab keeps its body): each clump stops at its own length, as <see cref="RaggedEnds(in Params, float, float, float)"/>,
    /// along an end that bows or leans across the brush, its corners, pressed least, worn well round. No end is a ruled
    /// line across the mark.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static float RaggedEnds(in Params p, float u, float v01, float start, float end) => Ends(p, u, v01, start, end, square: true);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static float Ends(in Params p, float u, float v01, float start, float end, bool square)
    {
        float fromStart = u * p.Aspect, fromEnd = (1f - u) * p.Aspect;
        float near = MathF.Min(fromStart, fromEnd);
        bool atStart = fromStart < fromEnd;
        float depth = atStart ? start : end;
        if (square) depth = MathF.Min(depth, MostEndShare * p.Aspect);
        if (near >= depth + 2f * p.Soft) return 1f;
        float across = atStart ? v01 : 1f - v01;
        float side = MathF.Abs(2f * v01 - 1f);
        float tip = 0.4f + 0.35f * Ridge(p, across) + 0.25f * Value1(p.Seed ^ 0x1B56C4E9u, across * p.Fray / p.Aspect * 2.7f);
        float cut = square
            ? depth * ((0.55f + 0.45f * tip) * Envelope(Value1(p.Seed ^ (atStart ? StartBow : EndBow), across * BowCycles), side)
                + BristleJag * p.StreakAmp * Value1(p.Seed ^ BristleSeed, across * MathF.Max(p.Bristles, 2f * p.Clumps)))
            : depth * (0.25f + 0.75f * tip) * (0.55f + 0.45f * side * side);
        return Smoothstep(cut - p.Soft, cut + p.Soft, near);
    }

    // The outline of a square end before its clumps fray it, as a fraction of its depth: a bow across the brush and
    // corners worn round from the mean edge of the frayed sides (|v| ≈ 0.9) outward.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static float Envelope(float bow, float side)
    {
        float corner = MathF.Min(1f, side * (1f / 0.9f));
        return 0.08f + 0.3f * bow + 0.62f * corner * corner;
    }

    // The seeds and cycles across the brush of the bow of a square mark's two ends.
    internal const uint StartBow = 0x51ED270Bu, EndBow = 0x2C1B3C6Du;
    internal const float BowCycles = 1.3f;

    // Single bristles (or, on a blade, the paint it tears) stop at their own lengths too, where they span pixels: a
    // fine comb no ruler could lie along.
    internal const float BristleJag = 0.12f;
    internal const uint BristleSeed = 0x6A09E667u;

    /// <summary>The most of a mark's length either ragged end may eat into.</summary>
    internal const float MostEndShare = 0.4f;

    /// <summary>Coverage near a side (<paramref name="v"/> across, −1 to 1): the edge wanders inward by up to the
    /// profile's <see cref="BrushProfile.Ragged"/> of the half width, as bristles splay and paint catches unevenly;
    /// <paramref name="along"/> is the stroke's <see cref="Along"/> noise at <paramref name="u"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static float RaggedSides(in Params p, float u, float v, float along)
    {
        float soft = 2f * p.Soft, av = MathF.Abs(v), depth = p.Ragged;
        if (av < 1f - depth - soft) return 1f;
        // A slow wander along the stroke and a quicker fray where clumps of bristles splay, each side its own.
        uint side = p.Seed ^ (v > 0f ? 0x2F6B1A53u : 0x6C8E9CF5u);
        float fray = 0.5f * Value1(side, u * p.Fray) + 0.5f * Value1(side ^ 0x85EBCA6Bu, u * p.Fray * 2.7f);
        // Always a little inside the footprint, whose own edge is straight.
        float edge = 1f - depth * (0.15f + 0.4f * along + 0.45f * fray); // 0.575 · depth on average
        return 1f - Smoothstep(edge - soft, edge + soft, av);
    }
}
