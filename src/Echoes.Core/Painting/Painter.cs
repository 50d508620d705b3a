using Echoes.Brushes;
using Echoes.Color;
using Echoes.Moods;
using Echoes.Strokes;
using Echoes.Targets;

namespace Echoes.Painting;

/// <summary>
/// Paints a <see cref="Target"/> into a <see cref="StrokePlan"/>: the layered pass blocks in the forms, the budgeted
/// optimizer places the rest where the error is largest, and the style's brushwork and palette shape every stroke.
/// </summary>
public sealed class Painter
{
    /// <summary>Most strokes one painting may have.</summary>
    public const int MaxStrokes = 200_000;

    /// <summary>Logical long side of painted plans: plans do not depend on the source's pixel count.</summary>
    public const float LogicalLongSide = 1024f;

    private readonly PaintOptions _o;
    private readonly MoodParameters _mood;

    /// <summary>Creates a painter with the given options (a style, possibly modified, and a mood).</summary>
    /// <exception cref="EchoesException">An option is out of range.</exception>
    public Painter(PaintOptions options)
    {
        options.Validate();
        _mood = options.Mood.Parameters();
        _o = WithMood(options, _mood);
    }

    // The mood's brushwork, folded into the style's parameters.
    private static PaintOptions WithMood(PaintOptions o, MoodParameters m)
    {
        if (o.Mood.IsNone) return o;
        float mixTotal = o.BrushMix.Total;
        return o with
        {
            MaxLength = o.MaxLength * m.Length,
            LayerRadii = [.. o.LayerRadii.Select((r, i) => i < o.LayerRadii.Length - 1 ? Math.Min(1f, r * m.Scale) : r)],
            Aspect = (o.Aspect.Min * MathF.Sqrt(m.Length), o.Aspect.Max * m.Length),
            Curvature = Math.Clamp(o.Curvature * m.Curvature, 0f, 1.5f),
            AngleJitter = o.AngleJitter + m.Jitter,
            Lift = m.Lift,
            BrushMix = BrushWeights.From(k => o.BrushMix[k] + m.ExtraBrushes[k] * mixTotal * 0.25f),
            Opacity = (o.Opacity.Min * m.Opacity, Math.Min(1f, o.Opacity.Max * m.Opacity)),
            Load = (o.Load.Min * m.Load, Math.Min(1f, o.Load.Max * m.Load)),
            PaletteSize = o.PaletteSize == 0 ? 0 : Math.Max(3, (int)MathF.Round(o.PaletteSize * m.PaletteScale)),
            Relief = o.Relief * m.Relief,
            Taper = (Math.Clamp(o.Taper.Start + m.TaperStart, 0f, 0.5f), Math.Clamp(o.Taper.End + m.TaperEnd, 0f, 0.5f)),
        };
    }

    /// <summary>The working size (long side, pixels) these options paint at.</summary>
    public static int WorkingSizeFor(PaintOptions o) => o.WorkingSize ?? (o.LayerRadii.Length == 0
        ? o.Detail switch { Detail.Low => 256, Detail.High => 512, _ => 384 }
        : o.Detail switch { Detail.Low => 384, Detail.High => 900, _ => 600 });

    /// <summary>A plan's logical size for a source of this pixel size: <see cref="LogicalLongSide"/> on the long side
    /// and the source's exact aspect, so a render at the source's width has the source's height.</summary>
    internal static (float Width, float Height) LogicalSize((int Width, int Height) source)
    {
        double k = LogicalLongSide / (double)Math.Max(source.Width, source.Height);
        return ((float)(source.Width * k), (float)(source.Height * k));
    }

    /// <summary>The stroke budget when none is given: the optimizer's share for purely optimized styles.</summary>
    private int? DefaultBudget => _o.LayerRadii.Length > 0 || _o.Seeing != Seeing.Layered ? null
        : _o.Detail switch { Detail.Low => 300, Detail.High => 3000, _ => 1000 };

    /// <summary>The style's way of seeing lays the painting in before the optimizer's share; returns how many strokes it
    /// placed (what the optimizer's share is reckoned from when no budget is given).</summary>
    private int BlockIn(Target t, CanvasPyramid pyramid, Brushwork brushwork, CalmField? calm, int? budget, Action<Stroke> placed,
        CancellationToken ct)
    {
        if (_o.OptimizerShare >= 1f || (_o.Seeing == Seeing.Layered && _o.LayerRadii.Length == 0)) return 0;
        int? cap = budget is int n ? (int)(n * (1 - _o.OptimizerShare)) : null;
        int blockedIn = _o.Seeing switch
        {
            Seeing.Layered => new LayeredPass(t, pyramid, _o, brushwork, calm).Run(cap, placed, ct),
            Seeing.Fractured => new FracturedPass(t, pyramid, _o, brushwork).Run(cap, placed, ct),
            Seeing.Field => new FieldPass(t, pyramid, _o, brushwork).Run(cap, placed, ct),
            Seeing.Gesture => new GesturePass(t, pyramid, _o, brushwork).Run(cap, placed, ct),
            Seeing.Echo => new EchoPass(t, pyramid, _o, brushwork).Run(cap, placed, ct),
            _ => throw new EchoesException(nameof(PaintOptions.Seeing), $"{(int)_o.Seeing} is not a way of seeing"),
        };
        // The passes keep only the full-size canvas up to date; the optimizer ranks on the coarse levels too.
        pyramid.Resync();
        return blockedIn;
    }

