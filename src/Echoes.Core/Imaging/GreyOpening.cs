namespace Echoes.Imaging;

/// <summary>
/// A grey opening (erode, then dilate, with a (2k+1)² square) of a window of interleaved channel data, per channel:
/// bright things narrower than the square (a light's spikes, a thin lit wire) go, broader ones keep their shape.
/// </summary>
internal static class GreyOpening
{
    /// <summary>The opened window (<paramref name="ww"/> × <paramref name="wh"/> at <paramref name="x0"/>,
    /// <paramref name="y0"/> of data <paramref name="w"/> wide), interleaved like the data.</summary>
    public static float[] Of(float[] p, int w, int channels, int x0, int y0, int ww, int wh, int k)
    {
        var win = new float[ww * wh * channels];
        for (int y = 0; y < wh; y++) Array.Copy(p, ((y0 + y) * w + x0) * channels, win, y * ww * channels, ww * channels);
        var tmp = new float[win.Length];
        int row = ww * channels;
        Pass(win, tmp, ww, wh, k, channels, channels, row, MathF.Min); Pass(tmp, win, wh, ww, k, channels, row, channels, MathF.Min);
        Pass(win, tmp, ww, wh, k, channels, channels, row, MathF.Max); Pass(tmp, win, wh, ww, k, channels, row, channels, MathF.Max);
        return win;
    }

    // One separable pass of a running min or max over 2k+1 samples along lines of n samples (step apart); lines of
    // `lines` start `stride` apart.
    private static void Pass(float[] src, float[] dst, int n, int lines, int k, int channels, int step, int stride,
        Func<float, float, float> pick)
    {
        for (int line = 0; line < lines; line++)
            for (int c = 0; c < channels; c++)
                for (int i = 0; i < n; i++)
                {
                    float v = src[line * stride + i * step + c];
                    for (int j = Math.Max(0, i - k); j <= Math.Min(n - 1, i + k); j++) v = pick(v, src[line * stride + j * step + c]);
                    dst[line * stride + i * step + c] = v;
                }
    }
}
