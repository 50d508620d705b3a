using Echoes.Strokes;

namespace Echoes.Rendering;

/// <summary>
/// Where a plan lands on a canvas: logical units to pixels (scale, then offset), and the pixel rectangle strokes may
/// paint, so strokes that overhang the plan's edge stay out of a margin.
/// </summary>
internal readonly record struct Placement(float Scale, float OffsetX, float OffsetY, int ClipX0, int ClipY0, int ClipX1, int ClipY1)
{
    // Without a margin above or below, rows are not clipped: the light pass reads the halo row beyond each edge.
    private const int Open = int.MaxValue / 2;

    /// <summary>The plan filling a canvas of its own aspect from the top-left corner.</summary>
    public static Placement Whole(StrokePlan plan, int width, int height) => new(width / plan.Width, 0, 0, 0, -Open, width, Open);

    /// <summary>The plan centred on a <paramref name="width"/>×<paramref name="height"/> canvas, fitted as <paramref name="fit"/> says.</summary>
    public static Placement Fitted(StrokePlan plan, int width, int height, Fit fit)
    {
        float sx = width / plan.Width, sy = height / plan.Height;
        float scale = fit == Fit.Cover ? MathF.Max(sx, sy) : MathF.Min(sx, sy);
        float ox = (width - plan.Width * scale) / 2, oy = (height - plan.Height * scale) / 2;
        int x0 = Math.Max(0, (int)MathF.Round(ox)), y0 = Math.Max(0, (int)MathF.Round(oy));
        return y0 == 0 ? new(scale, ox, oy, x0, -Open, width - x0, Open) : new(scale, ox, oy, x0, y0, width - x0, height - y0);
    }
}
