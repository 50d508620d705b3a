using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using Echoes.Color;

namespace Echoes.Brushes;

/// <summary>
/// <see cref="BrushTexture"/> and <see cref="Noise"/> eight pixels at a time (<see cref="Vector256"/>), the same formulas
/// lane by lane, so a texture written with them matches its one-pixel form to rounding. Tables are read with AVX2
/// gathers where the processor has them.
/// </summary>
internal static class TextureLanes
{
    /// <summary>A texture without an eight-pixel form, one lane at a time.</summary>
    public static Vector256<float> EachLane<T>(in BrushTexture.Params p, Vector256<float> u, Vector256<float> v,
        Vector256<float> l, out Vector256<float> height)
        where T : struct, IBrushTexture
    {
        Span<float> m = stackalloc float[8], h = stackalloc float[8];
        for (int i = 0; i < 8; i++) m[i] = T.Sample(p, u[i], v[i], l[i], out h[i]);
        height = Vector256.Create<float>(h);
        return Vector256.Create<float>(m);
    }

    /// <summary><see cref="BrushTexture.Along"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<float> Along(in BrushTexture.Params p, Vector256<float> u) => Lut(p.Along, p.AlongLast, u);

    /// <summary><see cref="BrushTexture.Across"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<float> Across(in BrushTexture.Params p, Vector256<float> v01) => Lut(p.Across, p.AcrossLast, v01);

    /// <summary><see cref="BrushTexture.Ridge"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<float> Ridge(in BrushTexture.Params p, Vector256<float> v01) => Lut(p.Ridges, p.RidgesLast, v01);