    /// <summary>Paints the target.</summary>
    /// <param name="target">What to paint.</param>
    /// <param name="progress">Told every few strokes how far the painting is.</param>
    /// <param name="cancellationToken">Stops the painting.</param>
    /// <param name="placed">Called with the plan so far and each stroke as it is placed, in painting order (for live views).</param>
    public StrokePlan Paint(Target target, IProgress<PaintProgress>? progress = null, CancellationToken cancellationToken = default,
        Action<StrokePlan, Stroke>? placed = null)
    {
        target = target.WithFocus(_o.Focus);
        // The layered painters see a point light as a painter does; the faithful painter keeps the photo's.
        if (_o.LayerRadii.Length > 0) target = LightBlooms.Soften(target, _o.Seed);
        var ground = Stylizer.Ground(target, _o, _mood);
        var t = Stylizer.Apply(target, _o, _mood, ground, out var composition);
        var (lw, lh) = LogicalSize(t.Source.SourceSize);
        // The working canvas has the source's aspect only to within a rounded pixel (1×1023 works on 1×600): one
        // scale that makes it cover the whole plan leaves no unpainted edge; what overhangs is cut off when rendered.
        float logicalPerPixel = MathF.Max(lw / t.Width, lh / t.Height);

        var (gr, gg, gb) = (Srgb.FromLinear(ground.R), Srgb.FromLinear(ground.G), Srgb.FromLinear(ground.B));
        var pyramid = new CanvasPyramid(t, gr, gg, gb);
        var canvas = pyramid.Full;
        var palette = _o.PaletteSize > 1 ? Palette.FromTarget(t, _o.PaletteSize, _o.Seed) : null;
        var brushwork = new Brushwork(_o, palette, logicalPerPixel, _mood);
        var plan = new StrokePlan(lw, lh, new Rgb(Srgb.ToLinear(gr), Srgb.ToLinear(gg), Srgb.ToLinear(gb)))
        {
            Relief = _o.Relief, Warmth = _mood.Warmth,
        };
        plan.Meta["style"] = _o.Style;
        if (!_o.Mood.IsNone) plan.Meta["mood"] = _o.Mood.ToString();
        if (_o.Focus.Kind != FocusKind.Auto) plan.Meta["focus"] = _o.Focus.ToString();
        plan.Meta["seed"] = _o.Seed.ToString(System.Globalization.CultureInfo.InvariantCulture);
        plan.Meta["engine"] = $"Echoes {EngineInfo.Version}";

        int? budget = _o.Strokes ?? DefaultBudget;
        // The mood's own marks go on last (laid before the optimizer, its touches paint them out as errors); an exact stroke
        // count leaves them a twelfth of it.
        var marks = composition is null ? []
            : MoodMarks.Of(t, composition, _mood, logicalPerPixel, _o.Seed, ground, budget is int all ? all / 12 : int.MaxValue);
        int expected = budget ?? 0;
        void Placed(Stroke s)
        {
            plan.Strokes.Add(s);
            placed?.Invoke(plan, s);
            if (progress is not null && (plan.Strokes.Count & 31) == 0)
                progress.Report(new PaintProgress(plan.Strokes.Count, Math.Max(expected, plan.Strokes.Count), canvas.Rmse));
        }

        // The layered painter's flat passages are calmed, and the optimizer's strokes there lie alike with its own.
        var calm = _o.Seeing == Seeing.Layered && _o.LayerRadii.Length > 0 ? CalmField.Of(t, _mood) : null;
        int blockedIn = BlockIn(t, pyramid, brushwork, calm, budget - marks.Count, Placed, cancellationToken);
        var optimizer = new Optimizer(t, pyramid, _o, brushwork, calm);
        int optimized = budget is int b ? b - marks.Count - plan.Strokes.Count
            : (int)(blockedIn * _o.OptimizerShare / Math.Max(0.01f, 1 - _o.OptimizerShare));
        expected = plan.Strokes.Count + optimized + marks.Count;
        optimizer.Run(optimized, 0, Placed, cancellationToken);
        foreach (var s in marks) Placed(s);
        progress?.Report(new PaintProgress(plan.Strokes.Count, plan.Strokes.Count, canvas.Rmse));
        return plan;
    }
}
