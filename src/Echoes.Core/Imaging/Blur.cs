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
        var tmp = new float[data.Length];
        for (int i = 0; i < 3; i++)
        {
            Horizontal(data, tmp, width, height, channels, boxes[i]);
            Vertical(tmp, data, width, height, channels, boxes[i]);
        }
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

    private static void Vertical(float[] src, float[] dst, int w, int h, int ch, int r)
    {
        int stride = w * ch;
        Parallel.For(0, stride, col =>
        {
            float inv = 1f / (2 * r + 1);
            float first = src[col], last = src[(h - 1) * stride + col];
            float acc = (r + 1) * first;
            for (int j = 0; j < r; j++) acc += src[Math.Min(j, h - 1) * stride + col];
            for (int y = 0; y < h; y++)
            {
                int addY = y + r, subY = y - r - 1;
                acc += addY < h ? src[addY * stride + col] : last;
                acc -= subY >= 0 ? src[subY * stride + col] : first;
                dst[y * stride + col] = acc * inv;
            }
        });
    }
}
