using System.Numerics;

namespace Echoes.Imaging;

/// <summary>Fast Gaussian blur approximated by three box blurs (running sums: constant cost per pixel at any radius).</summary>
internal static class Blur
{
    /// <summary>Blurs interleaved <paramref name="channels"/>-channel data in place with standard deviation <paramref name="sigma"/>
    /// pixels.</summary>
    public static void Gaussian(float[] data, int width, int height, int channels, float sigma)
    {
        if (sigma < 0.3f) return;
        // Box widths whose three-fold convolution has the requested variance (Kovesi's construction).
        Span<int> boxes = stackalloc int[3];
        float wIdeal = MathF.Sqrt(12f * sigma * sigma / 3f + 1f);
        int wl = (int)MathF.Floor(wIdeal); if (wl % 2 == 0) wl--;
        int wu = wl + 2;
        float mIdeal = (12f * sigma * sigma - 3 * wl * wl - 12 * wl - 9) / (-4f * wl - 4);
        int m = (int)MathF.Round(mIdeal);
        for (int i = 0; i < 3; i++) boxes[i] = ((i < m ? wl : wu) - 1) / 2;
        var tmp = Interlocked.Exchange(ref _spare, null);
        if (tmp is null || tmp.Length < data.Length) tmp = new float[data.Length];
        for (int i = 0; i < 3; i++)
        {
            Horizontal(data, tmp, width, height, channels, boxes[i]);
            Vertical(tmp, data, width, height, channels, boxes[i]);
        }
        Keep(tmp);
    }

    // The scratch image of the last blur, for the next: a painting blurs its target some twenty times, and a fresh
    // scratch image each time was about a sixth of the pages a default paint touched for the first time (each costs
    // the kernel a fault). Every element a blur reads from it, it has written first, so what a blur gives does not
    // depend on it. Blurs that run at once each take their own; the largest one is kept, up to a 1024 px working
    // image's three channels (a long-running gallery holds no more than that).
    private static float[]? _spare;

    private const int MaxKept = 1024 * 1024 * 3;

    private static void Keep(float[] tmp)
    {
        var kept = Volatile.Read(ref _spare);
        if (tmp.Length <= MaxKept && (kept is null || kept.Length < tmp.Length)) Interlocked.CompareExchange(ref _spare, tmp, kept);
    }

    private static void Horizontal(float[] src, float[] dst, int w, int h, int ch, int r)
    {
        Parallel.For(0, h, y =>
        {
            int row = y * w * ch;
            float inv = 1f / (2 * r + 1);
            for (int c = 0; c < ch; c++)
            {
                // Edges are clamped: the first and last pixels repeat beyond the border.
                float first = src[row + c], last = src[row + (w - 1) * ch + c];
                float acc = (r + 1) * first;
                for (int j = 0; j < r; j++) acc += src[row + Math.Min(j, w - 1) * ch + c];
                for (int x = 0; x < w; x++)
                {
                    int addX = x + r, subX = x - r - 1;
                    acc += addX < w ? src[row + addX * ch + c] : last;
                    acc -= subX >= 0 ? src[row + subX * ch + c] : first;
                    dst[row + x * ch + c] = acc * inv;
                }
            }
        });
    }

    // Down the columns a block of them at a time, each row of the block a vector sum: rows are read in order instead of
    // one float per cache line. Each element's sums are the same additions in the same order as one column at a time.
    private static void Vertical(float[] src, float[] dst, int w, int h, int ch, int r)
    {
        const int block = 512;
        int stride = w * ch;
        Parallel.For(0, (stride + block - 1) / block, b =>
        {
            int c0 = b * block, n = Math.Min(block, stride - c0);
            float inv = 1f / (2 * r + 1);
            Span<float> acc = stackalloc float[block];
            acc = acc[..n];
            ReadOnlySpan<float> first = src.AsSpan(c0, n), last = src.AsSpan((h - 1) * stride + c0, n);
            for (int i = 0; i < n; i++) acc[i] = (r + 1) * first[i];
            for (int j = 0; j < r; j++) Add(acc, src.AsSpan(Math.Min(j, h - 1) * stride + c0, n), 1f);
            for (int y = 0; y < h; y++)
            {
                int addY = y + r, subY = y - r - 1;
                Add(acc, addY < h ? src.AsSpan(addY * stride + c0, n) : last, 1f);
                Add(acc, subY >= 0 ? src.AsSpan(subY * stride + c0, n) : first, -1f);
                var row = dst.AsSpan(y * stride + c0, n);
                for (int i = 0; i < n; i++) row[i] = acc[i] * inv;
            }
        });
    }

    // acc += sign · v (sign ±1: an exact add or subtract), a vector at a time.
    private static void Add(Span<float> acc, ReadOnlySpan<float> v, float sign)
    {
        int i = 0;
        var k = new Vector<float>(sign);
        for (; i + Vector<float>.Count <= acc.Length; i += Vector<float>.Count)
            (new Vector<float>(acc[i..]) + k * new Vector<float>(v[i..])).CopyTo(acc[i..]);
        for (; i < acc.Length; i++) acc[i] += sign * v[i];
    }
}
