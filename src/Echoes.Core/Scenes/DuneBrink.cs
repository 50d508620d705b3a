namespace Echoes.Scenes;

/// <summary>
/// One brink on a row of dunes: the top of a swell, the hollow its steep lee flank falls to, the foot of the long
/// windward flank before it, and the line parting the slip face from the lit flank: from the top it carries the crest
/// a little way on toward the windward side as it curves down toward the viewer, as a dune's brink runs.
/// </summary>
/// <param name="Top">The top, an index into the crest.</param>
/// <param name="Hollow">Where the lee flank ends, an index into the crest.</param>
/// <param name="Back">Where the windward flank begins, an index into the crest.</param>
/// <param name="Bend">The control point of the parting line (a quadratic curve from the top).</param>
/// <param name="End">Where the parting line ends, at the foot of the slope.</param>
internal readonly record struct DuneBrink(int Top, int Hollow, int Back, (float X, float Y) Bend, (float X, float Y) End)
{
    /// <summary>The brinks on <paramref name="crest"/> (left to right) whose slip faces fall toward <paramref name="lee"/>
    /// (−1 left, 1 right) down to <paramref name="foot"/>.</summary>
    public static IEnumerable<DuneBrink> On((float X, float Y)[] crest, float foot, float lee)
    {
        int n = crest.Length, step = lee > 0 ? 1 : -1;
        for (int i = 1; i < n - 1; i++)
        {
            // A top: higher (smaller y) than both neighbours.
            if (!(crest[i].Y <= crest[i - 1].Y && crest[i].Y < crest[i + 1].Y)) continue;
            int v = i, b = i;
            while (v + step >= 0 && v + step < n && crest[v + step].Y >= crest[v].Y) v += step;
            while (b - step >= 0 && b - step < n && crest[b - step].Y >= crest[b].Y) b -= step;
            var (tx, ty) = crest[i];
            float fall = crest[v].Y - ty, drop = foot - ty;
            if (drop <= 1f || fall < drop * 0.08f) continue;
            float back = MathF.Min(0.6f * MathF.Abs(crest[b].X - tx), MathF.Abs(crest[v].X - tx) * 0.5f + drop * 0.35f);
            yield return new DuneBrink(i, v, b, (tx - lee * back * 0.45f, ty + drop * 0.3f), (tx - lee * back, foot));
        }
    }

    /// <summary>The parting line at <paramref name="t"/> (0 at the top, 1 at its end), given the <paramref name="crest"/>.</summary>
    public (float X, float Y) Parting((float X, float Y)[] crest, float t)
    {
        var (a, b, e) = (crest[Top], Bend, End);
        float u = 1 - t;
        return (u * u * a.X + 2 * u * t * b.X + t * t * e.X, u * u * a.Y + 2 * u * t * b.Y + t * t * e.Y);
    }
}
