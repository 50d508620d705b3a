using Echoes.Brushes;

namespace Echoes.Scenes;

/// <summary>
/// The silhouette of one ridge, 0 (its base) to about 1 (its highest peak), across the width (0–1). Mountains are a few
/// peaks of their own height, breadth and form (pointed, domed, shouldered or cliffed: <see cref="RidgePeak"/>),
/// overlapping one another in saddles, with only a little low-frequency wander on them (a hand's line, not a
/// seismograph); valleys rise toward the sides and plains roll low, both before a far range; dunes are smooth swells,
/// steeper on one side; a coast has headlands at the ends. A rugged range's peaks fall from sharp tops, each as steeply as
/// its own (few stay domes), and its crest breaks into crags and clefts, as much as it is rugged (the near ranges most,
/// the far ones simpler). Seeded per ridge: no two alike.
/// </summary>
internal sealed class RidgeProfile
{
    private readonly LandscapeKind _kind;
    private readonly uint _seed;
    private readonly RidgePeak[] _peaks;
    private readonly int _index;
    private readonly float _rugged;

    /// <summary>A profile of <paramref name="kind"/> from <paramref name="seed"/>, the <paramref name="index"/>th range; a
    /// dune's steep flank falls toward <paramref name="lee"/> (−1 left, 1 right), where the dune field's slip faces lie; a
    /// range <paramref name="rugged"/> (0 to 1; never a dune) has sharp tops and a crest broken by crags.</summary>
    public RidgeProfile(LandscapeKind kind, uint seed, int index, float lee = 1f, float rugged = 0f)
    {
        (_kind, _seed, _index, _rugged) = (kind, seed, index, rugged);
        var rng = new Random((int)(seed & 0x7fffffff));
        // The steepness and the forms' mending from a stream of their own: the peaks' places and heights stay as they were.
        var shape = new Random((int)((seed ^ 0x5C4A6u) & 0x7fffffff));
        // Mountains and the far range beyond a valley or plain are several peaks; nearer slopes are a few swells.
        int count = kind is LandscapeKind.Mountains or LandscapeKind.Dunes || index == 0 ? 4 + rng.Next(3) : 2 + rng.Next(3);
        _peaks = new RidgePeak[count];
        for (int i = 0; i < count; i++)
        {
            // Spread across the width with some jitter, the tallest somewhere off-centre.
            float at = (i + 0.2f + 0.6f * rng.NextSingle()) / count * 1.2f - 0.1f;
            float height = i == 0 ? 1f : 0.45f + 0.5f * rng.NextSingle();
            float half = kind == LandscapeKind.Dunes ? 0.15f + 0.2f * rng.NextSingle() : 0.1f + 0.2f * rng.NextSingle();
            float lean = kind == LandscapeKind.Dunes ? lee * (0.35f + 0.25f * rng.NextSingle()) : (rng.NextSingle() - 0.5f) * 0.7f;
            // Each peak a form of its own (dunes are all smooth swells).
            var form = kind == LandscapeKind.Dunes ? PeakForm.Swell : (PeakForm)rng.Next(5);
            float side = rng.NextSingle() < 0.5f ? -1f : 1f;
            var peak = new RidgePeak(at, height, half, lean, form, side);
            _peaks[i] = rugged > 0f ? Rugged(peak, shape) : peak;
        }
        // The tallest peak is not always the first.
        int tall = rng.Next(count);
        (_peaks[0], _peaks[tall]) = (_peaks[0] with { Height = _peaks[tall].Height }, _peaks[tall] with { Height = _peaks[0].Height });
    }

    // A rugged range's peak: a swell or (mostly) a dome among mountains turned to a pointed, shouldered or cliffed peak, and
    // its flanks falling from a sharp top, straight or concave by its own steepness (rounded falls drew every range as the
    // same grey bell repeated).
    private static RidgePeak Rugged(RidgePeak peak, Random shape)
    {
        var form = peak.Form;
        float keep = shape.NextSingle(), pick = shape.NextSingle(), steep = 1.15f + 0.9f * shape.NextSingle();
        if (form == PeakForm.Swell || (form == PeakForm.Dome && keep < 0.7f))
            form = pick < 0.45f ? PeakForm.Pointed : pick < 0.75f ? PeakForm.Cliff : PeakForm.Shoulder;
        return peak with { Form = form, Steep = steep };
    }

    /// <summary>The height at <paramref name="x"/> (0–1 across), 0 to about 1.</summary>
    public float At(float x)
    {
        float wander = Fbm(_seed, x * 6f + _index * 3.1f, 3);
        switch (_kind)
        {
            case LandscapeKind.Mountains:
                return MathF.Max(Peaks(x), 0.12f) * (0.9f + 0.2f * wander) * Crags(x);
            case LandscapeKind.Valley or LandscapeKind.Plains when _index == 0:
                // Beyond the valley or the plain, a far range: the distance the land opens onto.
                return MathF.Max(Peaks(x), 0.2f) * (0.9f + 0.2f * wander) * Crags(x);
            case LandscapeKind.Valley:
                return MathF.Pow(MathF.Abs(x - 0.5f) * 2f, 1.6f) * (0.5f + 0.45f * Peaks(x)) * Crags(x) + 0.06f * wander;
            case LandscapeKind.Dunes:
                // Dunes: broad swells of their own size, one flank longer than the other (wind), smooth on the crest, with
                // deep hollows between them (a high floor under them drew each rank as a level band with a bump or two).
                return 0.1f + 0.9f * Peaks(x) + 0.05f * wander;
            case LandscapeKind.Coast:
                float headland = _index % 2 == 0 ? Math.Clamp((0.35f - x) * 3f, 0f, 1f) : Math.Clamp((x - 0.72f) * 3.5f, 0f, 1f);
                return headland * (0.6f + 0.4f * wander);
            default:
                return 0.35f * Peaks(x) + 0.4f * wander;
        }
    }

    // The peaks, each in its own form, leaning a little to one side; where they overlap, the saddles between them.
    private float Peaks(float x)
    {
        // The flanks are not smooth: a low wander of their own breaks them into spurs.
        float rough = _kind == LandscapeKind.Dunes ? 0f : 0.18f * (Noise.Value1(_seed ^ 0xF1A, x * 14f) - 0.5f);
        float best = 0;
        foreach (var peak in _peaks) best = MathF.Max(best, peak.At01(x, rough));
        return best;
    }

    // The crags and clefts of a rugged crest, a factor on its height (1 on a smooth one): a ridged noise, sharp where it
    // turns, so the crest breaks into pinnacles and notches of their own spacing, as tall as the land under them is high
    // (a finer one made the line a seismograph).
    private float Crags(float x)
    {
        if (_rugged <= 0f) return 1f;
        float a = Noise.Value1(_seed ^ 0xC7A6u, x * 17f);
        return 1f + _rugged * 0.05f * (0.5f - MathF.Abs(2f * a - 1f));
    }

    private static float Fbm(uint seed, float x, int octaves)
    {
        float sum = 0, amp = 0.5f, norm = 0;
        for (int o = 0; o < octaves; o++)
        {
            sum += amp * Noise.Value1(seed + (uint)o * 1013u, x);
            norm += amp;
            x *= 2.03f; amp *= 0.5f;
        }
        return sum / norm;
    }
}
