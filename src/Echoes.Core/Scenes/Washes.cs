using Echoes.Brushes;
using Echoes.Color;
using Echoes.Strokes;

namespace Echoes.Scenes;

/// <summary>
/// Lays one layer of the landscape in washes: overlapping rows of long, nearly level strokes, each broken where the
/// colour under it turns (so a graded sky stays graded and a cloud keeps its place) or at a length of its own, with the
/// wobble of a hand. Rows stay inside their layer; the ones at a silhouette stop short of it by
/// <see cref="WashRows.Inset"/>, so the edge is drawn by what is painted over it, not by the rounded ends of rows.
/// </summary>
internal static class Washes
{
    /// <summary>Paints <paramref name="rows"/> of <paramref name="layer"/>, colours from <paramref name="colours"/>.</summary>
    public static void Lay(List<Stroke> strokes, SceneColours colours, LandLayers layers, byte layer, WashRows rows, Marks marks, Random rng)
    {
        int w = layers.Width;
        float y = rows.Top + rows.Width(rows.Top) * 0.3f;
        while (y < rows.Bottom)
        {
            float width = rows.Width(y);
            bool Inside(float x) => layers.At(x, y) == layer && (rows.Cover || !colours.Bare(x, y))
                && (rows.Inset <= 0 || layers.At(x, y - width * rows.Inset) == layer);
            float Fade(float x) => rows.Cover ? 1f : colours.Fade(x, y);
            // Softened only within the layer: a row under a silhouette that took half its colour from the sky above it painted
            // a low range's body nearly as light as the sky (a pale slope under a dark crest, stuck on).
            Rgb At(float x, float yy) => rows.Colour?.Invoke(x, yy) ?? colours.At(x, yy);
            Rgb Within(float x, float yy) => layers.At(x, yy) == layer ? At(x, yy) : At(x, y);
            Rgb Sample(float x) => rows.Soften <= 0 ? At(x, y) : Rgb.Lerp(Rgb.Lerp(Within(x, y - width * rows.Soften),
                Within(x, y + width * rows.Soften), 0.5f), At(x, y), 1f / 3f);
            float step = MathF.Max(1f, width * 0.25f);
            float x = -width * 0.5f;
            while (x < w + width * 0.5f)
            {
                if (!Inside(x)) { x += step; continue; }
                float start = x, maxLen = width * rows.Length * (0.6f + 0.8f * rng.NextSingle());
                var first = Sample(x);
                float fade0 = Fade(x), fade = 0;
                Rgb sum = default;
                int n = 0;
                while (x < w + width * 0.5f && Inside(x) && x - start < maxLen
                    && (n < 3 || (SceneColours.Distance(Sample(x), first) < rows.Tolerance
                        && MathF.Abs(Fade(x) - fade0) < 0.2f)))
                {
                    var q = Sample(x);
                    sum = new Rgb(sum.R + q.R, sum.G + q.G, sum.B + q.B);
                    fade += Fade(x);
                    n++;
                    x += step;
                }
                if (x - start < width * 0.6f) continue;
                var color = new Rgb(sum.R / n, sum.G / n, sum.B / n);
                float a = start - width * 0.35f, b = x + width * 0.35f, wob = width * rows.Wobble;
                // At the canvas's edges the tapered ends lie beyond it, so no edge is left thinly painted.
                if (start < width) a -= width * 1.5f;
                if (x > w - width) b += width * 1.5f;
                float droop = width * rows.Droop;
                // Where the canvas is left bare the wash thins out, dry, into it.
                fade = MathF.Sqrt(fade / n);
                float opacity = rows.Opacity * (0.85f + 0.15f * rng.NextSingle()) * (rows.Thinned?.Invoke((a + b) / 2, y) ?? 1f) * fade;
                // Rows that cover the bare canvas cover it fully there: thin paint over the pale linen would streak.
                if (rows.Cover) opacity += (1f - opacity) * (1f - colours.Fade((a + b) / 2, y));
                // Thin paint, its ends tapering each their own way: rows of the same rounded ends would read as scales.
                var taper = (0.15f + 0.3f * rng.NextSingle(), 0.2f + 0.28f * rng.NextSingle());
                var brush = fade < 0.75f ? BrushKind.DryBrush : rows.Brush;
                float Swept(float x) => y + (rows.Sweep?.Invoke(x, y) ?? 0f) + wob * (rng.NextSingle() - 0.5f);
                var stroke = marks.Make(brush, width * (0.85f + 0.3f * rng.NextSingle()), color, opacity, taper,
                    (a, Swept(a)), ((a + b) / 2, Swept((a + b) / 2)), (b, Swept(b) + droop));
                strokes.Add(stroke with { Load = rows.Load + 0.3f * rng.NextSingle() });
                x -= width * 0.3f; // the next stroke overlaps this one's end
            }
            y += width * rows.Spacing * (0.85f + 0.3f * rng.NextSingle());
        }
    }
}

/// <summary>How a wash's rows are laid.</summary>
/// <param name="Top">First row, working pixels.</param>
/// <param name="Bottom">Below the last row.</param>
/// <param name="Width">The stroke width at a height (nearer ground takes broader strokes).</param>
/// <param name="Length">Longest stroke, in stroke widths.</param>
/// <param name="Spacing">Row spacing, in stroke widths (below 1: the rows overlap).</param>
/// <param name="Tolerance">How far the colour may turn along a stroke before it is broken.</param>
/// <param name="Opacity">The strokes' opacity.</param>
/// <param name="Inset">How far (in stroke widths) a row keeps below the layer's upper edge; 0 for none.</param>
/// <param name="Wobble">The hand's wander across the row, in stroke widths.</param>
/// <param name="Droop">How far the end of a stroke sags (sorrow) or lifts (joy), in stroke widths.</param>
/// <param name="Brush">The brush.</param>
/// <param name="Thinned">How much of the opacity a stroke centred at (x, y) keeps (1 where none is given).</param>
/// <param name="Cover">Whether the rows cover the canvas the mood would leave bare (the sky is never left unpainted).</param>
/// <param name="Sweep">How far a row is carried down (or up) at (x, y): rows that swell and dip with the land.</param>
/// <param name="Soften">How far above and below its row (in stroke widths) a stroke takes its colour from too: a soft
/// edge to a colour that turns across the rows; 0 for its row's alone.</param>
/// <param name="Load">The least paint a stroke carries (up to 0.3 more): thin paint stands up less from the canvas.</param>
/// <param name="Colour">The colour a row takes at (x, y), where not the composed one.</param>
internal sealed record WashRows(float Top, float Bottom, Func<float, float> Width, float Length, float Spacing, float Tolerance,
    float Opacity, float Inset, float Wobble, float Droop, BrushKind Brush = BrushKind.Round, Func<float, float, float>? Thinned = null,
    bool Cover = false, Func<float, float, float>? Sweep = null, float Soften = 0f, float Load = 0.7f, Func<float, float, Rgb>? Colour = null);
