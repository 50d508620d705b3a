using Echoes.Brushes;
using Echoes.Color;
using Echoes.Imaging;
using Echoes.Targets;

namespace Echoes.Painting;

/// <summary>
/// How a painter sees a point light (<see cref="PointLights"/>): a small bright core and a soft, uneven bloom of its
/// light falling off warm into the dark, not the camera's diffraction star. Round each light the thin bright spikes are
/// taken out of the target (a grey opening, which keeps what is broader than a spike), an irregular glow of the light's
/// colour is laid in their place, and the stroke field there turns loosely outward and weakly oriented, so the brushes
/// paint a bloom of strokes of their own lengths and angles instead of tracing each spike as a bright dagger.
/// </summary>
internal static class LightBlooms
{
    /// <summary>The target with its point lights seen as blooms; the same target where there are none.</summary>
    public static Target Soften(Target t, int seed)
    {
        var lights = PointLights.Find(t);
        if (lights.Count == 0) return t;
        var pic = t.Reference.Clone();
        var (dirX, dirY, coh) = ((float[])t.DirX.Clone(), (float[])t.DirY.Clone(), (float[])t.Coherence.Clone());
        for (int j = 0; j < lights.Count; j++) Bloom(t, pic, dirX, dirY, coh, lights[j], new Random(SeedMix.Of(seed, 0x1B7, j)));
        return t.WithReference(pic).WithField(dirX, dirY, coh);
    }

    private static void Bloom(Target t, Picture pic, float[] dirX, float[] dirY, float[] coh, PointLight l, Random rng)
    {
        int w = t.Width, h = t.Height;
        float longSide = Math.Max(w, h);
        float reach = Math.Clamp(8f * l.Radius, 0.04f * longSide, 0.08f * longSide), span = ThroughLines.Beyond * reach;
        int k = Math.Max(2, (int)MathF.Round(longSide / 200f));
        int x0 = Math.Max(0, (int)(l.X - span) - k), x1 = Math.Min(w, (int)(l.X + span) + k + 1);
        int y0 = Math.Max(0, (int)(l.Y - span) - k), y1 = Math.Min(h, (int)(l.Y + span) + k + 1);
        var opened = GreyOpening.Of(pic.Pixels, w, 3, x0, y0, x1 - x0, y1 - y0, k);
        var keep = ThroughLines.Kept(pic.Pixels, opened, w, x0, y0, x1 - x0, y1 - y0, l.X, l.Y, reach);
        // The bloom's outline wavers with the angle (three low harmonics at chance phases): uneven, never n-fold.
        var (a1, a2, a3) = (0.1f + 0.2f * rng.NextSingle(), 0.08f + 0.15f * rng.NextSingle(), 0.05f + 0.1f * rng.NextSingle());
        var (p1, p2, p3) = (rng.NextSingle() * MathF.Tau, rng.NextSingle() * MathF.Tau, rng.NextSingle() * MathF.Tau);
        // Near the core the bloom is the core's colour; farther out the light's own hue, at full strength, fading.
        float top = MathF.Max(1e-3f, MathF.Max(l.Glow.R, MathF.Max(l.Glow.G, l.Glow.B)));
        float[] near = [l.Core.R, l.Core.G, l.Core.B], hue = [l.Glow.R / top, l.Glow.G / top, l.Glow.B / top];
        var p = pic.Pixels;
        for (int y = y0; y < y1; y++)
            for (int x = x0; x < x1; x++)
            {
                float dx = x + 0.5f - l.X, dy = y + 0.5f - l.Y, d = MathF.Sqrt(dx * dx + dy * dy);
                if (d >= ThroughLines.Spikes * reach) continue;
                // The glow ends at the reach; the spikes are taken out a little farther, where they still show.
                float edge = 1f - Noise.Smoothstep(0.7f * reach, reach, d);
                int q = y * w + x, o = ((y - y0) * (x1 - x0) + x - x0) * 3;
                float a = MathF.Atan2(dy, dx);
                float gone = (1f - Noise.Smoothstep(1.2f * reach, ThroughLines.Spikes * reach, d)) * (1f - keep[ThroughLines.Bin(a)]);
                float uneven = 1f + a1 * MathF.Cos(a + p1) + a2 * MathF.Cos(2 * a + p2) + a3 * MathF.Cos(3 * a + p3);
                // A tight core of the lamp's own colour, then a warm falloff of its hue into the dark.
                float s1 = 1.4f * l.Radius * uneven + 0.5f, s2 = 3f * l.Radius * uneven + 1f;
                float bloom = 0.8f * MathF.Exp(-(d / s1) * (d / s1)), haze = 0.3f * MathF.Exp(-(d / s2) * (d / s2))
                    + 0.1f * MathF.Exp(-d / (0.3f * reach * uneven));
                float core = 1f - Noise.Smoothstep(0.9f * l.Radius, 1.7f * l.Radius, d);
                for (int c = 0; c < 3; c++)
                {
                    float under = p[q * 3 + c] + (opened[o + c] - p[q * 3 + c]) * gone;
                    float lit = 1f - (1f - under) * (1f - MathF.Min(1f, (near[c] * bloom + hue[c] * haze) * edge));
                    p[q * 3 + c] = lit + (p[q * 3 + c] - lit) * core;
                }
                // Strokes there open loosely outward and the thin-line pass finds no spike to trace.
                float open = gone * (1f - core);
                float ox = dx / MathF.Max(d, 1e-3f), oy = dy / MathF.Max(d, 1e-3f);
                float fx = dirX[q] + (ox - dirX[q]) * open, fy = dirY[q] + (oy - dirY[q]) * open, fl = MathF.Sqrt(fx * fx + fy * fy);
                if (fl > 1e-4f) { dirX[q] = fx / fl; dirY[q] = fy / fl; }
                coh[q] += (0.2f - coh[q]) * gone;
            }
    }
}
