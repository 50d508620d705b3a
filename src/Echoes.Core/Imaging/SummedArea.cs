namespace Echoes.Imaging;

/// <summary>
/// A summed-area table of a three-channel picture: the mean colour of any box in constant time, so a pass that looks at
/// a picture at several scales, but only at a few places, needs no blurred copy of it per scale.
/// </summary>
internal sealed class SummedArea
{
    private readonly double[] _sum;
    private readonly int _w, _h;

    /// <summary>The table of <paramref name="data"/>: <paramref name="width"/> × <paramref name="height"/> pixels, three
    /// interleaved floats each.</summary>
    public SummedArea(float[] data, int width, int height)
    {
        (_w, _h) = (width, height);
        // One row and one column of zeros before the picture, so every box is four lookups.
        _sum = new double[(width + 1) * (height + 1) * 3];
        int stride = (width + 1) * 3;
        for (int y = 0; y < height; y++)
        {
            double r = 0, g = 0, b = 0;
            for (int x = 0; x < width; x++)
            {
                int j = (y * width + x) * 3, k = (y + 1) * stride + (x + 1) * 3;
                r += data[j]; g += data[j + 1]; b += data[j + 2];
                _sum[k] = _sum[k - stride] + r;
                _sum[k + 1] = _sum[k + 1 - stride] + g;
                _sum[k + 2] = _sum[k + 2 - stride] + b;
            }
        }
    }

    /// <summary>The mean colour of the box of half-size <paramref name="r"/> pixels around (<paramref name="x"/>,
    /// <paramref name="y"/>), cut to the picture.</summary>
    public (float R, float G, float B) Mean(float x, float y, float r)
    {
        int x0 = Math.Clamp((int)(x - r), 0, _w - 1), x1 = Math.Clamp((int)(x + r) + 1, x0 + 1, _w);
        int y0 = Math.Clamp((int)(y - r), 0, _h - 1), y1 = Math.Clamp((int)(y + r) + 1, y0 + 1, _h);
        int stride = (_w + 1) * 3, a = y0 * stride + x0 * 3, b = y0 * stride + x1 * 3, c = y1 * stride + x0 * 3, d = y1 * stride + x1 * 3;
        double n = (x1 - x0) * (y1 - y0);
        return ((float)((_sum[d] - _sum[b] - _sum[c] + _sum[a]) / n), (float)((_sum[d + 1] - _sum[b + 1] - _sum[c + 1] + _sum[a + 1]) / n),
            (float)((_sum[d + 2] - _sum[b + 2] - _sum[c + 2] + _sum[a + 2]) / n));
    }
}
