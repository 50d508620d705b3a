using Echoes.Color;
using Echoes.Targets;

namespace Echoes.Painting;

/// <summary>A painter's limited palette: k colours found by k-means in Oklab over the target, seeded and deterministic.</summary>
internal sealed class Palette
{
    private readonly Oklab[] _colors;

    private Palette(Oklab[] colors) => _colors = colors;

    public int Count => _colors.Length;

    public static Palette FromTarget(Target t, int k, int seed)
    {
        var rng = new Random(seed ^ 0x5A11E7);
        int n = t.Width * t.Height;
        int samples = Math.Min(n, 6000);
        var pts = new Oklab[samples];
        for (int i = 0; i < samples; i++)
        {
            int p = (int)((long)i * n / samples);
            pts[i] = Oklab.FromLinear(t.Reference[p % t.Width, p / t.Width]);
        }
        // k-means++ initialisation, then Lloyd iterations.
        var centres = new Oklab[k];
        centres[0] = pts[rng.Next(samples)];
        var d2 = new float[samples];
        for (int c = 1; c < k; c++)
        {
            double sum = 0;
            for (int i = 0; i < samples; i++) { d2[i] = Nearest(centres.AsSpan(0, c), pts[i]).D2; sum += d2[i]; }
            double pick = rng.NextDouble() * sum;
            int chosen = samples - 1;
            for (int i = 0; i < samples; i++) { pick -= d2[i]; if (pick <= 0) { chosen = i; break; } }
            centres[c] = pts[chosen];
        }
        var assign = new int[samples];
        for (int iter = 0; iter < 12; iter++)
        {
            var acc = new double[k * 4];
            for (int i = 0; i < samples; i++)
            {
                int c = Nearest(centres, pts[i]).Index;
                assign[i] = c;
                acc[c * 4] += pts[i].L; acc[c * 4 + 1] += pts[i].A; acc[c * 4 + 2] += pts[i].B; acc[c * 4 + 3]++;
            }
            for (int c = 0; c < k; c++)
                if (acc[c * 4 + 3] > 0)
                    centres[c] = new Oklab((float)(acc[c * 4] / acc[c * 4 + 3]), (float)(acc[c * 4 + 1] / acc[c * 4 + 3]),
                        (float)(acc[c * 4 + 2] / acc[c * 4 + 3]));
        }
        return new Palette(centres);
    }

    /// <summary>Moves a colour toward its nearest palette colour: its hue and chroma by <paramref name="strength"/>, its
    /// lightness by <paramref name="valueStrength"/> (0–1 each; a painter mixes a pile's value to the form more than its hue).</summary>
    public Oklab Snap(Oklab c, float strength, float valueStrength)
    {
        var p = _colors[Nearest(_colors, c).Index];
        float dl = (p.L - c.L) * valueStrength, da = (p.A - c.A) * strength, db = (p.B - c.B) * strength;
        // The pull is bounded: a colour far from every pile keeps near its own (a palette unifies, it does not repaint).
        float d = MathF.Sqrt(dl * dl + da * da + db * db), k = d > MaxPull ? MaxPull / d : 1f;
        return new Oklab(c.L + dl * k, c.A + da * k, c.B + db * k);
    }

    /// <summary>The farthest (Oklab distance) <see cref="Snap"/> moves a colour.</summary>
    public const float MaxPull = 0.035f;

    /// <summary>Which palette colour is nearest to <paramref name="c"/> (lightness weighted as in snapping).</summary>
    public int IndexOf(Oklab c) => Nearest(_colors, c).Index;

    private static (int Index, float D2) Nearest(ReadOnlySpan<Oklab> cs, Oklab c)
    {
        int best = 0; float bd = float.MaxValue;
        for (int i = 0; i < cs.Length; i++)
        {
            // Lightness counts double: value structure matters more than hue to a painter.
            float dl = 2 * (cs[i].L - c.L), da = cs[i].A - c.A, db = cs[i].B - c.B;
            float d = dl * dl + da * da + db * db;
            if (d < bd) { bd = d; best = i; }
        }
        return (best, bd);
    }
}
