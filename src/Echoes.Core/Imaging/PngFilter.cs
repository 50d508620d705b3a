using System.Numerics;

namespace Echoes.Imaging;

/// <summary>
/// PNG's row filters, several bytes at a time: each row is written as Sub, Up or Paeth, whichever leaves the smallest
/// sum of residuals (libpng's heuristic), which for paintings, smooth along both axes, is nearly always one of these.
/// </summary>
internal static class PngFilter
{
    private const byte Sub = 1, Up = 2, Paeth = 4;

    /// <summary>Writes row <paramref name="cur"/> filtered into <paramref name="dst"/> (its filter type, then the
    /// bytes), given the row above (zeros above the first) and <paramref name="bpp"/> bytes per pixel;
    /// <paramref name="scratch"/> holds two candidates of the row's length.</summary>
    public static void Row(ReadOnlySpan<byte> cur, ReadOnlySpan<byte> prev, int bpp, Span<byte> dst, Span<byte> scratch)
    {
        int n = cur.Length;
        Span<byte> a = scratch[..n], b = scratch.Slice(n, n);
        FilterSub(cur, bpp, a);
        long costA = Cost(a);
        FilterUp(cur, prev, b);
        long costB = Cost(b);
        // The better of Sub and Up stays; Paeth is tried in the other's place.
        bool upWins = costB < costA;
        var best = upWins ? b : a;
        var trial = upWins ? a : b;
        byte type = upWins ? Up : Sub;
        long cost = Math.Min(costA, costB);
        FilterPaeth(cur, prev, bpp, trial);
        if (Cost(trial) < cost) { type = Paeth; best = trial; }
        dst[0] = type;
        best.CopyTo(dst[1..]);
    }

    private static void FilterSub(ReadOnlySpan<byte> cur, int bpp, Span<byte> dst)
    {
        cur[..bpp].CopyTo(dst);
        int i = bpp, w = Vector<byte>.Count;
        for (; i + w <= cur.Length; i += w)
            (new Vector<byte>(cur[i..]) - new Vector<byte>(cur[(i - bpp)..])).CopyTo(dst[i..]);
        for (; i < cur.Length; i++) dst[i] = (byte)(cur[i] - cur[i - bpp]);
    }

    private static void FilterUp(ReadOnlySpan<byte> cur, ReadOnlySpan<byte> prev, Span<byte> dst)
    {
        int i = 0, w = Vector<byte>.Count;
        for (; i + w <= cur.Length; i += w) (new Vector<byte>(cur[i..]) - new Vector<byte>(prev[i..])).CopyTo(dst[i..]);
        for (; i < cur.Length; i++) dst[i] = (byte)(cur[i] - prev[i]);
    }

    // Paeth predicts from the left (a), above (b) and upper-left (c) bytes; encoding reads only the raw rows, so every
    // byte is independent and lanes run side by side as 16-bit integers.
    private static void FilterPaeth(ReadOnlySpan<byte> cur, ReadOnlySpan<byte> prev, int bpp, Span<byte> dst)
    {
        for (int k = 0; k < bpp; k++) dst[k] = (byte)(cur[k] - prev[k]); // a = c = 0: the prediction is b
        int i = bpp, w = Vector<byte>.Count;
        for (; i + w <= cur.Length; i += w)
        {
            Vector.Widen(new Vector<byte>(cur[(i - bpp)..]), out var aLo, out var aHi);
            Vector.Widen(new Vector<byte>(prev[i..]), out var bLo, out var bHi);
            Vector.Widen(new Vector<byte>(prev[(i - bpp)..]), out var cLo, out var cHi);
            var pred = Vector.Narrow(Predict(aLo, bLo, cLo), Predict(aHi, bHi, cHi));
            (new Vector<byte>(cur[i..]) - pred).CopyTo(dst[i..]);
        }
        for (; i < cur.Length; i++) dst[i] = (byte)(cur[i] - Predict(cur[i - bpp], prev[i], prev[i - bpp]));
    }

    private static Vector<ushort> Predict(Vector<ushort> a, Vector<ushort> b, Vector<ushort> c)
    {
        Vector<short> sa = Vector.AsVectorInt16(a), sb = Vector.AsVectorInt16(b), sc = Vector.AsVectorInt16(c);
        var pa = Vector.Abs(sb - sc);
        var pb = Vector.Abs(sa - sc);
        var pc = Vector.Abs(sa + sb - sc - sc);
        var useA = Vector.LessThanOrEqual(pa, pb) & Vector.LessThanOrEqual(pa, pc);
        var useB = Vector.LessThanOrEqual(pb, pc);
        return Vector.AsVectorUInt16(Vector.ConditionalSelect(useA, sa, Vector.ConditionalSelect(useB, sb, sc)));
    }

    private static byte Predict(int a, int b, int c)
    {
        int pa = Math.Abs(b - c), pb = Math.Abs(a - c), pc = Math.Abs(a + b - 2 * c);
        return (byte)(pa <= pb && pa <= pc ? a : pb <= pc ? b : c);
    }

    // The sum of the residuals read as signed bytes: min(d, 256 − d) per byte.
    private static long Cost(ReadOnlySpan<byte> d)
    {
        var acc = Vector<uint>.Zero;
        int i = 0, w = Vector<byte>.Count;
        for (; i + w <= d.Length; i += w)
        {
            var v = new Vector<byte>(d[i..]);
            Vector.Widen(Vector.Min(v, Vector<byte>.Zero - v), out var lo, out var hi);
            Vector.Widen(lo + hi, out var a, out var b);
            acc += a + b;
        }
        long sum = Vector.Sum(acc);
        for (; i < d.Length; i++) sum += Math.Min(d[i], 256 - d[i]);
        return sum;
    }
}
