using Echoes.Brushes;
using Echoes.Imaging;
using Echoes.Targets;

namespace Echoes.Painting;

/// <summary>
/// How much detail each place holds at a stroke's scale, 0–1 per working pixel: the photo's edge density averaged over
/// about a stroke's width, ranked against the picture's own (or, for the subject, against the subject's own), so a quiet
/// passage reads 0 and the busiest places (eyes, a mouth, lettering, fingers) read 1 whatever the photo's contrast.
/// A painter lays quiet places with big strokes and saves the small ones for where the detail is.
/// </summary>
internal static class DetailMap
{
    // Minimum focus of a pixel that counts as the subject's when the subject's own detail is ranked.
    private const float SubjectFocus = 0.15f;

    /// <summary>The detail of <paramref name="t"/> at a brush of <paramref name="radius"/> working pixels; with
    /// <paramref name="onSubject"/> ranked among the focus region's places only (the subject's quiet parts read low even
    /// where they are busier than the background).</summary>
    public static float[] Of(Target t, float radius, bool onSubject)
    {
        int w = t.Width, h = t.Height;
        var density = (float[])t.Edge.Clone();
        Blur.Gaussian(density, w, h, 1, radius);
        var ranked = onSubject && t.FocusMap is { } focus ? Subject(density, focus) : density;
        if (ranked.Length == 0) ranked = density;
        // In the picture the quietest third reads 0 and the busiest fifth 1; on the subject, whose detail the eye reads
        // most, only its quietest fifth reads 0 and its busiest two-fifths read 1.
        float lo = OrientationField.Percentile(ranked, onSubject ? 0.2f : 0.35f);
        float hi = MathF.Max(OrientationField.Percentile(ranked, onSubject ? 0.6f : 0.8f), lo + 1e-6f);
        for (int i = 0; i < density.Length; i++) density[i] = Noise.Smoothstep(lo, hi, density[i]);
        return density;
    }

    private static float[] Subject(float[] density, float[] focus)
    {
        var inside = new List<float>(density.Length / 4);
        for (int i = 0; i < density.Length; i++) if (focus[i] >= SubjectFocus) inside.Add(density[i]);
        return [.. inside];
    }
}
