using Echoes.Color;
using Echoes.Moods;
using Echoes.Painting;
using Echoes.Rendering;
using Echoes.Scenes;
using Echoes.Strokes;
using Echoes.Targets;

namespace Echoes.Pipeline;

/// <summary>
/// A scene to paint (from a scene file, or a story read into one). It is painted with its own seed and mood unless
/// the options say otherwise. The painter paints the landscape toward the composed target; the figures, the ties and
/// the echoes are the scene's own strokes, laid on top (<see cref="Overlay"/>), so no optimizer blurs them.
/// </summary>
/// <param name="Scene">The scene as read.</param>
public sealed record SceneSource(Scene Scene) : ISource
{
    // The last composition, kept so the overlay uses the layout the target was painted from (composing is costly).
    private (PaintOptions Options, Composition Composition)? _composed;

    /// <inheritdoc/>
    public (int Width, int Height) Size => (Scene.Size.Width, Scene.Size.Height);

    /// <summary>How much of the painter's relief a scene keeps: a landscape is laid in thin washes, and at the photo
    /// painter's full relief its skies and slopes stood up in stamped, embossed rows. (0.45 before the paint's body
    /// followed its load: its thinner washes then stood up less, echoes.yaml 1.26 -> 0.99 RMSE levels.)</summary>
    internal const float Relief = 0.5f;

    /// <summary>The working long side for composing and painting a scene with these options.</summary>
    public static int WorkingSize(PaintOptions options) => Math.Min(1600, Painter.WorkingSizeFor(options) * 5 / 4);

    /// <inheritdoc/>
    public PaintOptions Options(PaintOptions style, int? seed = null, Mood? mood = null) =>
        style with { Seed = seed ?? Scene.Seed, Mood = mood ?? Scene.Mood };

    /// <summary>The scene as painted with <paramref name="options"/>: their seed and mood replace its own.</summary>
    public Scene Painted(PaintOptions options) => Scene with { Seed = options.Seed, Mood = options.Mood };

    /// <inheritdoc/>
    public Target ToTarget(PaintOptions options) => Composed(options).Target;

    /// <inheritdoc/>
    public IReadOnlyList<Stroke> Overlay(PaintOptions options, (float Width, float Height) logicalSize)
    {
        var c = Composed(options);
        // An exact count too small for the landscape's own brushwork leaves the landscape to the painter, and so does a
        // way of seeing that makes its own landscape (fractured, gesture, field): the people, ties and echoes (their parts
        // name someone) are kept whole.
        bool ownLandscape = options.Seeing is not (Seeing.Layered or Seeing.Echo);
        bool Kept(int land) => !ownLandscape && !(options.Strokes is int n && land > n / 2);
        var own = SceneMarks.Paint(c, logicalSize.Width / c.Target.Width, Colours(c.Target, options), options.Seeing == Seeing.Echo, Kept);
        static bool Someone(Stroke s) => s.Part!.Contains(':', StringComparison.Ordinal);
        return Kept(own.Count(s => !Someone(s))) ? own : [.. own.Where(Someone)];
    }

    /// <summary>The colours a scene's own strokes take from its composed <paramref name="target"/> painted with
    /// <paramref name="options"/>: styled as the painter styles them (<see cref="Stylizer"/>), and where the mood leaves
    /// canvas bare (where it washes the picture to its ground). Its strokes are laid over the painter's underpainting,
    /// or on a bare <paramref name="canvas"/> of that colour where given.</summary>
    internal static SceneColours Colours(Target target, PaintOptions options, Rgb? canvas = null)
    {
        var mood = options.Mood.Parameters();
        var styled = Stylizer.Apply(target, options, mood, Stylizer.Ground(target, options, mood), out var composition);
        var covered = mood.Bare > 0 ? Stylizer.Apply(target, options, mood with { Bare = 0 }, Stylizer.Ground(target, options,
            mood with { Bare = 0 })) : null;
        return new SceneColours(covered ?? styled, covered is null ? null : composition?.Wash, covered is null ? null : styled.Reference, mood,
            (plan, width) =>
        {
            using var laid = Renderer.Render(plan, width: width, options: new RenderOptions { Impasto = false });
            return laid.ToPicture();
        }, canvas);
    }

    /// <summary>Records the title and the scene's modest relief (<see cref="Relief"/>, more in a dark painting) and, when the plan was painted
    /// from this source's composition, marks each of the painter's strokes with the part it paints (sky, land or water;
    /// the scene's own strokes carry theirs), laid sky, then land, then water.</summary>
    public void Describe(StrokePlan plan)
    {
        plan.Meta["title"] = Scene.Title;
        plan.Relief *= Relief * (_composed is { } composed ? InTheDark(composed.Composition.Target) : 1f);
        if (_composed is not { } kept) return;
        var c = kept.Composition;
        float scale = plan.Width / c.Target.Width;
        // The painter's strokes come first (the scene's own carry their parts). Laid as a painter lays a landscape, the
        // sky before the land before the water (each in the painter's own order), so the underpainting is three runs, not
        // hundreds of alternating ones (one layer per part in the SVG, the time-lapse in the planned order); where a sky
        // and a land stroke overlap, the land now lies on top, as it would on canvas.
        int painter = plan.Strokes.FindIndex(s => s.Part is not null);
        if (painter < 0) painter = plan.Strokes.Count;
        var underpainting = plan.Strokes.Take(painter).Select(s => s with { Part = SceneMarks.LandscapePart(c, s, scale) })
            .OrderBy(s => s.Part switch { "sky" => 0, "land" => 1, _ => 2 }).ToList();
        for (int i = 0; i < painter; i++) plan.Strokes[i] = underpainting[i];
    }

    // How much more relief a dark painting needs: the light on the paint scales its value, so over a night's dark paint
    // the same relief is barely felt. Raised toward the look of a lit one (a mean value of 0.35), at most 2.5 times.
    private static float InTheDark(Target target)
    {
        var picture = target.Reference;
        float sum = 0;
        int n = 0;
        for (int y = 0; y < picture.Height; y += 4)
            for (int x = 0; x < picture.Width; x += 4, n++) sum += Srgb.FromLinear(picture[x, y].Luminance);
        return Math.Clamp(0.35f / MathF.Max(1e-3f, sum / Math.Max(1, n)), 1f, 2.5f);
    }

    /// <summary>Two sources are the same when their scenes are (the kept composition is only a cache).</summary>
    public bool Equals(SceneSource? other) => other is not null && Scene == other.Scene;

    /// <inheritdoc/>
    public override int GetHashCode() => Scene.GetHashCode();

    private Composition Composed(PaintOptions options)
    {
        if (_composed is { } kept && kept.Options == options) return kept.Composition;
        var c = SceneComposer.Compose(Painted(options), WorkingSize(options));
        _composed = (options, c);
        return c;
    }
}
