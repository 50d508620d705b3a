namespace Echoes.Scenes;

/// <summary>
/// Which element of the landscape is in front at each working pixel: the sky, one of the ridges, the ground, or water.
/// The scene's own brushwork paints each element inside its own layer, far to near, as a painter would.
/// </summary>
internal sealed class LandLayers
{
    /// <summary>The sky.</summary>
    public const byte Sky = 0;

    /// <summary>The ground in front of the ridges.</summary>
    public const byte Ground = 200;

    /// <summary>Sea or river.</summary>
    public const byte Water = 201;

    private readonly byte[] _of;

    private LandLayers(int width, int height, byte[] of) => (Width, Height, _of) = (width, height, of);

    /// <summary>Working width.</summary>
    public int Width { get; }

    /// <summary>Working height.</summary>
    public int Height { get; }

    /// <summary>The layer of ridge <paramref name="r"/> (0 the farthest).</summary>
    public static byte RidgeLayer(int r) => (byte)(r + 1);

    /// <summary>The layer in front at (x, y), clamped to the canvas.</summary>
    public byte At(float x, float y) => _of[Math.Clamp((int)y, 0, Height - 1) * Width + Math.Clamp((int)x, 0, Width - 1)];

    /// <summary>The layers of a composed landscape: ridges far to near over the sky, the ground from
    /// <paramref name="landTop"/> down over them, water (a mask, 0–1) over the ground.</summary>
    public static LandLayers Build(int w, int h, IReadOnlyList<Ridge> ridges, float landTop, float[] water)
    {
        var of = new byte[w * h];
        var crestY = new float[ridges.Count];
        for (int x = 0; x < w; x++)
        {
            for (int r = 0; r < ridges.Count; r++) crestY[r] = CrestAt(ridges[r].Crest, x + 0.5f);
            for (int y = 0; y < h; y++)
            {
                byte layer = Sky;
                for (int r = ridges.Count - 1; r >= 0; r--)
                    if (y + 0.5f >= crestY[r]) { layer = RidgeLayer(r); break; }
                if (y + 0.5f >= landTop) layer = Ground;
                if (water[y * w + x] > 0.5f) layer = Water;
                of[y * w + x] = layer;
            }
        }
        return new LandLayers(w, h, of);
    }

    /// <summary>The crest's height at <paramref name="x"/>, interpolated between its points (left to right).</summary>
    public static float CrestAt((float X, float Y)[] crest, float x)
    {
        if (x <= crest[0].X) return crest[0].Y;
        if (x >= crest[^1].X) return crest[^1].Y;
        float step = (crest[^1].X - crest[0].X) / (crest.Length - 1);
        int i = Math.Min(crest.Length - 2, (int)((x - crest[0].X) / step));
        float t = (x - crest[i].X) / MathF.Max(1e-6f, crest[i + 1].X - crest[i].X);
        return crest[i].Y + (crest[i + 1].Y - crest[i].Y) * t;
    }
}
