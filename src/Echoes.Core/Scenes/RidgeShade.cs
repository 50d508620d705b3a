using SkiaSharp;

namespace Echoes.Scenes;

/// <summary>
/// The light and shade of a near range's peaks, laid over its fill: each peak's flank turned from the sun or moon in
/// shade, deepening from just under the crest into the body and lost again in the mist at the foot, the other flank a
/// little lit. So the range reads as a solid form turned in the light, its darkest value inside the mass on its shade
/// side, not as a dark edge around a flat, lighter body (the hollow arch). Against a sun or moon low ahead (dawn, dusk) the
/// face turned to the viewer is all in its own shade, and only the rim of the crest nearest the light catches it.
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
    /// <param name="light">Where the sun or moon stands, and how much it lights the range from behind (<see cref="Backlight"/>).</param>
    public static void Lay(SKCanvas c, SKPath range, (float X, float Y)[] crest, float foot, SKColor shade, SKColor lit, float lee,
        float strength, (float X, float Y, float Back) light)
    {
        c.Save();
        c.ClipPath(range, antialias: true);
        var peaks = Peaks(crest, crest.Length / 10).ToList();
        // The folds of the face: the lesser spurs between the peaks, turned in the light as the peaks are but more softly,
        // so a range in its own shade still shows its form inside the mass.
        var spurs = Peaks(crest, crest.Length / 30).Where(s => !peaks.Contains(s));
        foreach (var (p, k) in peaks.Select(p => (p, strength)).Concat(spurs.Select(s => (s, 0.55f * strength))))
        {
            // Against a light low ahead each peak turns from it on its own far side (the light stands inside the picture).
            int away = light.Back > 0.5f ? (crest[p].X < light.X ? -1 : 1) : (int)lee;
            // The shade plane from the crest down under a high light; against a light low ahead it gathers lower in the body.
            float edge = 0.55f - 0.22f * light.Back;
            Flank(c, crest, p, away, foot, shade, k, edge);
            // The flank toward a light ahead faces away from it too, in shade, but less deeply, and it catches a glancing
            // light: a little lighter than the far flank (in one even shade both, the range was a flat dark cut-out).
            Flank(c, crest, p, -away, foot, lit, 0.6f * k * (1f - light.Back) + 0.3f * k * light.Back, edge);
            Flank(c, crest, p, -away, foot, shade, 0.3f * k * light.Back, edge);
        }
        if (light.Back > 0f) Rim(c, crest, foot, lit, strength * light.Back, light);
        c.Restore();
    }

    /// <summary>How much a light at height <paramref name="lightY"/> lights the land from behind: 1 where it stands low
    /// over the horizon ahead (the sun at dawn or dusk), 0 where it stands high (by day, the moon at night), when the land
    /// facing the viewer is lit from the front or above.</summary>
    public static float Backlight(float lightY, float horizonY, float height) =>
        Math.Clamp((0.2f * height - (horizonY - lightY)) / (0.1f * height), 0f, 1f);

    // The rim of a range lit from behind: a thin band of light just inside the crest, brightest nearest the light and
    // lost away from it, so the dark mass is parted from the sky by light on its edge rather than by a dark line.
    private static void Rim(SKCanvas c, (float X, float Y)[] crest, float foot, SKColor lit, float strength, (float X, float Y, float Back) light)
    {
        float height = MathF.Max(1f, foot - crest.Min(q => q.Y)), band = MathF.Max(1.5f, height * 0.035f);
        using var pb = new SKPathBuilder();
        pb.MoveTo(crest[0].X, crest[0].Y);
        foreach (var q in crest.Skip(1)) pb.LineTo(q.X, q.Y);
        using var line = pb.Detach();
        byte a = (byte)Math.Clamp(230f * strength, 0f, 255f);
        float reach = MathF.Max(height * 4f, MathF.Abs(crest[^1].X - crest[0].X) * 0.45f);
        using var paint = new SKPaint
        {
            IsAntialias = true, Style = SKPaintStyle.Stroke, StrokeWidth = band * 2f,
            Shader = SKShader.CreateRadialGradient(new SKPoint(light.X, light.Y), reach, [lit.WithAlpha(a), lit.WithAlpha((byte)(a / 4)),
                lit.WithAlpha(0)], [0f, 0.6f, 1f], SKShaderTileMode.Clamp),
            MaskFilter = SKMaskFilter.CreateBlur(SKBlurStyle.Normal, band * 0.4f),
        };
        c.DrawPath(line, paint);
    }

    /// <summary>The peaks of <paramref name="crest"/>: the indices of crest points higher than every other within
    /// <paramref name="reach"/> points on either side.</summary>
    public static IEnumerable<int> Peaks((float X, float Y)[] crest, int reach)
    {
        reach = Math.Max(2, reach);
        for (int i = 1; i < crest.Length - 1; i++)
        {
            bool top = true;
            for (int j = Math.Max(0, i - reach); j <= Math.Min(crest.Length - 1, i + reach) && top; j++)
                top = j == i || crest[j].Y > crest[i].Y || (crest[j].Y == crest[i].Y && j > i);
            if (top) yield return i;
        }
    }

    // One flank of peak p, toward side (−1 left, 1 right) down to the valley where the crest turns up again: filled in
    // the colour, edge times as strong at the crest (the plane starts there), full a third of the way down the peak's
    // height and gone at the foot, soft at the peak's axis (a turn of the form, not a seam), the two flanks crossing there.
    private static void Flank(SKCanvas c, (float X, float Y)[] crest, int p, int side, float foot, SKColor color, float strength, float edge)
    {
        int v = p;
        while (v + side > 0 && v + side < crest.Length - 1 && crest[v + side].Y >= crest[v].Y - 0.5f) v += side;
        if (Math.Abs(v - p) < 2 || strength <= 0f) return;
        float height = MathF.Max(1f, foot - crest[p].Y), soft = height * 0.08f;
        // Carried a blur's width past the axis: the two flanks, each blurred short of it, left a pale stripe down every peak.
        float over = crest[p].X - side * soft;
        using var pb = new SKPathBuilder();
        pb.MoveTo(over, crest[p].Y - soft);
        for (int i = p; i != v + side; i += side) pb.LineTo(crest[i].X, crest[i].Y - soft);
        pb.LineTo(crest[v].X, foot);
        pb.LineTo(over, foot);
        pb.Close();
        using var path = pb.Detach();
        byte a = (byte)Math.Clamp(255f * strength, 0f, 255f);
        using var paint = new SKPaint
        {
            IsAntialias = true,
            Shader = SKShader.CreateLinearGradient(new SKPoint(0, crest[p].Y), new SKPoint(0, foot),
                [color.WithAlpha((byte)(a * edge)), color.WithAlpha(a), color.WithAlpha((byte)(a / 2)), color.WithAlpha(0)], [0f, 0.3f, 0.75f, 1f],
                SKShaderTileMode.Clamp),
            MaskFilter = SKMaskFilter.CreateBlur(SKBlurStyle.Normal, soft),
        };
        c.DrawPath(path, paint);
    }
}