    /// <summary>The bristle ridge of round and flat brushes (<see cref="BrushTexture.RegroupingRidge"/>), whose grooves drift
    /// across by up to <paramref name="drift"/> with the noise along the stroke.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<float> DriftingRidge(in BrushTexture.Params p, Vector256<float> u, Vector256<float> v01, Vector256<float> along,
        float drift)
    {
        var x = v01 + drift * along - Vector256.Create(0.5f * drift);
        var a = Ridge(p, x);
        return a + Lut(p.Regroup, p.RegroupLast, u) * (Lut(p.Regrouped, p.RidgesLast, x) - a);
    }

    /// <summary><see cref="BrushTexture.Depth"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<float> Depth(in BrushTexture.Params p, Vector256<float> l01) => Lut(p.Deep, p.DeepLast, l01);

    /// <summary><see cref="BrushTexture.BodyAt"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<float> BodyAt(in BrushTexture.Params p, Vector256<float> u) => Lut(p.Body, p.BodyLast, u);

    /// <summary><see cref="BrushTexture.Combing"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<float> Combing(Vector256<float> body) => Vector256.Create(1.3f) - body;

    /// <summary>Paint thinner in the grooves by up to <paramref name="depth"/> where they show (<paramref name="combing"/>,
    /// <see cref="BrushTexture.Combing"/>); <paramref name="dry"/> is how dry the brush is (<see cref="Dryness"/>), and
    /// whether any of the eight is.</summary>
    public static Vector256<float> GrooveStreaks(in BrushTexture.Params p, Vector256<float> u, Vector256<float> ridge, Vector256<float> combing,
        float depth, out Vector256<float> dry, out bool drying)
    {
        dry = Dryness(u, p.Load);
        drying = !Vector256.LessThanOrEqualAll(dry, Vector256<float>.Zero);
        return depth * Vector256.MinNative(combing, Vector256<float>.One) * Vector256.MaxNative(Vector256<float>.Zero, -ridge);
    }

    /// <summary><see cref="BrushTexture.GroovedFilm"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<float> GroovedFilm(in BrushTexture.Params p, Vector256<float> along, Vector256<float> body,
        Vector256<float> combing, Vector256<float> ridge, Vector256<float> dry, Vector256<float> shoulder) =>
        Settle(Vector256.Create(0.75f) + 0.3f * body + BrushTexture.Swelling * (along - Vector256.Create(0.5f))
            + p.Groove * ridge * combing * (Vector256.Create(0.8f) + 0.6f * dry), shoulder);

    /// <summary><see cref="BrushTexture.Settle"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<float> Settle(Vector256<float> film, Vector256<float> shoulder) =>
        Vector256<float>.One + (film - Vector256<float>.One) * shoulder;

    // Linear interpolation in a table over [0, 1] of last + 1 samples, clamped at both ends.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<float> Lut(float[] t, int last, Vector256<float> x01)
    {
        var f = Vector256.MinNative(Vector256.MaxNative(x01 * last, Vector256<float>.Zero), Vector256.Create((float)last));
        return TableLanes.InterpolateHeld(t, f, last);
    }

    /// <summary><see cref="Noise.Value1"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<float> Value1(uint seed, Vector256<float> x)
    {
        var fl = Vector256.Floor(x);
        var i = Vector256.ConvertToInt32Native(fl);
        var f = x - fl;
        f = f * f * (Vector256.Create(3f) - f - f);
        return Hashed(seed, i, f);
    }

    // Between the hashed cells i and i + 1, at the eased fraction f.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<float> Hashed(uint seed, Vector256<int> i, Vector256<float> f)
    {
        var a = Unit(seed, i);
        return a + (Unit(seed, i + Vector256<int>.One) - a) * f;
    }

    /// <summary><see cref="Noise.Value1"/> bit for bit: its smoothstep in its own order (3 − 2f, where <see cref="Value1(uint, Vector256{float})"/>
    /// subtracts f twice), for tables that must equal their one-sample form exactly.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<float> Value1Exact(uint seed, Vector256<float> x)
    {
        var fl = Vector256.Floor(x);
        var i = Vector256.ConvertToInt32Native(fl);
        var f = x - fl;
        f = f * f * (Vector256.Create(3f) - 2f * f);
        return Hashed(seed, i, f);
    }

    /// <summary><see cref="Noise.Value1"/> with <paramref name="cells"/>' seed, as <see cref="Value1(uint, Vector256{float})"/>
    /// bit for bit, its two cells read from the table when all eight lie in it.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<float> Value1(in NoiseCells cells, Vector256<float> x)
    {
        var fl = Vector256.Floor(x);
        var i = Vector256.ConvertToInt32Native(fl);
        var f = x - fl;
        f = f * f * (Vector256.Create(3f) - f - f);
        // Unsigned, a negative cell (or a conversion out of range) is past the table too.
        if (!Vector256.LessThanAll(i.AsUInt32(), Vector256.Create((uint)cells.Last))) return Hashed(cells.Seed, i, f);
        var (a, b) = TableLanes.PairHeld(cells.Units, i, cells.Last);
        return a + (b - a) * f;
    }

    /// <summary>The eight sample positions i / (n − 1) from <paramref name="i"/> on, of a table of <paramref name="n"/> samples
    /// over [0, 1], each as the one-sample form divides it.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<float> Positions(int i, int n) =>
        Vector256.ConvertToSingle(Vector256.Create(i) + Vector256<int>.Indices) / Vector256.Create((float)(n - 1));

    /// <summary><see cref="Noise.Value2"/>.</summary>
    public static Vector256<float> Value2(uint seed, Vector256<float> x, Vector256<float> y)
    {
        Vector256<float> fx = Vector256.Floor(x), fy = Vector256.Floor(y);
        Vector256<int> ix = Vector256.ConvertToInt32Native(fx), iy = Vector256.ConvertToInt32Native(fy);
        Vector256<float> tx = x - fx, ty = y - fy, three = Vector256.Create(3f);
        tx = tx * tx * (three - tx - tx); ty = ty * ty * (three - ty - ty);
        var s = Vector256.Create(seed);
        Vector256<uint> row0 = Hash(s, iy), row1 = Hash(s, iy + Vector256<int>.One);
        var ix1 = ix + Vector256<int>.One;
        Vector256<float> a = ToUnit(Hash(row0, ix)), b = ToUnit(Hash(row0, ix1)), c = ToUnit(Hash(row1, ix)), d = ToUnit(Hash(row1, ix1));
        Vector256<float> top = a + (b - a) * tx, bottom = c + (d - c) * tx;
        return top + (bottom - top) * ty;
    }

    /// <summary><see cref="Noise.Unit"/>: the same hash in 32-bit lanes.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<float> Unit(uint seed, Vector256<int> i) => ToUnit(Hash(Vector256.Create(seed), i));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<uint> Hash(Vector256<uint> seed, Vector256<int> i)
    {
        var h = i.AsUInt32() * 0x9E3779B1u ^ seed * 0x85EBCA77u;
        h ^= Vector256.ShiftRightLogical(h, 15); h *= 0x2C1B3C6Du;
        h ^= Vector256.ShiftRightLogical(h, 12); h *= 0x297A2D39u;
        return h ^ Vector256.ShiftRightLogical(h, 15);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<float> ToUnit(Vector256<uint> h) =>
        Vector256.ConvertToSingle(Vector256.ShiftRightLogical(h, 8).AsInt32()) * (1f / 16777216f);

    /// <summary><see cref="Noise.Smoothstep"/> with edges that may differ per lane.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<float> Smoothstep(Vector256<float> e0, Vector256<float> e1, Vector256<float> x)
    {
        var t = Clamp01((x - e0) * (Vector256<float>.One / (e1 - e0)));
        return t * t * (Vector256.Create(3f) - t - t);
    }

    /// <summary><see cref="Noise.Smoothstep"/> with fixed edges.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<float> Smoothstep(float e0, float e1, Vector256<float> x)
    {
        var t = Clamp01((x - Vector256.Create(e0)) * (1f / (e1 - e0)));
        return t * t * (Vector256.Create(3f) - t - t);
    }

    /// <summary>Each lane clamped to [0, 1].</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<float> Clamp01(Vector256<float> x) =>
        Vector256.MinNative(Vector256.MaxNative(x, Vector256<float>.Zero), Vector256<float>.One);

    /// <summary><see cref="BrushTexture.Dryness"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<float> Dryness(Vector256<float> u, float load)
    {
        float start = 0.85f * load;
        var d = Clamp01((u - Vector256.Create(start)) / (1.0001f - start));
        return Vector256.MinNative(Vector256<float>.One, d * d * (2f * (1f - load)));
    }

    /// <summary><see cref="BrushTexture.Shoulder"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<float> Shoulder(in BrushTexture.Params p, Vector256<float> av, float from) =>
        Vector256<float>.One - Smoothstep(MathF.Min(from, p.Crest), 1f, av);

    /// <summary><see cref="BrushTexture.EndShoulder"/>; 1 for all eight without further work when none is near an end.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<float> EndShoulder(in BrushTexture.Params p, Vector256<float> u, float depth, float reach)
    {
        var near = Vector256.MinNative(u, Vector256<float>.One - u) * p.Aspect;
        if (Vector256.GreaterThanOrEqualAll(near, Vector256.Create(reach))) return Vector256<float>.One;
        return Smoothstep(0.14f * depth, reach, near);
    }

    /// <summary><see cref="BrushTexture.RaggedEnds(in BrushTexture.Params, float, float, float)"/>; 1 for all eight without
    /// further work when none is near an end.</summary>
    public static Vector256<float> RaggedEnds(in BrushTexture.Params p, Vector256<float> u, Vector256<float> v01, float depth) =>
        Ends(p, u, v01, depth, depth, square: false);

    /// <summary><see cref="BrushTexture.RaggedEnds(in BrushTexture.Params, float, float, float, float)"/>; 1 for all eight
    /// without further work when none is near an end.</summary>
    public static Vector256<float> RaggedEnds(in BrushTexture.Params p, Vector256<float> u, Vector256<float> v01, float start, float end) =>
        Ends(p, u, v01, start, end, square: true);

    private static Vector256<float> Ends(in BrushTexture.Params p, Vector256<float> u, Vector256<float> v01, float start, float end, bool square)
    {
        var fromStart = u * p.Aspect;
        var fromEnd = (Vector256<float>.One - u) * p.Aspect;
        var near = Vector256.MinNative(fromStart, fromEnd);
        if (square)
        {
            float most = BrushTexture.MostEndShare * p.Aspect;
            (start, end) = (MathF.Min(start, most), MathF.Min(end, most));
        }
        if (Vector256.GreaterThanOrEqualAll(near, Vector256.Create(MathF.Max(start, end) + 2f * p.Soft))) return Vector256<float>.One;
        var atStart = Vector256.LessThan(fromStart, fromEnd);
        var depth = Vector256.ConditionalSelect(atStart, Vector256.Create(start), Vector256.Create(end));
        var across = Vector256.ConditionalSelect(atStart, v01, Vector256<float>.One - v01);
        var tip = Vector256.Create(0.4f) + 0.35f * Ridge(p, across) + 0.25f * Value1(p.Tip, across * (p.Fray / p.Aspect * 2.7f));
        var side = Vector256.Abs(2f * v01 - Vector256<float>.One);
        Vector256<float> cut;
        if (square)
        {
            var corner = Vector256.MinNative(Vector256<float>.One, side * (1f / 0.9f));
            var comb = across * MathF.Max(p.Bristles, 2f * p.Clumps);
            var bristles = (BrushTexture.BristleJag * p.StreakAmp) * Value1(p.Jag, comb);
            cut = depth * ((Vector256.Create(0.55f) + 0.45f * tip) * (Bow(p, atStart, across) + 0.62f * corner * corner) + bristles);
        }
        else cut = depth * (Vector256.Create(0.25f) + 0.75f * tip) * (Vector256.Create(0.55f) + 0.45f * side * side);
        var soft = Vector256.Create(p.Soft);
        var ends = Smoothstep(cut - soft, cut + soft, near);
        return Vector256.ConditionalSelect(Vector256.GreaterThanOrEqual(near, depth + Vector256.Create(2f * p.Soft)), Vector256<float>.One, ends);
    }

    // The bow of a square end across the brush, each end its own (lanes at neither end are not computed).
    private static Vector256<float> Bow(in BrushTexture.Params p, Vector256<float> atStart, Vector256<float> across)
    {
        uint which = atStart.ExtractMostSignificantBits();
        var x = across * BrushTexture.BowCycles;
        var bow = which == 0xFFu ? Value1(p.BowAtStart, x)
            : which == 0u ? Value1(p.BowAtEnd, x)
            : Vector256.ConditionalSelect(atStart, Value1(p.BowAtStart, x), Value1(p.BowAtEnd, x));
        return Vector256.Create(0.08f) + 0.3f * bow;
    }

    /// <summary><see cref="BrushTexture.RaggedSides"/>; 1 for all eight without further work when none is near a side.</summary>
    public static Vector256<float> RaggedSides(in BrushTexture.Params p, Vector256<float> u, Vector256<float> v, Vector256<float> along)
    {
        float soft = 2f * p.Soft, depth = p.Ragged;
        var av = Vector256.Abs(v);
        var inside = Vector256.LessThan(av, Vector256.Create(1f - depth - soft));
        if (Vector256.EqualsAll(inside.AsInt32(), Vector256<int>.AllBitsSet)) return Vector256<float>.One;
        var uf = u * p.Fray;
        var positive = Vector256.GreaterThan(v, Vector256<float>.Zero);
        // Each side its own noise: each lane keeps its side's, and a side no lane is on is not computed.
        uint sides = positive.ExtractMostSignificantBits();
        uint upper = p.Seed ^ BrushTexture.UpperSide, lower = p.Seed ^ BrushTexture.LowerSide;
        var fray = sides == 0xFFu ? Fray(upper, uf)
            : sides == 0u ? Fray(lower, uf)
            : Vector256.ConditionalSelect(positive, Fray(upper, uf), Fray(lower, uf));
        var edge = Vector256<float>.One - depth * (Vector256.Create(0.15f) + 0.4f * along + 0.45f * fray);
        var frayed = Vector256<float>.One - Smoothstep(edge - Vector256.Create(soft), edge + Vector256.Create(soft), av);
        return Vector256.ConditionalSelect(inside, Vector256<float>.One, frayed);
    }

    // Hashed per pixel: the fray runs the stroke's length, often past the cells a table holds in registers.
    private static Vector256<float> Fray(uint side, Vector256<float> uf) =>
        0.5f * Value1(side, uf) + 0.5f * Value1(side ^ BrushTexture.FineSide, uf * 2.7f);
}
