using Echoes.Color;

namespace Echoes.Targets;

/// <summary>A small bright source in a photo (a lamp at dusk, a specular glint): its core's centre and radius in working
/// pixels, the core's colour and the colour of the light spilling round it (linear RGB).</summary>
internal readonly record struct PointLight(float X, float Y, float Radius, Rgb Core, Rgb Glow);

/// <summary>
/// Finds the point lights of a target that the camera drew as a star: small components of near-white pixels that stand
/// far above the ground round them, judged by the median of a ring of samples (the spikes cross the ring in a few
/// places only, so the median still sees the dark), small enough to be a point rather than a lit form, spilling little
/// light, and with spikes in opposed pairs (<see cref="LensSpikes"/>). A glint on a surface, which has no star, is not
/// one: the painter already paints it as a touch.
/// </summary>
internal static class PointLights
{
    private const float Bright = 0.85f, DarkRing = 0.4f, Stands = 0.4f, Spill = 0.45f;
    private const int MinSpikes = 5;
    private const int RingSamples = 24, MaxLights = 64;

    /// <summary>The point lights, brightest first, at most 64.</summary>
    public static List<PointLight> Find(Target t)
    {
        int w = t.Width, h = t.Height, n = w * h;
        float longSide = Math.Max(w, h), ring = MathF.Max(4f, 0.025f * longSide), maxRadius = MathF.Max(2f, 0.014f * longSide);
        var lum = t.EncodedLuma();
        var flagged = new bool[n];
        var samples = new float[RingSamples];
        for (int y = 0; y < h; y++)
            for (int x = 0; x < w; x++)
            {
                int q = y * w + x;
                if (lum[q] < Bright) continue;
                float median = RingMedian(lum, w, h, x, y, ring, samples);
                flagged[q] = median < DarkRing && lum[q] - median > Stands;
            }
        var lights = new List<(PointLight Light, float Peak)>();
        var seen = new bool[n];
        var stack = new Stack<int>();
        for (int q0 = 0; q0 < n; q0++)
        {
            if (!flagged[q0] || seen[q0]) continue;
            var comp = Component(flagged, seen, stack, w, h, q0);
            float area = comp.Count, radius = MathF.Sqrt(area / MathF.PI);
            if (radius > maxRadius) continue;
            float sx = 0, sy = 0, sw = 0, peak = 0;
            double r = 0, g = 0, b = 0;
            foreach (int q in comp)
            {
                float k = lum[q];
                sx += k * (q % w + 0.5f); sy += k * (q / w + 0.5f); sw += k; peak = MathF.Max(peak, k);
                r += t.Reference.Pixels[q * 3]; g += t.Reference.Pixels[q * 3 + 1]; b += t.Reference.Pixels[q * 3 + 2];
            }
            var core = new Rgb((float)(r / area), (float)(g / area), (float)(b / area));
            float cx = sx / sw, cy = sy / sw, rad = MathF.Max(1f, radius);
            var glow = GlowColour(t, lum, cx, cy, rad, core);
            // A highlight on a lit form has bright paint all round it; a light in the dark spills only a little.
            if (glow.Luminance > Spill * core.Luminance || peak < 0.9f || radius < 1.5f) continue;
            if (LensSpikes.Count(lum, w, h, cx, cy, rad) < MinSpikes) continue;
            lights.Add((new PointLight(cx, cy, rad, core, glow), peak * area));
        }
        return [.. lights.OrderByDescending(l => l.Peak).ThenBy(l => l.Light.Y).ThenBy(l => l.Light.X).Take(MaxLights).Select(l => l.Light)];
    }

    private static float RingMedian(float[] lum, int w, int h, int x, int y, float ring, float[] samples)
    {
        for (int k = 0; k < RingSamples; k++)
        {
            float a = k * MathF.Tau / RingSamples;
            int sx = Math.Clamp((int)(x + 0.5f + ring * MathF.Cos(a)), 0, w - 1), sy = Math.Clamp((int)(y + 0.5f + ring * MathF.Sin(a)), 0, h - 1);
            samples[k] = lum[sy * w + sx];
        }
        Array.Sort(samples);
        return samples[RingSamples / 2];
    }

    private static List<int> Component(bool[] flagged, bool[] seen, Stack<int> stack, int w, int h, int q0)
    {
        var comp = new List<int>();
        seen[q0] = true;
        stack.Push(q0);
        while (stack.Count > 0)
        {
            int q = stack.Pop(), x = q % w, y = q / w;
            comp.Add(q);
            for (int dy = -1; dy <= 1; dy++)
                for (int dx = -1; dx <= 1; dx++)
                {
                    int nx = x + dx, ny = y + dy;
                    if (nx < 0 || ny < 0 || nx >= w || ny >= h) continue;
                    int p = ny * w + nx;
                    if (flagged[p] && !seen[p]) { seen[p] = true; stack.Push(p); }
                }
        }
        return comp;
    }

    // The light's spill: the mean colour of the brighter half of an annulus round the core (the spikes and haze carry
    // the lamp's own hue, warmer or cooler than its near-white core); the core's colour where the annulus is all dark.
    private static Rgb GlowColour(Target t, float[] lum, float cx, float cy, float r, Rgb core)
    {
        int w = t.Width, h = t.Height;
        float inner = 1.6f * r + 1f, outer = 4f * r + 3f;
        double sr = 0, sg = 0, sb = 0, sw = 0;
        var p = t.Reference.Pixels;
        for (int y = Math.Max(0, (int)(cy - outer)); y < Math.Min(h, (int)(cy + outer) + 1); y++)
            for (int x = Math.Max(0, (int)(cx - outer)); x < Math.Min(w, (int)(cx + outer) + 1); x++)
            {
                float dx = x + 0.5f - cx, dy = y + 0.5f - cy, d = MathF.Sqrt(dx * dx + dy * dy);
                if (d < inner || d > outer) continue;
                int q = y * w + x;
                float k = lum[q] * lum[q] * lum[q];
                sr += k * p[q * 3]; sg += k * p[q * 3 + 1]; sb += k * p[q * 3 + 2]; sw += k;
            }
        return sw < 1e-3 ? core : new Rgb((float)(sr / sw), (float)(sg / sw), (float)(sb / sw));
    }
}
