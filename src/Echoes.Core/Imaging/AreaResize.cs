namespace Echoes.Imaging;

/// <summary>Separable area-averaging resampling: exact box filtering for reductions, smooth blends when enlarging.</summary>
internal static class AreaResize
{
    public static Picture Resize(Picture src, int width, int height)
    {
        if (width <= 0 || height <= 0) throw new ArgumentOutOfRangeException(nameof(width));
        if (width == src.Width && height == src.Height) return src.Clone();
        var wx = Weights(src.Width, width);
        var wy = Weights(src.Height, height);
        // Horizontal pass into a temporary of (width × src.Height), then vertical.
        var tmp = new float[width * src.Height * 3];
        var sp = src.Pixels;
        Parallel.For(0, src.Height, y =>
        {
            int srow = y * src.Width * 3, trow = y * width * 3;
            for (int x = 0; x < width; x++)
            {
                var (start, ws) = wx[x];
                float r = 0, g = 0, b = 0;
                for (int k = 0; k < ws.Length; k++)
                {
                    int i = srow + (start + k) * 3; float w = ws[k];
                    r += sp[i] * w; g += sp[i + 1] * w; b += sp[i + 2] * w;
                }
                int o = trow + x * 3; tmp[o] = r; tmp[o + 1] = g; tmp[o + 2] = b;
            }
        });
        var dst = new Picture(width, height);
        var dp = dst.Pixels;
        Parallel.For(0, height, y =>
        {
            var (start, ws) = wy[y];
            int drow = y * width * 3;
            for (int k = 0; k < ws.Length; k++)
            {
                int trow = (start + k) * width * 3; float w = ws[k];
                for (int i = 0; i < width * 3; i++) dp[drow + i] += tmp[trow + i] * w;
            }
        });
        return dst;
    }

    /// <summary>For each output sample, the first source index and the normalised overlap weights.</summary>
    private static (int Start, float[] W)[] Weights(int srcLen, int dstLen)
    {
        var result = new (int, float[])[dstLen];
        double scale = srcLen / (double)dstLen;
        for (int i = 0; i < dstLen; i++)
        {
            double a = i * scale, b = (i + 1) * scale;
            if (scale < 1)
            {
                // Enlarging: a box narrower than a source pixel; widen it to one pixel centred on the sample.
                double c = (i + 0.5) * scale;
                a = c - 0.5; b = c + 0.5;
            }
            int s = Math.Max(0, (int)Math.Floor(a)), e = Math.Min(srcLen, (int)Math.Ceiling(b));
            var w = new float[e - s];
            double sum = 0;
            for (int j = s; j < e; j++)
            {
                double ov = Math.Max(0, Math.Min(b, j + 1) - Math.Max(a, j));
                w[j - s] = (float)ov; sum += ov;
            }
            for (int k = 0; k < w.Length; k++) w[k] = (float)(w[k] / sum);
            result[i] = (s, w);
        }
        return result;
    }
}
