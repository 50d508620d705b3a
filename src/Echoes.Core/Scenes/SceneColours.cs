using Echoes.Color;
using Echoes.Moods;
using Echoes.Painting;
using Echoes.Targets;

namespace Echoes.Scenes;

/// <summary>
/// The colours the scene's own brushwork takes from its composed landscape, pushed by the painting's style and mood
/// exactly as the painter's are (<see cref="Stylizer"/>), so the scene's strokes and the painter's agree in key, hue
/// and contrast; and the mood's brushwork (length, wander, droop, opacity, paint load) for the scene's marks.
/// </summary>
internal sealed class SceneColours
{
    private readonly Target _styled;
    private readonly Target? _covered;

    /// <summary>The colours of <paramref name="target"/> as <paramref name="options"/> paint it.</summary>
    public SceneColours(Target target, PaintOptions options)
    {
        Mood = options.Mood.Parameters();
        _styled = Stylizer.Apply(target, options, Mood, Stylizer.Ground(target, options, Mood));
        // Where the mood leaves canvas bare, the scene's washes leave it bare too: the same colours without the bare
        // share tell where that is.
        if (Mood.Bare > 0)
        {
            var covered = Mood with { Bare = 0 };
            _covered = Stylizer.Apply(target, options, covered, Stylizer.Ground(target, options, covered));
        }
    }

    /// <summary>Whether the mood leaves the canvas bare at (x, y): no wash is laid there.</summary>
    public bool Bare(float x, float y)
    {
        if (_covered is null) return false;
        int ix = Math.Clamp((int)x, 0, _styled.Width - 1), iy = Math.Clamp((int)y, 0, _styled.Height - 1);
        return Distance(_styled.Reference[ix, iy], _covered.Reference[ix, iy]) > 0.12f;
    }

    /// <summary>The mood's parameters.</summary>
    public MoodParameters Mood { get; }

    /// <summary>The styled colour at working pixel (x, y), linear, clamped to the canvas.</summary>
    public Rgb At(float x, float y) =>
        _styled.Reference[Math.Clamp((int)x, 0, _styled.Width - 1), Math.Clamp((int)y, 0, _styled.Height - 1)];

    /// <summary>The mean styled colour at these points.</summary>
    public Rgb Mean(IEnumerable<(float X, float Y)> points)
    {
        float r = 0, g = 0, b = 0;
        int n = 0;
        foreach (var (x, y) in points)
        {
            var q = At(x, y);
            r += q.R; g += q.G; b += q.B;
            n++;
        }
        return n == 0 ? Rgb.Black : new Rgb(r / n, g / n, b / n);
    }

    /// <summary>How different two colours look: distance of their sRGB encodings (0 to about 1.7).</summary>
    public static float Distance(Rgb a, Rgb b)
    {
        float dr = Srgb.FromLinear(a.R) - Srgb.FromLinear(b.R), dg = Srgb.FromLinear(a.G) - Srgb.FromLinear(b.G);
        float db = Srgb.FromLinear(a.B) - Srgb.FromLinear(b.B);
        return MathF.Sqrt(dr * dr + dg * dg + db * db);
    }
}
