using Echoes.Painting;
using Echoes.Strokes;
using Echoes.Targets;

namespace Echoes.Pipeline;

/// <summary>
/// Source → target → plan, once for every front end: the command line, the gallery and the <see cref="MoodSheet"/>
/// paint through here, and write what they made with <see cref="Export.Exporters"/>.
/// </summary>
public static class PaintPipeline
{
    /// <summary>Paints <paramref name="source"/> with options from <see cref="ISource.Options"/>.</summary>
    /// <param name="source">What to paint.</param>
    /// <param name="options">The options, as the source resolved them.</param>
    /// <param name="progress">Told every few strokes how far the painting is.</param>
    /// <param name="cancellationToken">Stops the painting.</param>
    /// <param name="placed">Called with the plan so far and each stroke as it is placed (for live views).</param>
    /// <exception cref="EchoesException">An option is out of range.</exception>
    public static StrokePlan Paint(ISource source, PaintOptions options, IProgress<PaintProgress>? progress = null,
        CancellationToken cancellationToken = default, Action<StrokePlan, Stroke>? placed = null)
    {
        // Checked before the target is made, so a bad option fails fast; the target's own painting needs no second check.
        options.Validate();
        return PaintChecked(source, source.ToTarget(options), options, progress, cancellationToken, placed);
    }

    /// <summary>Paints a target already made from <paramref name="source"/>, for several paintings of one target (the
    /// <see cref="MoodSheet"/> paints one photograph's target in each mood).</summary>
    /// <param name="source">What the target was made from.</param>
    /// <param name="target">The target, from <see cref="ISource.ToTarget"/>.</param>
    /// <param name="options">The options, as the source resolved them.</param>
    /// <param name="progress">Told every few strokes how far the painting is.</param>
    /// <param name="cancellationToken">Stops the painting.</param>
    /// <param name="placed">Called with the plan so far and each stroke as it is placed (for live views).</param>
    /// <exception cref="EchoesException">An option is out of range.</exception>
    public static StrokePlan Paint(ISource source, Target target, PaintOptions options, IProgress<PaintProgress>? progress = null,
        CancellationToken cancellationToken = default, Action<StrokePlan, Stroke>? placed = null)
    {
        options.Validate();
        return PaintChecked(source, target, options, progress, cancellationToken, placed);
    }

    private static StrokePlan PaintChecked(ISource source, Target target, PaintOptions options, IProgress<PaintProgress>? progress,
        CancellationToken cancellationToken, Action<StrokePlan, Stroke>? placed)
    {
        var overlay = source.Overlay(options, Painter.LogicalSize(target.Source.SourceSize));
        // An exact stroke count is the whole plan's: the source's own strokes come out of the painter's share.
        var painter = new Painter(options.Strokes is int n && overlay.Count > 0
            ? options with { Strokes = Math.Max(1, n - overlay.Count) } : options);
        var plan = painter.Paint(target, progress, cancellationToken, placed);
        foreach (var stroke in overlay)
        {
            plan.Strokes.Add(stroke);
            placed?.Invoke(plan, stroke);
        }
        source.Describe(plan);
        return plan;
    }
}
