namespace Echoes.Scenes;

/// <summary>
/// One brink on a row of dunes: the top of a swell, the hollow its steep lee flank falls to, the foot of the long
/// windward flank before it, and the line parting the slip face from the lit flank: from the top it runs down toward the
/// viewer in a long S, first out over the windward side, then back under the brink, then out again to its foot, as a
/// dune's brink winds (a single bow read as a ruled arc, and with the faces' level feet as a stepped terrace).
/// </summary>
/// <param name="Top">The top, an index into the crest.</param>
/// <param name="Hollow">Where the lee flank ends, an index into the crest.</param>
/// <param name="Back">Where the windward flank begins, an index into the crest.</param>
/// <param name="Bend">The first control point of the parting line (a cubic curve from the top).</param>
/// <param name="Turn">The second control point of the parting line.</param>
/// <param name="End">Where the parting line ends, at the foot of the slope.</param>
internal readonly record struct DuneBrink(int Top, int Hollow, int Back, (float X, float Y) Bend, (float X, float Y) Turn, (float X, float Y) End)
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
            // The lee flank ends where it levels out (its fall a quarter of its steepest), not where the crest stops falling:
            // down a gently tilted row that was far off, and the face ran level along the crest, a terrace's step.
            float steepest = 0f;
            while (v + step >= 0 && v + step < n && crest[v + step].Y >= crest[v].Y)
            {
                float fallHere = crest[v + step].Y - crest[v].Y;
                if (fallHere < steepest * 0.25f) break;
                steepest = MathF.Max(steepest, fallHere);
                v += step;
            }
            while (b - step >= 0 && b - step < n && crest[b - step].Y >= crest[b].Y) b -= step;
            var (tx, ty) = crest[i];
            float fall = crest[v].Y - ty, drop = foot - ty;
            if (drop <= 1f || fall < drop * 0.08f) continue;
            float back = MathF.Min(0.6f * MathF.Abs(crest[b].X - tx), MathF.Abs(crest[v].X - tx) * 0.5f + drop * 0.35f);
            yield return new DuneBrink(i, v, b, (tx - lee * back * 0.75f, ty + drop * 0.2f), (tx - lee * back * 0.2f, ty + drop * 0.7f),
                (tx - lee * back, foot));
        }
    }

    /// <summary>A point of the slip face under the <paramref name="crest"/>: <paramref name="s"/> from the parting line (0)
    /// along the falling crest to the hollow (1), <paramref name="t"/> from the crest (0) down to the face's toe (1). The toe
    /// sweeps from the parting line's foot up to the hollow in a curve, so the face is a crescent narrowing into the sand
    /// (with a level foot, faces read as shaded blocks).</summary>
    public (float X, float Y) Face((float X, float Y)[] crest, float s, float t)
    {
        float at = Top + (Hollow - Top) * s;
        int i0 = Math.Clamp((int)MathF.Floor(at), 0, crest.Length - 1), i1 = Math.Min(i0 + 1, crest.Length - 1);
        float f = at - i0;
        var top = (X: crest[i0].X + (crest[i1].X - crest[i0].X) * f, Y: crest[i0].Y + (crest[i1].Y - crest[i0].Y) * f);
        var (h, e) = (crest[Hollow], End);
        var toe = (X: e.X + (h.X - e.X) * s, Y: e.Y - (e.Y - h.Y) * MathF.Pow(s, 1.2f));
        // Bent at the parting line's side to follow it (a patch between the four edges, not a ruled column).
        var (p, a) = (Parting(crest, t), crest[Top]);
        float bx = p.X - (a.X + (e.X - a.X) * t), by = p.Y - (a.Y + (e.Y - a.Y) * t);
        return (top.X + (toe.X - top.X) * t + (1 - s) * bx, top.Y + (toe.Y - top.Y) * t + (1 - s) * by);
    }

    /// <summary>The parting line at <paramref name="t"/> (0 at the top, 1 at its end), given the <paramref name="crest"/>.</summary>
    public (float X, float Y) Parting((float X, float Y)[] crest, float t)
    {
        var (a, b, d, e) = (crest[Top], Bend, Turn, End);
        float u = 1 - t, k0 = u * u * u, k1 = 3 * u * u * t, k2 = 3 * u * t * t, k3 = t * t * t;
        return (k0 * a.X + k1 * b.X + k2 * d.X + k3 * e.X, k0 * a.Y + k1 * b.Y + k2 * d.Y + k3 * e.Y);
    }

    /// <summary>The first point of the parting line <paramref name="depth"/> or more under the <paramref name="crest"/> (its
    /// end where it never lies so deep).</summary>
    public (float X, float Y) PartingAt((float X, float Y)[] crest, float depth)
    {
        var q = Parting(crest, 0f);
        for (int k = 1; k <= 40 && q.Y - LandLayers.CrestAt(crest, q.X) < depth; k++) q = Parting(crest, k / 40f);
        return q;
    }
}
