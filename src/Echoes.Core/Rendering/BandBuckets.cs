namespace Echoes.Rendering;

/// <summary>
/// Strokes sorted into horizontal bands of rows: each band lists, in plan order, the strokes that reach it, so the
/// bands can be painted on separate cores, each compositing its own strokes in order (a row's pixels do not depend on
/// the other rows').
/// </summary>
internal static class BandBuckets
{
    /// <summary>The strokes [<paramref name="first"/>, <paramref name="first"/> + <paramref name="count"/>) that reach
    /// each of <paramref name="bands"/> bands of <paramref name="bandHeight"/> rows, out of <paramref name="rows"/>.</summary>
    /// <param name="first">The first stroke.</param>
    /// <param name="count">How many strokes.</param>
    /// <param name="bounds">A stroke's top and bottom, in rows.</param>
    /// <param name="bandHeight">Rows a band.</param>
    /// <param name="bands">Bands.</param>
    /// <param name="rows">Rows in all.</param>
    /// <param name="halo">Rows a stroke counts as reaching beyond its bounds (a pass that reads neighbouring rows).</param>
    public static List<int>[] Of(int first, int count, Func<int, (float Top, float Bottom)> bounds, int bandHeight, int bands, int rows,
        float halo)
    {
        var buckets = new List<int>[bands];
        for (int b = 0; b < bands; b++) buckets[b] = [];
        for (int i = first; i < first + count; i++)
        {
            var (top, bottom) = bounds(i);
            (top, bottom) = (top - halo, bottom + halo);
            if (bottom < 0 || top >= rows) continue;
            int b0 = Math.Max(0, (int)MathF.Floor(top / bandHeight)), b1 = Math.Min(bands - 1, (int)MathF.Floor(bottom / bandHeight));
            for (int b = b0; b <= b1; b++) buckets[b].Add(i);
        }
        return buckets;
    }
}
