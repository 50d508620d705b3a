namespace Echoes.Scenes;

/// <summary>
/// One cloud as a painter sees its form: a few rounded lobes heaped on a flatter base, its density falling off softly
/// at every edge (lost edges, no outline), so it can be lit on one side and shaded on the other like any solid form.
/// </summary>
internal sealed class Cloud
{
    private readonly (float X, float Y, float Rx, float Ry)[] _lobes;
    private readonly float _base, _soft, _thin;

    /// <summary>A cloud centred on (<paramref name="x"/>, <paramref name="y"/>), about <paramref name="width"/> by
    /// <paramref name="height"/> working pixels, its lobes drawn from <paramref name="rng"/>; <paramref name="thin"/>
    /// (0–1) is how much of its body it keeps (a thin cloud of loss is mostly air); a <paramref name="streamer"/> is one
    /// long band, not a heap.</summary>
    public Cloud(float x, float y, float width, float height, float thin, bool streamer, Random rng)
    {
        // A streamer as many lobes as its length holds, give or take one; a heap three to five (two or three, as its
        // length held, drew wide flat lobes: thin strips by day).
        int n = streamer ? Math.Clamp((int)(1.2f * width / height) + rng.Next(3) - 1, 2, 9) : 3 + rng.Next(3);
        _lobes = new (float, float, float, float)[n];
        _base = y + height * 0.35f;
        _soft = height * 0.35f;
        _thin = thin;
        // A heap stands highest in its middle; a streamer's crest a little to one side.
        float step = width * 0.8f / (n - 1), crest = streamer ? 0.35f * (rng.NextSingle() - 0.5f) : 0f;
        // A long streamer's lobes overlap into one drawn-out band, rising and falling a little along it; a heap's stand
        // as lobes (a streamer of separate lobes read as a row of pills).
        float reach = streamer ? 1.6f : 0.75f;
        for (int i = 0; i < n; i++)
        {
            // Highest near the crest, lower to the sides: a heap, not a row of equal balls.
            float rel = i / (n - 1f) - 0.5f, off = rel - crest, ry = height * (0.4f + 0.25f * rng.NextSingle()) * (1f - 0.8f * off * off);
            float lx = x + rel * width * 0.8f + step * 0.25f * (rng.NextSingle() - 0.5f);
            _lobes[i] = (lx, _base - ry * (0.6f + (streamer ? 0.5f * (rng.NextSingle() - 0.5f) : 0f)), MathF.Max(ry, step * reach), ry);
        }
        Box = (_lobes.Min(l => l.X - l.Rx), _lobes.Min(l => l.Y - l.Ry), _lobes.Max(l => l.X + l.Rx), _base + _soft);
    }

    /// <summary>The bounds of all it may paint: left, top, right, bottom.</summary>
    public (float L, float T, float R, float B) Box { get; }

    /// <summary>The cloud's middle.</summary>
    public (float X, float Y) Middle => ((Box.L + Box.R) / 2, (Box.T + Box.B) / 2);

    /// <summary>How much cloud is at (x, y), 0–1: full in its body, fading out over its edges.</summary>
    public float Density(float x, float y) =>
        _thin * Brushes.Noise.Smoothstep(0f, 1.3f, Field(x, y)) * Brushes.Noise.Smoothstep(_base + _soft, _base - _soft * 0.3f, y);

    /// <summary>Which way the cloud's surface faces at (x, y): a unit vector outward from its body.</summary>
    public (float X, float Y) Normal(float x, float y)
    {
        const float e = 1.5f;
        float gx = Field(x + e, y) - Field(x - e, y);
        // The flat base faces down: under it the cloud ends.
        float gy = Field(x, y + e) - Field(x, y - e) - (y > _base - _soft ? 0.5f * (y - _base + _soft) / _soft : 0f);
        float len = MathF.Sqrt(gx * gx + gy * gy);
        return len < 1e-6f ? (0f, -1f) : (-gx / len, -gy / len);
    }

    // The lobes' fields added: 1 at a lobe's middle, 0 at its rim, so where lobes meet the body stays full.
    private float Field(float x, float y)
    {
        float f = 0f;
        foreach (var (lx, ly, rx, ry) in _lobes)
        {
            float dx = (x - lx) / rx, dy = (y - ly) / ry;
            f += MathF.Max(0f, 1f - dx * dx - dy * dy);
        }
        return f;
    }
}
