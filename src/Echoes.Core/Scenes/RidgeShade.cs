using SkiaSharp;

namespace Echoes.Scenes;

/// <summary>
/// The light and shade of a near range's peaks, laid over its fill: each peak's flank turned from the sun or moon in
/// shade, deepening from just under the crest into the body and lost again in the mist at the foot, the other flank a
/// little lit. So the range reads as a solid form turned in the light, its darkest value inside the mass on its shade
/// side, not as a dark edge around a flat, lighter body (the hollow arch).
/// </summary>
internal static class RidgeShade
{
    /// <summary>Shades the peaks of <paramref name="crest"/> (left to right) over the range <paramref name="range"/>.</summary>
    /// <param name="c">The canvas the range is drawn on.</param>
    /// <param name="range">The range's shape, the shading clipped to it.</param>
    /// <param name="crest">The range's crest, left to right.</param>
    /// <param name="foot">Where the range's foot lies (its mist), working pixels.</param>
    /// <param name="shade">The colour of its shade side.</param>
    /// <param name="lit">The colour of its lit side.</param>
    /// <param name="lee">The side turned from the light: −1 left, 1 right.</param>
    /// <param name="strength">How strongly it is shaded (0 to 1; the nearer, the stronger).</param>
    public static void Lay(SKCanvas c, SKPath range, (float X, float Y)[] crest, float foot, SKColor shade, SKColor lit, float lee,
        float strength)
    {
        c.Save();
        c.ClipPath(range, antialias: true);
        foreach (int p in Peaks(crest))
        {
            Flank(c, crest, p, (int)lee, foot, shade, strength);
            Flank(c, crest, p, -(int)lee, foot, lit, 0.35f * strength);
        }
        c.Restore();
    }

    // The peaks: crest points higher than every other within a tenth of the crest on either side.
    private static IEnumerable<int> Peaks((float X, float Y)[] crest)
    {
        int reach = Math.Max(2, crest.Length / 10);
        for (int i = 1; i < crest.Length - 1; i++)
        {
            bool top = true;
            for (int j = Math.Max(0, i - reach); j <= Math.Min(crest.Length - 1, i + reach) && top; j++)
                top = j == i || crest[j].Y > crest[i].Y || (crest[j].Y == crest[i].Y && j > i);
            if (top) yield return i;
        }
    }

    // One flank of peak p, toward side (−1 left, 1 right) down to the valley where the crest turns up again: filled in
    // the colour, faint at the crest, full a third of the way down the peak's height and gone at the foot, soft at the
    // peak's axis (a turn of the form, not a seam).
    private static void Flank(SKCanvas c, (float X, float Y)[] crest, int p, int side, float foot, SKColor color, float strength)
    {
        int v = p;
        while (v + side > 0 && v + side < crest.Length - 1 && crest[v + side].Y >= crest[v].Y - 0.5f) v += side;
        if (Math.Abs(v - p) < 2 || strength <= 0f) return;
        float height = MathF.Max(1f, foot - crest[p].Y), soft = height * 0.08f;
        using var pb = new SKPathBuilder();
        pb.MoveTo(crest[p].X, crest[p].Y - soft);
        for (int i = p; i != v + side; i += side) pb.LineTo(crest[i].X, crest[i].Y - soft);
        pb.LineTo(crest[v].X, foot);
        pb.LineTo(crest[p].X, foot);
        pb.Close();
        using var path = pb.Detach();
        byte a = (byte)Math.Clamp(255f * strength, 0f, 255f);
        using var paint = new SKPaint
        {
            IsAntialias = true,
            Shader = SKShader.CreateLinearGradient(new SKPoint(0, crest[p].Y), new SKPoint(0, foot),
                [color.WithAlpha((byte)(a / 3)), color.WithAlpha(a), color.WithAlpha((byte)(a / 2)), color.WithAlpha(0)], [0f, 0.3f, 0.75f, 1f],
                SKShaderTileMode.Clamp),
            MaskFilter = SKMaskFilter.CreateBlur(SKBlurStyle.Normal, soft),
        };
        c.DrawPath(path, paint);
    }
}
