namespace Echoes.Painting;

/// <summary>Values on a coarse grid read between its cells: the seeing passes keep smooth fields (a colour field's
/// coverage, a distance from a form) on a grid far smaller than the picture.</summary>
internal static class GridSample
{
    /// <summary>The value of grid <paramref name="c"/> (<paramref name="w"/> × <paramref name="h"/>, cell centres at
    /// +0.5) at (<paramref name="x"/>, <paramref name="y"/>), interpolated between the four nearest cells and clamped
    /// to the grid.</summary>
    public static float Bilinear(float[] c, int w, int h, float x, float y)
    {
        x = Math.Clamp(x - 0.5f, 0f, w - 1.001f);
        y = Math.Clamp(y - 0.5f, 0f, h - 1.001f);
        int x0 = (int)x, y0 = (int)y, x1 = Math.Min(w - 1, x0 + 1), y1 = Math.Min(h - 1, y0 + 1);
        float fx = x - x0, fy = y - y0;
        float top = c[y0 * w + x0] + (c[y0 * w + x1] - c[y0 * w + x0]) * fx;
        float bottom = c[y1 * w + x0] + (c[y1 * w + x1] - c[y1 * w + x0]) * fx;
        return top + (bottom - top) * fy;
    }
}
